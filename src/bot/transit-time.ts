import { customerMarket } from './market';
import { readQuoteAsked, type QuoteAsked } from './quote-reading';
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

// "大概幾天會到", "要幾耐先到", "how long will it take to get there": how long until it arrives, with no other subject
// ("退款要多久" asks about a refund, not a route).
const ARRIVING = /[到達达]|寄|送|\b(arrive|arrives|get there|take|takes|deliver|delivered|delivery|transit)\b/i;
const OTHER_SUBJECT =
  /退款|退錢|退钱|赔|賠|理賠|理赔|投訴|投诉|回覆|回复|答覆|處理|处理|\b(refund|claim|complaint|reply|answer)\b/i;

/**
 * The route a how-long question is about: the one it names, else — a bare "大概幾天會到" / "要幾耐先到？" / "how long
 * does it take?" after a price was quoted — the route of that price question (blind batch 24: 23.2, 28.2 heard the
 * price list of the chat's market instead).
 */
function routeAsked(turn: Turn, previous: QuoteAsked | undefined): QuoteAsked & { kept?: QuoteAsked } {
  const { places } = turn.services;
  const asked = readQuoteAsked(turn.text, places);
  // ("how long will it take to arrive?": "arrive" read where a place would be is no place.)
  const named = asked.destination !== undefined && places.knows(asked.destination);
  if (named || asked.origin || !previous?.destination) return asked;
  if (places.find(turn.text).length > 0) return asked;
  if (!ARRIVING.test(turn.text) || OTHER_SUBJECT.test(turn.text)) return asked;
  return { ...(previous.origin ? { origin: previous.origin } : {}), destination: previous.destination, kept: previous };
}

/** The price question before this one, when the conversation's last FAQ answer was a price. */
const quotedBefore = (turn: Turn): QuoteAsked | undefined =>
  turn.data.lastFaq === 'faq.fee' ? turn.data.lastQuote : undefined;

/**
 * The message asks how long sending to a place takes, and the place is on the fee table with a time ("how many days do I
 * have to make a claim?" names no place) — or asks it bare right after a price quoted for a route.
 */
export const asksRouteTime = (turn: Turn): boolean => routeTimeAnswer(turn, quotedBefore(turn)) !== undefined;

/**
 * The usual time of the route the message names (else of the price question before, `previous`), from the fee
 * table of where it is sent from, with the route it is about; else undefined.
 */
export function routeTimeAnswer(turn: Turn, previous?: QuoteAsked): { text: string; route: QuoteAsked } | undefined {
  if (!HOW_LONG.test(turn.text)) return undefined;
  const { services } = turn;
  const asked = routeAsked(turn, previous);
  if (!asked.destination) return undefined;
  const market = turn.data.market ?? customerMarket(turn);
  const quote = quoteRoute(services.fees, services.places, market, {
    ...(asked.origin ? { origin: asked.origin } : {}),
    destination: asked.destination,
  });
  const days = quote && 'zone' in quote ? quote.zone.days : undefined;
  if (!days) return undefined;
  const route = routeText(turn, asked);
  // Kept for "那如果5公斤呢": the price question before as it was (its weight too), else the route named here.
  const at = asked.kept ?? { ...(asked.origin ? { origin: asked.origin } : {}), destination: asked.destination };
  if (days.max === 1) return { text: say(turn, 'transit.nextDay', { route }), route: at };
  const range = days.min === days.max ? `${days.min}` : `${days.min}–${days.max}`;
  return { text: say(turn, days.working ? 'transit.workingDays' : 'transit.days', { route, days: range }), route: at };
}
