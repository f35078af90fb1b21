import { findTrackingNumbers } from '../nlu/entities/tracking';
import { reply, say, type Turn } from './turn';

// A message that is only a carrier's letters and a few digits ("SF2210478", "SF 1234", "yt 68656"): too short to be
// any number the carrier issues (each has at least eight digits after its letters).
const START_ONLY = /^\s*(SF|YT|JT|JD[A-Z]{0,2}|E[A-Z])[ -]?(\d(?:[ -]?\d){2,10})\s*[.。,，]?\s*$/i;
// The rest sent next: digits (spaces and dashes between them), and for a postal number its two closing letters.
const REST_ONLY = /^\s*(\d(?:[ -]?\d){1,14})(?:[ -]?([A-Z]{2}))?\s*[.。,，]?\s*$/i;

const compact = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase();
// (Full-width letters and digits, as Chinese keyboards type them, read as ASCII.)
const halfWidth = (text: string): string => text.normalize('NFKC');

/**
 * The start of a tracking number sent on its own ("SF2210478", then "832106"): the customer hears it looks like only
 * the start and is asked for the rest, and the start is kept for one turn.
 * @returns true when the message was that start (answered).
 */
export async function answerNumberStart(turn: Turn): Promise<boolean> {
  const text = halfWidth(turn.text);
  const start = START_ONLY.exec(text);
  if (!start || findTrackingNumbers(text).some((m) => m.valid)) return false;
  turn.data.numberStart = compact(start[0]);
  await reply(turn, say(turn, 'tracking.numberStart', { start: turn.data.numberStart }));
  return true;
}

/**
 * The rest of a number whose start came in the last message: the whole number, when the two make one the courier
 * could have issued; undefined otherwise (the start is forgotten either way: it was the last reply's alone).
 */
export function joinedNumber(turn: Turn): string | undefined {
  const start = turn.data.numberStart;
  turn.data.numberStart = undefined;
  if (!start) return undefined;
  const rest = REST_ONLY.exec(halfWidth(turn.text));
  if (!rest) return undefined;
  const whole = start + compact(rest[0]);
  return findTrackingNumbers(whole).some((m) => m.number === whole) ? whole : undefined;
}
