import type { DeliveryChangeDetails, DeliveryChangeKind } from '../tracking';
import { parcelMarketFor } from './change-costs';
import { answerFaq } from './knowledge';
import { outletHours } from './outlet-answer';
import { lookUpParcel } from './parcel-answer';
import { spokenRegister, type Turn } from './turn';

// "What are the outlet hours on Saturday?", "營業時間係幾點", "几点开门", "open till when?": the hours asked about,
// beside the hold ("hold it at the outlet" alone asks nothing about them).
const HOURS_ASKED =
  /\bhours\b|\bopen(s|ing)?\b|\bclos(e|es|ing)\b|\bwhat time\b|营业时间|營業時間|几点|幾點|开门|開門|关门|關門|閂門|打烊|開唔開|开不开|開不開/i;

/**
 * The hours of the outlet a hold for pick-up waits at, when the message that asks for the hold also asks about
 * them ("hold it at the nearest outlet — what are its hours on Saturday?"): the staffed outlet the parcel's market
 * lists for the delivery address, for the day asked where its hours differ by day, else the market's general
 * hours. `asked` is the words not answered yet: the message, and the request's earlier ones until it is recorded
 * (the question may wait for the proof). Undefined for any other request, a locker or store (they keep their own hours), or no question about hours.
 */
export async function heldOutletHours(
  turn: Turn,
  request: { kind: DeliveryChangeKind; details: DeliveryChangeDetails },
  number: string,
  asked: string,
): Promise<string | undefined> {
  const place = request.details.place ?? 'outlet';
  if (request.kind !== 'hold' || place !== 'outlet' || !HOURS_ASKED.test(asked)) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  const { shipment } = lookup;
  const market = parcelMarketFor(turn, shipment);
  if (!market) return undefined;
  const { knowledge } = turn.services;
  const register = spokenRegister(turn);
  // The customer proved the parcel to ask for the hold: its delivery address may be read for the nearest outlet.
  const named = request.details.placeName ?? '';
  const address = [named, shipment.recipient.address, shipment.recipient.en?.address ?? ''].join(' ');
  const entry = answerFaq(knowledge, market, turn.locale, 'outlet', address, 'entry', register)?.split('\n')[0];
  const hours = entry ? outletHours(turn, entry, asked) : undefined;
  return hours ?? answerFaq(knowledge, market, turn.locale, 'hours', asked, 'any', register);
}
