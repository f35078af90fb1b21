import type { Turn } from './turn';

/**
 * "個EA件點解return咗", "and the SF one?" after one reply answered several parcels together: the parcel of those the
 * message names by its letters becomes the conversation's, as a number sent would (blind batch 18: 30.2–30.3 —
 * "which tracking number?" was asked though the EA parcel had just been shown).
 */
export function pickListedParcel(turn: Turn): void {
  const named = listedParcelNamed(turn);
  if (named) turn.data.lastTracking = named;
}

/** The one parcel of those shown together that the message names by its letters ("the SF one"), if any. */
export function listedParcelNamed(turn: Pick<Turn, 'data' | 'reading' | 'text'>): string | undefined {
  const listed = turn.data.parcelsListed;
  if (!listed?.length || turn.reading.entities.trackingNumbers.length > 0) return undefined;
  const named = listed.filter((number) => {
    const letters = /^[A-Z]{2,4}/.exec(number)?.[0];
    return letters !== undefined && new RegExp(`(?<![A-Za-z0-9])${letters}(?![A-Za-z0-9])`, 'i').test(turn.text);
  });
  return named.length === 1 ? named[0] : undefined;
}
