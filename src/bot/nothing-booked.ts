import { asksIfBooked } from './booked-asked';
import { handleDeliveryChange } from './delivery-change-turn';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "and is the delivery tomorrow after 2pm actually booked or not?", "明天下午那个约好了没有", "改期安排咗未呀" with no
 * request of the customer's on the parcel (blind 27: 07.6 got a menu): not yet, said plainly — then the booking is
 * taken up where it stands (the last 4 asked for when the parcel is not proved, else the time, or the time said here).
 * @returns false when the message asks no such thing, names another parcel, or a request of theirs exists (then the
 * change questions answer it from the request).
 */
export async function answerNothingBooked(turn: Turn): Promise<boolean> {
  const { data, text, reading } = turn;
  const number = data.lastTracking;
  if (!number || !asksIfBooked(text) || wantsToComplain(text)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  if (requests.some((r) => r.customerId === turn.customer.id)) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'change.notBooked', { number }));
  data.deliveryChange = undefined;
  await handleDeliveryChange(turn, { trackingNumber: number, kind: 'redeliver' });
  return true;
}
