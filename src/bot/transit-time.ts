import { customerMarket } from './market';
import { readQuoteAsked, type QuoteAsked } from './quote-reading';
import { routeText } from './shipment-quote';
import { say, type Turn } from './turn';
import { quoteRoute, routeDays } from '../tracking';

/**
 * How long sending takes on a route (issue #17): "How long does EMS take from Wuhan to Hong Kong?", "寄台北要幾天",
 * "由觀塘寄去深圳要幾耐" get the usual time of that route's zone on the fee table of the market it is sent from
 * (`days` in knowledge/<market>/fees.json), in one line — not the parcel's status nor the whole price list.
 */

// "要几天", "幾耐", "多久", "how long", "how many days": how long it takes.
// ("所以今天寄的話，大概明天就會到高雄嗎？": whether it takes a day, sent today — blind batch 55a: 11.3.)
const HOW_LONG =
  /几天|幾天|幾日|多少天|幾多日|多久|多长时间|多長時間|幾耐|\bhow (long|many days)\b|(今天|今日|而家|现在|現在)寄[^。.?？]{0,12}(明天|明日|聽日|听日|隔天|后天|後天)[^。.?？]{0,8}(到|送到|收到)|\bif i (send|post|ship) (it )?today\b[^.?!]{0,30}\b(tomorrow|next day)\b/i;

// "大概幾天會到", "要幾耐先到", "how long will it take to get there": how long until it arrives, with no other subject
// ("退款要多久" asks about a refund, not a route).
const ARRIVING = /[到達达]|寄|送|\b(arrive|arrives|get there|take|takes|deliver|delivered|delivery|transit)\b/i;
// "each", "各要几天", "分別": several things compared.
const EACH = /\b(each|both)\b|各|分别|分別/i;
const OTHER_SUBJECT =
  /退款|退錢|退钱|赔|賠|理賠|理赔|投訴|投诉|回覆|回复|答覆|處理|处理|\b(refund|claim|complaint|reply|answer)\b/i;

/** The route a how-long question is about: where from, every place it goes to, and the price question it follows. */
interface RouteAsked {
  origin?: string;
  destinations: string[];
  /** The weight the how-long question gives ("how long shenzhen to shanghai 2kg"), kept for "and the price?". */
  weight?: QuoteAsked['weight'];
  /** The price question before, when the route is its own (kept as it was for "那如果5公斤呢"). */
  kept?: QuoteAsked;
}

/**
 * The route a how-long question is about: the one it names, else — a bare "大概幾天會到" / "要幾耐先到？" / "how long
 * does each take?" after a price was quoted — the route of that price question, each place it priced (blind batch
 * 24: 23.2, 28.2 heard the price list of the chat's market instead).
 */
function routeAsked(turn: Turn, previous: QuoteAsked | undefined): RouteAsked {
  const { places } = turn.services;
  const asked = readQuoteAsked(turn.text, places);
  const own: RouteAsked = {
    ...(asked.origin ? { origin: asked.origin } : {}),
    destinations: asked.destination ? [asked.destination] : [],
    ...(asked.weight ? { weight: asked.weight } : {}),
  };
  // ("how long will it take to arrive?": "arrive" read where a place would be is no place.)
  const named = asked.destination !== undefined && places.knows(asked.destination);
  if (named || asked.origin || !previous?.destination) return own;
  if (places.find(turn.text).length > 0) return own;
  if (!ARRIVING.test(turn.text) || OTHER_SUBJECT.test(turn.text)) return own;
  const priced = previous.pairs?.map((p) => p.destination) ?? previous.destinations ?? [previous.destination];
  // "And how long does each take?" after one place priced: each service (standard, express), the price list's times.
  if (EACH.test(turn.text) && new Set(priced).size < 2) return own;
  return {
    ...(previous.origin ? { origin: previous.origin } : {}),
    destinations: [...new Set(priced)],
    kept: previous,
  };
}

