import { DEMAND_PROMPT, STEP_ANSWERED, type IntakePosition } from './intake-state';
import { demandsSaid } from './demand-details';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

// The cost of sending it again objected to: "這不合理", "沒理由要我再付", "凭什么", "唔公平", "why should I pay again".
const OBJECTS =
  /不合理|唔合理|沒道理|没道理|沒理由|没理由|冇理由|憑什麼|凭什么|憑咩|凭咩|不公平|唔公平|不應該|不应该|唔應該|唔应该|\b(unfair|not fair|ridiculous|why should (i|we))\b/i;

/**
 * "那重新寄要再付一次運費嗎？這不合理", "do I have to pay again to resend it? that's not fair" in a complaint about a
 * parcel sent back (issue #17, blind batch 25: 21.4–21.5): after the rule on who pays (answered by the case
 * question), the customer's wish about the returned parcel — sent again free, the return disputed — is the complaint's
 * demand (beside any other it has), said back. A returned parcel is never sped up (intake-change.ts, speed-up.ts).
 * @returns true when it was taken as the complaint's demand.
 */
export async function takeResendAsDemand(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  const wanted = [state.demand, ...(state.moreDemands ?? [])];
  if (!OBJECTS.test(turn.text) || wanted.includes('redelivery')) return false;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind !== 'found' || !lookup.view.anomalies.includes('returned')) return false;
  // (Beside a demand already given — "why was it sent back?" asks an explanation — the re-send is one more.)
  if (state.demand === undefined || state.demand === 'none') {
    state.demand = 'redelivery';
    state.moreDemands = [];
  } else state.moreDemands = [...(state.moreDemands ?? []), 'redelivery'];
  const note = say(turn, 'intake.resendFreeDisputed');
  state.demandNotes = [note, ...(state.demandNotes ?? []).filter((n) => n !== note)];
  await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
  if (prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}
