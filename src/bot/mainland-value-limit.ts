import { formatMoney } from '../tracking';
import { destinationSaidBefore, destinationSaidNow } from './destination-said';
import { declaredValueIn } from './insurance-quote';
import { customerMarket } from './market';
import { say, type Turn } from './turn';

/**
 * "想寄隻錶上深圳，值 2 萬蚊" … "錶可唔可以寄㗎？會唔會俾海關扣？" (issue #17, blind 29: 30.4 heard the general list): an
 * item's rule asked of goods sent into the Mainland, with their value said in this message or an earlier one, is told
 * whether that value is over the Mainland's limit for a personal parcel (CNY 800 from Hong Kong, Macau or Taiwan,
 * CNY 1,000 from elsewhere — the figures of the knowledge files' customs entries): over it, the goods are taxed or held.
 */

// A value said of goods: "值 2 萬蚊", "價值 3000", "worth 20k", "valued at HK$5,000", "申報 8000".
const VALUE_SAID = /值|價值|价值|申報|申报|保價|保价|\b(worth|valued?|value of|declared|insure)\b/i;
// The Mainland's limit on a personal parcel's value, in CNY, by where it is sent from.
const LIMIT_FROM_NEAR = 800;
const LIMIT_OTHERWISE = 1_000;
const NEAR = ['HK', 'MO', 'TW'];
// What one unit of a market's money is worth in CNY at least (the low end of years of rates): a value said in it is
// over the limit only when it is over even at that rate — never an overstatement.
const CNY_AT_LEAST: Record<string, number> = { CN: 1, HK: 0.85, MO: 0.8, TW: 0.2 };

/** The value said of the goods, in this message or the latest earlier one that says one, in the customer's money. */
function valueSaid(turn: Turn): number | undefined {
  for (const text of [turn.text, ...[...(turn.data.said ?? [])].reverse()]) {
    const value = VALUE_SAID.test(text) ? declaredValueIn(text) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The line saying that the goods' value is over the Mainland's personal-parcel limit, when they are sent there from
 * another market with a value said that is over it; undefined otherwise.
 */
export function overMainlandLimit(turn: Turn): string | undefined {
  const from = customerMarket(turn);
  const rate = CNY_AT_LEAST[from];
  if (from === 'CN' || rate === undefined) return undefined;
  const destination = destinationSaidNow(turn) ?? destinationSaidBefore(turn);
  if (!destination || turn.services.places.regionOf(destination, from)?.region !== 'CN') return undefined;
  const value = valueSaid(turn);
  const table = turn.services.fees[from];
  const limit = NEAR.includes(from) ? LIMIT_FROM_NEAR : LIMIT_OTHERWISE;
  if (value === undefined || !table || value * rate <= limit) return undefined;
  return say(turn, 'customs.overMainlandLimit', { value: formatMoney(table, turn.locale, value, true), limit });
}
