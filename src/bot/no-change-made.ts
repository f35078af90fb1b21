import { ownRequestOn } from './own-request';
import { takesChangeBack } from './change-questions';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

// The delivery or a change of it spoken of: "change", "deliver it normally", "改", "派送", "照常送".
const CHANGE_SPOKEN = /\b(chang\w*|deliver\w*|redirect\w*|redeliver\w*|reschedul\w*)\b|改|派送|配送|送/i;
// …and not the complaint: "cancel the complaint" is the intake's or the ticket's to answer.
const COMPLAINT = /\bcomplain\w*|\bticket\b|投诉|投訴|客訴|申訴|申诉/i;

/**
 * "I never asked to change the delivery, cancel that, just deliver it normally" when the customer has asked for no
 * change of the parcel spoken of: nothing was changed, and it comes as planned — said with its promised day — not "no
 * complaint open" (issue #17, blind batch 32: 01.6). A change they did ask for is withdrawn by change-questions.ts.
 * @returns true when answered.
 */
export async function answerNoChangeMade(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const { text } = turn;
  if (!number || !takesChangeBack(text, false) || !CHANGE_SPOKEN.test(text) || COMPLAINT.test(text)) return false;
  if (await ownRequestOn(turn, number)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || lookup.view.delivered) return false;
  const { promisedDate } = lookup.view;
  const date = promisedDate ? turn.services.replies.day(turn.locale, promisedDate) : '';
  await reply(turn, say(turn, date ? 'change.noneMade' : 'change.noneMadeNoDate', { number, date }));
  noteOutcome(turn.context, 'answered');
  return true;
}
