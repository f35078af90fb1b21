import { withHanDigits } from '../han-digits';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { CountryCode, NumberFound } from 'libphonenumber-js';
import { ticketNumberPattern } from '../../tickets/ticket-number';
import type { Locale } from '../types';

type LibPhoneNumber = typeof import('libphonenumber-js');
/**
 * libphonenumber-js from its one-file build, bundle/libphonenumber-min.js: the same version, code and 'min' metadata
 * as the package's main entry, which this file imported before. The main entry is 94 CommonJS modules, and finding,
 * reading and compiling them one by one was a fifth of the NLU's start-up (about 60 ms of CPU; the bundle 15–20).
 * The bundle is a UMD script, but the package neither exports its path nor lets Node read it as one (its
 * package.json says "type": "module", so a require would take it for an ES module with no exports): it is compiled
 * here as Node compiles a CommonJS file, a function of `exports` and `module`. Without it (a later version may
 * drop it) the main entry is loaded.
 */
function loadLibPhoneNumber(): LibPhoneNumber {
  const file = path.join(
    path.dirname(require.resolve('libphonenumber-js/package.json')),
    'bundle',
    'libphonenumber-min.js',
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's own entry, when there is no bundle
  if (!fs.existsSync(file)) return require('libphonenumber-js') as LibPhoneNumber;
  const module = { exports: {} };
  vm.compileFunction(fs.readFileSync(file, 'utf8'), ['exports', 'module'], { filename: file })(module.exports, module);
  const lib = module.exports as Partial<LibPhoneNumber>;
  if (typeof lib.PhoneNumberMatcher !== 'function' || typeof lib.findPhoneNumbersInText !== 'function')
    throw new Error(`${file} does not define libphonenumber-js's PhoneNumberMatcher and findPhoneNumbersInText`);
  return lib as LibPhoneNumber;
}
/** The libphonenumber-js this file searches with (a test counts the calls of its matcher). */
export const PHONE_LIBRARY = loadLibPhoneNumber();
const { PhoneNumberMatcher, findPhoneNumbersInText } = PHONE_LIBRARY;

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
 * took it 0.2–0.4 s per region on every message. A customer's message holds a few numbers, not dozens. (Fewer tries
 * would lose a phone written after many short digit groups, "电话 1 2 3 … call +852 9123 4567": kept at 64.)
 */
export const MAX_PHONE_TRIES = 64;
/** libphonenumber-js honours `maxTries` (PhoneNumberMatcher), but its type declarations leave it out. */
type FindOptions = { defaultCountry: CountryCode } & { maxTries: number };

/**
 * libphonenumber's matcher as findPhoneNumbersInText runs it, with the step its declarations leave out: the check of
 * one candidate (parse it, then ask whether the number is possible and valid), which `searchRegion` screens.
 */
interface CandidateMatcher {
  hasNext(): boolean;
  next(): NumberFound;
  parseAndVerify(candidate: string, offset: number, text: string): unknown;
}
const Matcher = PhoneNumberMatcher as unknown as new (
  text: string,
  options: FindOptions & { v2: true },
) => CandidateMatcher;
// Looked up on each call (not kept): what a test may wrap to count the parses.
const MATCHER_PROTOTYPE = Matcher.prototype as Partial<CandidateMatcher>;

/**
 * No candidate with fewer digits is a possible number in any numbering plan: the shortest possible national number of
 * any plan in libphonenumber's metadata has 4 digits, and the national-prefix rules that add digits (Guernsey's 1481…,
 * Norfolk Island's 3…) apply only to 5 digits or more. libphonenumber parses such a candidate only to reject it, at
 * 50–120 µs a parse (it builds an error each time): "1 1 1 …" or "12 12 12 …" cost 10–15 ms a message.
 */
export const FEWEST_POSSIBLE_DIGITS = 4;

function enoughDigits(candidate: string): boolean {
  let digits = 0;
  for (let i = 0; i < candidate.length && digits < FEWEST_POSSIBLE_DIGITS; i += 1) {
    const code = candidate.charCodeAt(i);
    // libphonenumber reads the decimal digits of other scripts too: counted as digits here (more, never fewer).
    if ((code >= 48 && code <= 57) || (code > 127 && /\p{Nd}/u.test(candidate[i] as string))) digits += 1;
  }
  return digits >= FEWEST_POSSIBLE_DIGITS;
}

