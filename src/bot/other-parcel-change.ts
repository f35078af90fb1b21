import { applyAddressCorrection } from './address-corrected';
import { asksCostQuestion, changeCostLine } from './change-costs';
import { answerChangeQuestion, askedAbout, asksChangeNamedDone, parcelOfChangeAsked } from './change-questions';
import { deliveryChangeKind } from './delivery-change-reading';
import { changeAlongside } from './intake-change';
import type { IntakePosition } from './intake-state';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * A change of delivery for another parcel than the complaint's, in the middle of the complaint (issue #17, blind
 * batch 31: 16.4–16.7 — "SF那个 收货地址写错了 要改成…" in a complaint about EA… was added to that complaint, and "SF那个
 * 地址到底改了没有" was answered with its summary): the parcel named is the one changed, proved by its own last 4
 * digits; a question about its change is answered from its own requests; the complaint's draft stays as it was.
 * @returns true when the message was about that parcel's change (answered; the step is asked again).
 */
export async function answerOtherParcelChange(turn: Turn, position: IntakePosition, parcel: string): Promise<boolean> {
  if ((askedAbout(turn.text) && (await answeredFor(turn, parcel))) || (await answerCostFor(turn, parcel))) {
    await sayComplaintGoesOn(turn, position, parcel);
    return true;
  }
  return changeAlongside(turn, position, parcel);
}

/** After a question about another parcel's change, the customer hears that this complaint is still the one taken. */
export async function sayComplaintGoesOn(turn: Turn, { state }: IntakePosition, parcel: string): Promise<void> {
  const current = state.trackingNumbers[0];
  if (parcel && current && parcel !== current) await reply(turn, say(turn, 'intake.complaintGoesOn', { current }));
}

/**
 * "Did you set up the evening delivery?", "晚上送那个弄好了没", "夜晚送嗰個搞掂未" in the middle of a complaint, naming no
 * parcel: answered from the change the customer asked for in this chat — the complaint's parcel's, else the other
 * parcel's it was taken for (blind batch 31: 07.7) — naming that parcel; the step is asked again.
 * @returns the parcel whose change was answered ('' when not known), or undefined when not answered.
 */
export async function answerChangeDoneInIntake(turn: Turn): Promise<string | undefined> {
  if (turn.reading.entities.trackingNumbers.length > 0 || !asksChangeNamedDone(turn.text)) return undefined;
  const parcel = await parcelOfChangeAsked(turn);
  return (await answerChangeQuestion(turn)) ? (parcel ?? '') : undefined;
}

/** "顺丰那单改地址要加钱吗", "how much to redirect the SF one?": what that change costs for that parcel. */
async function answerCostFor(turn: Turn, parcel: string): Promise<boolean> {
  if (!asksCostQuestion(turn.text)) return false;
  const kind = deliveryChangeKind(turn.text, turn.reading);
  const lookup = kind ? await lookUpParcel(turn.services, parcel) : undefined;
  if (!kind || lookup?.kind !== 'found') return false;
  const line = await changeCostLine(turn, lookup.shipment, { kind, details: {} });
  if (!line) return false;
  await reply(turn, line);
  return true;
}

/**
 * "哦不对 是18号 不是88号" right after another parcel's new address was taken down in the complaint: that request's
 * address corrected and recorded again, said back — never more of the complaint's account (31: 16.5).
 */
export async function correctOtherParcelAddress(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const parcel = state.otherAddressTaken;
  state.otherAddressTaken = undefined;
  if (!parcel || !(await applyAddressCorrection(turn, parcel))) return false;
  // (The corrected request is recorded; no change waits outside the complaint, and the next message may correct it.)
  turn.data.deliveryChange = undefined;
  turn.data.addressTaken = undefined;
  state.otherAddressTaken = parcel;
  return true;
}

/** A question about the change asked for `parcel`, answered from the customer's own request on it. */
async function answeredFor(turn: Turn, parcel: string): Promise<boolean> {
  const own = turn.data.lastTracking;
  turn.data.lastTracking = parcel;
  try {
    return await answerChangeQuestion(turn);
  } finally {
    turn.data.lastTracking = own;
  }
}
