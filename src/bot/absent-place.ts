import type { HoldPlace } from '../tracking';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { readDeliveryChange } from './delivery-change-reading';
import type { Turn } from './turn';

/**
 * Where to leave a delivery if nobody is in, or if it cannot be done as asked ("要是那天还是没人，能放快递柜吗", "要是不行
 * 的话，放…驿站也可以的"): the place read from the words (absent-fallback.ts puts it on a request made; the draft's
 * own is put here).
 */

// Nobody in to take it: "没人的话", "家里还是没人", "沒人在家", "屋企冇人", "不在家", "nobody's home", "if I'm out".
const NOBODY_IN =
  /(没|沒|冇|无|無)(有)?人(在家|在|喺屋企|喺度|签收|簽收|收|应门|應門|开门|開門)?|(不|唔)(在|喺)(家|屋企)|\b(nobody|no one|noone|no-one)\b[^.?!,]{0,15}\b(home|in|there|around|answers?|available)\b|\b(i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i'?m going to be) (not (in|home|there|around)|out|away)\b|\bnot (at )?home\b/i;

// A delivery that went wrong, told — not asked for now: "结果放了快递柜", "they put it in a locker without asking".
const TOLD =
  /结果|結果|却|卻|竟然|居然|明明|放了|放咗|擺咗|摆了|\b(they|he|she|courier|driver) (put|left|dropped)\b|\b(was|were|been) (put|left|dropped)\b/i;
// "别放快递柜", "唔好放櫃", "don't put it in a locker": not there.
const REFUSED = /(别|別|不要|唔好|不用|唔使|勿)\s*(放|擺|摆|存)|\b(don'?t|do not|never|not)\s+(put|leave|drop)\b/i;

// The delivery asked for cannot be done: "要是不行的话", "如果不行", "實在唔得嘅話", "if not", "if that doesn't work",
// "otherwise" — the place named after it is where to leave it then (blind batch 52a: 08.3 opened a complaint).
const IF_NOT_DONE =
  /(要是|如果|若是|万一|萬一|实在|實在)?(不行|办不到|辦不到|做不到|唔得|唔掂)(的话|的話|嘅話|就)|\bif (not|that (doesn'?t|does not|can'?t|won'?t) work|you can'?t)\b|\botherwise\b|\bfailing that\b/i;

// Another way offered beside the one asked: "或者直接放小区门口的菜鸟驿站也行", "要不放快递柜也可以", "or just leave it at the
// station" — where to leave it if the delivery asked cannot be made (blind batch 55a: 10.3 opened a complaint).
const OR_ELSE =
  /(或者|或是|要不|要唔係|不然|唔係)(就)?(直接)?(放|擺|摆|存|寄存)[^，。,.]{0,16}(也行|也可以|都得|都可以|都行|亦可|也好)|\bor (just )?(leave|put|drop|hold|keep)\b/i;

/** The place the words ask the parcel to go to if nobody is in — a locker or a named pickup point — if any. */
export function nobodyInPlace(
  turn: Pick<Turn, 'text' | 'reading'>,
): { place: HoldPlace; placeName?: string } | undefined {
  const { text, reading } = turn;
  const orElse = OR_ELSE.test(text);
  if (!(NOBODY_IN.test(text) || IF_NOT_DONE.test(text) || orElse) || TOLD.test(text) || REFUSED.test(text))
    return undefined;
  const read = readDeliveryChange(text, reading, {});
  if (read.kind !== 'hold') return undefined;
  const { place, placeName } = read.details;
  // (A locker, a store, a pickup point named — "菜鸟驿站": the station itself unnamed is where a missed parcel goes
  // anyway, the rule the conditional answer tells.)
  if (!place || (place === 'outlet' && !placeName)) return undefined;
  const brand = /丰巢|豐巢|hive ?box/i.exec(text)?.[0];
  return { place, ...(placeName ? { placeName } : brand ? { placeName: brand } : {}) };
}

/**
 * The same fallback said while the request is still being taken down (its digits or a detail asked): it goes on the
 * draft, said so, and what is still missing is asked again — the request is not dropped for a complaint.
 * @returns false when the message names no such fallback, or the draft is no delivery to fall back from.
 */
export async function addFallbackToDraft(turn: Turn, draft: DeliveryChangeDraft): Promise<boolean> {
  if (draft.kind !== 'redeliver' && draft.kind !== 'call_first' && draft.kind !== 'change_address') return false;
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== draft.trackingNumber)) return false;
  const fallback = nobodyInPlace(turn);
  if (!fallback) return false;
  draft.details = { ...draft.details, nobodyIn: fallback };
  draft.words = [...draft.words, turn.text.trim()];
  return true;
}