/** The matcher's own check of a candidate, for candidates with digits enough to be a number at all. */
function verifyWithEnoughDigits(this: CandidateMatcher, candidate: string, offset: number, text: string): unknown {
  if (!enoughDigits(candidate)) return undefined; // what the parse would conclude: no possible number
  return (MATCHER_PROTOTYPE.parseAndVerify as CandidateMatcher['parseAndVerify']).call(this, candidate, offset, text);
}

/**
 * What `findPhoneNumbersInText(text, { defaultCountry: region, maxTries })` finds, found the same way (the same
 * candidates in the same order, each counted against `maxTries` as before) without parsing candidates too short to
 * be a possible number.
 */
export function searchRegion(text: string, region: CountryCode): NumberFound[] {
  // Should a later libphonenumber-js name its check otherwise, its own search runs (the test of this file then fails).
  if (typeof MATCHER_PROTOTYPE.parseAndVerify !== 'function')
    return findPhoneNumbersInText(text, { defaultCountry: region, maxTries: MAX_PHONE_TRIES } as FindOptions);
  const matcher = new Matcher(text, { defaultCountry: region, v2: true, maxTries: MAX_PHONE_TRIES });
  matcher.parseAndVerify = verifyWithEnoughDigits;
  const found: NumberFound[] = [];
  while (matcher.hasNext()) found.push(matcher.next());
  return found;
}

// Ticket references (C-20261201-0042): no phone findPhones keeps can overlap one whose day starts with 1–9 (see
// roomForNumbers' caller). Every reader of the format goes through tickets/ticket-number.
const TICKET_NUMBERS = ticketNumberPattern('gi');
const NO_SPANS: { start: number; end: number }[] = [];

function ticketSpans(text: string): { start: number; end: number }[] {
  if (!text.includes('-')) return NO_SPANS;
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(TICKET_NUMBERS))
    if (match[0][2] !== '0') spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

// A run of seven or more Chinese digits.
const HAN_DIGIT_RUN = /[〇零一幺二两兩三四五六七八九]{7,}/g;

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
  // ("电话就打我这个号一三九一一一一二二二二": a number said by voice input in Chinese digits — one character each, so
  // positions still line up; blind batch 46b: 06.4 dropped it.)
  text = text.replace(HAN_DIGIT_RUN, withHanDigits);
  if (!/\d(?:[ -]?\d){6}/.test(text)) return [];
  // Same length, so positions still line up with `text` and `skip`.
  text = text.replace(BARE_COUNTRY_CODE, (code: string, inParens?: string, bare?: string) =>
    `+${inParens ?? bare ?? ''}`.padStart(code.length, ' '),
  );
  const regions: CountryCode[] = locale === 'zh-TW' ? ['TW', 'HK', defaultRegion] : [defaultRegion, 'HK', 'TW'];
  const phoneWord = PHONE_WORD.test(text);
  const tickets = ticketSpans(text);
  const found: PhoneMatch[] = [];
  for (const region of regions) {
    // A region none of whose numbers fits between the tracking numbers, the ticket references and the phones found
    // so far is not searched: whatever its search found would be dropped below (it overlaps one of them, or is too
    // short to be plausible). Most messages with a phone have one, found in the first region.
    // A ticket reference: libphonenumber's candidates cannot hold its letter C, and none starts inside its digits (they
    // start at a digit after text no candidate holds, or after a slash, bracket, dot, space or spaced dash), so one
    // that overlaps it starts at its first digit and holds all its 12 or more digits: without a +, and a national
    // number of 12 digits or more is plausible only in mainland China, starting with 0. In a region without a
    // plausibility rule tickets are not left out.
    const taken = PLAUSIBLE_NATIONAL[region] ? [...skip, ...tickets, ...found] : [...skip, ...found];
    const room = roomForNumbers(text, taken);
    if (!room.plus && room.digits < (FEWEST_NATIONAL_DIGITS[region] ?? 0)) continue;
    for (const match of searchRegion(text, region)) {
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

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function findEmails(text: string): string[] {
  // Every address has an @: most messages have none, and the pattern need not be run over them.
  if (!text.includes('@')) return [];
  return [...new Set([...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()))];
}
