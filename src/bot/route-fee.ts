import type { Shipment } from '../tracking/records';
import { namesPlace } from '../tracking/places';
import { customerMarket, parcelMarket } from './market';
import { routeOf } from './parcel-route';
import { readQuoteAsked, type QuoteAsked, type WeightSaid } from './quote-reading';
import { shipmentQuote } from './shipment-quote';
import type { Turn } from './turn';

/**
 * "我寄 SF… 1.5公斤 被收了 68 塊" (issue #17, blind-26b 24.1): a fee dispute that gives the parcel's weight hears
 * what that weight costs on the parcel's own route by the price table, worked out — the figure to hold the charge
 * against. The weight may have been said a message or two before ("I was charged 68 yuan to send a 2kg box from Shenzhen
 * to Shanghai", then "so I was overcharged": blind batch 34b 04.2 never heard what it should cost). Undefined when no
 * weight was given, a place other than the parcel's own route is named, or the route cannot be priced.
 * @param earlier the customer's messages before this one, oldest first.
 */
export function priceOnParcelRoute(
  turn: Turn,
  shipment: Shipment,
  earlier: readonly string[] = [],
): string | undefined {
  const { places } = turn.services;
  let said: (QuoteAsked & { weight: WeightSaid }) | undefined;
  for (const words of [turn.text, ...[...earlier].reverse().slice(0, 2)]) {
    const asked = readQuoteAsked(words, places);
    if (asked.weight) {
      said = { ...asked, weight: asked.weight };
      break;
    }
  }
  if (!said) return undefined;
  // A place of the parcel's own route names no other route.
  const names = [shipment.origin, shipment.destination, shipment.en?.origin, shipment.en?.destination].filter(
    (name): name is string => Boolean(name),
  );
  const own = (place: string) =>
    names.some(
      (name) =>
        namesPlace(place.toLowerCase(), name.toLowerCase()) || namesPlace(name.toLowerCase(), place.toLowerCase()),
    );
  // (Only a place the lists know: "到咗邊" asks where it is, it names no place.)
  const other = (place: string | undefined) => place !== undefined && places.knows(place) && !own(place);
  if (other(said.origin) || other(said.destination)) return undefined;
  // (A Mainland route is no market "of its own" to parcelMarket: the region its origin lies in.)
  const market = parcelMarket(shipment) ?? turn.services.places.regionOf(shipment.origin, customerMarket(turn))?.region;
  if (!market) return undefined;
  // Priced from the weight alone, on the parcel's route (the words around it may hold a "到咗邊" read as a place).
  const unit = { kg: 'kg', g: 'g', jin: '斤', lb: 'lb' }[said.weight.unit];
  const weighed = { ...turn, text: `${said.weight.amount} ${unit}` };
  const quote = shipmentQuote(weighed, market, undefined, undefined, routeOf(shipment, turn.locale));
  return quote && !quote.withPriceList ? quote.text : undefined;
}
