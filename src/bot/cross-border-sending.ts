import { ruleIn, ruleOn } from './case-rules';
import { customerMarket } from './market';
import { sentFromMarket } from './sender-market';
import { asksPrice, shipmentQuote } from './shipment-quote';
import { routeDaysLine } from './transit-time';
import { reply, type Turn } from './turn';

/**
 * A sender's price and papers for a parcel across a border (issue #17, blind-31 03.1–03.2): "how much, and can
 * someone pick it up?" of a route from Shenzhen to Hong Kong hears that route's price from its table (its first
 * weight) and its usual time beside the pickup — not only the pickup entry's domestic "from CNY 12"; "do we need
 * to declare anything for HK?" hears the declaration rule, with the weight given priced on the route said before.
 */

// "declare", "declaration", "has to be declared", "申报", "申報", "報關" — asked, not the penalty for leaving it out ("what if
// I don't declare"); "the sum I declared" tells a value, asks nothing.
const DECLARE = /\bdeclar(e|es|ing|ation)\b|\b(be|been|get|gets|is|are|was|were) declared\b|申报|申報|报关|報關/i;
const NOT_DECLARING =
  /\b(not|don'?t|didn'?t|never|without|un)[- ]?(declar\w*|say)\b|\bundeclared\b|(不|没|沒|唔|冇)(有)?(申报|申報|报关|報關)/i;

// A value said as declared ("declared value 3000", "申报价值 2000") is an insurance figure, not a question.
const VALUE_DECLARED =
  /\bdeclared\s+(value\b|(at|for|as)\s*(hk\$|nt\$|cny|rmb|usd|\$|¥)?\s*\d)|申报价值|申報價值|声明价值|聲明價值|宣告價值/gi;

/** The message asks what a parcel sent declares (not what happens when it is not declared). */
export const asksDeclaration = (text: string): boolean => {
  const asked = text.replace(VALUE_DECLARED, '');
  return DECLARE.test(asked) && !NOT_DECLARING.test(asked);
};

/** The market whose tables and rules a sender's parcel follows: where it is sent from, else the chat's. */
const senderMarket = (turn: Turn): string => sentFromMarket(turn) ?? turn.data.market ?? customerMarket(turn);

/**
 * The price asked beside a sender's question ("how much, and can someone collect it?"): the named route's price with
 * its usual time, kept for a weight given next; undefined when no price is asked or no route is named.
 */
export function priceBeside(turn: Turn): string | undefined {
  if (!asksPrice(turn.text)) return undefined;
  const market = senderMarket(turn);
  // (The route may be in another sentence of the message than the question: "We send … from Guangzhou to Hong Kong
  // tomorrow. What's the cost and could a courier collect it?")
  const whole = turn.context.activity.text ?? turn.text;
  const quote = shipmentQuote(turn, market) ?? shipmentQuote({ ...turn, text: whole }, market);
  if (!quote || quote.withPriceList || !quote.asked.destination) return undefined;
  turn.data.lastQuote = quote.asked;
  const days = routeDaysLine(turn, market, quote.asked.origin, quote.asked.destination);
  return [quote.text, days].filter(Boolean).join('\n');
}

/**
 * "Do we need to declare anything for HK?", "寄香港要申报什么": the declaration rule of the market it is sent from,
 * after the price of a weight the message gives on the route priced before. False when it asks no such thing or the
 * market's files have no such rule (the message is read as usual).
 */
export async function answerDeclaration(turn: Turn): Promise<boolean> {
  if (!asksDeclaration(turn.text) || turn.reading.entities.trackingNumbers.length > 0) return false;
  const from = sentFromMarket(turn);
  const rule = from ? ruleIn(turn, 'declaration', from) : ruleOn(turn, 'declaration');
  if (!rule) return false;
  const previous = turn.data.lastQuote;
  const quote = previous ? shipmentQuote(turn, senderMarket(turn), previous) : undefined;
  const priced = quote && !quote.withPriceList ? quote.text : undefined;
  if (quote && priced) turn.data.lastQuote = quote.asked;
  turn.data.lastFaq = 'faq.fee';
  await reply(turn, [priced, rule].filter(Boolean).join('\n'));
  return true;
}
