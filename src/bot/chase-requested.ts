import { chaseNextNote } from './chase-next';
import { reply, say, type Turn } from './turn';

/**
 * A chase this customer already asked for on the parcel (issue #17, blind batch 27: 04.3): "can someone look for it?"
 * after the speed-up was recorded hears that it is asked already — when — and what happens next (the station that
 * last scanned it looks for it and sends it on first, and the day it is due), never "if you'd like, I'll ask the
 * station to chase it". Found through the delivery-change service, as `requests-side-by-side.ts` finds the other
 * request. Undefined when no chase of theirs waits or was confirmed.
 */
export async function chaseAlreadyAsked(turn: Turn, number: string): Promise<string | undefined> {
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 50 });
  // (Newest first: the latest chase of theirs that still stands.)
  const chase = requests.find(
    (r) =>
      r.kind === 'expedite' &&
      r.customerId === turn.customer.id &&
      (r.status === 'requested' || r.status === 'confirmed'),
  );
  if (!chase) return undefined;
  const { replies, timeZone } = turn.services;
  const time = replies.dateTime(turn.locale, chase.createdAt, timeZone);
  const next = await chaseNextNote(turn, number);
  return [say(turn, 'chase.alreadyAsked', { time, number }), next].filter(Boolean).join(' ');
}

// "will someone actually go and look for it?", "is anyone on it?", "那到底有没有人去找啊", "會有人去找嗎", "有冇人去搵":
// whether anybody is looking for the parcel.
const ASKS_SOMEONE_LOOKS =
  /\b(someone|anyone|somebody|anybody|they|you|your (team|people|staff))\b[^.?!]{0,30}\b(look(ing)? for|search(ing)? for|chase|chasing|find|track(ing)? (it|this|the parcel) down|go and look)\b|\b(is|are) (anyone|someone|somebody|anybody|they) (on it|looking|dealing with it)\b|(有没有|有沒有|有冇|会不会|會不會|會唔會|会有|會有|有無)(人|人员|人員|同事)[^，。？?]{0,6}(找|搵|查|跟进|跟進|催)|(谁|誰|边个|邊個)(会|會)?(去)?(找|搵|跟进|跟進)/i;

/**
 * "Will someone actually look for it?", "那到底有没有人去找啊", "有冇人去搵" about the conversation's parcel, once this
 * customer's chase of it is recorded: the chase stands (with when) and what happens next. True when answered.
 */
export async function answerChaseAsked(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  const named = turn.reading.entities.trackingNumbers.map((t) => t.number);
  if (!number || named.some((n) => n !== number) || !ASKS_SOMEONE_LOOKS.test(turn.text)) return false;
  const chased = await chaseAlreadyAsked(turn, number);
  if (!chased) return false;
  const person = say(turn, 'choice.human');
  await reply(turn, chased, [{ title: person, value: person }]);
  return true;
}
