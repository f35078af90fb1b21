import { isCancel } from './intake-reading';
import { CONFIRM_PROMPT, TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { saysPausing } from './leaving-words';
import { reply, say, type Turn } from './turn';

/**
 * "好吧那我再問朋友", "I'll ask my friend and come back", "我考虑一下" in the middle of a complaint (blind batch 29: 21.4,
 * where it was filed as the number): a pause, not the step's answer. The customer hears they can come back with what
 * they went to get — the tracking number, where that is what was asked — and that what they told is kept; the intake
 * ends unfiled and its draft is kept for the conversation (`keepLeftComplaint`, by the 'leave' outcome), so a complaint
 * taken up again goes on from there. At the summary a pause is left to the summary's own reading.
 * @returns 'leave' when the message was such a pause.
 */
export async function pauseIntake(turn: Turn, { prompt }: IntakePosition): Promise<'leave' | undefined> {
  if (prompt === CONFIRM_PROMPT || isCancel(turn.text) || !saysPausing(turn.text)) return undefined;
  await reply(turn, say(turn, prompt === TRACKING_PROMPT ? 'intake.pausedForNumber' : 'intake.paused'));
  return 'leave';
}
