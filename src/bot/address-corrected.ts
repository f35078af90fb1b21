import { ANOMALY_KINDS, type AnomalyKind } from '../tracking';
import { correctedAddress } from './address-correction';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { record } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import type { Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/** The anomaly kind a stored request names, when it is one (the store keeps it as text). */
const kindOf = (kind: string | undefined): AnomalyKind | undefined => ANOMALY_KINDS.find((known) => known === kind);

/**
 * "不对不对 是389号 我打错了", "actually no, make it 16F not 18F", "係12樓唔係21樓" about the new address the customer's
 * waiting request sends their parcel to (issue #17, blind batch 22: 14.4, 04.5): the correction is applied to that
 * address and the request recorded again with it, said back — the customer never repeats the whole address, and the
 * sentence is never taken for the address nor for worry about the parcel.
 * Read only on the message right after the address was taken down (`number`, the parcel it was for): "不是说25号前能
 * 到吗" turns later is about the parcel, never a correction (review of #17).
 * @returns false when the customer has no address change waiting on that parcel, or the words correct nothing in its
 * address.
 */
export async function applyAddressCorrection(turn: Turn, number: string): Promise<boolean> {
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const latest = requests.find((r) => r.customerId === turn.customer.id);
  const old = latest?.details.address;
  if (!latest || latest.kind !== 'change_address' || latest.status !== 'requested' || !old) return false;
  const address = correctedAddress(old, turn.text);
  if (!address) return false;
  const anomalyKind = kindOf(latest.anomalyKind);
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind: 'change_address',
    details: { ...latest.details, address },
    words: [...latest.words.split('\n').filter(Boolean), turn.text.trim()],
    recorded: true,
    ...(latest.noticeId ? { noticeId: latest.noticeId } : {}),
    ...(anomalyKind ? { anomalyKind } : {}),
  };
  turn.data.deliveryChange = draft;
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, number);
  const destination = lookup.kind === 'found' ? lookup.shipment : undefined;
  await record(turn, draft, 'change_address', number, destination, 'change.corrected');
  return true;
}
