import { asksToChangeDelivery } from './context-reading';
import { asksNewCode, pickupPointAnswer, pickupPointQuestion } from './pickup-point';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * Answers a question about a locker, pickup point or store and its code (pickup-point.ts) about the given parcel, else
 * the one the message names, else the conversation's; a person is offered where one can help (a "yes" takes it).
 * A request to have it held at one ("放快递柜吧") is a change of delivery, not such a question.
 * @returns false when the message asks no such question.
 */
export async function answerPickupPoint(turn: Turn, parcelNumber?: string): Promise<boolean> {
  const question = pickupPointQuestion(turn.text, turn.data.pickupPointAsked);
  // (A new code asked for beside a change the customer never agreed to — "我明明寫了要送到家…可以重新給我一組取件碼嗎" — is
  // the code's question first: batch 23: 21.3.)
  if (
    !question ||
    (asksToChangeDelivery(turn.text, turn.reading) && !asksNewCode(turn.text, turn.data.pickupPointAsked))
  )
    return false;
  const number = parcelNumber ?? turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const answer = await pickupPointAnswer(turn, question, number);
  if (!answer) return false;
  noteOutcome(turn.context, 'answered');
  turn.data.pickupPointAsked = true;
  // The parcel answered about is the conversation's: the digits or "file it" that follow are about it, its number not
  // asked for again (blind batch 23: 21.2 — "which parcel?" right after the answer about JT…).
  if (number) turn.data.lastTracking = number;
  if (answer.personOffered) turn.data.offeredHuman = true;
  const person = say(turn, 'choice.human');
  await reply(turn, answer.text, answer.personOffered ? [{ title: person, value: person }] : []);
  return true;
}
