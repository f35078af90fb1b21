import { linkedParties } from '../tracking';
import { namesParcelByCarrier } from './carrier-names';
import { clausesOf } from './message-cues';
import { linkParcel } from './parcel-links';
import { checkLastFour, markProvedByDigits } from './proof-attempts';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';
import { detailsOf } from './waybill-parties';

// Four digits standing alone in a clause: the last 4 of a phone, not part of a number.
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;

/** The listed parcel a clause names, by its number's letters or its courier's name, when it names exactly one. */
function parcelOfClause(clause: string, listed: readonly string[]): string | undefined {
  const named = listed.filter((number) => namesParcelByCarrier(clause, number));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "寄件人手机尾号 SF那个是2222，圆通那个是8888", "the SF one ends 2222, the YTO one 8888", after one reply listed several
 * parcels: the last 4 given for each parcel the message names, each checked for its own parcel and, once right, held
 * for the rest of the conversation — never asked again when that parcel is chased later (blind 19: 19.3 checked only
 * the first, 19.6 asked for the second's again). False when no clause pairs a listed parcel with four digits.
 */
export async function proveListedParcels(turn: Turn): Promise<boolean> {
  const listed = turn.data.parcelsListed;
  if (!listed || listed.length < 2 || turn.reading.entities.trackingNumbers.length > 0) return false;
  const pairs = new Map<string, string>();
  for (const clause of clausesOf(turn.text, 'punctuation only')) {
    const digits = [...clause.matchAll(FOUR_DIGITS)].map((m) => m[0]);
    const parcel = digits.length === 1 ? parcelOfClause(clause, listed) : undefined;
    if (parcel && !pairs.has(parcel)) pairs.set(parcel, digits[0] as string);
  }
  if (pairs.size === 0) return false;
  const lines: string[] = [];
  for (const [number, digits] of pairs) {
    const shipment = await turn.services.shipments.find(number);
    if (!shipment) continue;
    const check = await checkLastFour(turn.services.store, turn.data, shipment, digits, turn.services.clock.now());
    if (check !== 'proved') {
      lines.push(say(turn, check === 'locked' ? 'last4Locked' : 'last4Wrong', { number }));
      continue;
    }
    markProvedByDigits(turn.data, shipment, digits);
    await linkParcel(turn, number, 'proved');
    const roles = linkedParties(shipment, { last4: digits });
    lines.push(
      `${say(turn, 'last4VerifiedFor', { number })} ${say(turn, 'trackDetails', detailsOf(turn.locale, shipment, roles))}`,
    );
  }
  if (lines.length === 0) return false;
  turn.data.verifyTracking = undefined;
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}
