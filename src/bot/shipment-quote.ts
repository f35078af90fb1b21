import {
  formatMoney,
  namesPlace,
  quoteRoute,
  volumetricKg,
  type FeeTable,
  type FeeTables,
  type RouteQuote,
} from '../tracking';
import { readQuoteAsked, type QuoteAsked, type WeightSaid } from './quote-reading';
import type { ReplyKey } from './replies';
import { say, type Turn } from './turn';
import { namesAbroad } from './sending-abroad';
import type { ParcelRoute } from './parcel-route';
import { placeAsName } from './place-name';

/**
 * "How much to send 3 kg from Shenzhen to Hong Kong?" (issue #17, blind batch 6 P7): the price worked out from
 * the fee table of the market the parcel is sent from, with its arithmetic in one line; what it still depends on
 * is asked for (the weight, or where it goes) and nothing else; a place no list knows, or a route no served
 * market's table prices, is said so — never priced as if it were local. A follow-up right after a price ("and
 * 5 kg?", "咁寄去深圳呢") keeps what it does not change of the question before.
 */

export interface ShipmentQuote {
  text: string;
  /** Whether the price list's general text should follow (the route could not be priced). */
  withPriceList: boolean;
  /** What this question asked, kept for a follow-up in the next message. */
  asked: QuoteAsked;
  /**
   * Said instead of `text` after the price list's own entry on the route, when it has one ("寄香港多少钱": the
   * cross-border entry, then only the question for the weight).
   */
  afterEntry?: string;
}

type Money = (n: number) => string;

// "How much", "多少钱", "幾錢", "運費": the price is what is asked.
const PRICE =
  /\b(how much|cost|costs|price|prices|fee|fees|rate|rates|charge|quote)\b|多少[钱錢]?|幾錢|几钱|幾多錢|幾多|运费|運費|价|價|收费|收費|费用|費用|要钱|要錢/i;
// "你还没说", "还没回答", "你冇講", "you didn't say", "you haven't answered": a question said to be left unanswered.
const NOT_ANSWERED =
  /(还|還|仲)(没|沒|未|冇)(说|說|讲|講|回答|答|告诉|告訴|报|報)|(没|沒|冇)(说|說|讲|講|回答|答)(啊|呀|喎|呢)?\s*$|\byou (didn'?t|did not|haven'?t|have not|never) (say|said|answer|answered|tell|told)\b/i;

