import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, CONFIRM_PROMPT, INTAKE_TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { asksPay } from './late-cause';
import { withoutOthersUrging } from './others-urging';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "能不能加急？另外延误了有没有赔偿", "can you speed it up? and do I get anything for the delay?", "可唔可以加快啲？遲咗有冇賠"
 * in the complaint about a late parcel (issue #17, blind batch 24: 13.4): both answered — the speed-up is asked of the
 * station on the complaint (the ticket says it is urgent, the words in its account) and what lateness gives back (the
 * delay entry of the claim rules) — never only "the delay is already in this complaint".
 */

// The parcel hurried: "加急", "加快", "催一下", "快啲送", "speed it up", "expedite", "hurry", "faster", "rush it".
const RUSH =
  /加急|加快|催一下|催下|催催|快(啲|点|點|一点|一點)(送|派|到)|\bspeed\b[^.?!]{0,12}\bup\b|\bexpedit\w*|\bhurry\b|\bfaster\b|\brush\b/i;

/** True when a speed-up and the delay's compensation were asked together, and both were answered. */
export async function answerRushAndDelayPay(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  const { text } = turn;
  if (prompt === INTAKE_TRACKING_PROMPT || prompt === CONFIRM_PROMPT) return false;
  if (!RUSH.test(withoutOthersUrging(text)) || !asksPay(text)) return false;
  const number = state.trackingNumbers[0];
  if (!number || turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const found = await lookUpParcel(turn.services, number);
  // (A parcel not late — or delivered — has no delay to pay for: the usual steps read the message.)
  if (found.kind !== 'found' || found.view.delivered || found.view.daysLate <= 0) return false;
  const rule = ruleOn(turn, 'lateRefund', found);
  if (!rule) return false;
  state.urgent = true;
  keepInAccount(turn, state);
  await reply(turn, [say(turn, 'intake.rushAsked'), rule].join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
