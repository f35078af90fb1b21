import { handleDeliveryChange } from './delivery-change-turn';
import { deliveryChangeKind } from './delivery-change-reading';
import { lookUpParcel } from './parcel-answer';
import type { Turn } from './turn';

/**
 * "My parcel SF… has the wrong phone on the label", "名字寫錯了 可以改嗎", "just send it back to the seller" about a
 * parcel on its way: a change to its delivery (correct the waybill, return it to the sender) taken down as any
 * other — proof of a link to the parcel, then recorded for the station to confirm — before the message can be read
 * as a tracking question ("it isn't lost"), a complaint or the customer's own contact number (issue #17, batch 20).
 * A return asked of a parcel already delivered is the customer's own return (send-back.ts), not this.
 * @returns false when the message asks for neither, or (a return) no parcel on its way is in sight.
 */
export async function takeWaybillChange(turn: Turn): Promise<boolean> {
  const kind = deliveryChangeKind(turn.text, turn.reading);
  if (kind !== 'correct_label' && kind !== 'return_to_sender') return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (kind === 'return_to_sender') {
    if (!number) return false;
    const lookup = await lookUpParcel(turn.services, number);
    if (lookup.kind !== 'found' || lookup.shipment.events.some((e) => e.status === 'delivered')) return false;
  }
  turn.reading = { ...turn.reading, intent: 'change_delivery' };
  await handleDeliveryChange(turn);
  return true;
}
