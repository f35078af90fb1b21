import { quoteShipping, type FeeTable, type FeeTables, type FeeZone, type ShippingQuote } from './fees';
import { namesPlace, type Gazetteer } from './places';

/**
 * The price of sending a parcel on a route, from the fee table of the market it is sent from. A route is priced
 * only when both of its ends are known: the origin (said, or else the customer's own market) lies in a market
 * the courier serves, and the destination falls in one of that table's zones — a listed place or region, or a
 * place inside the market (its places.json). Anything else is said to be unknown or not on the price list,
 * never guessed: a parcel sent to Hong Kong from Shenzhen is not a local Hong Kong parcel, and a city the
 * courier's lists do not name is not a domestic one.
 */

export interface RouteAsked {
  /** The place named as where it is sent from, as the customer wrote it. */
  origin?: string;
  /** The place named as where it goes, as the customer wrote it. */
  destination?: string;
  weightKg?: number;
  volumetricKg?: number;
  service?: string;
}

interface Priced {
  /** The market whose table priced it: where the parcel is sent from. */
  market: string;
  table: FeeTable;
}

export type RouteQuote =
  | (Priced & {
      kind: 'priced';
      zone: FeeZone;
      quote: ShippingQuote;
      /** The origin was not said and the market prices its own city lower: that price, beside the other. */
      sameCity?: ShippingQuote;
    })
  | (Priced & { kind: 'firstWeightOnly'; zone: FeeZone })
  | (Priced & { kind: 'needWeight'; zone: FeeZone })
  | (Priced & { kind: 'needDestination' })
  /** A place no price list or places file names. */
  | (Priced & { kind: 'unknownPlace'; place: string; end: 'origin' | 'destination' })
  /** Known places, but the route is on no table of a market the courier serves. */
  | (Priced & { kind: 'notServed'; place: string; end: 'origin' | 'destination' });

/**
 * The zone of a destination: a zone whose places name it; else, inside the market it is sent from, the same-city
 * or domestic zone (大埔 is a Hong Kong district before it is a county in Guangdong); else a zone of the region
 * it lies in ("成都" is on the Mainland zone of Hong Kong's table).
 */
function zoneFor(table: FeeTable, places: Gazetteer, from: string, fromName: string | undefined, to: string) {
  const named = table.zones.find((z) => z.match === 'places' && z.places.some((p) => namesPlace(to.toLowerCase(), p)));
  if (named) return named;
  const found = places.find(to);
  const inside = found.find((m) => m.region === from);
  if (inside) {
    const same = fromName !== undefined && (fromName.includes(inside.name) || inside.name.includes(fromName));
    const zone =
      (same ? table.zones.find((z) => z.match === 'same_city') : undefined) ??
      table.zones.find((z) => z.match === 'domestic');
    if (zone) return zone;
  }
  return table.zones.find((z) => z.match === 'places' && z.regions.some((r) => found.some((m) => m.region === r)));
}

/**
 * How long a route of the zone usually takes: the next day between two of its `nextDayBetween` cities (深圳 → 上海),
 * else the zone's days; undefined when the zone says nothing of time.
 */
export function routeDays(
  zone: FeeZone,
  route: { origin?: string | undefined; destination?: string | undefined },
): FeeZone['days'] {
  const lane = (place: string | undefined) =>
    place !== undefined && zone.nextDayBetween.some((city) => namesPlace(place.toLowerCase(), city));
  if (zone.days && lane(route.origin) && lane(route.destination)) return { min: 1, max: 1, working: false };
  return zone.days;
}

/** Whether any table names the place in a zone (Macau has no places file but is on the price lists). */
const onAnyList = (tables: FeeTables, place: string): boolean =>
  Object.values(tables).some((t) => t.zones.some((z) => z.places.some((p) => namesPlace(place.toLowerCase(), p))));

/**
 * Prices a route for a customer of `market`: undefined when that market has no fee table (prices are only
 * described then).
 */
export function quoteRoute(
  tables: FeeTables,
  places: Gazetteer,
  market: string,
  asked: RouteAsked,
): RouteQuote | undefined {
  const own = tables[market];
  if (!own) return undefined;
  // Where it is sent from decides whose price list applies; not said, it is sent where the customer is.
  let from = market;
  let fromName: string | undefined;
  if (asked.origin) {
    const match = places.find(asked.origin);
    const served = match.find((m) => m.region === market) ?? match.find((m) => tables[m.region]);
    if (!served) {
      const known = match.length > 0 || onAnyList(tables, asked.origin);
      return { kind: known ? 'notServed' : 'unknownPlace', place: asked.origin, end: 'origin', market, table: own };
    }
    from = served.region;
    fromName = served.name;
  }
  const table = tables[from] as FeeTable;
  const priced = { market: from, table };
  if (!asked.destination) return { kind: 'needDestination', ...priced };
  const zone = zoneFor(table, places, from, fromName, asked.destination);
  if (!zone) {
    const known = places.find(asked.destination).length > 0 || onAnyList(tables, asked.destination);
    return { kind: known ? 'notServed' : 'unknownPlace', place: asked.destination, end: 'destination', ...priced };
  }
  if (asked.weightKg === undefined) return { kind: 'needWeight', zone, ...priced };
  const parcel = {
    weightKg: asked.weightKg,
    ...(asked.volumetricKg !== undefined ? { volumetricKg: asked.volumetricKg } : {}),
    ...(asked.service ? { service: asked.service } : {}),
  };
  const quote = quoteShipping(table, zone, parcel);
  if (!quote) return { kind: 'firstWeightOnly', zone, ...priced };
  const sameCityZone = table.zones.find((z) => z.match === 'same_city');
  const sameCity =
    !asked.origin && zone.match === 'domestic' && sameCityZone ? quoteShipping(table, sameCityZone, parcel) : undefined;
  return { kind: 'priced', zone, quote, ...(sameCity ? { sameCity } : {}), ...priced };
}
