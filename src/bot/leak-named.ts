import { disclosesDetails } from './details-disclosed';
import { leakOfData } from './message-cues';
import type { Turn } from './turn';

/**
 * "I want the leak investigated properly, and tell me where my parcel is" (blind batch 26: 08.5): a leak of the
 * customer's data named as the grievance is a data-leak complaint (LABELS.md: complaint.info_error), whatever the
 * parcel beside it makes the NLU guess ("lost parcel", or a close call with tracking). The complaint's opening shows
 * the conversation's parcel, so where it is, asked in the same breath, is answered there.
 */

// The parcel itself lost or broken: "it's lost", "never arrived", "丢了", "唔見咗", "broken", "碎了".
const PARCEL_HARMED =
  /\b(lost|missing|never (arrived|came|got here)|broken|damaged|smashed|crushed)\b|丢|丟|遗失|遺失|不见|不見|唔見|破|碎|坏|壞|损|損/i;

/** Readings a leak named in the message overrides: a complaint of another type, a parcel question, nothing clear. */
const OVERRIDDEN = new Set(['complaint', 'track', 'other']);

/** The message names a leak of the customer's data as its grievance. */
export const namesLeak = (text: string): boolean => leakOfData(text) || disclosesDetails(text);

/**
 * Reads a message that names a data leak as a data-leak complaint.
 * @returns whether the reading was changed.
 */
export function takeLeakNamed(turn: Turn): boolean {
  const { reading, text } = turn;
  if (!OVERRIDDEN.has(reading.intent) || !namesLeak(text)) return false;
  if (reading.intent === 'complaint' && reading.category === 'info_error') return false;
  // (A parcel lost or broken as well keeps its type, the leak going with it — start-intake.ts — unless the loss was
  // only the NLU's guess: "leak" said outright with no loss or breakage told.)
  const harmed = reading.category === 'lost' || reading.category === 'damaged';
  if (harmed && (!leakOfData(text) || PARCEL_HARMED.test(text))) return false;
  turn.reading = { ...reading, intent: 'complaint', category: 'info_error' };
  turn.complaintCategory = 'info_error';
  return true;
}
