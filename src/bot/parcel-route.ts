import { readQuoteAsked } from './quote-reading';
import { lookUpParcel } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import type { Shipment } from '../tracking/records';
import type { Locale } from '../nlu';
import type { Turn } from './turn';

/** A parcel's route: where it was sent from and where it goes, in the customer's language where the record has it. */
export interface ParcelRoute {
  origin: string;
  destination: string;
}

/**
 * "SF1402837465921 1.5公斤 運費怎麼算", "SF… 2kg how much should it cost" (issue #17, blind-26b 24.1): a price asked
 * beside a parcel's number and no place is the price on that parcel's own route — its origin and destination — not
 * the general list with "where does it go?". Undefined when the message names no parcel found, or names a place.
 */
export async function namedParcelRoute(turn: Turn): Promise<ParcelRoute | undefined> {
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  if (!number) return undefined;
  const said = readQuoteAsked(turn.text, turn.services.places);
  if (said.origin || said.destination) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  return routeOf(lookup.shipment, turn.locale);
}

/**
 * The route of the conversation's parcel (the one last tracked or complained of), when the record has it — where a
 * question about sending "to Hong Kong" in a chat about a Wuhan → Hong Kong parcel is sent from.
 */
export async function conversationParcelRoute(turn: Turn): Promise<ParcelRoute | undefined> {
  const number = turn.data.lastTracking;
  if (!number) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  // (Its places in the reader's language and script, as the tracking answer writes them: "武漢" in Traditional.)
  return lookup.kind === 'found' ? routeOf(shipmentIn(turn.locale, lookup.shipment).shipment, turn.locale) : undefined;
}

/** The shipment's route, in English for an English reply where the record has it. */
export function routeOf({ origin, destination, en }: Shipment, locale: Locale): ParcelRoute {
  const english = locale === 'en';
  return {
    origin: (english ? en?.origin : undefined) ?? origin,
    destination: (english ? en?.destination : undefined) ?? destination,
  };
}
