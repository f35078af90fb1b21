import { asksToChangeDelivery } from './context-reading';
import { wantsToComplain } from './complaint-words';
import { asksForRemedy, wordsIn } from './intake-reading';
import { parcelQuestionIn } from './parcel-facts';
import { goingBackToSender } from './returned-parcel';
import type { Turn } from './turn';

/**
 * "why would it be returned, wrong address?", "那为什么会退回呢" asked right after the bot showed a parcel sent back to its
 * sender and offered to file a complaint on it (issue #17, blind batch 37b: 05.2 was taken for a change of delivery,
 * then — once that was fixed — for the complaint the customer had not taken up): a short question (about 15 English
 * words, 40 Chinese characters), answered with the status and the reason the courier recorded, the offer standing — not
 * a complaint taken down. The same question as a first message stays a complaint of a return nobody asked for
 * (`returned-one-type.conversation.ts`, LABELS.md: complaint.other), answered first. A customer who says they want to complain,
 * asks a remedy, is angry or asks for the parcel to come again is left to those paths.
 * @param offeredOn the parcel the bot offered to file a complaint on in its last reply, if it did
 */
export async function asksOnlyWhyReturned(turn: Turn, offeredOn: string | undefined): Promise<boolean> {
  const { reading, text } = turn;
  if (reading.intent !== 'complaint' && reading.intent !== 'other') return false;
  if (parcelQuestionIn(text) !== 'why' || wordsIn(text) > 80) return false;
  if (wantsToComplain(text) || asksForRemedy(text) || asksToChangeDelivery(text, reading)) return false;
  if (reading.signals.anger >= 0.4 || reading.signals.escalationThreat) return false;
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  if (named.length > 1) return false;
  const number = named[0] ?? turn.data.lastTracking;
  return number !== undefined && number === offeredOn && (await goingBackToSender(turn.services, number));
}
