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
  at: number;
  end: number;
}

function numbersIn(text: string): Numbered[] {
  return [...text.matchAll(NUMBERED)].map((m) => {
    const word = (m[1] ?? m[3] ?? '').toLowerCase().replace(/\s+/g, '');
    return { digits: m[2] as string, part: PART_OF[word], at: m.index, end: m.index + m[0].length };
  });
}

// The customer says the address given was wrong: "不对", "打错了", "写错", "唔係", "not", "actually", "typo", "make it".
const CORRECTS =
  /不对|不對|唔啱|打错|打錯|写错|寫錯|输错|輸錯|搞错|搞錯|错了|錯了|不是|唔係|唔系|应该是|應該是|應該係|改成|改为|改為|\b(not|wrong|typo|actually|sorry|mistake|make it|should be|i meant?)\b/i;

// "16F not 18F", "是389号不是398号", "係12樓唔係21樓": the right one, then the wrong one.
const RIGHT_NOT_WRONG =
  /(.{1,16}?)\s*[,，]?\s*(?:\bnot\b|\brather than\b|\binstead of\b|不是|唔係|唔系|而不是|並非|并非)\s*(.{1,16})/i;
// "不是398是389", "唔係21樓係12樓", "not 18F but 16F", "18F should be 16F": the wrong one, then the right one.
const WRONG_THEN_RIGHT =
  /(?:不是|唔係|唔系|\bnot\b)\s*(.{1,16}?)\s*[,，]?\s*(?:而是|是|係|系|\bbut\b|\bit'?s\b)\s*(.{1,16})|(.{1,16}?)\s*(?:\bshould be\b|应该是|應該是|應該係|改成|改为|改為)\s*(.{1,16})/i;

/** Two numbers that look like one mistyped as the other: the same digits reordered, or one digit off. */
function looksMistyped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  if ([...a].sort().join('') === [...b].sort().join('')) return true;
  return [...a].filter((c, i) => c !== b[i]).length === 1;
}

const replaceAt = (address: string, found: Numbered, digits: string): string => {
  const start = address.indexOf(found.digits, found.at);
  return `${address.slice(0, start)}${digits}${address.slice(start + found.digits.length)}`;
};

/**
 * The address with the customer's correction applied, or undefined when the words correct nothing in it (no correction
 * said, or no number in the address the correction can stand for — then it is for the caller to read otherwise).
 */
export function correctedAddress(address: string, text: string): string | undefined {
  if (!CORRECTS.test(text)) return undefined;
  const inAddress = numbersIn(address);
  const pair = RIGHT_NOT_WRONG.exec(text) ?? undefined;
  const reverse = pair ? undefined : (WRONG_THEN_RIGHT.exec(text) ?? undefined);
  const [rightWords, wrongWords] = pair
    ? [pair[1], pair[2]]
    : reverse
      ? [reverse[2] ?? reverse[4], reverse[1] ?? reverse[3]]
      : [undefined, undefined];
  const right = rightWords ? numbersIn(rightWords).at(-1) : undefined;
  const wrong = wrongWords ? numbersIn(wrongWords)[0] : undefined;
  // Both named: the wrong one, found in the address, becomes the right one.
  if (right && wrong) {
    const found = inAddress.find((n) => n.digits === wrong.digits && (!wrong.part || !n.part || n.part === wrong.part));
    return found ? replaceAt(address, found, right.digits) : undefined;
  }
  // Only the right one ("是389号 我打错了", "make it 16F"): the number of the same kind in the address, else the one it
  // looks mistyped from.
  const said = numbersIn(text);
  if (said.length !== 1) return undefined;
  const only = said[0] as Numbered;
  const sameKind = only.part ? inAddress.filter((n) => n.part === only.part) : [];
  const candidates = sameKind.length > 0 ? sameKind : inAddress.filter((n) => looksMistyped(n.digits, only.digits));
  if (candidates.length !== 1) return undefined;
  const found = candidates[0] as Numbered;
  return found.digits === only.digits ? undefined : replaceAt(address, found, only.digits);
}
