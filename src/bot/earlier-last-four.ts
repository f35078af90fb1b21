import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { labelledLastFour } from './message-cues';
import type { ConversationData } from './turn';

/**
 * Keeps the labelled last 4 of a message ("收件人手机尾号6666", "末四碼 7777", "my number ends in 4444") with the parcel
 * the conversation was about when they were said — only then may they answer that parcel's proof later. Digits said
 * before any parcel, or about another one, prove nothing (review of session 31: "my subscription ends in 2222 days"
 * proved a parcel named later; digits that proved one parcel were tried on the next and locked the customer out).
 */
// A tracking number as typed, found or not ("EA526018125CN" with two digits swapped).
const NUMBER_TYPED = /(?<![A-Za-z0-9])[A-Za-z]{0,4}\d{9,16}[A-Za-z]{0,2}(?![A-Za-z0-9])/g;

export function noteLastFourSaid(data: ConversationData, text: string): void {
  // (The one number the message names is the parcel they were said about, even one tracking could not find: its
  // correction next is that parcel — blind batch 52b: 05.2, 12.2 asked again for digits given with a typo'd number.)
  const named = [...new Set(text.match(NUMBER_TYPED) ?? [])].map((n) => n.toUpperCase());
  const parcel = named.length === 1 ? named[0] : data.lastTracking;
  const digits = parcel ? labelledLastFour(text) : undefined;
  if (!parcel || !digits) return;
  data.lastFourSaid = [...(data.lastFourSaid ?? []), { parcel, digits }].slice(-5);
}

/**
 * Last 4 digits the customer said earlier in the chat, with their label, about this parcel, not yet tried on it: the
 * answer to a proof asked for later — never asked again (blind batch 29: 13.3). Each is tried once, so a wrong one
 * costs one attempt, not one a turn.
 */
export function lastFourSaidEarlier(data: ConversationData, trackingNumber: string): string | undefined {
  const tried = data.earlierDigitsTried ?? [];
  const said = [...(data.lastFourSaid ?? [])].reverse().find((s) => sameParcel(s.parcel, trackingNumber));
  if (!said) return undefined;
  const key = `${trackingNumber}:${said.digits}`;
  if (tried.includes(key)) return undefined;
  data.earlierDigitsTried = [...tried, key].slice(-10);
  return said.digits;
}

/** The parcel digits were said about is this one: its number, or that number mistyped (a digit or two off). */
const sameParcel = (said: string, trackingNumber: string): boolean =>
  said === trackingNumber ||
  (Math.abs(said.length - trackingNumber.length) <= 1 &&
    DamerauLevenshteinDistance(said.toUpperCase(), trackingNumber.toUpperCase()) <= 2 &&
    said.slice(0, 2).toUpperCase() === trackingNumber.slice(0, 2).toUpperCase());
