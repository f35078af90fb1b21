import { destinationMarketIn } from './market';
import { say, type Turn } from './turn';
import type { ReplyKey } from './replies';
import { placeAsName } from './place-name';

/**
 * Whose rules answer what may be sent: a route the customer gave ("2 kg from Shenzhen to Hong Kong") is sent from
 * the Mainland, where the Mainland's outlet takes it by the Mainland's rules — not by those of the market the
 * conversation is in (issue #17, blind batch 9 26.t2: a Shenzhen → Hong Kong parcel got Hong Kong's local view).
 */

/**
 * The market whose rules apply to the route of the last price question, with a line saying so; the conversation's
 * market (and no line) when no route was given or it starts in that market or in one the courier does not serve.
 */
export function routeRules(turn: Turn, market: string): { market: string; lead?: string } {
  const origin = turn.data.lastQuote?.origin;
  if (!origin) return { market };
  const { places, knowledge } = turn.services;
  const region = places.regionOf(origin, market)?.region;
  // A route across a border is said whoever answers: "from Guangzhou to Hong Kong" goes by the Mainland's rules
  // also when the conversation is the Mainland's.
  const destination = turn.data.lastQuote?.destination;
  const across = destination !== undefined && places.regionOf(destination, market)?.region !== region;
  if (!region || (region === market && !across) || !(region in knowledge)) return { market };
  const key = `quote.region.${region}`;
  const regionName = turn.services.replies.has(key) ? say(turn, key as ReplyKey) : region;
  return { market: region, lead: say(turn, 'faq.routeRules', { origin: placeAsName(origin), region: regionName }) };
}

/**
 * "Can I send a power bank to Hong Kong?" from a customer whose own market is only guessed from their language:
 * the rules answered are those for sending from the market guessed, said as such with a request to say where from
 * — never another market's local rules as if they were the customer's (issue #17, blind batch 10 24.t2). Simplified
 * Chinese is written on the Mainland, so its readers are not asked.
 */
export function sentFromLead(turn: Turn, market: string): string | undefined {
  const goesTo = destinationMarketIn(turn.text);
  const guessed = turn.data.marketFrom === undefined || turn.data.marketFrom === 'language';
  if (!goesTo || goesTo === market || !guessed || turn.locale === 'zh-CN') return undefined;
  const key = `quote.region.${market}`;
  const region = turn.services.replies.has(key) ? say(turn, key as ReplyKey) : market;
  return say(turn, 'faq.rulesSentFrom', { region });
}

const REGION_WRITTEN = /香港|澳門|澳门|[台臺]灣|台湾|大陸|大陆|內地|内地|hong ?kong|maca[uo]|taiwan|mainland( china)?/i;

/**
 * "寄到香港，規定一樣嗎" answered by the rules of the market sent from: the destination's own import limits are in no
 * knowledge file, and the customer hears so, with a person to check an item they are unsure of (issue #17, blind batch
 * 26: 22.3–22.4). Undefined when the message names no destination in another market, or one already noted.
 */
export function destinationRulesNote(turn: Turn, market: string): string | undefined {
  const goesTo = destinationMarketIn(turn.text);
  if (!goesTo || goesTo === market) return undefined;
  // Once per destination in a conversation: the next item for the same place hears its rule alone (session 30).
  const noted = turn.data.destinationsNoted ?? [];
  if (noted.includes(goesTo)) return undefined;
  turn.data.destinationsNoted = [...noted, goesTo];
  const key = `quote.region.${goesTo}`;
  // (A region with no name in the catalog — Macau is on no market's list — is said as the customer wrote it.)
  const written = REGION_WRITTEN.exec(turn.text)?.[0];
  const destination = turn.services.replies.has(key)
    ? say(turn, key as ReplyKey)
    : written
      ? placeAsName(written)
      : goesTo;
  return say(turn, 'faq.destinationRulesUnknown', { destination });
}
