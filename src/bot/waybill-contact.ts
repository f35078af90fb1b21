import { lookUpParcel } from './parcel-answer';
import { sameContact } from './intake-reading';
import { CONTACT_PROMPT, EARLIER_PHONE, WAYBILL_PHONE, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "你们不是有我电话吗？就是收件那个，尾号1111", "you already have my number" at the contact question (blind-29 19.3):
 * the customer means a phone we hold. A phone they typed earlier in the conversation is taken by the bot already
 * (`EARLIER_PHONE`); with none, the phone on the waybill of the side they proved with its last 4 digits is the one
 * we will call — said so by its last 4, with the offer to send another — never the question again as if nothing
 * was said. Run after the message's digits were checked (the intake's asides), before the step reads the answer;
 * `said` is the whole message (digits in front are checked and the rest read on its own, "电话" gone with them).
 */
export async function takeWaybillPhone(
  turn: Turn,
  position: IntakePosition | undefined,
  said: string,
): Promise<boolean> {
  const { context } = turn;
  if (position?.prompt !== CONTACT_PROMPT || position.state.contact) return false;
  const { phones, emails } = turn.reading.entities;
  if (phones.length > 0 || emails.length > 0 || context.turnState.get(EARLIER_PHONE) || !sameContact(said))
    return false;
  const parcel = position.state.trackingNumbers[0];
  const roles = parcel ? turn.data.verifiedAs?.[parcel] : undefined;
  if (!parcel || !roles || roles.length === 0 || !turn.data.verified.includes(parcel)) return false;
  const found = await lookUpParcel(turn.services, parcel);
  if (found.kind !== 'found') return false;
  // (Proved by digits both phones end in — rare — the recipient's is the customer's for a complaint on delivery.)
  const role = roles.includes('recipient') ? 'recipient' : 'sender';
  const phone = found.shipment[role].phone;
  if (!phone) return false;
  const last4 = phone.replace(/\D/g, '').slice(-4);
  context.turnState.set(EARLIER_PHONE, phone);
  context.turnState.set(WAYBILL_PHONE, last4);
  await reply(turn, say(turn, 'intake.contactOnWaybill', { last4 }));
  return true;
}
