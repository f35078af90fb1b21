import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { Locale } from '../types';

export interface PhoneMatch {
  e164: string;
  start: number;
  end: number;
}

// A bare national number counts only when it looks like a phone a customer of that region would give:
// in mainland China a mobile number or a landline with its trunk 0 (area code and local number make 11 or 12
// digits), otherwise a 10-digit DHL waybill would pass as a landline, and a Taiwan mobile (0912 345 678) as
// a landline of Yulin.
export const PLAUSIBLE_NATIONAL: Partial<Record<CountryCode, RegExp>> = {
  CN: /^(?:1[3-9]\d{9}|0\d{10,11})$/,
  TW: /^0\d{8,9}$/,
  HK: /^[2-9]\d{7}$/,
};
/** The fewest digits PLAUSIBLE_NATIONAL accepts for each region. */
export const FEWEST_NATIONAL_DIGITS: Partial<Record<CountryCode, number>> = { CN: 11, TW: 9, HK: 8 };

// "852 9123 4567", "(886) 912 345 678": a country code of ours written without its +.
const BARE_COUNTRY_CODE = /(?<![+\d])(?:\((852|886)\)[ -]?|(852|886)[ -])(?=\d{3})/g;
// Words that introduce a phone number: after one of them a Hong Kong or Taiwan landline counts too.
const PHONE_WORD =
  /phone|mobile|cell|call|whats ?app|tel|contact|number|reach me|text me|ring me|电话|電話|手机|手機|号码|號碼|联系|聯絡|聯繫|致电|打俾|call我/i;
// Without such a word, another region's number counts only as a mobile: Hong Kong 8 digits from 4 to 9,
// Taiwan 09 and 8 digits.
const ORDER_BEFORE = /(?:order|订单|訂單|单号|單號|#)\s*(?:no\.?|number|号|號)?\s*[:：]?\s*$/i;
const MOBILE: Partial<Record<CountryCode, RegExp>> = {
  HK: /^[4-9]\d{7}$/,
  TW: /^09\d{8}$/,
};

/**
 * How many candidates that are no phone libphonenumber tries per region before giving up on a message. Its own
 * guard for degenerate text (PhoneNumberMatcher's `maxTries`, unbounded by default): 2,000 characters of "1 1 1 …"
 * took it 0.2–0.4 s per region on every message. A customer's message holds a few numbers, not dozens.
 */
const MAX_PHONE_TRIES = 64;
/** libphonenumber-js honours `maxTries` (PhoneNumberMatcher), but its type declarations leave it out. */
type FindOptions = { defaultCountry: CountryCode } & { maxTries: number };

/**
 * Phone numbers in E.164. Numbers written with `+` are taken as they are; others are read in the default
 * region, and in Hong Kong and Taiwan (first, for Traditional Chinese messages) — in every language, since a
 * customer writing English may well give a Hong Kong mobile.
 */
export function findPhones(
  text: string,
  locale: Locale,
  defaultRegion: CountryCode,
  skip: { start: number; end: number }[],
): PhoneMatch[] {
  if (!/\d(?:[ -]?\d){6}/.test(text)) return [];
  // Same length, so positions still line up with `text` and `skip`.
  text = text.replace(BARE_COUNTRY_CODE, (code: string, inParens?: string, bare?: string) =>
    `+${inParens ?? bare ?? ''}`.padStart(code.length, ' '),
  );
  const regions: CountryCode[] = locale === 'zh-TW' ? ['TW', 'HK', defaultRegion] : [defaultRegion, 'HK', 'TW'];
  const phoneWord = PHONE_WORD.test(text);
  const found: PhoneMatch[] = [];
  for (const region of regions) {
    // A region none of whose numbers fits between the tracking numbers and the phones found so far is not
    // searched: whatever its search found would be dropped below (it overlaps one of them, or is too short to be
    // plausible). Most messages with a phone have one, found in the first region.
    const room = roomForNumbers(text, found.length ? [...skip, ...found] : skip);
    if (!room.plus && room.digits < (FEWEST_NATIONAL_DIGITS[region] ?? 0)) continue;
    for (const match of findPhoneNumbersInText(text, {
      defaultCountry: region,
      maxTries: MAX_PHONE_TRIES,
    } as FindOptions)) {
      const { startsAt: start, endsAt: end, number } = match;
      if (skip.some((s) => start < s.end && end > s.start)) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const raw = text.slice(start, end);
      if (ORDER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      const national = raw.replace(/\D/g, '');
      const plausible = PLAUSIBLE_NATIONAL[region];
      if (!raw.trim().startsWith('+')) {
        if (plausible && !plausible.test(national)) continue;
        const mobile = MOBILE[region];
        if (locale !== 'zh-TW' && region !== defaultRegion && !phoneWord && mobile && !mobile.test(national)) continue;
      }
      if (!number.isValid() || found.some((f) => f.e164 === number.number)) continue;
      found.push({ e164: number.number, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a phone number not overlapping `skip` has to work with: it lies within one stretch of text between the
 * skipped spans, so its digits are at most the most digits of such a stretch, and it starts with + only if one
 * of them holds a +.
 */
function roomForNumbers(text: string, skip: { start: number; end: number }[]): { digits: number; plus: boolean } {
  const taken = new Uint8Array(text.length);
  for (const { start, end } of skip) taken.fill(1, Math.max(0, start), Math.min(text.length, end));
  let digits = 0;
  let stretch = 0;
  let plus = false;
  for (let i = 0; i < text.length; i += 1) {
    if (taken[i]) {
      stretch = 0;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 43)
      plus = true; // +
    else if (code >= 48 && code <= 57) digits = Math.max(digits, (stretch += 1));
  }
  return { digits, plus };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function findEmails(text: string): string[] {
  // Every address has an @: most messages have none, and the pattern need not be run over them.
  if (!text.includes('@')) return [];
  return [...new Set([...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()))];
}
