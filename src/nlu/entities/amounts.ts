import type { Locale } from '../types';
import { matchesOf } from '../matches';
import { CHINESE_NUMBER, parseChineseNumber } from './numbers';

export interface Amount {
  value: number;
  currency: string;
}

const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const PREFIX = new RegExp(`(nt\\$|hk\\$|us\\$|rmb|cny|hkd|twd|usd|eur|[¥￥$€£])\\s?(${NUMBER})`, 'gi');
/**
 * Before a currency word, a plain number is one whole run of at most 20 digits: no amount is longer, and a
 * number that may start anywhere in a run makes the search quadratic in the run (a 2,000-digit run cost ~40 ms).
 */
const SUFFIX_NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<!\\d)\\d{1,20}(?:\\.\\d+)?';
const SUFFIX = new RegExp(
  `(${SUFFIX_NUMBER}|${CHINESE_NUMBER})\\s?多?\\s?(元|块|塊|蚊|rmb|yuan|cny|人民币|人民幣|港币|港幣|港元|台币|台幣|新台币|新台幣|hkd|twd|usd|dollars?|eur|euros?)`,
  'gi',
);
/** A literal every SUFFIX currency word holds: without one the text has no amount written before its currency. */
const CURRENCY_WORD = /元|块|塊|蚊|rmb|yuan|cny|人民|港币|港幣|台币|台幣|hkd|twd|usd|dollar|eur/i;

function currencyOf(symbol: string, locale: Locale): string {
  const s = symbol.toLowerCase();
  if (s === 'nt$' || s === 'twd' || s.includes('台币') || s.includes('台幣')) return 'TWD';
  if (s === 'hk$' || s === 'hkd' || s.startsWith('港') || s === '蚊') return 'HKD';
  if (s === 'us$' || s === 'usd' || s === '$' || s.startsWith('dollar')) return 'USD';
  if (s === '€' || s.startsWith('eur')) return 'EUR';
  if (s === '£') return 'GBP';
  // 元 / 块 are yuan in mainland text and New Taiwan dollars in Taiwanese text.
  if ((s === '元' || s === '块' || s === '塊') && locale === 'zh-TW') return 'TWD';
  return 'CNY';
}

/** Money amounts with their currency: ¥56, 45元, 一百多块, NT$180, HK$3,000, 20 yuan, $25. */
const ANY_NUMBER = /[\d零〇一二两兩三四五六七八九十百千万萬]/;
// A character or word of every currency PREFIX and SUFFIX name (人民币 and 港元 by their last character): a text
// without one holds no amount, whatever numbers it has (一 and 十 are in most Chinese sentences).
const ANY_CURRENCY = /[元块塊蚊币幣$¥￥€£]|rmb|yuan|cny|hkd|twd|usd|dollar|eur/i;

export function findAmounts(text: string, locale: Locale): Amount[] {
  if (!ANY_NUMBER.test(text) || !ANY_CURRENCY.test(text)) return [];
  const found: { amount: Amount; start: number; end: number }[] = [];
  const push = (value: number | undefined, currency: string, start: number, end: number): void => {
    if (value === undefined || Number.isNaN(value)) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ amount: { value, currency }, start, end });
  };
  for (const m of matchesOf(PREFIX, text)) {
    const start = m.index ?? 0;
    push(Number((m[2] as string).replace(/,/g, '')), currencyOf(m[1] as string, locale), start, start + m[0].length);
  }
  for (const m of CURRENCY_WORD.test(text) ? matchesOf(SUFFIX, text) : []) {
    const start = m.index ?? 0;
    const raw = (m[1] as string).replace(/,/g, '');
    push(parseChineseNumber(raw), currencyOf(m[2] as string, locale), start, start + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.amount);
}
