import { DEMAND_PROMPT, STEP_ANSWERED, type IntakePosition } from './intake-state';
import { demandsSaid } from './demand-details';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "那是誰拿走了 我都在家啊", "who took it? I was home all day" asked where the demand is asked, about a parcel its record
 * shows signed for (issue #17, blind batch 22: 22.5): the customer wants to know who took it — the station checking
 * who signed, which the answer has told. That is what they ask of us (an explanation), said back — not "no specific
 * demand" and the next question.
 * @returns true when it was taken as the demand step's answer.
 */
export async function takeSignerAsDemand(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  if (prompt !== DEMAND_PROMPT || (state.demand !== undefined && state.demand !== 'none')) return false;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind !== 'found' || !lookup.view.delivered) return false;
  state.demand = 'explanation';
  state.moreDemands = [];
  await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
  turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}
