import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { statedDemands } from './intake-volunteered';
import { lateRefundAnswer } from './late-refund';
import { reply, type Turn } from './turn';

/**
 * "晚了三天你们不该补偿点吗", "does being 3 days late get me anything?", "遲咗三日有冇得賠" at any step of a complaint —
 * the summary included, where the late-cause answer does not reach (issue #17, blind batch 27: 15.6 heard "I can't
 * answer that here"): what lateness gives back (the delay entry of the claim rules, in the parcel's market), then the
 * step again.
 * @returns false when the message asks nothing of what lateness gives back, or speaks of a loss or damage (whose
 * compensation rules answer instead).
 */
export async function answerDelayPayInIntake(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  // (At the remedy question a demand said beside it is the step's answer: "晚了三天，我要补偿" is taken there.)
  if (prompt === DEMAND_PROMPT && statedDemands(turn, state.category).length > 0) return false;
  const rule = await lateRefundAnswer(turn, state.trackingNumbers[0]);
  if (!rule) return false;
  await reply(turn, rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
