import { namesParcelByCarrier } from './carrier-names';
import { wantsToComplain } from './complaint-words';
import type { IntakeState } from './intake-state';
import { listedParcelByPlace } from './listed-parcels';
import { OTHER_ONE, parcelNamedInWords } from './parcel-in-words';
import { correctsNumber, wantsAnotherComplaint } from './parcel-mentions';
import type { Turn } from './turn';

/**
 * The parcel other than the complaint's that a message in the middle of the complaint is about (issue #17, blind
 * batch 31: 02.4, 16.4): one the conversation has shown, named by its letters or its courier ("the YT one", "SF那个",
 * "EA嗰件", "圆通那单") and not beside the complaint's own; or one named by its number with a complaint of its own
 * asked for ("can you file a complaint for YT… too?", "YT… 另開一個投訴"). What the message says or asks is then that
 * parcel's — its status, its change of delivery, its own complaint — and nothing of it goes onto this complaint.
 * Undefined when the message names no other parcel, names the complaint's own too, or corrects its number.
 */
export function otherParcelNamed(
  turn: Pick<Turn, 'data' | 'reading' | 'text' | 'context'>,
  state: IntakeState,
): string | undefined {
  const own = state.trackingNumbers;
  if (own.length === 0) return undefined;
  const { text } = turn;
  const numbers = turn.reading.entities.trackingNumbers.map((t) => t.number);
  if (numbers.length > 0) {
    const [other] = numbers;
    if (other === undefined || numbers.some((n) => own.includes(n)) || correctsNumber(text, other)) return undefined;
    return asksOwnComplaint(text) ? other : undefined;
  }
  // ("last 4 is 6666 for the SF one, for the YT one it's 7777", "the first one is 3 days late … the YT one hasn't
  // moved" speak of both: no one parcel is meant.)
  // ("上海这个改地址 北京那个不用动" in a complaint about the Beijing parcel: the Shanghai one, by where it goes.)
  const byPlace = parcelNamedInWords(turn);
  if (byPlace) return own.includes(byPlace) ? undefined : byPlace;
  const listed = turn.data.parcelsListed ?? [];
  // ("另一個呢 明天幾點到" in a complaint about one of two parcels shown together: the other one — blind-16 25.3 heard the
  // complaint's own parcel's status.)
  const pair = listed.length === 2 && own.some((n) => listed.includes(n));
  if (pair && OTHER_ONE.test(text)) return listed.find((n) => !own.includes(n));
  const placed = listedParcelByPlace(text, listed);
  if (own.some((n) => namesParcelByCarrier(text, n) || n === placed)) return undefined;
  const shown = [...listed, ...(state.otherParcel ? [state.otherParcel] : [])];
  const named = [...new Set(shown)].filter((n) => !own.includes(n) && namesParcelByCarrier(text, n));
  return named.length === 1 ? named[0] : undefined;
}

// "a separate complaint", "its own ticket", "另外開", "另开一个", "单独投诉", "分開處理": a complaint of its own.
const OWN_COMPLAINT =
  /\b(separate(ly)?|its own|on its own|own (complaint|ticket|case))\b|另开|另開|单独|單獨|独立|獨立|分开|分開|另立/i;

/** The message asks for a complaint (of its own) about the parcel it names. */
const asksOwnComplaint = (text: string): boolean =>
  wantsToComplain(text) || wantsAnotherComplaint(text) || OWN_COMPLAINT.test(text);

// "also", "too", "another", "a separate one", "也", "另外", "仲有", "再": a complaint asked beside this one, not instead.
const BESIDE =
  /\b(also|too|as well|another|separate(ly)?|second|new|more|both)\b|也|都|另外|另开|另開|还有|還有|仲有|再|单独|單獨|分开|分開|一起|一齊/i;

/** Set in the turn state when the complaint the bot opened unasked is dropped for the one asked for (its number). */
export const UNASKED_DROPPED = Symbol('parcelcare.unaskedDropped');

/**
 * "can you file a complaint for the YT one? I want it found or my money back", "YT那个帮我投诉一下", "YT嗰件幫我投訴" in
 * the middle of a complaint the customer never asked for (the bot opened it from their words about the parcels) and
 * wanted nothing of: the complaint they ask for is that parcel's — taken down now, with what this message says of it
 * (its demand, its value), and the one the bot opened dropped — not put off until the unasked one is filed (blind-31
 * 02.4). A complaint asked "too", "as well", "separately" is one beside this one: this one goes on.
 */
export function complaintAskedForOther(turn: Pick<Turn, 'text'>, state: IntakeState, askedFor: boolean): boolean {
  const wanted = (state.demand !== undefined && state.demand !== 'none') || (state.demandNotes?.length ?? 0) > 0;
  return !askedFor && !wanted && wantsToComplain(turn.text) && !BESIDE.test(turn.text);
}
