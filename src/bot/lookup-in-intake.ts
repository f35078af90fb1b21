import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { refersToEarlierComplaint } from './message-cues';
import { asksLookupByPhone } from './tickets-on-parcel';
import { reply, say, type Turn } from './turn';

/**
 * "查一下我之前的投诉 电话139…", "用我手机号查一下 138…" (after an earlier ticket was not found) in the middle of a new
 * complaint (issue #17, batch 16 19.6): a lookup of the earlier complaint, not this complaint's contact. The customer
 * hears that a person looks it up by that phone (a typed phone shows no ticket here) and that it is not taken as
 * this complaint's contact; the phone goes on this complaint's account for the agent, and the step is asked again.
 */
export async function answerLookupByPhone(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const { phones, trackingNumbers } = turn.reading.entities;
  const phone = phones[0]?.e164;
  if (!phone || trackingNumbers.length > 0 || !asksLookupByPhone(turn.text)) return false;
  const earlier =
    refersToEarlierComplaint(turn.text) ||
    turn.data.ticketNotFound !== undefined ||
    turn.data.ticketLookup === true ||
    turn.reading.intent === 'ticket_status';
  if (!earlier) return false;
  state.lookupPhone = phone;
  await reply(turn, say(turn, 'intake.lookupByPhone', { phone }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
