import { isYes } from './intake-reading';
import type { Turn } from './turn';

/**
 * A bare yes to an offer made with one button of what to do ("…have it held at the delivery station. Shall I arrange
 * that? [Hold it at the delivery station]"): the offer taken, as if its button were tapped — not "OK, anything
 * else?" (issue #17, conv27 leftovers).
 */

/** Notes the one thing just offered, by the words of its button. */
export function offerChoice(turn: Turn, value: string): void {
  turn.data.offeredChoice = value;
}

// A yes with something after it ("yes but not today", "好，不过…") says more than the offer: read as it is.
const SHORT = 24;

/**
 * The words of the offer a bare "yes" / "好" / "得" / "sure, go ahead" takes up, once (the offer is forgotten after the
 * message that follows it); undefined for anything else.
 */
export function offerTaken(turn: Turn): string | undefined {
  const offered = turn.data.offeredChoice;
  turn.data.offeredChoice = undefined;
  const yes = turn.text.trim().length <= SHORT && isYes(turn.text);
  return offered && yes && turn.reading.entities.trackingNumbers.length === 0 ? offered : undefined;
}
