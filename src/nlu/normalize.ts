import { toSimplified } from './simplified';
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
// spaces, whitespace at either end.
const UNTIDY = /[’‘`]|([!?。，,.~～…])\1|\s\s|[^\S ]|^\s|\s$/;

/**
 * Whether a character is written otherwise in Simplified: the script shows Traditional, where a Taiwan phrase the
 * conversion also rewrites (文件 → 文档) is as much mainland wording as Taiwan's.
 */
function hasTraditionalCharacter(text: string): boolean {
  for (const character of text) if (CJK.test(character) && toSimplified(character) !== character) return true;
  return false;
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
    text = toSimplified(halfWidth);
    locale =
      (text !== halfWidth && hasTraditionalCharacter(halfWidth)) || TW_HK_MARKERS.test(halfWidth) ? 'zh-TW' : 'zh-CN';
  }
  const emphatic = /[!?！？]{2,}/.test(text);
  text = text.toLowerCase();
  // Most messages have nothing to tidy: one test instead of four passes that would copy the text unchanged.
  if (UNTIDY.test(text))
    text = text
      .replace(/[’‘`]/g, "'")
      .replace(/([!?。，,.~～…])\1+/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  return { halfWidth, text, locale, emphatic, hasCjk, hasLatin };
}
