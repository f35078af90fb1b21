import { labelledLastFour } from './message-cues';
import type { ConversationData } from './turn';

// Digits that are an amount, a length of time or a weight, not a phone's end: "cost 4444 dollars", "ends in 2222 days",
// "价值4444元", "4444蚊".
const AMOUNT_AFTER =
  /^\s*(?:元|块|塊|蚊|圓|圆|dollars?|bucks|yuan|rmb|cny|hkd|ntd?|days?|weeks?|months?|years?|天|日|年|个月|個月|kg|公斤|克|g\b)/i;
const AMOUNT_BEFORE = /(?:cost|costs|worth|price|paid|pay|价值|價值|价格|價格|花了|值|[$¥￥]|HK\$|NT\$)\s*$/i;

/** The labelled last 4 in a message when they are a phone's end, not an amount said with the same words. */
function phoneEndIn(text: string): string | undefined {
  const digits = labelledLastFour(text);
  if (!digits) return undefined;
  const at = text.indexOf(digits);
  if (at >= 0 && (AMOUNT_AFTER.test(text.slice(at + 4)) || AMOUNT_BEFORE.test(text.slice(0, at)))) return undefined;
  return digits;
}

/**
 * Keeps the labelled last 4 of a message ("收件人手机尾号6666", "末四碼 7777", "my number ends in 4444") with the parcel
 * the conversation was about when they were said — only then may they answer that parcel's proof later. Digits said
 * before any parcel, or about another one, prove nothing (review of session 31: "my subscription ends in 2222 days"
 * proved a parcel named later; digits that proved one parcel were tried on the next and locked the customer out).
 */
export function noteLastFourSaid(data: ConversationData, text: string): void {
  const parcel = data.lastTracking;
  const digits = parcel ? phoneEndIn(text) : undefined;
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