// "我还没寄呢", "還沒寄", "仲未寄", "I haven't sent it yet": no parcel on its way.
const NOT_SENT_YET =
  /(还|還|仲)(没|沒|未)(寄|发|發)|(没|沒|未)寄(出)?(呢|啊|喎)|\b(haven'?t|have not|not) (sent|shipped|posted) (it |anything )?yet\b/i;

// "我还没发货 为什么运费已经扣了 你们乱收费": money taken, a grievance — not the price asked again (a review of session 46).
const CHARGED = /扣|乱收|亂收|多收|收多|为什么|為什麼|點解|\b(charged|overcharg\w*|why)\b/i;

/** The price asked again: said to be left unanswered, or of a parcel not sent yet — no money taken told. */
export const asksPriceAgain = (text: string): boolean =>
  (NOT_ANSWERED.test(text) || NOT_SENT_YET.test(text)) && !CHARGED.test(text);

// Money paid back or paid out: "how much do I get back", "赔多少", "能退多少".
const MONEY_BACK_ASKED = /\bget (it )?back\b|\brefund\w*|\bcompensat\w*|\bclaim\w*|\bpay(s|out| out)\b|赔|賠|退/i;

/** The words ask a price ("多少钱", "how much", "運費"). */
export const asksPrice = (text: string): boolean => PRICE.test(text);
// "And …?", "what about …", "那…呢", "咁…呢", "要是…": said as a follow-up of the question before.
// ("…so what's the price to chengdu instead", "改寄成都的话呢": the same parcel to another place — blind batch 42b 04.2.)
const FOLLOW_UP =
  /^\s*(and|what about|how about|then|so|if)\b|^\s*(那|咁|如果|要是|假如|若|又)|[呢咧][?？!！。]?\s*$|\binstead\b|改(寄|成|去|到)|改為|改为/i;
// How long it takes is the delivery-time entry's question, not a price.
const HOW_LONG = /几天|幾天|幾日|多少天|幾多日|多久|多长时间|多長時間|幾耐|时效|時效|\bhow (long|many days)\b/i;
/** The words ask how long sending takes ("几天到", "how long"). */
export const asksHowLong = (text: string): boolean => HOW_LONG.test(text);
// A question about a service of the price list (next-day, holds, a new address, cash on delivery, volumetric
// weight) that names a place is answered by that entry, unless it gives a weight to price.
const SERVICE_ENTRY =
  /next[- ]day|tomorrow|\bhold\b|redeliver|address|cash on delivery|\bcod\b|volumetric|次日|隔天|隔日|明天|暂存|暫存|改地址|改址|改送|改派|再派|再次派送|再配送|代收|货到付款|貨到付款|体积|體積|材积|材積/i;

/** A weight as the customer wrote it, and in kg when that is another unit; undefined when the unit is unpriced. */
function weightWritten(turn: Turn, table: FeeTable, said: WeightSaid): { kg: number; text: string } | undefined {
  const per = { kg: 1, g: 0.001, jin: table.weightUnits.jin, lb: table.weightUnits.lb }[said.unit];
  if (per === undefined) return undefined;
  const kg = Math.round(said.amount * per * 1000) / 1000;
  const key: ReplyKey = `quote.weight.${said.unit}`;
  return { kg, text: say(turn, key, { amount: said.amount, kg, per }) };
}

export function routeText(turn: Turn, asked: QuoteAsked): string {
  if (asked.origin && asked.destination)
    return say(turn, 'quote.route.both', {
      origin: placeAsName(asked.origin),
      destination: placeAsName(asked.destination),
    });
  return asked.destination ? say(turn, 'quote.route.to', { destination: placeAsName(asked.destination) }) : '';
}

/** "12 元（首重 1 公斤）+ 1 × 5 元（续重每 1 公斤）+ 8 元（特快）= 25 元". */
function arithmetic(turn: Turn, quote: Extract<RouteQuote, { kind: 'priced' }>, money: Money): string {
  const { rate } = quote.zone;
  const parts = [say(turn, 'quote.first', { first: money(rate.first), firstKg: rate.firstKg })];
  const steps = rate.stepKg ? Math.round((quote.quote.chargedKg - rate.firstKg) / rate.stepKg) : 0;
  if (steps > 0 && rate.perStep !== undefined)
    parts.push(say(turn, 'quote.steps', { count: steps, perStep: money(rate.perStep), stepKg: rate.stepKg ?? 1 }));
  if (quote.quote.surcharge > 0) parts.push(say(turn, 'quote.surcharge', { fee: money(quote.quote.surcharge) }));
  return parts.length === 1 ? money(quote.quote.total) : `${parts.join(' + ')} = ${money(quote.quote.total)}`;
}

/**
 * A follow-up keeps what it does not say of the question before: a new weight or box keeps the route; a new
 * place keeps the weight (and the other end); a weight with a destination is a new question of its own.
 */
function carried(previous: QuoteAsked, said: QuoteAsked): QuoteAsked {
  const size = said.weight || said.box;
  if (size && said.destination) return said;
  const { weight, weights, box, origin, destination, destinations, service } = previous;
  const kept: QuoteAsked = size
    ? {
        ...(origin ? { origin } : {}),
        ...(destination ? { destination } : {}),
        ...(destinations ? { destinations } : {}),
      }
    : {
        ...(weight ? { weight } : {}),
        ...(weights ? { weights } : {}),
        ...(box ? { box } : {}),
        ...(said.destination && origin ? { origin } : {}),
        // ("and with express?", "那加急呢": only the service changes — the route stays too.)
        ...(!said.destination && !said.origin && origin ? { origin } : {}),
        ...(!said.destination && !said.origin && destination ? { destination } : {}),
        ...(!said.destination && !said.origin && destinations ? { destinations } : {}),
      };
  return { ...(service ? { service } : {}), ...kept, ...said };
}

/**
 * A weight or a box asked anew, naming no place, once a route was priced ("and does a big light box cost more than
 * 3 kg?"): priced on that route, never asked again where it goes (blind-30 03.4).
 */
function onRouteBefore(previous: QuoteAsked, said: QuoteAsked): QuoteAsked {
  if (said.destination || said.origin || said.locatedIn || !previous.destination) return said;
  const { origin, destination, destinations } = previous;
  return {
    ...(origin ? { origin } : {}),
    destination,
    ...(destinations ? { destinations } : {}),
    ...said,
  };
}

/** One route and weight priced: a lead line (whose table it is), the line itself, and what follows it. */
interface QuotePart {
  lead: string;
  line: string;
  tail: string;
  withPriceList: boolean;
  /** The question for the weight, when the line gives only the route's rate. */
  askWeight?: string;
}

/** At most this many weights and places priced in one answer (3 × 3 would be a table no one reads in a chat). */
const MOST_PRICED = 6;

/**
 * The quote for a price question, or undefined when the message names no weight, box or place (the price list
 * answers it) or the market has no fee table. Every weight and every place asked about gets its price, one line
 * each ("寄2公斤和5公斤到北京和上海": four lines).
 * @param previous what the price question just before asked: a follow-up keeps what it does not change.
 * @param saidBefore where an earlier message said the parcel goes ("我想寄东西给香港的女儿" … "2公斤多少钱？"): the
 * destination of a question that names no place and follows no price.
 * @param parcelRoute the route of the parcel the message names, for a question that names no place.
 */
// "can I send", "能不能寄", "可唔可以寄", "寄唔寄到": whether something can be sent.
const CAN_SEND =
  /\b(can|could) (i|we|you) (send|ship|post|mail)\b|能不能寄|可以寄|可不可以寄|能寄|寄得(到|去)?[吗嗎]|可唔可以寄|寄唔寄到|有冇得寄|寄唔寄得/i;

/** "请问从台北可以寄东西到上海吗": whether something can be sent between two places the message names. */
export function asksRouteServed(turn: Turn): boolean {
  if (!CAN_SEND.test(turn.text)) return false;
  const read = readQuoteAsked(turn.text, turn.services.places);
  return Boolean(read.origin && read.destination);
}

export function shipmentQuote(
  turn: Turn,
  market: string,
  previous?: QuoteAsked,
  saidBefore?: string,
  parcelRoute?: ParcelRoute,
): ShipmentQuote | undefined {
  const { fees, places } = turn.services;
  const own = fees[market];
  if (!own) return undefined;
  const { text } = turn;
  if (HOW_LONG.test(text)) return undefined;
  const known = (place: string) => places.knows(place) || onPriceList(fees, place);
  const read = readQuoteAsked(text, places, known);
  // "那拉萨呢", "咁深圳呢" right after a price: the bare place is where it is sent to (blind batch 20: 17.2).
  const bare = previous && !read.destination && !read.origin ? barePlaceIn(text) : undefined;
  const placed = bare && known(bare) ? { ...read, destination: bare } : read;
  // ("SF… 2kg how much should it cost": the parcel named is priced on its own route.)
  const said =
    !placed.destination && !placed.origin && parcelRoute
      ? { ...placed, ...parcelRoute }
      : !placed.destination && !previous?.destination && saidBefore
        ? { ...placed, destination: saidBefore }
        : placed;
  const figures = Boolean(said.weight || said.box);
  // "寄到西安多少钱" asked anew after a price is a question of its own; "那寄到西安呢" follows the one before.
  // ("运费呢 你还没说多少钱" right after a price: the same price, asked again.)
  // ("how many days guangzhou to beijing, 3kg" then "and how much is it": the route and weight asked before, priced.)
  // (Money back — "so if it breaks how much do i get back" — is the claim rules' question, never a price.)
  const bareAgain =
    !said.destination && !said.origin && !figures && text.trim().length <= 40 && !MONEY_BACK_ASKED.test(text);
  const again = previous !== undefined && PRICE.test(text) && (asksPriceAgain(text) || bareAgain);
  const follows =
    previous !== undefined &&
    (again ||
      ((FOLLOW_UP.test(text) || !PRICE.test(text)) &&
        Boolean(figures || said.destination || said.origin || said.service)));
  // ("can i send stuff from shenzhen to taipei?": whether a route is served is asked of both its ends — its rate answers
  // it, on the list of where it is sent from; blind batch 42a 03.1 heard Taiwan's local prices.)
  const routeAsked = CAN_SEND.test(text) && Boolean(said.destination && said.origin);
  if (
    !figures &&
    !follows &&
    !routeAsked &&
    (!(said.destination || said.origin) || !PRICE.test(text) || SERVICE_ENTRY.test(text))
  )
    return undefined;
  const asked: QuoteAsked = sentFromWhereTheyAre(
    turn,
    market,
    follows && previous ? carried(previous, said) : figures && previous ? onRouteBefore(previous, said) : said,
  );
  const weights = asked.weights ?? [asked.weight];
  const destinations = asked.destinations ?? [asked.destination];
  // "寄北京3公斤，寄成都1.5公斤": each weight to the place beside it; else every weight to every place.
  const combos = (
    asked.pairs ?? weights.flatMap((weight) => destinations.map((destination) => ({ weight, destination })))
  ).slice(0, MOST_PRICED);
  const single = combos.length === 1;
  const parts: QuotePart[] = [];
  for (const { weight, destination } of combos) {
    const { weights: _w, destinations: _d, weight: _one, destination: _to, pairs: _p, ...rest } = asked;
    const one: QuoteAsked = { ...rest, ...(weight ? { weight } : {}), ...(destination ? { destination } : {}) };
    const part = quotePart(turn, market, one, previous, single);
    if (!part) return undefined;
    parts.push(part);
  }
  const unique = (lines: string[]) => [...new Set(lines.filter(Boolean))];
  const askWeight = single ? parts[0]?.askWeight : undefined;
  const lines = [
    ...unique(parts.map((p) => p.lead)),
    ...parts.map((p) => p.line),
    ...unique(parts.map((p) => p.tail)),
    ...(single ? [] : unique(parts.map((p) => p.askWeight ?? ''))),
  ];
  return {
    text: lines.join('\n'),
    withPriceList: parts.some((p) => p.withPriceList),
    asked,
    ...(askWeight ? { afterEntry: askWeight } : {}),
  };
}

// "那…呢", "咁…呢", "…呢?": the words around a place asked after as a follow-up.
// (Anchored at the end: a run of marks not at the end costs time quadratic in its length — 0.25 s for 10,000 "。",
// the most a channel passes; held by test/conversation/padded-turns.conversation.ts.)
const AROUND_BARE_PLACE =
  // eslint-disable-next-line regexp/no-super-linear-move
  /^\s*(and|what about|how about|那么|那麼|那|咁|如果係|如果是|要是)?\s*|(?<!\s)\s*(呢|咧|嘅話|的话|的話)?\s*[?？!！。]*\s*$/gi;

/** The place a follow-up names by itself ("那拉萨呢"), with the words around it taken off; else undefined. */
export function barePlaceIn(text: string): string | undefined {
  // (Spaces collapsed first: the pattern's runs of spaces side by side would take minutes on a padded message.)
  const rest = text.replace(/\s+/g, ' ').replace(AROUND_BARE_PLACE, '').trim();
  return rest.length >= 2 && rest.length <= 12 && !/\d/.test(rest) ? rest : undefined;
}

/**
 * "我在上海，寄2公斤到台北": where the customer says they are is where it is sent from when that lies in another
 * market than the conversation's — priced on that market's table, in its money (not the customer's own market's).
 */
function sentFromWhereTheyAre(turn: Turn, market: string, asked: QuoteAsked): QuoteAsked {
  const { locatedIn, ...rest } = asked;
  if (!locatedIn || asked.origin) return rest;
  const region = turn.services.places.regionOf(locatedIn, market)?.region;
  return region && region !== market ? { ...rest, origin: locatedIn } : rest;
}

/** Whether a fee table names the place in a zone (Macau has no places file but is on the price lists). */
const onPriceList = (fees: FeeTables, place: string): boolean =>
  Object.values(fees).some((t) => t.zones.some((z) => z.places.some((p) => namesPlace(place.toLowerCase(), p))));

/** One weight to one place, priced; `single` when it is the whole answer (its rate then asks for the weight). */
function quotePart(
  turn: Turn,
  market: string,
  asked: QuoteAsked,
  previous: QuoteAsked | undefined,
  single: boolean,
): QuotePart | undefined {
  const { fees, places } = turn.services;
  const own = fees[market] as FeeTable;
  const weight = asked.weight ? weightWritten(turn, own, asked.weight) : undefined;
  const done = (line: string, withPriceList = false, lead = '', tail = ''): QuotePart => ({
    lead,
    line,
    tail,
    withPriceList,
  });
  if (asked.weight && !weight) return done(say(turn, 'quote.askKg'));
  const boxKg = asked.box ? volumetricKg(own, asked.box) : undefined;
  const quote = quoteRoute(fees, places, market, {
    ...(asked.origin ? { origin: asked.origin } : {}),
    ...(asked.destination ? { destination: asked.destination } : {}),
    ...(weight ? { weightKg: weight.kg } : boxKg !== undefined ? { weightKg: 0 } : {}),
    ...(boxKg !== undefined ? { volumetricKg: boxKg } : {}),
    ...(asked.service ? { service: asked.service } : {}),
  });
  if (!quote) return undefined;
  const money: Money = (n) => formatMoney(quote.table, turn.locale, n);
  const route = routeText(turn, asked);
  const regionKey = `quote.region.${quote.market}`;
  const region = turn.services.replies.has(regionKey) ? say(turn, regionKey) : quote.market;
  // "How much to send 1 kg to Hong Kong?" with no origin from a customer whose market is only guessed: priced from
  // the market guessed, said as such (issue #17, blind batch 10 P4) — Simplified Chinese is written on the Mainland.
  const guessed = turn.data.marketFrom === undefined || turn.data.marketFrom === 'language';
  const elsewhere = asked.destination && places.regionOf(asked.destination, market)?.region !== market;
  // (Said once: "and 5 kg?" to the same place right after keeps it.)
  const saidBefore = previous !== undefined && !previous.origin && previous.destination === asked.destination;
  const assumed =
    !asked.origin && elsewhere && guessed && !saidBefore && quote.market === market && turn.locale !== 'zh-CN'
      ? say(turn, 'quote.assumedFrom', { region })
      : '';
  switch (quote.kind) {
    case 'unknownPlace':
      // "寄2公斤到英国多少钱": a country abroad is in no price table — the entry on sending abroad answers it.
      if (quote.end !== 'origin' && namesAbroad(quote.place)) return undefined;
      return done(
        say(turn, quote.end === 'origin' ? 'quote.unknownOrigin' : 'quote.unknownDestination', { place: quote.place }),
        true,
      );
    case 'notServed':
      return done(
        say(turn, quote.end === 'origin' ? 'quote.notServedOrigin' : 'quote.notServedDestination', {
          place: quote.place,
          region,
        }),
        true,
      );
    case 'needDestination':
      return done(say(turn, 'quote.needDestination', { weight: weight?.text ?? '' }), true);
    case 'needWeight': {
      const { rate } = quote.zone;
      const steps =
        rate.stepKg && rate.perStep !== undefined
          ? say(turn, 'quote.rateSteps', { perStep: money(rate.perStep), stepKg: rate.stepKg })
          : '';
      const rated = { route, first: money(rate.first), firstKg: rate.firstKg, steps };
      return {
        ...done(say(turn, single ? 'quote.needWeight' : 'quote.rateOf', rated), false, assumed),
        askWeight: say(turn, 'quote.askWeight'),
      };
    }
    case 'firstWeightOnly':
      return done(
        say(turn, 'quote.firstWeightOnly', {
          route,
          first: money(quote.zone.rate.first),
          firstKg: quote.zone.rate.firstKg,
          weight: weight?.text ?? '',
        }),
        false,
        assumed,
      );
    case 'priced': {
      const charged =
        boxKg !== undefined && boxKg > (weight?.kg ?? 0)
          ? say(turn, 'quote.volumetric', {
              box: asked.box?.join('×') ?? '',
              divisor: quote.table.volumetricDivisor,
              kg: Math.round(boxKg * 100) / 100,
            })
          : '';
      return done(
        say(turn, 'quote.priced', {
          route,
          weight: [weight?.text, charged].filter(Boolean).join(', '),
          sum: arithmetic(turn, quote, money),
          sameCity: quote.sameCity ? say(turn, 'quote.sameCity', { total: money(quote.sameCity.total) }) : '',
        }),
        false,
        quote.market !== market ? say(turn, 'quote.sentFrom', { region }) : assumed,
        say(turn, 'quote.binding', { divisor: quote.table.volumetricDivisor }),
      );
    }
  }
}

/** How long a message giving a box's size may be and still follow the price before. */
const BOX_FOLLOW_UP = 140;

/**
 * "And 5 kg?", "要是5公斤呢", "咁寄去深圳呢" right after a price: the same question with a figure or a place
 * changed, however the NLU reads it (a short message naming no parcel).
 */
export function followsQuote(turn: Turn): boolean {
  const { data, text, reading } = turn;
  if (!data.lastQuote || text.length > BOX_FOLLOW_UP) return false;
  if (reading.entities.trackingNumbers.length > 0 || reading.entities.invalidTracking.length > 0) return false;
  const said = readQuoteAsked(text, turn.services.places);
  // ("what if the box is bigger but light, like 60x40x40 cm with pillows inside": a box's size is a figure for the
  // price however long the sentence around it — blind-30 03.3 got a "did you mean" menu.)
  if (text.length > 40 && !said.box) return false;
  if (data.lastFaq === 'faq.fee')
    return Boolean(
      said.weight || said.box || said.destination || said.origin || (said.service && FOLLOW_UP.test(text)),
    );
  // "那如果5公斤呢", "what about 6kg?" with another question in between (an item's rule): a new weight for the route
  // priced last (blind batch 24: 23.4, 28.4 were asked where it goes again).
  // (A box's size said after a price is asked of that price's route, with or without "and", "what if".)
  return Boolean((said.weight || said.box) && !said.destination && (FOLLOW_UP.test(text) || said.box));
}
