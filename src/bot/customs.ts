import { ruleOn, type Found } from './case-rules';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { asksQuestion } from './message-cues';
import { wantsToComplain } from './start-intake';
import { shipmentIn } from './shipment-text';
import { reply, say, spokenRegister, type Turn } from './turn';
import type { Locale } from '../nlu';

/**
 * Customs and duties (issue #17): "do I have to pay duties?", "关税谁付", "要唔要俾關稅", "海关扣多久", "customs is
 * holding my parcel, what do I do?" get the courier's rule from the knowledge files (the entry keyed `customs` in every
 * market and language: who pays, what is duty-free, how long an inspection takes, the papers, what the courier does),
 * not the domestic price list. Asked of a parcel sent back for another reason ("was it customs?"), the answer says
 * plainly that customs had nothing to do with it, and why it came back.
 */

// Customs or duties named: "关税", "海關", "清关", "customs", "import duty".
// ("要繳稅嗎", "多久會放行": paying tax on a parcel and its release are customs' words too; "放行動電源" puts a power
// bank in the box.)
const CUSTOMS_WORDS =
  /关税|關稅|海关|海關|清关|清關|报关|報關|通关|通關|扣关|扣關|进口税|進口稅|缴税|繳稅|交税|交稅|补税|補稅|放行(?![動动])|\b(customs|dut(y|ies)|import tax(es)?)\b/i;
// Customs itself named: what could have held or sent back a parcel ("是不是清关的问题", "通關出事": its clearance too —
// blind batch 27: 20.2).
const CUSTOMS_ITSELF = /海关|海關|扣关|扣關|清关|清關|通关|通關|报关|報關|\bcustoms\b/i;
// Duties named: what the rule answers, even of a parcel customs never held.
const DUTIES = /关税|關稅|进口税|進口稅|\b(dut(y|ies)|import tax(es)?)\b/i;
// "what do I do", "怎么办", "點算", "要唔要", "需不需要", "誰付": a question without its question mark.
const ASKING =
  /怎么办|怎麼辦|點算|点算|点办|點辦|要唔要|要不要|需不需要|需要.{0,6}[吗嗎]|谁付|誰付|谁出|誰出|邊個俾|邊個付|多久|幾耐|几天|幾天|幾日|\b(what (do|should|can) i do|do i (have to|need to|pay)|who pays|how long)\b/i;
// A note in the parcel's record that names customs: the parcel was held or sent back by customs after all.
const CUSTOMS_IN_RECORD = /海关|海關|customs/i;

// "被海關查到有違禁品會怎樣": a prohibited item found, by customs or anyone — the rules on what may be sent answer it.
const PROHIBITED_FOUND = /違禁品|违禁品|禁寄|\b(prohibited|banned|forbidden|illegal) (items?|goods|things|stuff)\b/i;

/** The message asks about customs or duties (not a complaint told in passing that names them). */
export const asksAboutCustoms = (text: string): boolean =>
  CUSTOMS_WORDS.test(text) &&
  (asksQuestion(text) || ASKING.test(text)) &&
  !wantsToComplain(text) &&
  !PROHIBITED_FOUND.test(text);

/**
 * The reason the record gives for a parcel sent back or stopped, in the reader's language, when that reason is not
 * customs; undefined for a parcel that went well, one with no reason recorded, or one customs did hold.
 */
function reasonNotCustoms(locale: Locale, found: Found): string | undefined {
  const { shipment, view } = found;
  const notes = shipment.events.flatMap((e) => [e.description ?? '', e.en?.description ?? '']).join(' ');
  const wentWrong = view.anomalies.includes('returned') || view.status === 'exception';
  if (!wentWrong || CUSTOMS_IN_RECORD.test(notes)) return undefined;
  const local = shipmentIn(locale, shipment).shipment.events;
  const at = shipment.events.map((e) => e.status === 'exception' && Boolean(e.description)).lastIndexOf(true);
  return at >= 0 ? (local[at]?.description ?? shipment.events[at]?.description) : undefined;
}

/**
 * The answer to a customs question: for a parcel that went wrong for another reason, when customs itself is named,
 * plainly that it was not customs; else the courier's customs rule from the parcel's market (the customer's when no
 * parcel is known). `showStatus` puts the parcel's status first (a parcel named with the question).
 */
export async function customsAnswer(turn: Turn, parcel: string | undefined, showStatus: boolean): Promise<string> {
  const { services, context, locale } = turn;
  const lookup = parcel ? await lookUpParcel(services, parcel) : undefined;
  const found = lookup?.kind === 'found' ? lookup : undefined;
  const status =
    found && showStatus
      ? (await trackingAnswer(services, context, locale, found, spokenRegister(turn))).join('\n')
      : '';
  const reason = found && CUSTOMS_ITSELF.test(turn.text) ? reasonNotCustoms(locale, found) : undefined;
  const told = reason ? say(turn, 'customs.notCustoms', { reason }) : '';
  // ("Was it customs?" of a parcel customs never held is answered by that alone; a duty asked too gets the rule.)
  const rule = reason && !DUTIES.test(turn.text) ? '' : ruleOn(turn, 'customs', found);
  return [status, told, rule ?? ''].filter(Boolean).join('\n');
}

/** Answers a customs question outside a complaint: the parcel named (or the conversation's) first, then the rule. */
export async function answerCustoms(turn: Turn): Promise<boolean> {
  if (!asksAboutCustoms(turn.text)) return false;
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  const answer = await customsAnswer(turn, named ?? turn.data.lastTracking, named !== undefined);
  if (!answer) return false;
  if (named) turn.data.lastTracking = named;
  await reply(turn, answer);
  return true;
}
