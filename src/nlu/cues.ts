import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import cueData from './data/cues.json';
import { cueGroups, readCueLiterals, readCueSets } from './cue-literals';
import { PatternSet } from './literal-prefilter';
import slang from './data/slang.json';
import type { NormalizedText } from './normalize';

/** Names of the cues in data/cues.json: word families the intent rules are written in. */
export type CueName = keyof typeof cueData;
/** The cues a message shows, in the cue file's order: what detectCues makes (a CueSet), or any Set of names. */
export interface Cues extends Iterable<CueName> {
  readonly size: number;
  has(name: CueName): boolean;
}

const NAMES = Object.keys(cueData) as CueName[];
// Most cues cannot match a given message: the literals each one needs tell which to run (see literal-prefilter).
// The build saved both sets; the literals it read are needed only when the cue file changed since.
const SAVED = readCueSets();
let literals: ReturnType<typeof readCueLiterals> | undefined;
const cueLiterals = (): ReturnType<typeof readCueLiterals> => (literals ??= readCueLiterals());
const ZH = new PatternSet(cueGroups('zh'), cueLiterals, SAVED.zh);
const EN = new PatternSet(cueGroups('en'), cueLiterals, SAVED.en);

// English words the rules depend on; a customer's misspelling of one (pakage, recieved, tommorow) is read
// as the word when Jaro-Winkler similarity is high enough.
const VOCABULARY = [
  'package',
  'parcel',
  'parcels',
  'packages',
  'delivery',
  'deliver',
  'delivered',
  'address',
  'received',
  'receive',
  'tomorrow',
  'shipping',
  'shipment',
  'tracking',
  'purchase',
  'status',
  'change',
  'changing',
  'modify',
  'modifying',
  'update',
  'updating',
  'complaint',
  'complain',
  'compensation',
  'refund',
  'damaged',
  'broken',
  'missing',
  'insurance',
  'agent',
  'human',
  'representative',
  'customer',
  'service',
  'arrive',
  'arrived',
  'order',
  'thanks',
  'hello',
  'supervisor',
  'operator',
  'cracked',
  'shattered',
  'delayed',
  'charged',
  'surcharge',
  'correct',
  'assistance',
  'person',
  'someone',
  'where',
  'reschedule',
  'redirect',
  'locate',
  'notifying',
  'weather',
  'account',
  'shipped',
];
const BY_INITIAL = new Map<string, string[]>();
for (const word of VOCABULARY) BY_INITIAL.set(word[0] as string, [...(BY_INITIAL.get(word[0] as string) ?? []), word]);
const KNOWN = new Set(VOCABULARY);
// A word more than two letters longer than every known word has no candidate below: it is returned unstemmed.
const LONGEST_CORRECTED = Math.max(...VOCABULARY.map((word) => word.length)) + 2;
const corrections = new Map<string, string>();
const MAX_CACHED_CORRECTIONS = 50_000;

function correctWord(word: string): string {
  if (word.length < 6 || word.length > LONGEST_CORRECTED || KNOWN.has(word)) return word;
  const cached = corrections.get(word);
  if (cached !== undefined) return cached;
  let best = word;
  let bestScore = 0.94;
  const wordStem = stem(word);
  for (const candidate of BY_INITIAL.get(word[0] as string) ?? []) {
    if (Math.abs(candidate.length - word.length) > 2) continue;
    // Another form of the same word (charge / charged) is not a typo.
    if (stem(candidate) === wordStem) {
      best = word;
      break;
    }
    const score = jaroWinklerDistance(word, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (corrections.size < MAX_CACHED_CORRECTIONS) corrections.set(word, best);
  return best;
}

// Chat shorthand (u, ur, pls, pkg, tmr, thx, didnt ...) written out, so the cues and the model read one word.
const SLANG = new Map(Object.entries(slang));
for (const shorthand of SLANG.keys())
  if (!/^[a-z0-9]+$/.test(shorthand)) throw new Error(`slang.json: "${shorthand}" is not a word of a-z and 0-9`);

/** Whether a code unit is one of [A-Za-z0-9_'], what a shorthand may not touch on either side. */
const isWordOrApostrophe = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 39;

/**
 * `text.replace(/(?<![\w'])(?:u|ur|pls|…)(?![\w'])/g, (word) => SLANG.get(word))`, read in one pass. A shorthand
 * (a-z and 0-9 only) with no [\w'] on either side is a whole run of [\w'] characters: each such run is looked up once,
 * and the text copied only where one was written out (the alternation of 88 words was tried at every position).
 */
export function writeOutSlang(text: string): string {
  let out = '';
  let copied = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isWordOrApostrophe(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const written = SLANG.get(text.slice(start, i));
      if (written !== undefined) {
        out += text.slice(copied, start) + written;
        copied = i;
      }
    }
    start = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** English text with chat shorthand written out and misspelt key words corrected; other words untouched. */
export function correctTypos(text: string): string {
  return correctLongWords(writeOutSlang(text));
}

const isLowerLetter = (code: number): boolean => code >= 97 && code <= 122;

/**
 * `text.replace(/[a-z]{6,}/g, correctWord)`, read in one pass: each run of six or more lower-case letters is given
 * to correctWord, and the text is copied only where a word was corrected (most messages have none, and a
 * replace with a function calls back into JavaScript for every word).
 */
function correctLongWords(text: string): string {
  let out = '';
  let copied = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isLowerLetter(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 6) {
      const word = text.slice(start, i);
      const corrected = correctWord(word);
      if (corrected !== word) {
        out += text.slice(copied, start) + corrected;
        copied = i;
      }
    }
    start = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The text English cues are matched against: `normalized.text` with typos corrected ('' without Latin letters). */
export function englishOf(normalized: NormalizedText): string {
  return normalized.hasLatin ? correctTypos(normalized.text) : '';
}

/**
 * The cues a message shows, iterated in the cue file's order and kept by their place in it (`indices`, what the
 * rules read): made from the pattern sets' answers without a Set of names.
 */
export class CueSet implements Cues {
  /** The cue file's index of each cue shown, in increasing order. */
  readonly indices: number[] = [];
  private readonly names: CueName[] = [];

  /** Adds the cue at `index` of the cue file; indices are added in increasing order. */
  addIndex(index: number): void {
    this.indices.push(index);
    this.names.push(NAMES[index] as CueName);
  }

  get size(): number {
    return this.names.length;
  }

  has(name: CueName): boolean {
    return this.names.includes(name);
  }

  [Symbol.iterator](): IterableIterator<CueName> {
    return this.names[Symbol.iterator]();
  }
}

/**
 * Which cues a normalised message shows. Chinese cues run only on text with CJK, English ones only on Latin.
 * `english` is `englishOf(normalized)` when the caller has it already.
 */
export function detectCues(normalized: NormalizedText, english = englishOf(normalized)): CueSet {
  const found = new CueSet();
  // The two sides' lists of cues found, each in the cue file's order, merged (each cue once).
  const zhCount = normalized.hasCjk ? ZH.matchingCount(normalized.text) : 0;
  const enCount = english ? EN.matchingCount(english) : 0;
  const zh = ZH.found;
  const en = EN.found;
  let z = 0;
  let e = 0;
  while (z < zhCount || e < enCount) {
    const fromZh = z < zhCount ? (zh[z] as number) : NAMES.length;
    const fromEn = e < enCount ? (en[e] as number) : NAMES.length;
    const index = Math.min(fromZh, fromEn);
    found.addIndex(index);
    if (fromZh === index) z += 1;
    if (fromEn === index) e += 1;
  }
  return found;
}
