import { namesParcelByCarrier } from './carrier-names';
import { clausesOf } from './message-cues';
import { parcelNamedInWords } from './parcel-in-words';
import type { Turn } from './turn';

/**
 * "個EA件點解return咗", "and the SF one?" after one reply answered several parcels together: the parcel of those the
 * message names by its letters becomes the conversation's, as a number sent would (blind batch 18: 30.2–30.3 —
 * "which tracking number?" was asked though the EA parcel had just been shown) — and the one any digits waited for
 * are checked against.
 */
export function pickListedParcel(turn: Turn): void {
  const named = listedParcelNamed(turn);
  if (!named) return;
  turn.data.lastTracking = named;
  // Digits waited for are checked against the parcel the customer names, not the one shown last ("成都嗰單…尾數8888"
  // after another parcel's details were offered — blind batch 43a: 14.3). Proof is still needed: the named parcel's
  // own digits, counted as any answer is (proof-attempts.ts); nothing of another parcel is shown.
  if (turn.data.verifyTracking) turn.data.verifyTracking = named;
}

/**
 * The one parcel of those shown together that the message names by its letters ("the SF one") or by its place in
 * the list ("the second one", "第二個", "後面那個"), if any.
 */
export function listedParcelNamed(turn: Pick<Turn, 'data' | 'reading' | 'text' | 'context'>): string | undefined {
  // ("the Shanghai one", "成都嗰單", "中通那个": by where it goes or its courier, among every parcel the chat has seen.)
  const byPlace = parcelNamedInWords(turn);
  if (byPlace && turn.reading.entities.trackingNumbers.length === 0) return byPlace;
  const listed = turn.data.parcelsListed;
  if (!listed?.length || turn.reading.entities.trackingNumbers.length > 0) return undefined;
  const placed = listedParcelByPlace(turn.text, listed);
  if (placed) return placed;
  // ("圆通那个四天没动了": the courier's name picks its parcel as the number's letters do — blind 19: 19.4.)
  const named = listed.filter((number) => namesParcelByCarrier(turn.text, number));
  return named.length === 1 ? named[0] : undefined;
}

// "the second one", "the 2nd parcel", "the last one", "the latter"; "第二个", "第2件", "第二單"; "后面那个", "後面嗰件",
// "最后那个" (the last shown); "前面那个", "前面嗰個" (the first). Never "第二天", "the first time": a parcel's word follows.
const PLACES: readonly [RegExp, (count: number) => number][] = [
  [
    /\b(the )?(first|1st|former)( one| parcel| package| order| shipment| number)\b|\bthe former\b|第(一|1)(个|個|件|单|單|票|包|号|號)|前面(那|嗰|果)(个|個|件|单|單|票|包)/i,
    () => 0,
  ],
  [
    /\b(the )?(second|2nd)( one| parcel| package| order| shipment| number)\b|第(二|2)(个|個|件|单|單|票|包|号|號)/i,
    () => 1,
  ],
  [
    /\b(the )?(third|3rd)( one| parcel| package| order| shipment| number)\b|第(三|3)(个|個|件|单|單|票|包|号|號)/i,
    () => 2,
  ],
  [
    /\b(the )?(last|latter)( one| parcel| package| order| shipment| number)\b|\bthe latter\b|(后面|後面|后边|後邊|最后|最後|尾)(那|嗰|果)(个|個|件|单|單|票|包)/i,
    (count) => count - 1,
  ],
];
// "the first one is fine", "第一個OK", "头一个没问题": a parcel said to be fine is not the one spoken of.
const FINE = /\b(fine|ok(ay)?|all right|no problem)\b|没问题|沒問題|冇問題|冇事|没事|沒事/i;

/** The parcel of those listed that the message points to by its place ("the second one"), when it points to one. */
export function listedParcelByPlace(text: string, listed: readonly string[]): string | undefined {
  const places = new Set<number>();
  for (const clause of clausesOf(text)) {
    if (FINE.test(clause)) continue;
    for (const [words, place] of PLACES) if (words.test(clause)) places.add(place(listed.length));
  }
  const [place, ...others] = [...places];
  return place !== undefined && others.length === 0 ? listed[place] : undefined;
}
