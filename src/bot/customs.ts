import { ruleOn, type Found } from './case-rules';
import { foreignPostNote, lookUpParcel, trackingAnswer } from './parcel-answer';
import { asksQuestion } from './message-cues';
import { wantsToComplain } from './start-intake';
import { shipmentIn } from './shipment-text';
import { reply, say, spokenRegister, type Turn } from './turn';
import type { Locale } from '../nlu';
import { findTrackingNumbers } from '../nlu/entities/tracking';

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
// (Tax paid or charged on a parcel — "交142块税", "包税", "退税款", "charge tax on it" — is customs' too; not a tax ID or a
// tax invoice, which are the courier's own receipts: blind batch 42a 01.3, 07.1.)
// ("税是我交还是卖家交": the tax before who pays it.)
const CUSTOMS_WORDS =
  /关税|關稅|海关|海關|清关|清關|报关|報關|通关|通關|扣关|扣關|进口税|進口稅|缴税|繳稅|交税|交稅|补税|補稅|包税|包稅|税费|稅費|税款|稅款|退税|退稅|(交|缴|繳|付|俾|畀|收|补|補)[^，。,.?？\s]{0,6}[税稅](?![号號票務务局率前后後])|(?<![增含个個报報])[税稅](?![号號票務务局率前后後])[^，。,.?？\s]{0,6}(交|缴|繳|付|俾|畀|出)|[税稅](也|都)?(太|好|这么|這麼|咁|很|真係|真是)(贵|貴|高|多)|放行(?![動动])|\b(customs|dut(y|ies)|(import|postal|border) tax(es)?)\b|\b(pays?|paying|paid|charges?|charged|charging|owes?|owed)\b[^.?!]{0,20}\btax(es)?\b|\btax(es)? (paid|to pay|due|owed|on (it|delivery|arrival))\b/i;
// A tax that is no duty: VAT, sales tax, a price with or before tax, a tax return or filing, a tax ID or invoice
// ("How much to send 2kg, including tax?", "付款后能开增值税专票吗", "收的是含税价吗" — review of 0bd6389).
const TAX_NOT_DUTY =
  /\b(sales|vat|value[- ]added|income) tax|\b(inclusive of|including|incl\.?|before|after|plus|excluding|ex|with) tax\b|\btax[- ]?(return|filing|documents?|papers|id|number|no\b|invoice|receipt|code|registration|deductible)|增值税|增值稅|含税|含稅|税前|税后|稅前|稅後|税号|稅號|税票|稅票|专票|專票|普票|报税|報稅|个税|個稅|退税申报/i;
// Customs or duties named outright, whatever else the message says of tax.
const DUTY_NAMED =
  /关税|關稅|海关|海關|清关|清關|进口税|進口稅|行邮税|行郵稅|包税|包稅|\b(customs|dut(y|ies)|import tax(es)?)\b/i;
// A price asked ("how much to send 3 kg …? do I pay tax on that?"): a quote, unless duties are named.
const PRICE_ASKED = /\bhow much\b|\b(price|rate|cost) (to|of|for)\b|多少钱|多少錢|幾錢|几钱|幾多錢|运费多少|運費多少/i;
// Customs itself named: what could have held or sent back a parcel ("是不是清关的问题", "通關出事": its clearance too —
// blind batch 27: 20.2).
const CUSTOMS_ITSELF = /海关|海關|扣关|扣關|清关|清關|通关|通關|报关|報關|\bcustoms\b/i;
// Duties named: what the rule answers, even of a parcel customs never held.
const DUTIES = /关税|關稅|进口税|進口稅|\b(dut(y|ies)|import tax(es)?)\b/i;
// "what do I do", "怎么办", "點算", "要唔要", "需不需要", "誰付": a question without its question mark.
const ASKING =
  /还是|還是|定係|凭什么|憑什麼|犯法|违法|違法|罚款|罰款|會唔會|会不会|會不會|能不能|可不可以|能退|可以退|退得|\b(who|why|can i|do i)\b|怎么办|怎麼辦|點算|点算|点办|點辦|要唔要|要不要|需不需要|需要.{0,6}[吗嗎]|谁付|誰付|谁出|誰出|邊個俾|邊個付|多久|幾耐|几天|幾天|幾日|\b(what (do|should|can) i do|do i (have to|need to|pay)|who pays|how long)\b/i;
