import { ruleOn, type Found } from './case-rules';
import { ANSWERED_ASIDE, CONFIRM_PROMPT, INTAKE_TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { parcelFactsAnswer, parcelQuestionIn } from './parcel-facts';
import { reply, type Turn } from './turn';
import { statedDemands } from './intake-volunteered';

/**
 * "Why is it 3 days late, can I get compensation?", "都晚三天了 怎么回事 能赔吗", "延遲這麼久要怎麼補償？" about a parcel
 * past its promised date (issue #17, blind batch 22: 19.4, 23.4): the cause as far as its record shows — or plainly
 * that none is recorded and the complaint asks the station — and what lateness gives back (the delay entry of the
 * claim rules), then the complaint's step; never the whole status again and only the step's question.
 */

// What lateness pays, asked: "能赔吗", "怎麼補償", "點樣賠", "can I get compensation", "do I get my money back".
const PAY =
  /赔|賠|补偿|補償|退(运费|運費|钱|錢|款)|\bcompensat\w*|\bmoney back\b|\brefund\w*|\breimburs\w*|\bget (anything|something) back\b|\bhow much (do|will|would|can|could) (i|we) (get|receive)\b/i;
// A question of it in Chinese without a question mark: "能赔吗", "可唔可以賠", "要怎麼補償", "能赔多少" (42b 10.1).
const ASKING =
  /[吗嗎么麼呢]|能不能|可不可以|可唔可以|會唔會|会不会|怎么|怎麼|点样|點樣|怎样|怎樣|如何|多少|幾多|几多|\bhow\b|\bcan i\b/i;

// Lateness spoken of: "late", "so long", "3 days", "晚", "遲咗咁耐", "拖", "怎么回事" (not "why do you need my phone?").
const LATE =
  /晚|迟|遲|慢|延误|延誤|延迟|延遲|拖|(?<![多好咁这這那])[多好咁这這那]+久|[咁幾几]耐|(?<![几幾两兩三四五六七八九十\d])[几幾两兩三四五六七八九十\d]+\s*[天日]|怎么回事|怎麼回事|\blate\b|\bdelay\w*|\bslow\w*|\boverdue\b|\bso long\b|\b\d+ days\b|\bwhat happened\b/i;
// Something else asked of the parcel beside it ("can you speed it up?"): the message is the usual steps' to read.
const MORE_ASKED = /\bspeed\b|\bhurry\b|\bfaster\b|\bexpedite\b|加急|加快|催一下|催下|快啲|快点|快點/i;

/** The message asks why the parcel is late. */
const asksWhy = (text: string): boolean => parcelQuestionIn(text) === 'why' && LATE.test(text);

/** The message asks what lateness gives back, in a clause that asks it ("我要赔偿" beside a question demands). */
export const asksPay = (text: string): boolean =>
  text
    .split(/(?<=[?？])|[。.!！\n,，;；]|(?<!\s)\s+(?=[\u3400-\u9fff])/)
    .some((clause) => PAY.test(clause) && (asksQuestion(clause) || ASKING.test(clause)));

/**
 * The cause and the delay rule for a parcel past its promise and not delivered, as far as the message asks for them;
 * undefined when it asks neither or the parcel is not late.
 */
export function lateCauseAnswer(turn: Turn, found: Found): string | undefined {
  const { view } = found;
  if (view.delivered || view.daysLate <= 0) return undefined;
  if (MORE_ASKED.test(turn.text)) return undefined;
  const why = asksWhy(turn.text);
  const pay = asksPay(turn.text);
  // A parcel the record cannot account for (an exception past its promise) is treated as possibly lost: what it pays
  // is the loss rule the complaint goes by, never the delay rule (blind batch 23: 11.7 — "要么找到要么赔").
  const unaccounted = view.status === 'exception' && view.anomalies.includes('past_promised_date');
  if (!why && (!pay || unaccounted)) return undefined;
  // (The cause comes with when it is due as the record has it: the delay answered, not the scans listed.)
  const lines = [parcelFactsAnswer(turn, found, 'why')];
  const rule = pay && !unaccounted ? ruleOn(turn, 'lateRefund', found) : undefined;
  if (rule) lines.push(rule);
  return lines.join('\n');
}

/** In the complaint about a late parcel, "why is it late? what do I get for it?": answered, then the step again. */
export async function answerLateCause(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  if (prompt === INTAKE_TRACKING_PROMPT || prompt === CONFIRM_PROMPT) return false;
  if (state.category !== 'delay' && state.category !== 'info_error') return false;
  const number = state.trackingNumbers[0];
  if (!number || turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  // ("为什么这么慢？我要赔偿": a demand said with it is the step's to take, with the question answered there.)
  // ("有冇得賠㗎" asks what is paid: that is answered here.)
  if (!asksPay(turn.text) && statedDemands(turn, state.category).length > 0) return false;
  const found = await lookUpParcel(turn.services, number);
  const answer = found.kind === 'found' ? lateCauseAnswer(turn, found) : undefined;
  if (!answer) return false;
  await reply(turn, answer);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
