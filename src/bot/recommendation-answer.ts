import { parseExactNumber } from '../nlu/entities/numbers';
import { recommendationReading, type RecommendationReading } from '../tickets';

// "8", "8分", "8 points", "8/10", "8 out of 10", "给8分", "打九分", "I'd say 9"; nothing else around it. The Chinese
// numerals allowed are those of 零 to 十九 … 九十九 and 百, written the usual way (not "九九").
const SCORE_MESSAGE =
  /^(?:(?:i'?d (?:say|give(?: it| you)?)|give (?:it|you)|我?(?:给|給|打)(?:你们|你們|您)?)\s*)?(-?[0-9]{1,3}(?:\.[0-9]+)?|[a-z]+|[零〇一二两兩三四五六七八九]|[一二两兩三四五六七八九]?十[一二三四五六七八九]?|一?百)\s*(?:分|points?|pts?|\/\s*10|out of (?:10|ten))?$/i;

/**
 * Reads a customer's answer to the 0–10 recommendation question: digits, English number words ("ten"), Chinese
 * numerals ("十分", "零", "8分") through the NLU's number reading, "满分" for 10. A number off the scale is
 * `outOfScale` (asked again); anything else is no answer (undefined) and the bot reads the message as a new one.
 */
export function readRecommendation(text: string): RecommendationReading | undefined {
  const trimmed = text
    .normalize('NFKC')
    .trim()
    .replace(/(?<![!！。.,，~～\s])[!！。.,，~～\s]+$/u, '');
  if (/^(满分|滿分|full marks)$/i.test(trimmed)) return { score: 10 };
  const written = SCORE_MESSAGE.exec(trimmed)?.[1];
  if (!written) return undefined;
  const value = /^-?[0-9]/.test(written) ? Number(written) : parseExactNumber(written);
  return value === undefined ? undefined : recommendationReading(value, written);
}
