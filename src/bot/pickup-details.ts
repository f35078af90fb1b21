import { senderRuleOn } from './sender-market';
import { entrySentences } from './entry-sentences';
import { asksDoorPickup } from './faq-topics';
import { usableAddress } from './delivery-change-reading';
import { tellsMissedPickup } from './missed-pickup';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { reply, say, type SendingTopic, type Turn } from './turn';

/**
 * A sender's pickup details given here (issue #17, blind-31 03.3, 14.3): the address a courier should come to and a
 * phone, right after how door pickup works was told ("地址 杭州市西湖区文三路398号 电话 137…"), or with the pickup named
 * in the same message ("Pickup at 3pm pls, address is 25F …, contact Ms Lin 138…"). The customer wants a courier to
 * come — no complaint, and no parcel to ask the number of. This chat books no pickup (nothing here reaches the
 * station's pickup schedule), so they hear that plainly and where those details go: the booking page's door-pickup
 * form, with the entry's hours and same-day cut-off — never that a pickup is booked.
 */

// The pickup named in the message itself: "pickup at 3pm", "collect it at", "上门取件", "到府收件", "來收件".
// (A pickup code — "取件码3-2-1047" — is the receiver's, for a locker: blind batch 40b 06.1 heard how to book a pickup.)
const PICKUP_NAMED =
  /\bpick-?up\b|\bpick (it|them|this) up\b|\bcollection\b|\bcollect (it|them|this|the (parcel|package|box|envelope|documents?))\b|\bcourier to come\b|取件(?![码碼])|收件(?![码碼人])|揽收|攬收|上门|上門|到府|(来|來|嚟)(取|收|拿|攞)/i;

// The entry's sentences on when a courier comes: its hours and the same-day cut-off.
const TIMES = /\d{1,2}:\d{2}|中午|当天|當天|即日|\bnoon\b|\bsame day\b/i;

/** The message gives the address or phone for a pickup of a parcel the customer sends. */
export function givesPickupDetails(turn: Turn, told: SendingTopic | undefined): boolean {
  const { text, reading, data } = turn;
  if (reading.entities.trackingNumbers.length > 0) return false;
  const details = reading.entities.phones.length > 0 || usableAddress(text);
  if (!details || tellsMissedPickup(text) || wantsToComplain(text) || strongFeelings(reading, text)) return false;
  // (Named in the message, the pickup is the sender's only with no parcel of theirs in the chat: "I'll pick it up at
  // the station" is a receiver's.)
  const named = asksDoorPickup(text) || (PICKUP_NAMED.test(text) && data.lastTracking === undefined);
  return told === 'pickup' || named;
}

/**
 * Answers pickup details given: this chat cannot book the pickup, the details go on the booking page's door-pickup
 * form, when a courier comes (the market's entry), and a person as the way if booking fails.
 * @returns false when the message gives no such details, or the market has no door-pickup entry.
 */
export async function answerPickupDetails(turn: Turn, told: SendingTopic | undefined): Promise<boolean> {
  if (!givesPickupDetails(turn, told)) return false;
  const rule = senderRuleOn(turn, 'doorPickup');
  if (!rule) return false;
  // (A sentence cut at its "；" ends the line it now ends.)
  const gap = turn.locale === 'en' ? ' ' : '';
  const times = entrySentences(rule)
    .filter((s) => TIMES.test(s))
    .join(gap)
    .replace(/；$/, '。')
    .replace(/;$/, '.');
  const lines = [say(turn, 'pickupDetails.whereTheyGo'), times, say(turn, 'pickupDetails.person')].filter(Boolean);
  turn.data.sendingTold = 'pickup';
  turn.data.lastFaq = 'faq.outlet';
  await reply(turn, lines.join(gap), [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }]);
  return true;
}