// A note in the parcel's record that names customs: the parcel was held or sent back by customs after all.
const CUSTOMS_IN_RECORD = /海关|海關|customs/i;

// "被海關查到有違禁品會怎樣": a prohibited item found, by customs or anyone — the rules on what may be sent answer it.
const PROHIBITED_FOUND = /違禁品|违禁品|禁寄|\b(prohibited|banned|forbidden|illegal) (items?|goods|things|stuff)\b/i;

// "can I just refuse it and not pay", "唔交得唔得", "不交税行不行", "拒收会怎样": refusing the parcel, or the duties on it.
const REFUSING =
  /\b(refuse|refusing|reject|rejecting|not pay|don'?t pay|won'?t pay|doesn'?t pay|didn'?t pay|send it back|comes? back)\b|拒收|拒付|拒交|拒絕|拒绝|不交(?![给給俾])|唔交(?![俾畀])|不付|唔俾|唔畀|不要了|唔要喇|不想要|唔想要|(可以|能|可不可以|能不能)不要(?![给給再])|\b(want to|going to|i'?ll|i will|gonna) (refuse|reject)\b|可唔可以唔要|唔要得唔得|退回去|退返去/i;

// "拒收行不行", "唔交得唔得", "can't I just refuse it": asking leave, without a question mark.
const MAY_I = /行不行|行吗|行嗎|可以吗|可以嗎|得唔得|得不得|好唔好|\b(can'?t|could|can|may) i\b/i;

// "我的包裹在海关要交税", "customs want me to pay 300": told to pay duties, which asks what to do about them.
const TOLD_TO_PAY =
  /要(我)?(交|缴|繳|付|俾|畀|补|補)[^，。,.?？\s]{0,4}[税稅]|叫我(交|缴|繳|付|俾|畀|补|補)|\b(ask(s|ed|ing)?|wants?|want(ed|ing)|told|telling|tells) me to pay\b|\bi (have|had|need) to pay\b/i;

/** The message asks about customs or duties (not a complaint told in passing that names them). */
export const asksAboutCustoms = (text: string): boolean =>
  namesDuties(text) &&
  (asksQuestion(text) || ASKING.test(text) || TOLD_TO_PAY.test(text)) &&
  !wantsToComplain(text) &&
  !PROHIBITED_FOUND.test(text);

/** Customs or a duty named: a tax that is none (VAT, a price with tax, a tax return) or beside a price asked is not. */
const namesDuties = (text: string): boolean =>
  DUTY_NAMED.test(text) || (CUSTOMS_WORDS.test(text) && !TAX_NOT_DUTY.test(text) && !PRICE_ASKED.test(text));

// Another matter than the duties, in a message after the customs rule: a broken box, cash on delivery, the upstairs
// fee, the seller, the courier, a late parcel ("the box came crushed, can I refuse it?" — review of 0bd6389).
const OTHER_MATTER =
  /redeliver\w*|\bnext (week|day)\b|another day|改天|改期|再派|重新派送|重新配送|\bcod\b|cash on delivery|代收|[货貨]到付款|upstairs|上楼|上樓|seller|shop|卖家|賣家|商家|courier|driver|快递员|快遞員|速遞員|派件員|派件员|司机|司機|crush|broke|damag|smash|破|碎|爛|烂|\blate\b|晚了|遲|迟|延误|延誤/i;

/**
 * The customs rule answered the customer's previous message: a bare "can I refuse it?", "do I pay or not?" now is
 * about those duties — only then (`said` keeps the earlier messages, clipped).
 */
function customsJustTold(turn: Turn): boolean {
  const { customsToldOf, said } = turn.data;
  const last = said?.at(-1);
  return customsToldOf !== undefined && last !== undefined && customsToldOf.startsWith(last);
}

/** A message right after the customs rule that may be about its duties: no parcel named, no other matter told. */
export const followsCustoms = (turn: Turn): boolean =>
  customsJustTold(turn) && turn.reading.entities.trackingNumbers.length === 0 && !OTHER_MATTER.test(turn.text);

/**
 * "Can I just refuse it and not pay?" — asked of the duties, named in the message or told of just before (blind batch
 * 42a 02.2–02.3 heard "I can't answer that one here" and the refund times): the rule on refusing such a parcel.
 */
// "so do I pay the guy or not??", "那到底要不要交", "使唔使俾": whether to pay, after the customs rule was told.
const PAY_OR_NOT =
  /\bdo i (have to |need to |still )?pay\b|\bpay (him|her|them|the (guy|man|courier|driver))\b|(要不要|需不需要|一定要|是不是要|用不用)(交|付|给|給)|(使唔使|要唔要|係咪要)(俾|畀|交|付)/i;

/** After the customs rule, "do I pay or not?" asks it again, of the duties. */
export const asksWhetherToPay = (turn: Turn): boolean =>
  followsCustoms(turn) && PAY_OR_NOT.test(turn.text) && !POSTAGE.test(turn.text) && !wantsToComplain(turn.text);

// The postage, not the duties: "if it comes back do I pay the shipping back to china?" (blind batch 42a 04.4).
const POSTAGE = /\b(shipping|postage|freight|delivery fee)\b|运费|運費|邮费|郵費/i;

export const asksToRefuseDuties = (turn: Turn): boolean =>
  REFUSING.test(turn.text) &&
  // (With the duties named outright, a refusal told is asked about too: "关税太贵了 我不想要这个包裹了".)
  (asksQuestion(turn.text) || ASKING.test(turn.text) || MAY_I.test(turn.text) || DUTY_NAMED.test(turn.text)) &&
  (namesDuties(turn.text) || followsCustoms(turn)) &&
  !wantsToComplain(turn.text);

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
  // ("交142块税 凭什么 SF…" of a Shenzhen → Shanghai parcel named with it: a tax charged on a parcel that crosses no border
  // is a fee to dispute, not a duty — no answer here, unless customs or a duty is named; a stranger's check of 787767a.)
  if (showStatus && found && !DUTY_NAMED.test(turn.text) && inlandRoute(turn, found)) return '';
  const status =
    found && showStatus
      ? (await trackingAnswer(services, context, locale, found, spokenRegister(turn))).join('\n')
      : '';
  const reason = found && CUSTOMS_ITSELF.test(turn.text) ? reasonNotCustoms(locale, found) : undefined;
  // ("到底是不是卡在海关了" of a Guangzhou → Beijing parcel: no border on its way — blind batch 42a 10.3.)
  const inland = !reason && found && CUSTOMS_ITSELF.test(turn.text) ? inlandRoute(turn, found) : undefined;
  // (A number of another country's post is said to be that post's: 42a 01.1 never heard why LX…GB was not found.)
  const foreign = lookup?.kind === 'unknown' ? foreignPostNote(services, locale, lookup.number) : undefined;
  const told = reason
    ? say(turn, 'customs.notCustoms', { reason })
    : inland
      ? say(turn, 'customs.inland', inland)
      : (foreign ?? '');
  // ("Was it customs?" of a parcel customs never held is answered by that alone; a duty asked too gets the rule.)
  // ("Can I refuse it and not pay?": what refusing means, in place of the whole rule.)
  const refusing = !reason && asksToRefuseDuties(turn);
  const whole =
    (reason || inland) && !DUTIES.test(turn.text) ? '' : ruleOn(turn, refusing ? 'dutiesRefused' : 'customs', found);
  // (Told once already: a second question hears the sentences that answer it, not the whole paragraph again — 42a 01.5.)
  const rule = whole && !refusing && turn.data.customsTold ? focused(whole, turn.text) : whole;
  if (rule) context.turnState.set(CUSTOMS_RULE_TOLD, true);
  // Where the parcel stands is offered only to a customer who has given no number yet (blind batch 42a 01.1 was asked
  // for the number it had just given, a Royal Mail one tracking does not know).
  const ask =
    rule && !refusing && !turn.data.customsTold && !numberGiven(turn, parcel) ? say(turn, 'customs.sendNumber') : '';
  return [status, told, rule ?? '', ask].filter(Boolean).join('\n');
}

// "who pays it, me or the shop?", "税谁交", "邊個俾": who pays the duties; "how long", "多久": how long customs takes;
// "what papers", "要身份证吗": what customs asks for.
const FOCUS: [RegExp, RegExp][] = [
  [
    new RegExp(
      `${/\bwho\b[^.?!]{0,30}\b(pays?|paying|owes?)\b|(谁|誰|邊個|边个)(来|來)?(付|出|交|缴|繳|给|給|俾|畀)|(我|收件人)(还是|還是|定係|定)/.source}|${PAY_OR_NOT.source}`,
      'i',
    ),
    /recipient|收件人/,
  ],
  [/\bhow long\b|多久|幾耐|几天|幾天|幾日|多少天/i, /working days|工作日|工作天|個工作天|个工作日/],
  [/\b(papers?|documents?|id)\b|资料|資料|证件|證件|身份证|身份證|身分證|发票|發票/i, /\bID\b|身份|身分/],
];

/** The sentences of the customs rule that answer the question; the whole rule when none is singled out. */
function focused(rule: string, text: string): string {
  const sentences = rule.split(/(?<=[.。])\s*/).filter(Boolean);
  const wanted = FOCUS.filter(([asked]) => asked.test(text)).map(([, answer]) => answer);
  const picked = sentences.filter((sentence) => wanted.some((answer) => answer.test(sentence)));
  return picked.length > 0 ? picked.join(/[.]\s*$/.test(picked[0] ?? '') ? ' ' : '') : rule;
}

/** A parcel's route inside one region (both ends on the Mainland, say): its ends, as the reader reads them. */
function inlandRoute(turn: Turn, found: Found): { number: string; origin: string; destination: string } | undefined {
  const { places } = turn.services;
  const { origin, destination } = found.shipment;
  const from = places.regionOf(origin)?.region;
  if (!from || from !== places.regionOf(destination)?.region) return undefined;
  const local = shipmentIn(turn.locale, found.shipment).shipment;
  return { number: found.number, origin: local.origin, destination: local.destination };
}

/** Set on a turn whose reply told a customs rule: the conversation remembers it (customsTold). */
const CUSTOMS_RULE_TOLD = Symbol('parcelcare.customsRuleTold');

/** Whether a tracking number — ours, another carrier's or mistyped — was given in this message or an earlier one. */
function numberGiven(turn: Turn, parcel: string | undefined): boolean {
  const { entities } = turn.reading;
  if (parcel || entities.trackingNumbers.length > 0 || entities.invalidTracking.length > 0) return true;
  return [...(turn.data.said ?? [])].some((said) => findTrackingNumbers(said).length > 0);
}

/** Notes in the conversation that its customs rule was told (this turn's reply told it). */
export function noteCustomsTold(turn: Turn): void {
  if (turn.context.turnState.get(CUSTOMS_RULE_TOLD) !== true) return;
  turn.data.customsTold = true;
  turn.data.customsToldOf = (turn.context.activity.text ?? '').trim();
}

/** Answers a customs question outside a complaint: the parcel named (or the conversation's) first, then the rule. */
export async function answerCustoms(turn: Turn): Promise<boolean> {
  if (!asksAboutCustoms(turn.text) && !asksToRefuseDuties(turn) && !asksWhetherToPay(turn)) return false;
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  const answer = await customsAnswer(turn, named ?? turn.data.lastTracking, named !== undefined);
  if (!answer) return false;
  if (named) turn.data.lastTracking = named;
  await reply(turn, answer);
  noteCustomsTold(turn);
  return true;
}
