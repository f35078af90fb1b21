import { findTrackingNumbers } from '../nlu/entities/tracking';
import type { ComplaintCategory } from '../nlu';
import { keepLeftComplaint } from './complaint-account';
import { asksWhatToDo } from './intake-plain-answers';
import { INTAKE_TRACKING_PROMPT, NUMBER_STANDS, type IntakePosition, type PromptAsks } from './intake-state';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';

/**
 * A tracking number the bot could not find, and what the customer asks next (issue #17, blind batch 20: 08.2, 19.2,
 * 28.2, 28.5). "那我怎么办", "咁點算呀", "so what am I supposed to do?" right after it hear what they can do — check the
 * digits and the courier, give a new label up to 24–48 hours, ask the sender or the shop — not a complaint taken
 * down on a number nobody can find, nor the same request for the number again. The tracking step's request for a
 * number it could not find is put at most twice: the third time, the choices (check it again, a person) instead.
 */

/** The waiting tracking prompt's state: how often it was put, and the number it could not confirm. */
type TrackingAsks = PromptAsks & { unconfirmed?: string };

/**
 * The number the intake's tracking step could not find (or whose form cannot be right) and still waits on; undefined
 * at any other step, or when no number was given.
 */
export function numberNotFoundAtStep(
  position: IntakePosition | undefined,
  prompt: TrackingAsks | undefined,
): string | undefined {
  if (position?.prompt !== INTAKE_TRACKING_PROMPT) return undefined;
  return prompt?.unconfirmed ?? position.state.unconfirmedNumber;
}

/** The two ways on from a number not found: check it again, or a person. */
function choices(turn: Turn): { title: string; value: string }[] {
  return ['choice.recheckNumber' as const, 'choice.human' as const].map((key) => {
    const title = say(turn, key);
    return { title, value: title };
  });
}

/**
 * Leaves the complaint the tracking step was taking down. Only one the customer asked for in so many words is kept
 * for the conversation ("file a complaint" goes on from it), under the number they gave: a complaint the bot opened
 * on "it says it doesn't exist" is no complaint of theirs, and never collects what they later say of another parcel
 * (blind batch 20 08.6: a refund meant for the late parcel was put on the not-found number's complaint).
 */
function leaveComplaint(turn: Turn, position: IntakePosition, number: string): void {
  if (!wantsToComplain(position.state.description)) return;
  keepLeftComplaint(turn.data, position.state);
  const left = turn.data.leftComplaint;
  if (left && !left.trackingNumber) left.trackingNumber = number;
}

/**
 * The complaint the tracking step is taking down is about something that happened to the parcel — it arrived broken,
 * the courier was rude, a fee was charged — not about the number being unknown ("it says it doesn't exist" is read
 * as wrong information, a missing parcel, or no kind at all). "我拍了开箱视频，现在怎么办？" after a broken parcel's
 * number was not found goes on with that complaint, its number taken as written for an agent to check — never "no
 * complaint is registered" (blind batch 23: 17.3).
 */
function grievanceBesideNumber(position: IntakePosition): boolean {
  const { category, categoryGuessed } = position.state;
  return category !== undefined && !categoryGuessed && !NUMBER_GRIEVANCES.includes(category);
}

/**
 * The number tracking could not find stands as the customer wrote it when their complaint is about what happened to the
 * parcel and this message brings no other number ("我拍了开箱视频，现在怎么办？", "理赔要哪些材料？"): the complaint goes on
 * to its next step, the number marked for an agent to check — the request for it is not put again. True when so.
 */
export function numberStandsBesideGrievance(
  turn: Turn,
  position: IntakePosition | undefined,
  number?: string,
): boolean {
  const { trackingNumbers, invalidTracking } = turn.reading.entities;
  if (!number || !position || trackingNumbers.length > 0 || invalidTracking.length > 0) return false;
  // (A number whose own check fails — a check digit, a length — is a typo to put right, never one to file as written.)
  if (findTrackingNumbers(number).some((found) => !found.valid)) return false;
  if (!grievanceBesideNumber(position)) return false;
  turn.context.turnState.set(NUMBER_STANDS, true);
  return true;
}

/** The kinds a complaint about a number tracking cannot find is read as. */
const NUMBER_GRIEVANCES: readonly ComplaintCategory[] = ['info_error', 'lost', 'other'];

/**
 * "What do I do now?" about a number the bot could not find — at the tracking step (`position` given: the complaint
 * is left, unfiled) or right after a tracking answer that found nothing. True when answered.
 */
export async function answerNotFoundWhatToDo(
  turn: Turn,
  number: string | undefined,
  position?: IntakePosition,
): Promise<boolean> {
  if (!number || turn.reading.entities.trackingNumbers.length > 0 || !asksWhatToDo(turn.text)) return false;
  if (position && grievanceBesideNumber(position)) return false;
  if (position) leaveComplaint(turn, position, number);
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'notFound.whatToDo', { number }), choices(turn));
  return true;
}

/**
 * The tracking step's request for a number it could not find, due a third time: the choices instead (the complaint
 * is left, unfiled, as for "what do I do now?").
 */
export async function offerNotFoundChoices(turn: Turn, position: IntakePosition, number: string): Promise<void> {
  leaveComplaint(turn, position, number);
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'notFound.choices', { number }), choices(turn));
}

/** "Check the number again" (the button, in any wording of the locale): the number is asked for. True when so. */
export async function answerRecheckChoice(turn: Turn): Promise<boolean> {
  const typed = turn.text.trim().toLowerCase();
  const titles = turn.services.replies.wordings(turn.locale, 'choice.recheckNumber').map((t) => t.toLowerCase());
  if (!titles.includes(typed)) return false;
  await reply(turn, say(turn, 'notFound.sendAgain'));
  return true;
}
