import type { ComplaintCategory } from '../nlu';
import { saysLate } from './empathy';
import { grievanceIn } from './grievance';
import { goodsBroke, speaksOfCategory, speaksOfLeak, speaksOfLoss } from './message-cues';
import type { ParcelLookup } from './parcel-answer';
import { spoiledPerishables } from './perishables';

/**
 * A complaint's type held against the parcel's record and what the customer said of it (issue #17, blind batch 33:
 * 01.3, 11.3, 15.3–15.4, 18.5) — LABELS.md's rules, where the words alone misread:
 * - a parcel its record shows delivered that the customer says they never got (now or earlier) is lost (rule 4) —
 *   never late: it came on time to someone else;
 * - a parcel on its way and past its promise, read as lost with no word of a loss, is late;
 * - a parcel not delivered, read as a paid extra not honoured ("保价8000", "货值600 赔钱") or as damage because of what is
 *   inside ("frozen dumplings… spoiled") with no payout refused, no cash on delivery, no broken goods seen: the
 *   grievance is the wait — late when it is late or the customer complains of the wait, else what the record shows
 *   (no scan for days: tracking that stands still);
 * - a parcel stuck but not yet due is late only with an explicit complaint of the wait (rule 4): "it's late", or
 *   perishables that spoil with every day ("they'll be rotten by now", "冻虾肯定化了").
 */

type Found = ParcelLookup & { kind: 'found' };

// "我根本没收到", "沒拿到", "冇收到", "收唔到", "礼物没了", "I never got it", "haven't received anything".
const NOT_RECEIVED =
  /(没|沒|冇|未|没有|沒有)(有)?(收到|拿到|取到|见到|見到|收過|收过|攞到)|收唔到|攞唔到|(东西|東西|礼物|禮物|包裹|快递|快遞|货|貨|嘢|件貨)(就)?(没了|沒了|冇咗|唔見咗)|\b(never|didn'?t|did not|haven'?t|have not|hasn'?t|not) (got|get|gotten|received?|receiving|seen)\b|\bnever (arrived|came|reached me)\b/i;

// A paid extra refused in so many words: "只赔200", "拒赔", "不给赔", "signature required but…", "refused to pay out".
const EXTRA_REFUSED =
  /(只|才|就)(赔|賠|償|偿)|(拒|不|没|沒|冇|唔)(肯)?(给|給|俾)?(赔|賠|償|偿)|理赔被拒|理賠被拒|签收要求|簽收要求|要求签字|要求簽字|\brefus\w* to (pay|compensate)\b|\b(payout|claim) (was |got )?(refused|rejected|denied|short)\b|\bonly (paid|offered|pay|paying)\b|\bsignature (was )?required\b/i;

// "the tracking is wrong", "信息不对", "記錄唔啱": the record itself disputed.
const RECORD_WRONG = /\b(wrong|incorrect|inaccurate|false)\b|错误|錯誤|不对|不對|唔啱|乱写|亂寫/i;

/** The customer says, now or in earlier messages, that they never got the parcel. */
const toldNotReceived = (text: string, said: readonly string[]): boolean =>
  [text, ...said].some((words) => NOT_RECEIVED.test(words) || speaksOfLoss(words));

/** The customer complains of the wait: it is late in their words, or perishables spoil with it. */
export const complainsOfWait = (text: string, said: readonly string[]): boolean => {
  const account = said.join('\n');
  return [text, ...said].some((words) => saysLate(words) || spoiledPerishables(words, account));
};

/**
 * The type the record and the customer's words give, where it differs from `category` (the words' own reading);
 * undefined when `category` stands.
 * @param said the customer's earlier messages in this conversation about this parcel, oldest first.
 */
export function typeByRecord(
  category: ComplaintCategory | undefined,
  parcel: ParcelLookup | undefined,
  text: string,
  said: readonly string[],
): ComplaintCategory | undefined {
  if (parcel?.kind !== 'found') return undefined;
  const found: Found = parcel;
  const { view } = found;
  const extraRefused =
    speaksOfCategory(text, 'value_added') || EXTRA_REFUSED.test(text) || grievanceIn(text)?.category === 'value_added';
  // ("我要賠錢 入面係部相機 值三千蚊" after "話我簽收咗 我根本冇收過": what it was worth, asked back for a parcel never
  // got — no paid extra refused; blind batch 34b: 14.3.)
  // ("花瓶碎了 有保價 要理賠" of a parcel delivered: broken goods claimed on the insurance — damage, no paid extra refused;
  // blind batch 35b: 06.6, 12.6.)
  if (view.delivered && category === 'value_added' && !extraRefused && [text, ...said].some((w) => goodsBroke(w)))
    return 'damaged';
  if (view.delivered)
    return (category === 'delay' ||
      category === 'info_error' ||
      category === 'other' ||
      (category === 'value_added' && !extraRefused)) &&
      toldNotReceived(text, said) &&
      !saysLate(text)
      ? 'lost'
      : undefined;
  if (view.status === 'exception' || view.status === 'returned' || view.anomalies.includes('returned'))
    return undefined;
  const late = view.daysLate > 0;
  const stuck = view.anomalies.includes('no_scan_48h');
  const waited = late || complainsOfWait(text, said);
  if (category === 'lost' && late && ![text, ...said].some(speaksOfLoss)) return 'delay';
  const misread =
    (category === 'value_added' && !extraRefused) ||
    // ("海鲜肯定坏了" of a parcel not yet here: a fear of what the wait does, no damage seen.)
    (category === 'damaged' && (!goodsBroke(text, 'spaces split') || spoiledPerishables(text, said.join('\n'))));
  if (misread && (late || stuck)) return waited ? 'delay' : 'info_error';
  // (Not a record the customer says is wrong, nor their data leaked: those are the information's own complaint.)
  const recordDisputed = RECORD_WRONG.test(text) || speaksOfLeak(text);
  if (category === 'info_error' && stuck && complainsOfWait(text, said) && !recordDisputed) return 'delay';
  return undefined;
}
