import { lookUpParcel } from './parcel-answer';
import { parcelFactsAnswer, parcelQuestionIn } from './parcel-facts';
import { noteOutcome } from './turn-outcome';
import { reply, type Turn } from './turn';

/**
 * "揽收是哪天？卖家说早就发了", "佢到底幾時寄過嚟㗎", "when was it actually picked up?" of the parcel in the message or the
 * chat: its first scan, from the record — what settles the seller's word against the courier's (blind batch 53a:
 * 08.2–08.5 heard "I can't answer that" three times). Not a complaint.
 * @returns whether it answered.
 */
export async function answerSentWhen(turn: Turn): Promise<boolean> {
  const { text, reading, data } = turn;
  if (parcelQuestionIn(text) !== 'sentWhen') return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number || reading.entities.trackingNumbers.length > 1) return false;
  const found = await lookUpParcel(turn.services, number);
  if (found.kind !== 'found') return false;
  data.lastTracking = number;
  noteOutcome(turn.context, 'answered');
  await reply(turn, parcelFactsAnswer(turn, found, 'sentWhen'));
  return true;
}
