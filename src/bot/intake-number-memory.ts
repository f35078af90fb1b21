import { insistsNumberIsRight } from './intake-validators';
import type { IntakePosition } from './intake-state';
import { noteUnfound, takeAsGiven } from './number-as-given';
import type { Turn } from './turn';

/**
 * What the running intake knows of numbers tracking could not find, kept for the conversation (`number-as-given.ts`):
 * the one its tracking step waits on (`unfound`), and those it took as written. A complaint or hand-off started later
 * carries them, and the same number sent again is taken as given.
 */
export function rememberIntakeNumbers(turn: Turn, position: IntakePosition | undefined, unfound?: string): void {
  if (unfound) noteUnfound(turn.data, unfound);
  for (const number of position?.state.unverifiedNumbers ?? []) takeAsGiven(turn.data, number);
}

/**
 * "查不到？？我收據上就是這個號碼啊", "短訊明明係你哋發嘅", "I checked, it's correct" while the tracking step waits on a number
 * it could not find: the customer stands by it — it is taken as written, before any aside the words could set off
 * (a receipt is no invoice question here) and before "what do I do now?" (blind batch 27: 25.3, 26.3).
 */
export function standsByUnfound(turn: Turn, unfound: string | undefined): boolean {
  const { trackingNumbers, invalidTracking } = turn.reading.entities;
  if (!unfound || trackingNumbers.length > 0 || invalidTracking.length > 0) return false;
  return insistsNumberIsRight(turn.text);
}
