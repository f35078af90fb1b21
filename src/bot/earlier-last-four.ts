import { labelledLastFour } from './message-cues';
import type { ConversationData } from './turn';

/**
 * Keeps the labelled last 4 of a message ("收件人手机尾号6666", "末四碼 7777", "my number ends in 4444") with the parcel
 * the conversation was about when they were said — only then may they answer that parcel's proof later. Digits said
 * before any parcel, or about another one, prove nothing (review of session 31: "my subscription ends in 2222 days"
 * proved a parcel named later; digits that proved one parcel were tried on the next and locked the customer out).
 */
export function noteLastFourSaid(data: ConversationData, text: string): void {
  const parcel = data.lastTracking;
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
  const said = [...(data.lastFourSaid ?? [])].reverse().find((s) => s.parcel === trackingNumber);
  if (!said) return undefined;
  const key = `${trackingNumber}:${said.digits}`;
  if (tried.includes(key)) return undefined;
  data.earlierDigitsTried = [...tried, key].slice(-10);
  return said.digits;
}
