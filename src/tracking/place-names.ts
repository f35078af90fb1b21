/**
 * How a text names a place: folded case and spaces, Chinese names anywhere in it, Latin ones as whole words. Its
 * own module because both places.ts and districts.ts read names this way (and places.ts knows districts).
 */

export const folded = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const LATIN = /^[a-z0-9 .'-]+$/;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test of whether a (folded) text names a place: Chinese names anywhere in it, Latin ones as whole words. */
export function placeMatcher(name: string): (text: string) => boolean {
  const place = folded(name);
  if (!LATIN.test(place)) return (text) => text.includes(place);
  const word = new RegExp(`(^|[^a-z])${escaped(place)}($|[^a-z])`);
  return (text) => word.test(text);
}

/** Made once per name: every message is checked against every place of the lists. */
const MATCHERS = new Map<string, (text: string) => boolean>();
/** The names come from the places lists; the bound only keeps a caller passing other text from growing it. */
const MATCHERS_KEPT = 20000;

/** Whether a (folded) text names a place: Chinese names anywhere in it, Latin ones as whole words. */
export function namesPlace(text: string, name: string): boolean {
  let matches = MATCHERS.get(name);
  if (!matches) {
    if (MATCHERS.size >= MATCHERS_KEPT) MATCHERS.clear();
    matches = placeMatcher(name);
    MATCHERS.set(name, matches);
  }
  return matches(text);
}
