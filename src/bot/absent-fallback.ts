import type { AnomalyKind, HoldPlace } from '../tracking';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { readDeliveryChange } from './delivery-change-reading';
import { record } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import type { Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "要是那天还是没人，能放快递柜吗", "if no one's in that day, could it go in a parcel locker?", "如果屋企冇人可唔可以放入
 * 智能櫃" about the customer's waiting delivery (issue #17, blind batch 31: 11.4): where to leave it if nobody is in is
 * a fallback for that very delivery — it goes on the request beside the day, the time and the call, and is said back
 * as such. It replaces nothing ("可以的" with nothing recorded, and an offer to swap the delivery for a locker hold, was
 * the answer before). The building's desk in the same words is building-desk.ts's; "if the afternoon is no good, can I
 * collect it from the station?" (no absence said, or the station) stays another option asked about.
 */

// Nobody in to take it: "没人的话", "家里还是没人", "沒人在家", "屋企冇人", "不在家", "nobody's home", "if I'm out".
const NOBODY_IN =
  /(没|沒|冇|无|無)(有)?人(在家|在|喺屋企|喺度|签收|簽收|收|应门|應門|开门|開門)?|(不|唔)(在|喺)(家|屋企)|\b(nobody|no one|noone|no-one)\b[^.?!,]{0,15}\b(home|in|there|around|answers?|available)\b|\b(i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i'?m going to be) (not (in|home|there|around)|out|away)\b|\bnot (at )?home\b/i;

// A delivery that went wrong, told — not asked for now: "结果放了快递柜", "they put it in a locker without asking".
const TOLD =
  /结果|結果|却|卻|竟然|居然|明明|放了|放咗|擺咗|摆了|\b(they|he|she|courier|driver) (put|left|dropped)\b|\b(was|were|been) (put|left|dropped)\b/i;
// "别放快递柜", "唔好放櫃", "don't put it in a locker": not there.
const REFUSED = /(别|別|不要|唔好|不用|唔使|勿)\s*(放|擺|摆|存)|\b(don'?t|do not|never|not)\s+(put|leave|drop)\b/i;

/** The place the words ask the parcel to go to if nobody is in — a locker or a named pickup point — if any. */
export function nobodyInPlace(
  turn: Pick<Turn, 'text' | 'reading'>,
): { place: HoldPlace; placeName?: string } | undefined {
  const { text, reading } = turn;
  if (!NOBODY_IN.test(text) || TOLD.test(text) || REFUSED.test(text)) return undefined;
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
 * Puts the place to leave the parcel if nobody is in on the customer's waiting delivery request (see above) and says
 * the request back with it.
 * @returns false when the message asks no such thing, or the customer has no delivery request waiting on the
 * conversation's parcel (a hold has no delivery to fall back from).
 */
export async function addNobodyInFallback(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  if (!number) return false;
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const fallback = nobodyInPlace(turn);
  if (!fallback) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  // Only the customer's own request, and only while it waits: a decided one is not reopened by a note.
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || request.status !== 'requested' || request.kind === 'hold') return false;
  if (request.kind !== 'redeliver' && request.kind !== 'call_first' && request.kind !== 'change_address') return false;
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind: request.kind,
    details: { ...request.details, nobodyIn: fallback },
    words: [...request.words.split('\n').filter(Boolean), turn.text.trim()],
    recorded: true,
    ...(request.noticeId ? { noticeId: request.noticeId } : {}),
    ...(request.anomalyKind ? { anomalyKind: request.anomalyKind as AnomalyKind } : {}),
  };
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, number);
  await record(turn, draft, request.kind, number, lookup.kind === 'found' ? lookup.shipment : undefined);
  return true;
}
