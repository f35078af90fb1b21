import { labelledLastFour } from './message-cues';
import type { ConversationData } from './turn';

/**
 * Last 4 digits the customer said earlier in the chat with their label ("收件人手机尾号6666", "末四碼 7777", "my number
 * ends in 4444") that were not yet tried on this parcel: the answer to a proof asked for later — never asked again
 * (blind batch 29: 13.3). Each is tried once per parcel, so a wrong one costs one attempt, not one a turn.
 */
export function lastFourSaidEarlier(data: ConversationData, trackingNumber: string): string | undefined {
  const tried = data.earlierDigitsTried ?? [];
  for (const said of [...(data.said ?? [])].reverse()) {
    const digits = labelledLastFour(said);
    if (!digits) continue;
    const key = `${trackingNumber}:${digits}`;
    if (tried.includes(key)) return undefined;
    data.earlierDigitsTried = [...tried, key].slice(-10);
    return digits;
  }
  return undefined;
}
