import { OPEN_STATUSES } from '../tickets';
import { asksToBeNotified } from './change-questions';
import { ownWords } from './language-choice';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "有结果会通知我吗", "will you let me know when you find it?", "會唔會通知我" about the conversation's parcel with no change
 * request of the customer's waiting on it (issue #17, blind batch 25: 17.5): what the product really sends, said
 * truthfully — a message in this conversation when something new goes wrong with the parcel (the anomaly notices
 * of src/proactive: past its promised day, a failed delivery, a return…), the station's answer to a chase or change
 * asked for, and the replies on the customer's open complaint about it — but nothing for an ordinary scan or when it
 * moves again. A parcel that has not moved is offered the chase. A waiting request is answered from the request
 * (change-questions.ts).
 * @returns false when the message asks no such thing, no parcel is in the conversation, or a request waits.
 */
// Asked of what is to come: "会通知我吗", "會唔會", "will you let me know", "can you tell me".
const AHEAD = /会|會|将|將|能不能|可不可以|可唔可以|\b(will|would|going to|can|could)\b/i;
// Not told before, a grievance: "根本没人通知我", "冇人話我知", "nobody notified me", "I was never told".
// ("信箱都冇派件通知": no notice was left — blind batch 55b: 13.1 heard what will be notified.)
const NOT_TOLD =
  /(没|沒|冇|無|无|未)(有)?人?(通知|告诉|告訴|話我知|话我知)|(没|沒|冇|無|无)(有)?[^，。,.]{0,3}(派件|派送|到件)?通知|\b(nobody|no one|never|didn'?t|did not|wasn'?t|was not|weren'?t)\b[^.?!]{0,20}\b(notif\w*|told|tell|inform\w*)\b/i;

export async function answerNotificationsAsked(turn: Turn): Promise<boolean> {
  const { reading, data, services, customer } = turn;
  // (What a pasted SMS says is not asked: "what does this mean? 【快递通知】您的快件…" asks what it says — blind 26b: 02.1.)
  const text = ownWords(turn.text);
  if (!asksToBeNotified(text) || !asksQuestion(text) || wantsToComplain(text)) return false;
  if (!AHEAD.test(text) || NOT_TOLD.test(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  const requests = await services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  if (requests.some((r) => r.customerId === customer.id && r.status === 'requested')) return false;
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found') return false;
  const tickets = await services.store.tickets.find({ customerId: customer.id, status: [...OPEN_STATUSES], limit: 20 });
  const ticket = tickets.find((t) => t.trackingNumbers.includes(number));
  const lines = [say(turn, lookup.view.delivered ? 'notify.delivered' : 'notify.parcel', { number })];
  if (ticket) lines.push(say(turn, 'notify.ticket', { ticket: ticket.number }));
  // Not moved for two days while on its way: the chase, whose answer from the station comes here too.
  const stuck = !lookup.view.delivered && lookup.view.anomalies.includes('no_scan_48h');
  noteOutcome(turn.context, 'answered');
  if (!stuck) return reply(turn, lines.join('\n')).then(() => true);
  lines.push(say(turn, 'notify.chase'));
  data.offeredChase = number;
  const chase = say(turn, 'notice.choice.expedite');
  await reply(turn, lines.join('\n'), [{ title: chase, value: `${chase} ${number}` }]);
  return true;
}
