/**
 * The recommendation question of the follow-up (Net Promoter Score): "how likely are you to recommend us, 0–10?",
 * asked after the satisfaction question. NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100.
 */

/** What a customer's reply to the 0–10 question says. */
export type RecommendationReading =
  /** A whole number from 0 to 10. */
  | { score: number }
  /** A number that is not on the scale (11, -1, 7.5): the customer is asked again. */
  | { outOfScale: string };

const ENGLISH: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
};

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 零 … 九十九 written in Chinese numerals ("十", "十一", "二十"), or undefined. */
function chineseNumber(text: string): number | undefined {
  if (text.length === 1 && text in CHINESE_DIGITS) return CHINESE_DIGITS[text];
  if (text === '百' || text === '一百') return 100;
  const ten = /^([一二两兩三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!ten) return undefined;
  return (ten[1] ? (CHINESE_DIGITS[ten[1]] as number) : 1) * 10 + (ten[2] ? (CHINESE_DIGITS[ten[2]] as number) : 0);
}

// "8", "8分", "8 points", "8/10", "8 out of 10", "给8分", "打九分", "I'd say 9", "满分"; nothing else around it.
const SCORE_MESSAGE =
  /^(?:(?:i'?d (?:say|give(?: it| you)?)|give (?:it|you)|我?(?:给|給|打)(?:你们|你們|您)?)\s*)?(-?[0-9]{1,3}(?:\.[0-9]+)?|[a-z]+|[零〇一二两兩三四五六七八九十百]+)\s*(?:分|points?|pts?|\/\s*10|out of (?:10|ten))?$/i;

/**
 * Reads an answer to the 0–10 question: digits, English number words ("ten"), Chinese numerals ("十分", "零",
 * "8分"), "满分" for 10. A number off the scale is `outOfScale` (asked again); anything else is no answer
 * (undefined) and the bot reads the message as a new one.
 */
export function readRecommendation(text: string): RecommendationReading | undefined {
  const trimmed = text
    .normalize('NFKC')
    .trim()
    .replace(/[!！。.,，~～\s]+$/u, '');
  if (/^(满分|滿分|full marks)$/i.test(trimmed)) return { score: 10 };
  const match = SCORE_MESSAGE.exec(trimmed);
  const written = match?.[1];
  if (!written) return undefined;
  let value: number | undefined;
  if (/^-?[0-9]/.test(written)) value = Number(written);
  else if (/^[a-z]+$/i.test(written)) value = ENGLISH[written.toLowerCase()];
  else value = chineseNumber(written);
  if (value === undefined) return undefined;
  return Number.isInteger(value) && value >= 0 && value <= 10 ? { score: value } : { outOfScale: written };
}

/** Promoters answer 9–10, detractors 0–6 (7–8 are passives). */
export const isPromoter = (score: number): boolean => score >= 9;
export const isDetractor = (score: number): boolean => score <= 6;

/** NPS from the counts, −100 to 100 (one decimal), or null when nobody answered. */
export function netPromoterScore(counts: { answered: number; promoters: number; detractors: number }): number | null {
  if (counts.answered === 0) return null;
  return Math.round(((counts.promoters - counts.detractors) / counts.answered) * 1000) / 10;
}
