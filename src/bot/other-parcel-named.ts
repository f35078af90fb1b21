import { namesParcelByCarrier } from './carrier-names';
import { wantsToComplain } from './complaint-words';
import type { IntakeState } from './intake-state';
import { listedParcelByPlace } from './listed-parcels';
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
  turn: Pick<Turn, 'data' | 'reading' | 'text'>,
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
  const listed = turn.data.parcelsListed ?? [];
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
