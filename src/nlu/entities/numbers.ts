/** Chinese numerals as customers write them: 三, 十五, 两百, 一百多, 1千. */
const DIGITS: Record<string, number> = {
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
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };

export const CHINESE_NUMBER = '[零〇一二两兩三四五六七八九十百千万萬]+';

export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let current = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      current = DIGITS[ch] as number;
      seen = true;
    } else if (ch in UNITS) {
      const unit = UNITS[ch] as number;
      if (unit === 10000) {
        total += (section + current) * unit;
        section = 0;
      } else {
        section += (current || 1) * unit;
      }
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + section + current : undefined;
}

/** "one" to "nine": the units, which also follow a ten ("twenty five"). */
export const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

const ENGLISH: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  ...ENGLISH_UNITS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  hundred: 100,
  several: 3,
  few: 3,
  couple: 2,
};
export const ENGLISH_NUMBER = `(?:\\d+|${Object.keys(ENGLISH).join('|')})`;

/** Words that stand for a rough amount ("a few days"), not for a number someone was asked to give. */
const APPROXIMATE = new Set(['a', 'an', 'several', 'few', 'couple']);

/**
 * A number written out on its own, exactly: digits, an English number word ("ten", "zero") or Chinese numerals
 * ("十", "九"); undefined for anything else, a rough amount ("several", "一百多") included.
 */
export function parseExactNumber(text: string): number | undefined {
  const word = text.toLowerCase();
  if (APPROXIMATE.has(word)) return undefined;
  return ENGLISH[word] ?? parseChineseNumber(text);
}

/** A number written in digits, Chinese numerals or English words. */
export function parseNumber(text: string): number | undefined {
  const word = ENGLISH[text.toLowerCase()];
  if (word !== undefined) return word;
  return parseChineseNumber(text.replace(/多$/, ''));
}
