import { ANSWERED_ASIDE } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "where is my order 4021887365190032775": a shop's order number (Taobao's run to 19 digits), longer than any
 * tracking number, given in its place — named as such, with where the tracking number is found, not "which tracking
 * number?" or a complaint about it (blind batch 53a: 02.1–02.2).
 */

// Sixteen to twenty digits alone: longer than the couriers' numbers (ZTO's run to 15), shorter than nothing else asked.
const ORDER_NUMBER = /(?<![A-Za-z0-9])\d{16,20}(?![A-Za-z0-9])/;

/** The order number the message gives in place of a tracking number, if it gives one and no tracking number. */
export function orderNumberIn(turn: Pick<Turn, 'text' | 'reading'>): string | undefined {
  const { entities } = turn.reading;
  if (entities.trackingNumbers.length + entities.invalidTracking.length > 0) return undefined;
  return ORDER_NUMBER.exec(turn.text)?.[0];
}

/** Says a shop's order number is not a tracking number, and where that is found. @returns whether it did. */
export async function answerOrderNumber(turn: Turn): Promise<boolean> {
  const number = orderNumberIn(turn);
  if (!number) return false;
  await reply(turn, say(turn, 'lookup.orderNumber', { number }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
