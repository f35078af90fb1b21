import { lookUpParcel } from './parcel-answer';
import { say, type Turn } from './turn';
import type { ReplyKey } from './replies';
import { placeAsName } from './place-name';

/**
 * Whose price list answers a price question about a route that lies inside another of the courier's markets: a
 * Taiwanese customer asking how Hangzhou → Chengdu is charged hears the Mainland's list (in Traditional
 * characters), not Taiwan's home-delivery prices; a Hong Kong route written in Simplified Chinese hears Hong Kong's
 * (issue #17, blind batch 23 25.t5). The route is the one the message names, else — when it names no place — the
 * conversation's parcel's, else the last price question's.
 */

// What parts a route's two ends: "杭州寄成都", "杭州寄到成都", "from Kwun Tong to Mong Kok", "杭州→成都".
const ROUTE_PARTS = /寄到|寄去|寄往|寄|送到|送去|发到|發到|[到去往至→➝–—]|\bto\b/gi;

/** The region every end of a route lies in, when both ends lie in one region. */
function regionOfRoute(turn: Turn, ends: readonly string[], market: string): string | undefined {
  const { places } = turn.services;
  const regions = ends.map((end) => places.regionOf(end, market)?.region);
  const [first] = regions;
  return regions.length >= 2 && first && regions.every((r) => r === first) ? first : undefined;
}

/** The ends of a route a text names ("从杭州寄到成都多少钱"): the place of each stretch between its parting words. */
function routeEndsIn(turn: Turn, text: string): string[] {
  return text.split(ROUTE_PARTS).flatMap((part) => {
    const found = turn.services.places.find(part);
    return found[0] ? [found[0].name] : [];
  });
}

async function parcelRoute(turn: Turn): Promise<{ origin: string; destination: string } | undefined> {
  const number = turn.data.lastTracking;
  if (!number) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind === 'found' ? lookup.shipment : undefined;
}

/**
 * The market whose price list answers this price question, with a line naming the route's region, when the route
 * it is about lies wholly in another served market than `market`; undefined otherwise.
 */
export async function routePriceMarket(
  turn: Turn,
  market: string,
): Promise<{ market: string; lead: string } | undefined> {
  const { places, knowledge } = turn.services;
  const named = routeEndsIn(turn, turn.text);
  let ends: string[] = named;
  if (named.length < 2) {
    // A place named alone is where the parcel goes, priced from the customer's side (shipment-quote.ts).
    if (places.find(turn.text).length > 0) return undefined;
    const parcel = await parcelRoute(turn);
    const quoted = turn.data.lastQuote;
    ends = parcel
      ? [parcel.origin, parcel.destination]
      : quoted?.origin && quoted.destination
        ? [quoted.origin, quoted.destination]
        : [];
  }
  const region = regionOfRoute(turn, ends, market);
  if (!region || region === market || !(region in knowledge)) return undefined;
  const key = `quote.region.${region}`;
  const regionName = turn.services.replies.has(key) ? say(turn, key as ReplyKey) : region;
  const origin = ends[0] ?? '';
  return { market: region, lead: say(turn, 'faq.routeRules', { origin: placeAsName(origin), region: regionName }) };
}
