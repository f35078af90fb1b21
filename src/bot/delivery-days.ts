import { ruleOn } from './case-rules';
import { strongFeelings } from './empathy';
import { asksQuestion } from './message-cues';
import { handleTrack } from './handlers';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { noteOutcome } from './turn-outcome';
import { routeTimeAfterQuote } from './transit-time';
import { reply, type Turn } from './turn';

/**
 * "Do you deliver on Saturdays?", "能晚上送吗", "週末有配送嗎", "你哋夜晚會唔會派件", "can I set the day it arrives, it's a
 * birthday present": which days and times the courier delivers, from the market's knowledge files (the entry keyed
 * `delivery days` in every market and language) — never read as a late parcel or "I can't answer that" (issue #17,
 * batch 20: 08, 18, 28). A day asked for a parcel in sight is a change of its delivery (delivery-change-turn.ts).
 */

// A day or time of delivery: the weekend, a weekday, the evening, a date set in advance.
const WHEN =
  /\b(weekends?|saturdays?|sundays?|evenings?|at night|(specific|particular|certain|set|chosen) (date|day)|set the (date|day)|pick (a|the) (date|day))\b|周末|週末|周六|週六|周日|週日|星期六|星期日|星期天|礼拜六|禮拜六|礼拜天|禮拜天|禮拜日|礼拜日|晚上|夜晚|夜间|夜間|晚黑|夜里|夜裡|指定(日期|日子|时间|時間|那天|嗰日|某天|哪天|送达|送達|送到)?/i;
// Delivering: "deliver", "送", "派", "配送", "arrive".
const DELIVERING = /\b(deliver\w*|arriv\w*|come|drop off)\b|送|派|配送|到/i;
// Sending a parcel of one's own ("我要寄个礼物", "it's a gift I'm sending"): no parcel on its way yet.
const SENDING = /\b(send|sending|ship|post)\b|寄/i;

// An outlet's opening asked ("你们网点周末营业吗？几点到几点？", "are your outlets open on Sundays?", "門市星期日開唔開"):
// its hours answer, not the delivery days (blind batch 26b: 20.1; "a drop off place near Nanshan that's open on
// Saturdays" — 52a: 03.5).
const OUTLET =
  /网点|網點|门市|門市|营业所|營業所|服务点|服務點|站点|站點|驿站|驛站|分店|\b(outlets?|branch(es)?|stations?|stores?|shops?|service points?|offices?|drop[- ]?off (places?|points?|spots?|locations?|centres?|centers?))\b/i;
const OPENING =
  /营业|營業|开门|開門|关门|關門|閂門|收工|开不开|開唔開|開不開|有冇開|有没有开|有沒有開|(有|会|會)(开|開)(吗|嗎|嘛|不|没|沒|冇)?|(开|開)(吗|嗎|嘛)|\bopen(ing|s)?\b|\bclos(e|es|ing)\b|\bhours\b/i;

// Whether the courier delivers on such a day at all, asked of the service rather than of the parcel: "do you deliver on
// the weekend too?", "do you guys deliver on sundays", "禮拜天有送嗎", "周日送吗（万一这周到不了）", "星期日有冇派" — the
// rule answers it also with a parcel in sight (blind batch 45a: 02.2, 05.4, 10.3, 11.3); "can it come on Sunday",
// "可以周六送吗", "改周日送" ask for that day (a review of the first reader); "周日到底送不送你也没说" asks it again
// (blind batch 49b: 07.4).
const DAY_AT_ALL =
  /\b(do|does) (you|u|you guys|your (couriers?|drivers?)|the couriers?|they|delivery|deliveries)\b[^.?!]{0,12}\b(deliver\w*|work|run|come|operate)\b[^.?!]{0,15}\b(weekends?|saturdays?|sundays?)\b|\bis there (any )?deliver(y|ies) on (the )?(weekends?|saturdays?|sundays?)\b|(你们|你們|你哋)[^，,。\s改换換]{0,3}(周末|週末|周六|週六|周日|週日|星期六|星期日|星期天|礼拜六|禮拜六|礼拜天|禮拜天|禮拜日)(也|都|还|還|仲|会|會)?(有)?(送|派|配送|派送|派件|送货|送貨)(吗|嗎|不|唔|么|麼|㗎|嘅|冇)|(周末|週末|周六|週六|周日|週日|星期六|星期日|星期天|礼拜六|禮拜六|礼拜天|禮拜天|禮拜日)(也|都|还|還|仲)?有(冇)?(送|派|配送|派送|派件|送货|送貨)|(周末|週末|周六|週六|周日|週日|星期六|星期日|星期天|礼拜六|禮拜六|礼拜天|禮拜天|禮拜日)(也|都|还|還|仲|到底|究竟)?(会|會)?(送不送|派不派|送唔送|派唔派)/i;

