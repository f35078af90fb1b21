import { say, type Turn } from './turn';
import type { ReplyKey } from './replies';

/**
 * Whose rules answer what may be sent: a route the customer gave ("2 kg from Shenzhen to Hong Kong") is sent from
 * the Mainland, where the Mainland's outlet takes it by the Mainland's rules — not by those of the market the
 * conversation is in (issue #17, blind batch 9 26.t2: a Shenzhen → Hong Kong parcel got Hong Kong's local view).
 */

// "shenzhen" as the quote read it: said back as a name ("Shenzhen"); Chinese names stay as written.
const asName = (place: string): string => place.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * The market whose rules apply to the route of the last price question, with a line saying so; the conversation's
 * market (and no line) when no route was given or it starts in that market or in one the courier does not serve.
 */
export function routeRules(turn: Turn, market: string): { market: string; lead?: string } {
  const origin = turn.data.lastQuote?.origin;
  if (!origin) return { market };
  const region = turn.services.places.regionOf(origin, market)?.region;
  if (!region || region === market || !(region in turn.services.knowledge)) return { market };
  const key = `quote.region.${region}`;
  const regionName = turn.services.replies.has(key) ? say(turn, key as ReplyKey) : region;
  return { market: region, lead: say(turn, 'faq.routeRules', { origin: asName(origin), region: regionName }) };
}
