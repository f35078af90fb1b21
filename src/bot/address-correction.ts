/**
 * A correction of an address just given (issue #17, blind batch 22: 14.4 "不对不对 是389号 我打错了", 04.5 "actually
 * no, make it 16F not 18F"): the number, floor, room or street put right is applied to that address — never read as
 * a new address of its own, nor as worry about the parcel. Pure: the text of the address and the customer's words in,
 * the corrected address (or nothing) out.
 */

// What a number in an address is: a house number, a floor, a room or flat.
type Part = 'number' | 'floor' | 'room';

// A number with the word that says what it is, before or after it: "389号", "15楼", "16F", "16/F", "floor 16",
// "16th floor", "room 1203", "Flat 3B", "1203室", "No. 88".
const NUMBERED =
  /(?:(floor|fl|flr|room|rm|flat|unit|no\.?|#)\s*)?(\d+[A-Za-z]?)(?:\s*(?:st|nd|rd|th))?\s*(\/\s*f\b|f\b|floor\b|fl\b|号|號|楼|樓|层|層|室|座)?/gi;

const PART_OF: Record<string, Part> = {
  号: 'number',
  號: 'number',
  'no.': 'number',
  no: 'number',
  '#': 'number',
  楼: 'floor',
  樓: 'floor',
  层: 'floor',
  層: 'floor',
  f: 'floor',
  '/f': 'floor',
  floor: 'floor',
  fl: 'floor',
  flr: 'floor',
  室: 'room',
  座: 'room',
  room: 'room',
  rm: 'room',
  flat: 'room',
  unit: 'room',
};

interface Numbered {
  digits: string;
  part: Part | undefined;
  /** The word that says what it is, as written ("号", "floor"). */
  kindWord: string;
  at: number;
  end: number;
}

function numbersIn(text: string): Numbered[] {
  return [...text.matchAll(NUMBERED)].map((m) => {
    const word = (m[1] ?? m[3] ?? '').toLowerCase().replace(/\s+/g, '');
    return { digits: m[2] as string, part: PART_OF[word], kindWord: word, at: m.index, end: m.index + m[0].length };
  });
}

// The customer says the address given was wrong: "不对", "打错了", "写错", "唔係", "not", "actually", "typo", "make it".
const CORRECTS =
  /不对|不對|唔啱|打错|打錯|写错|寫錯|输错|輸錯|搞错|搞錯|错了|錯了|不是|唔係|唔系|应该是|應該是|應該係|改成|改为|改為|\b(not|wrong|typo|actually|sorry|mistake|make it|should be|i meant?)\b/i;

// A correction is short: a longer message is read no further than this (its spaces collapsed first), so that no
// message, however padded, takes long to read.
const LONGEST = 120;

// The words between two numbers, or before the first, are read only this far: "24 Nathan Road not 22".
const NEAR = 24;

// "16F not 18F", "是389号不是398号", "係12樓唔係21樓": between the right one and the wrong one.
const NOT_BETWEEN = /(?:(?:^|[\s,，])(?:not|rather than|instead of)|不是|唔係|唔系|並非|并非)$/i;
// "不是398是389", "唔係21樓係12樓", "not 18F but 16F": after "不是"/"not" before the wrong one, between it and the right.
const IS_BETWEEN = /(?:^|[\s,，])(?:but|it'?s)$|(?:是|係|系)$/i;
const NOT_BEFORE = /(?:^|[\s,，])not$|不是$|唔係$|唔系$/i;
// "18F should be 16F", "398改成389": the wrong one, then the right one.
const SHOULD_BETWEEN = /(?:^|[\s,，])should be$|应该是$|應該是$|應該係$|改成$|改为$|改為$/i;

// A number that is a time, an amount or a length of time, not a part of an address: "12点", "3pm", "2天", "30元".
const TIME_AFTER =
  /^\s*(?:[点點时時分秒月日天周週个個元块塊蚊]|[:：]\d|am\b|pm\b|a\.m|p\.m|o'?clock|h\b|hrs?\b|hours?\b|mins?\b|minutes?\b|days?\b|weeks?\b|kg\b|yuan\b)/i;
// 号/號 after a day of the month: "11月25号", "25号前", "16號要用", "25号要出差", "12号下午", "16号到".
const DAY_BEFORE = /[月]\s*$/;
const DAY_AFTER =
  /^\s*(?:前|后|後|之前|以前|之后|之後|以后|以後|要|到|出差|[上下]午|中午|晚|早|那天|当天|當天|左右|至|～|~|-)/;
// A day spoken of anywhere in the message: a 号 in it is a date.
const DAY_WORDS =
  /今天|明天|后天|後天|今日|聽日|听日|星期|礼拜|禮拜|周[一二三四五六日天]|週[一二三四五六日天]|几号|幾號|日期|出差|之前|以前/;

/** The number is a time, an amount or a date — never a part of the address. */
function notAnAddressPart(text: string, n: Numbered, dated: boolean): boolean {
  if (n.digits.length > 6) return true;
  const after = text.slice(n.end, n.end + 6);
  // ("3pm" is read as "3p" then "m": its letter goes back with what follows.)
  const letter = n.part ? '' : (/[A-Za-z]$/.exec(n.digits)?.[0] ?? '');
  if (!n.part && TIME_AFTER.test(letter + after)) return true;
  if (n.kindWord !== '号' && n.kindWord !== '號') return false;
  return dated || DAY_BEFORE.test(text.slice(Math.max(0, n.at - 3), n.at)) || DAY_AFTER.test(after);
}

/** Two numbers that look like one mistyped as the other: the same digits reordered. */
function looksMistyped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}

const replaceAt = (address: string, found: Numbered, digits: string): string => {
  const start = address.indexOf(found.digits, found.at);
  return `${address.slice(0, start)}${digits}${address.slice(start + found.digits.length)}`;
};

/** The words between two numbers (or before one), trimmed: only as far as NEAR reaches. */
const wordsBetween = (text: string, from: number, to: number): string =>
  text
    .slice(Math.max(from, to - NEAR), to)
    .replace(/(?<![\s,，、:：])[\s,，、:：]+$/, '')
    .trim();

/** The right number and the wrong one, when the customer names both ("16F not 18F", "不是398是389"). */
function pairIn(text: string, said: Numbered[]): { right: Numbered; wrong: Numbered } | undefined {
  for (let i = 0; i + 1 < said.length; i += 1) {
    const [a, b] = [said[i] as Numbered, said[i + 1] as Numbered];
    const between = wordsBetween(text, a.end, b.at);
    if (NOT_BETWEEN.test(between)) return { right: a, wrong: b };
    if (SHOULD_BETWEEN.test(between)) return { right: b, wrong: a };
    const before = wordsBetween(text, i > 0 ? (said[i - 1] as Numbered).end : 0, a.at);
    if (IS_BETWEEN.test(between) && NOT_BEFORE.test(before)) return { right: b, wrong: a };
  }
  return undefined;
}

/**
 * The address with the customer's correction applied, or undefined when the words correct nothing in it (no correction
 * said, or no number in the address the correction can stand for — then it is for the caller to read otherwise). A
 * number the correction can stand for is named with the one it replaces ("16F not 18F"), or with its kind ("是389号",
 * "16樓") — never a date or a time ("25号要出差", "明天12点后"); a bare number only as the same digits reordered.
 */
export function correctedAddress(address: string, words: string): string | undefined {
  const text = words.replace(/\s+/g, ' ').trim().slice(0, LONGEST);
  if (!CORRECTS.test(text)) return undefined;
  const inAddress = numbersIn(address);
  const dated = DAY_WORDS.test(text);
  const said = numbersIn(text).filter((n) => !notAnAddressPart(text, n, dated));
  const pair = pairIn(text, said);
  // Both named: the wrong one, found in the address, becomes the right one.
  if (pair) {
    const { right, wrong } = pair;
    const found = inAddress.find((n) => n.digits === wrong.digits && (!wrong.part || !n.part || n.part === wrong.part));
    return found ? replaceAt(address, found, right.digits) : undefined;
  }
  // Only the right one ("是389号 我打错了", "make it 16F"): the number of the same kind in the address, else (a bare
  // number) the one it is the digits of, reordered.
  if (said.length !== 1) return undefined;
  const only = said[0] as Numbered;
  const candidates = only.part
    ? inAddress.filter((n) => n.part === only.part)
    : inAddress.filter((n) => looksMistyped(n.digits, only.digits));
  if (candidates.length !== 1) return undefined;
  const found = candidates[0] as Numbered;
  return found.digits === only.digits ? undefined : replaceAt(address, found, only.digits);
}
