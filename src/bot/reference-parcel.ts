import type { NluResult } from '../nlu';

// "SF… 嘅前一件", "SF…的上一个", "SF… 之前那件", "SF…後面嗰件": the number only points to the parcel meant, beside it.
const NEIGHBOUR_AFTER =
  /^\s*(呀|啊|嘅|的|之|那|嗰)?\s*(前一|上一|后一|後一|下一|前面(那|嗰|一)|后面(那|一)|後面(那|嗰|一)|之前(那|嗰|的|嘅)|之后(那|的)|之後(那|嗰|的|嘅))\s*(个|個|件|单|單|票|包)/;
// "the one before SF…", "the parcel after SF…", "the order prior to SF…".
const NEIGHBOUR_BEFORE = /\b(one|parcel|package|order|shipment|delivery)\s+(just\s+)?(before|after|prior to)\s*$/i;
// "單號唔係 SF… 呀，係佢前一件", "it's not SF…, it's the one before it": the number denied, a neighbour meant.
const DENIED_BEFORE = /(唔係|不是|不係|并不是|並不是|\bnot|\bisn'?t|\bwasn'?t)\s*$/i;
const NEIGHBOUR_ANYWHERE =
  /(前一|上一|后一|後一|下一)(个|個|件|单|單|票|包)|(佢|它|他)(前|上|后|後)(一)?(个|個|件|单|單|票|包)|\bthe (one|parcel|package|order) (before|after)( (it|that))?\b/i;

/** Whether the message names `number` only to point to the parcel before or after it, not as the parcel meant. */
export function namedAsNeighbour(text: string, number: string): boolean {
  const at = text.toUpperCase().indexOf(number.toUpperCase());
  if (at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + number.length);
  if (NEIGHBOUR_AFTER.test(after) || NEIGHBOUR_BEFORE.test(before)) return true;
  return DENIED_BEFORE.test(before) && NEIGHBOUR_ANYWHERE.test(after);
}

/**
 * The reading without the numbers the message names only as the neighbour of the parcel meant: "件貨係 SF… 嘅前一件，
 * 單號唔記得咗" is about a parcel whose number is not given — never SF… itself (blind batch 23: 30.2 took SF… and its
 * complaint carried the wrong number to the end).
 */
export function withoutNeighbourNumbers(reading: NluResult, text: string): NluResult {
  const { trackingNumbers } = reading.entities;
  const kept = trackingNumbers.filter((t) => !namedAsNeighbour(text, t.number));
  if (kept.length === trackingNumbers.length) return reading;
  return { ...reading, entities: { ...reading.entities, trackingNumbers: kept } };
}
