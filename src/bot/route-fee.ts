import type { Shipment } from '../tracking/records';
import { customerMarket, parcelMarket } from './market';
import { routeOf } from './parcel-route';
import { readQuoteAsked } from './quote-reading';
import { shipmentQuote } from './shipment-quote';
import type { Turn } from './turn';

/**
 * "我寄 SF… 1.5公斤 被收了 68 塊" (issue #17, blind-26b 24.1): a fee dispute that gives the parcel's weight hears
 * what that weight costs on the parcel's own route by the price table, worked out — the figure to hold the charge
 * against. Undefined when the message gives no weight, names a place of its own, or the route cannot be priced.
 */
export function priceOnParcelRoute(turn: Turn, shipment: Shipment): string | undefined {
  const said = readQuoteAsked(turn.text, turn.services.places);
  if (!said.weight || said.origin || said.destination) return undefined;
  // (A Mainland route is no market "of its own" to parcelMarket: the region its origin lies in.)
  const market = parcelMarket(shipment) ?? turn.services.places.regionOf(shipment.origin, customerMarket(turn))?.region;
  if (!market) return undefined;
  const quote = shipmentQuote(turn, market, undefined, undefined, routeOf(shipment, turn.locale));
  return quote && !quote.withPriceList ? quote.text : undefined;
}
