import type { TurnContext } from 'botbuilder-core';
import type { IntakeState, PendingChange } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * A change of delivery asked for in a complaint and still waiting (for the last 4 digits, or a detail) when the
 * complaint is filed: it is not dropped with the intake (issue #17, engineers' notes). Filing leaves it here; once the
 * dialog has ended, the turn takes it up as the customer's change request waiting on what it lacks — the customer
 * hears what is still needed, and the digits sent next prove the parcel and record it.
 */
const LEFT_AT_FILING = Symbol('parcelcare.changeLeftAtFiling');

interface LeftChange {
  number: string;
  change: PendingChange;
}

/** Notes the change the filed complaint leaves waiting (called as it is filed). */
export function leaveChangeAtFiling(context: TurnContext, state: IntakeState): void {
  const number = state.trackingNumbers[0];
  if (state.pendingChange && number) context.turnState.set(LEFT_AT_FILING, { number, change: state.pendingChange });
}

/**
 * Takes up the change a complaint filed this turn left waiting: the customer's request carries on, asking again for
 * what it needs.
 * @returns false when no change was left.
 */
export async function carryChangePastFiling(turn: Turn): Promise<boolean> {
  const left = turn.context.turnState.get(LEFT_AT_FILING) as LeftChange | undefined;
  if (!left || turn.data.deliveryChange) return false;
  turn.context.turnState.delete(LEFT_AT_FILING);
  await takeUpChange(turn, left.number, left.change, left.change.need);
  return true;
}

/**
 * A change asked for in a complaint the customer then says is none ("6666 我没要投诉啊 打个电话就行"): the change stays
 * theirs, as the customer's change request (blind batch 40b: 08.4 — the call before delivery was dropped with the
 * complaint, and "那打电话那个事办好了没" then looked for a complaint). Ready when the parcel is proved already (the
 * caller records it); else it waits on what it lacks, and the customer hears so.
 * @returns whether the change can be recorded now.
 */
export async function keepChangeOfLeftComplaint(turn: Turn, number: string, change: PendingChange): Promise<boolean> {
  const proved = turn.data.verified.includes(number);
  return takeUpChange(turn, number, change, proved && change.need === 'last4' ? undefined : change.need);
}

/**
 * The intake's change made the customer's change request; what it still needs (`need`) is asked for.
 * @returns whether it needs nothing more (the caller records it).
 */
async function takeUpChange(
  turn: Turn,
  number: string,
  change: PendingChange,
  need: PendingChange['need'] | undefined,
): Promise<boolean> {
  turn.data.deliveryChange = {
    trackingNumber: number,
    kind: change.kind,
    details: change.details,
    words: change.words,
    ...(need ? { asked: need } : {}),
    ...(change.area ? { area: change.area } : {}),
  };
  if (!need) return true;
  if (need === 'last4') turn.data.verifyTracking = number;
  await reply(turn, say(turn, 'change.notRecorded', { number, need: say(turn, `change.need.${need}`) }));
  return false;
}
