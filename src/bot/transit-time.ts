import { customerMarket } from './market';
import { readQuoteAsked } from './quote-reading';
import { routeText } from './shipment-quote';
import { say, type Turn } from './turn';
import { quoteRoute } from '../tracking';

/**
 * How long sending takes on a route (issue #17): "How long does EMS take from Wuhan to Hong Kong?", "寄台北要幾天",
 * "由觀塘寄去深圳要幾耐" get the usual time of that route's zone on the fee table of the market it is sent from
 * (`days` in knowledge/<market>/fees.json), in one line — not the parcel's status nor the whole price list.
 */

// "要几天", "幾耐", "多久", "how long", "how many days": how long it takes.
const HOW_LONG = /几天|幾天|幾日|多少天|幾多日|多久|多长时间|多長時間|幾耐|\bhow (long|many days)\b/i;

/**
 * The message asks how long sending to a place takes, and the place is on the fee table with a time ("how many days do I
 * have to make a claim?" names no place).
 */
export const asksRouteTime = (turn: Turn): boolean => routeTimeAnswer(turn) !== undefined;

/**
 * The usual time of the route the message names, from the fee table of where it is sent from; else undefined.
 * @param saidBefore where an earlier message said the parcel goes, for a message that names no place itself.
 */
export function routeTimeAnswer(turn: Turn, saidBefore?: string): string | undefined {
  if (!HOW_LONG.test(turn.text)) return undefined;
  const { services } = turn;
  const read = readQuoteAsked(turn.text, services.places);
  const asked = !read.destination && !read.origin && saidBefore ? { ...read, destination: saidBefore } : read;
  if (!asked.destination) return undefined;
  const market = turn.data.market ?? customerMarket(turn);
  const quote = quoteRoute(services.fees, services.places, market, {
    ...(asked.origin ? { origin: asked.origin } : {}),
    destination: asked.destination,
  });
  const days = quote && 'zone' in quote ? quote.zone.days : undefined;
  if (!days) return undefined;
  const route = routeText(turn, asked);
  if (days.max === 1) return say(turn, 'transit.nextDay', { route });
  const range = days.min === days.max ? `${days.min}` : `${days.min}–${days.max}`;
  return say(turn, days.working ? 'transit.workingDays' : 'transit.days', { route, days: range });
}
