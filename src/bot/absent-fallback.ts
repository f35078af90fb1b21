import type { AnomalyKind } from '../tracking';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { record } from './delivery-change-turn';
import { nobodyInPlace } from './absent-place';
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