// The day wanted all the same: "周日送的话改到周日", "if so, I'd like it on saturday".
const DAY_WANTED = /改(到|成|在|去)|的话|的話|嘅話|\b(i'?d like|i want|please|if so)\b/i;

// A day asked for the parcel in sight, in the form of a question: "SF… 周六能送吗", "星期日可唔可以派", "is it possible to
// get it on saturday?" — that day booked (a change of its delivery), as "可以周六送吗" is; "周六能送到吗" (will it have
// arrived by then) is when it comes.
const WEEKEND_DAY =
  /(周末|週末|周六|週六|周日|週日|星期六|星期日|星期天|礼拜六|禮拜六|礼拜天|禮拜天|禮拜日)(再)?(能|能不能|可以|可不可以|可唔可以|可否)(送|派|配送|派送)(吗|嗎|嘛|不|唔|呢)?(?![到达達])|\bis it possible to (get|have|receive) (it|the parcel|the package|them) on (the )?(weekend|saturday|sunday)\b|\b(could|can) (i|we) (get|have|receive) (it|the parcel|the package|them) on (the )?(weekend|saturday|sunday)\b/i;

/** A weekend day asked for the parcel in sight ("SF… 周六能送吗"): that day booked, not the courier's days told. */
export const asksWeekendDayForParcel = (text: string): boolean =>
  WEEKEND_DAY.test(text) && !asksWhetherDeliversOn(text);

/** The message asks whether the courier delivers on a weekend day at all ("周日送吗", "do you deliver on sundays?"). */
export const asksWhetherDeliversOn = (text: string): boolean => DAY_AT_ALL.test(text) && !DAY_WANTED.test(text);

/** The message asks which days or times the courier delivers (or whether a day can be set). */
export function asksDeliveryDays(text: string): boolean {
  return (
    WHEN.test(text) &&
    !(OUTLET.test(text) && OPENING.test(text)) &&
    DELIVERING.test(text) &&
    (asksQuestion(text) ||
      /[?？吗嗎]|\b(can|could|do|does|will) (i|you|it|they)\b|能不能|可不可以|可唔可以|會唔會|会不会|要不要|要唔要|有冇|有没有|有沒有|送不送|派不派|送唔送|派唔派/i.test(
        text,
      ))
  );
}

/**
 * Answers which days and times the courier delivers, when the message asks it of no parcel in sight (or of a parcel
 * the customer is going to send).
 * @returns false when it asks no such thing, or asks a day of the conversation's parcel (a change of its delivery); with
 * a parcel's number in the message, see answerDaysBesideParcel.
 */
export async function answerDeliveryDays(turn: Turn, during?: 'intake'): Promise<boolean> {
  const { text, reading, data } = turn;
  if (!asksDeliveryDays(text)) return false;
  if (reading.entities.trackingNumbers.length > 0) return answerDaysBesideParcel(turn, during);
  if (data.lastTracking && !SENDING.test(text) && !asksWhetherDeliversOn(text)) return false;
  const rule = ruleOn(turn, 'deliveryDays');
  if (!rule) return false;
  noteOutcome(turn.context, 'answered');
  // ("大概幾天會到呢？想在週末前送到" after a Taipei → Kaohsiung price: how long that route takes, then the days it is
  // delivered on — blind batch 55a: 11.2 heard the delivery days alone.)
  const days = routeTimeAfterQuote(turn);
  await reply(turn, days ? `${days}\n${rule}` : rule);
  return true;
}

// A grievance told beside the question: late, still not here, lost, broken, "到底".
const GRIEVANCE =
  /还没|還沒|还未|還未|仍未|仲未|未到|没到|沒到|冇到|晚了|遲咗|迟了|遲了|延误|延誤|到底|丢|丟|唔見|破|坏|壞|爛|烂|\b(late|still not|still hasn'?t|hasn'?t|never|lost|broken|damaged|delayed)\b/i;

/**
 * "SF… 你们周日送吗", "SF… 周末送不送", "SF… do you deliver on sundays?": where the parcel named is, then the days the
 * courier delivers — no change booked nobody asked for, no proof asked for one (a review of session 45). A day asked
 * for the parcel ("SF… 可以周六送吗") is its change; a grievance goes to the complaint.
 */
async function answerDaysBesideParcel(turn: Turn, during?: 'intake'): Promise<boolean> {
  const { text, reading } = turn;
  const named = reading.entities.trackingNumbers[0]?.number;
  if (!named || !asksWhetherDeliversOn(text) || wantsToComplain(text) || strongFeelings(reading, text)) return false;
  // (The NLU may read "礼拜天送不送啊" as a late parcel: only a grievance told beside the question makes it one.)
  if (reading.intent === 'complaint' && GRIEVANCE.test(text)) return false;
  const found = await lookUpParcel(turn.services, named);
  if (found.kind !== 'found') return false;
  // (The days where the parcel is delivered: a Hong Kong customer's Shenzhen → Shanghai parcel is delivered on Sundays.)
  const rule = ruleOn(turn, 'deliveryDays', found);
  if (!rule) return false;
  // (In a complaint on it the parcel was shown already: the days alone, then the step again.)
  if (during !== 'intake') await handleTrack(turn);
  noteOutcome(turn.context, 'answered');
  await reply(turn, rule);
  return true;
}
