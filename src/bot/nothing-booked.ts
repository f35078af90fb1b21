import { deliveryAttempted } from '../tracking';
import { asksIfBooked } from './booked-asked';
import { deliveryWindow } from './delivery-change-reading';
import { handleDeliveryChange } from './delivery-change-turn';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

// A day or another try named in an earlier message (read without the NLU's dates): "tomorrow afternoon", "再派".
const DAY_OR_AGAIN =
  /明天|聽日|听日|后天|後天|星期[一二三四五六日天]|(周|週|礼拜|禮拜)[一二三四五六日天]|\b(tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)\b|redeliver|\bdeliver (it )?again\b|\bnext (try|attempt)\b|再送|再派|重新派送|重新送/i;

/**
 * A delivery time or another try was spoken of in this conversation: a request being taken down, a day or a time in
 * these words, or one in the customer's earlier messages.
 */
function timeDiscussed(turn: Turn): boolean {
  const { data, text, reading } = turn;
  if (data.deliveryChange || reading.entities.dates.length > 0) return true;
  if (Object.keys(deliveryWindow(text, reading)).length > 0) return true;
  const undated = { entities: { ...reading.entities, dates: [] } };
  return (data.said ?? []).some(
    (said) => DAY_OR_AGAIN.test(said) || Object.keys(deliveryWindow(said, undated)).length > 0,
  );
}

/**
 * "and is the delivery tomorrow after 2pm actually booked or not?", "明天下午那个约好了没有", "改期安排咗未呀" with no
 * request of the customer's on the parcel (blind 27: 07.6 got a menu): not yet, said plainly — then the booking is
 * taken up where it stands (the last 4 asked for when the parcel is not proved, else the time, or the time said here).
 * Only a question asked while a delivery time or another try is spoken of: "the parcel was scheduled to arrive today,
 * why?", "Has it been scheduled for delivery yet?" right after tracking, "你们有没有安排人处理？" are not it (review 31).
 * @returns false when the message asks no such thing, names another parcel, or a request of theirs exists (then the
 * change questions answer it from the request).
 */
export async function answerNothingBooked(turn: Turn): Promise<boolean> {
  const { data, text, reading } = turn;
  const number = data.lastTracking;
  if (!number || !asksIfBooked(text) || wantsToComplain(text) || !timeDiscussed(turn)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  if (requests.some((r) => r.customerId === turn.customer.id)) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'change.notBooked', { number }));
  // The booking is taken up only where there is one to make: the request being taken down (kept as it is), a time
  // named in the question, or another try of a parcel the courier has tried to deliver.
  if (data.deliveryChange) {
    await handleDeliveryChange(turn);
    return true;
  }
  const named = reading.entities.dates.length > 0 || Object.keys(deliveryWindow(text, reading)).length > 0;
  const shipment = named ? undefined : await turn.services.shipments.find(number);
  const tried =
    shipment !== undefined &&
    (deliveryAttempted(shipment.events) || shipment.events.some((e) => e.status === 'delivered'));
  if (named || tried) await handleDeliveryChange(turn, { trackingNumber: number, kind: 'redeliver' });
  return true;
}