/**
 * The price question before this one, while the conversation is still on sending questions: its last FAQ answer a
 * price, or another sending question after it ("醬菜可以寄嗎" … "那大概幾天會到" — blind batch 35a: 12.4).
 */
const quotedBefore = (turn: Turn): QuoteAsked | undefined =>
  turn.data.lastFaq === 'faq.fee' || turn.data.lastFaq === 'faq.prohibited' || turn.data.lastFaq === 'faq.outlet'
    ? turn.data.lastQuote
    : undefined;

/**
 * The message asks how long sending to a place takes, and the place is on the fee table with a time ("how many days do I
 * have to make a claim?" names no place) — or asks it bare right after a price quoted for a route.
 */
export const asksRouteTime = (turn: Turn): boolean => routeTimeAnswer(turn, quotedBefore(turn)) !== undefined;

/** The route's usual time for a how-long question after a price was quoted ("大概幾天會到呢？"), if it asks one. */
export const routeTimeAfterQuote = (turn: Turn): string | undefined => routeTimeAnswer(turn, quotedBefore(turn))?.text;

/** "Shenzhen → Hong Kong: usually 1–3 working days.": a route's usual time from its fee table; undefined if none. */
export function routeDaysLine(
  turn: Turn,
  market: string,
  origin: string | undefined,
  destination: string,
): string | undefined {
  const { services } = turn;
  const quote = quoteRoute(services.fees, services.places, market, { ...(origin ? { origin } : {}), destination });
  const days = quote && 'zone' in quote ? routeDays(quote.zone, { origin, destination }) : undefined;
  if (!days) return undefined;
  const route = routeText(turn, { ...(origin ? { origin } : {}), destination });
  if (days.max === 1) return say(turn, 'transit.nextDay', { route });
  const range = days.min === days.max ? `${days.min}` : `${days.min}–${days.max}`;
  return say(turn, days.working ? 'transit.workingDays' : 'transit.days', { route, days: range });
}

/**
 * The usual time of the route the message names (else of the price question before, `previous`), from the fee
 * table of where it is sent from, with the route it is about; else undefined.
 * @param saidBefore where an earlier message said the parcel goes, for a message that names no place itself.
 */
export function routeTimeAnswer(
  turn: Turn,
  previous?: QuoteAsked,
  saidBefore?: string,
  parcelRoute?: { origin: string; destination: string },
): { text: string; route: QuoteAsked } | undefined {
  if (!HOW_LONG.test(turn.text)) return undefined;
  const asked = routeAsked(turn, previous);
  // ("要幾耐先到香港" in a chat about a Wuhan → Hong Kong parcel: sent from Wuhan, not within Hong Kong — blind batch
  // 41b 13.5 heard "next day".)
  const [only] = asked.destinations;
  const sameEnd = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
  if (!asked.origin && parcelRoute && asked.destinations.length === 1 && only && sameEnd(only, parcelRoute.destination))
    asked.origin = parcelRoute.origin;
  // (A place said earlier stands in for a bare "how long?" — not for "how long does each take?", which asks each
  // service's times.)
  if (asked.destinations.length === 0 && !asked.origin && saidBefore && !EACH.test(turn.text))
    asked.destinations.push(saidBefore);
  const market = turn.data.market ?? customerMarket(turn);
  const lines = asked.destinations.flatMap((destination) => {
    const line = routeDaysLine(turn, market, asked.origin, destination);
    return line ? [line] : [];
  });
  const [destination] = asked.destinations;
  if (lines.length === 0 || !destination) return undefined;
  // Kept for "那如果5公斤呢": the price question before as it was (its weight too), else the route named here.
  const route = asked.kept ?? {
    ...(asked.origin ? { origin: asked.origin } : {}),
    destination,
    ...(asked.weight ? { weight: asked.weight } : {}),
  };
  return { text: lines.join('\n'), route };
}
