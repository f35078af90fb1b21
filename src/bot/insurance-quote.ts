import { parseChineseNumber } from '../nlu/entities/numbers';
import { formatMoney, insuranceFee } from '../tracking';
import { asksQuestion, goodsBroke } from './message-cues';
import { say, type Turn } from './turn';

/**
 * "What does it cost to insure a 30,000 camera?" worked out from the market's fee table (its `insurance` rate and
 * minimum) in one line — value × rate = fee — rather than the claim rules repeated for the customer to do the sum
 * (issue #17, blind batch 10 13.t3).
 */

// Insurance named: "保价", "保價", "insure", "insurance", "declared value"; "買保險", "买保险" as customers say it.
const INSURANCE = /保价|保價|保险|保險|\binsur\w*|\bdeclared value\b/i;

/** Insurance named, bought or not: "有保價", "冇買保價", "no insurance", "declared value 3000". */
export const namesInsurance = (text: string): boolean => INSURANCE.test(text);
// What it costs asked: "多少", "幾錢", "how much", "what does … cost".
const HOW_MUCH =
  /多少|幾多|几多|幾錢|几钱|點計|点计|怎么算|怎麼算|(怎么|怎麼|點樣|点样|如何)收费|(怎么|怎麼|點樣|点样|如何)收費|\bhow much\b|\bwhat('s| is| does| would)\b[^.?!]{0,40}\b(cost|fee|charge|premium|insurance|price)\b|\bcost\b/i;
// What is paid back asked, not what insuring costs: "if it's lost how much do I get back?", "丢了能赔多少",
// "唔見咗賠幾多" (batch 21: 02.2 heard the insurance fee of the value named).
const PAYOUT_ASKED =
  /\b(get|got|paid|pay (me|us)|be paid|receive|claim)\b[^.?!]{0,12}\bback\b|\bhow much (do|will|would|can|could) (i|we|you)\b[^.?!]{0,12}\b(get|receive|pay|claim|compensat\w*)\b|\bhow much\b[^.?!]{0,12}\bcompensat\w*|(赔|賠)(偿|償)?(多少|几多|幾多|全额|全額)|(能|会|會|可以)(赔|賠)(多少|几多|幾多)|(拿回|攞返|拎返|退回)(多少|几多|幾多)|\b(get|got|be|am|being) (compensated|reimbursed)\b|\bcompensat\w*\b[^.?!]{0,20}\bhow much\b/i;
// Insured already ("it was insured for 600", "保价了1000"): the parcel's cover told, never what insuring would cost
// (blind batch 52a: 05.5 heard the premium on 600).
const INSURED_ALREADY =
  /\b(was|is|it'?s|were|are|got it|had it) insured (for|at|to)\b|\binsured it (for|at)\b|(已经|已經|有)?(保价|保價)(了|咗)\s?\d/i;
// "and to insure one worth 50 dollars?": a question about insuring a value, the cost understood.
const TO_INSURE = /\b(to insure|insuring)\b/i;
// "那保价呢 寄的是耳机 值两千块", "and insurance? its earphones worth 2000": insurance asked after a price, its cost
// understood (blind batch 38b: 12.2).
const INSURANCE_ASKED_NEXT =
  /(保价|保價|保险|保險)(费|費)?\s*(呢|咧|嘞|又點|又点|又怎么算|又怎麼算)|\binsurance\s*[?？]|\b(and|what about|how about|plus)( the)? insurance\b/i;

// "30,000", "3萬", "3.5万", "5k", "4千", "三萬": a figure and its multiplier.
const FIGURE =
  /(\d[\d,]*(?:\.\d+)?)\s*(萬|万|千|k\b|K\b)?(?!\s*(%|％|kg|公斤|千克|斤|克|g\b|天|日|個|个|件|號|号|倍))/g;
// A tracking number or a phone: nine digits or more, with the letters around them.
const LONG_NUMBER = /[A-Za-z]{0,4}\d{9,}[A-Za-z]{0,2}/g;
const HAN_FIGURE = /((?<![零〇一二两兩三四五六七八九十百])[零〇一二两兩三四五六七八九十百]+)\s*(萬|万|千)/g;
const TIMES: Record<string, number> = { 萬: 10_000, 万: 10_000, 千: 1_000, k: 1_000, K: 1_000 };

/** The largest amount a message names (the value declared), with 萬/千/k read; undefined when none. */
export function declaredValueIn(text: string): number | undefined {
  const amounts: number[] = [];
  // (A tracking or phone number is no value: "I sent SF1402837465921 yesterday, can I still add insurance?" — a review
  // of session 45 heard the number insured.)
  const figures = text.replace(LONG_NUMBER, ' ');
  for (const m of figures.matchAll(FIGURE)) {
    const n = Number((m[1] ?? '').replace(/,/g, ''));
    if (Number.isFinite(n)) amounts.push(n * (TIMES[m[2] ?? ''] ?? 1));
  }
  for (const m of text.matchAll(HAN_FIGURE)) {
    const n = parseChineseNumber(m[1] ?? '');
    if (n !== undefined) amounts.push(n * (TIMES[m[2] ?? ''] ?? 1));
  }
  const value = Math.max(0, ...amounts);
  return value > 0 ? value : undefined;
}

// A case supposed, not told: "if the parcel is insured for 5000", "如果保價了5000元…保價費" (a review of session 50).
const SUPPOSED = /\b(if|when|say|suppose|supposing)\b|如果|要是|假如|假設|假设|保价费|保價費|\bpremium\b/i;

/**
 * "值 2 萬蚊，點買保險？幾錢？", "worth 3,000 — how much is insurance on it?": what insuring a value named costs, whatever
 * else the words name (a route, a price word) — the insurance fee, not the price list (batch 29: 30.2).
 */
export const asksInsuranceCost = (text: string): boolean =>
  INSURANCE.test(text) &&
  (HOW_MUCH.test(text) || (TO_INSURE.test(text) && asksQuestion(text)) || INSURANCE_ASKED_NEXT.test(text)) &&
  !PAYOUT_ASKED.test(text) &&
  !(INSURED_ALREADY.test(text) && !SUPPOSED.test(text)) &&
  declaredValueIn(text) !== undefined;

// The parcel gone: "丢了", "唔見咗", "lost", "never arrived".
const GONE = /丢了|丟了|丢失|丟失|不见了|不見了|唔見(咗)?|\b(lost|missing|never (arrived|came))\b/i;

/** "1%" as the rate is written; "0.5%". */
const percent = (rate: number): string => `${Number((rate * 100).toFixed(2))}%`;

/**
 * The insurance fee for the value a question names, from the fee table of `market`, as one line with its working;
 * undefined when the message does not ask it, names no value, or the table has no insurance rate.
 */
export function insuranceQuote(turn: Turn, market: string): string | undefined {
  const { text, locale } = turn;
  if (!asksInsuranceCost(text)) return undefined;
  // ("my phone worth 5000 arrived broken, what about the insurance?", "已经丢了 价值两千 那保价呢": what a claim pays, not
  // what insuring costs — review of session 38.)
  if (goodsBroke(text) || GONE.test(text)) return undefined;
  const table = turn.services.fees[market];
  const value = declaredValueIn(text);
  if (!table?.insurance || value === undefined) return undefined;
  const { fee, minimumApplied } = insuranceFee(table, value);
  const money = (n: number) => formatMoney(table, locale, n, true);
  const vars = { value: money(value), rate: percent(table.insurance.rate), fee: money(fee) };
  return say(turn, minimumApplied ? 'claim.insuranceMinimum' : 'claim.insuranceFee', vars);
}
