import { toSimplified, toSimplifiedForReading } from './simplified';
import type { Locale } from './types';

/** A message prepared for matching. */
export interface NormalizedText {
  /** Half-width, original script and case: what entity extraction reads. */
  halfWidth: string;
  /** Half-width, Simplified Chinese, lower case, repeated punctuation collapsed: what the rules read. */
  text: string;
  locale: Locale;
  /** The customer repeated ! or ? ("!!!", "？？？"), which the collapsed `text` no longer shows. */
  emphatic: boolean;
  hasCjk: boolean;
  hasLatin: boolean;
}

/** Longest message the NLU reads; beyond it is never a customer's question, and bounds the work per message. */
export const MAX_INPUT_CHARS = 4000;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]|[\u{20000}-\u{2ffff}]/u;
// Cantonese particles and Taiwan/Hong Kong usage that Simplified text does not have.
const TW_HK_MARKERS =
  /[嘅咗唔冇嗰哋喺啲嘢咩噉揾搵乜俾畀攞嚟睇佢咁]|屋企|宅配|超商|貨態|營業所|門市|客訴|個資|NT\$|HK\$/;

// What the tidying below changes: a curly quote or backtick, repeated punctuation, whitespace other than single
// spaces, whitespace at either end — /[’‘`]|([!?。，,.~～…])\1|\s\s|[^\S ]|^\s|\s$/, read by `untidy` in one pass
// (the regex, with its backreference, was tried at every position of every message).
// By code unit: 1 for a character that counts when repeated, 2 for a quote (a table, not Sets: read for every character).
const REPEATABLE = 1;
const QUOTE = 2;
const PUNCTUATION = new Uint8Array(0x10000);
for (const character of '!?。，,.~～…') PUNCTUATION[character.charCodeAt(0)] = REPEATABLE;
for (const character of '’‘`') PUNCTUATION[character.charCodeAt(0)] = QUOTE;

/** Whether a code unit is JavaScript's \s: WhiteSpace or LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the tidying of `normalize` would change the text (see above). */
function untidy(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      // Any whitespace but a space, at either end, or followed by more.
      if (code !== 0x20 || i === 0 || i === last || isSpace(text.charCodeAt(i + 1))) return true;
    } else {
      const kind = PUNCTUATION[code] as number;
      if (kind === QUOTE || (kind === REPEATABLE && i < last && text.charCodeAt(i + 1) === code)) return true;
    }
  }
  return false;
}

/**
 * Whether a character is written otherwise in Simplified: the script shows Traditional, where a Taiwan phrase the
 * conversion also rewrites (文件 → 文档) is as much mainland wording as Taiwan's.
 */
function hasTraditionalCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      // A character beyond the BMP, as CJK and the conversion read it (the regex tests it whole, by code point).
      const character = text.slice(i, i + 2);
      i += 1;
      if (CJK.test(character) && isTraditional(character)) return true;
    } else if (isCjkCode(code) && isTraditionalCode(code)) return true;
  }
  return false;
}

/** CJK's BMP ranges: [\u3400-\u9fff\uf900-\ufaff]. */
const isCjkCode = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Per BMP code unit: 0 not yet asked, 1 the same in Simplified, 2 written otherwise (the conversion is fixed). */
const TRADITIONAL = new Uint8Array(0x10000);

/** `toSimplified(character) !== character`, asked of the conversion once per BMP character. */
function isTraditional(character: string): boolean {
  return character.length > 1 ? toSimplified(character) !== character : isTraditionalCode(character.charCodeAt(0));
}

/** isTraditional of a BMP character by its code unit. */
function isTraditionalCode(code: number): boolean {
  let known = TRADITIONAL[code] as number;
  if (known === 0) {
    const character = String.fromCharCode(code);
    TRADITIONAL[code] = known = toSimplified(character) !== character ? 2 : 1;
  }
  return known === 2;
}

/** Full-width to half-width, Traditional to Simplified, case folding, repeated punctuation collapsed. */
export function normalize(input: string): NormalizedText {
  const clipped = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  // NFKC maps full-width letters, digits and punctuation to ASCII; 〜 and ～ stay as they are.
  const halfWidth = clipped.normalize('NFKC').replace(/\u3000/g, ' ');
  const hasCjk = CJK.test(halfWidth);
  const hasLatin = /[A-Za-z]/.test(halfWidth);
  let text = halfWidth;
  let locale: Locale = 'en';
  if (hasCjk) {
    text = toSimplifiedForReading(halfWidth);
    locale =
      (text !== halfWidth && hasTraditionalCharacter(halfWidth)) || TW_HK_MARKERS.test(halfWidth) ? 'zh-TW' : 'zh-CN';
  }
  const emphatic = /[!?！？]{2,}/.test(text);
  text = text.toLowerCase();
  // Most messages have nothing to tidy: one test instead of four passes that would copy the text unchanged.
  if (untidy(text))
    text = text
      .replace(/[’‘`]/g, "'")
      .replace(/([!?。，,.~～…])\1+/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  return { halfWidth, text, locale, emphatic, hasCjk, hasLatin };
}
