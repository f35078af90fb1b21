import type { NormalizedText } from '../normalize';
import { CodePairs } from '../code-pairs';
import cueData from '../data/cues.json';
import { CueSet, type Cues } from '../cues';
import { MAX_FEATURES, stemOf } from './features';

const CUE_NAMES = Object.keys(cueData);

/** Whether a code unit is one natural's AggressiveTokenizer keeps in a token: [a-zA-Z0-9'\-/]. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 47 && code <= 57) ||
    code === 39 ||
    code === 45
  );
}

/**
 * How many tokens `new AggressiveTokenizer().tokenize(text)` gives: natural splits at every run of other characters
 * and drops the empty strings at either end, which leaves the maximal runs of word characters (isWordCode). idsOf
 * reads those runs where they stand in the text, one pass, no regex split and no string per word.
 */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !inWord) count += 1;
    inWord = word;
  }
  return count;
}
const LETTER = /[a-z]/;
const DIGIT = /\d/;
const APOSTROPHES = /'/g;

/** What a token of English text gives the model: a stem (its id, -1 if unknown, and its place in bigrams), a number, or nothing. */
interface TokenInfo {
  kind: 'word' | 'number' | 'none';
  id: number;
  /** The stem's index among the stems the model's bigrams name (-1: no known bigram has it). */
  side: number;
}

const NONE: TokenInfo = { kind: 'none', id: -1, side: -1 };
/** Slots of FeatureIds' set of the ids a message listed: at least twice MAX_FEATURES (checked below). */
const LISTED_BITS = 8;
const LISTED_SLOTS = 1 << LISTED_BITS;
if (LISTED_SLOTS < 2 * MAX_FEATURES) throw new RangeError('FeatureIds: LISTED_SLOTS is below twice MAX_FEATURES');
const MAX_CACHED_TOKENS = 50_000;

/** A hash of the code units text[start .. end), as `TokenTable` files a token under. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * What is known of each token read so far, looked up by a stretch of the text (its code units and their hash) rather
 * than by a string: a message's words are found without cutting each one out of the text and hashing it for a Map.
 * Open addressing; grows by doubling; holds at most MAX_CACHED_TOKENS tokens.
 */
class TokenTable {
  private hashes = new Int32Array(1024);
  private tokens: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private infos: (TokenInfo | undefined)[] = new Array<TokenInfo | undefined>(1024).fill(undefined);
  private size = 0;

  /** The slot of text[start .. end) of this hash: where it is, or the empty slot where it would go. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const token = this.tokens[slot];
      if (token === undefined) return slot;
      if (this.hashes[slot] !== hash || token.length !== length) continue;
      let k = 0;
      while (k < length && token.charCodeAt(k) === text.charCodeAt(start + k)) k += 1;
      if (k === length) return slot;
    }
  }

  get(text: string, start: number, end: number, hash: number): TokenInfo | undefined {
    return this.infos[this.slotOf(text, start, end, hash)];
  }

  add(token: string, hash: number, info: TokenInfo): void {
    if (this.size >= MAX_CACHED_TOKENS) return;
    if (2 * (this.size + 1) > this.hashes.length) this.grow();
    const slot = this.slotOf(token, 0, token.length, hash);
    if (this.tokens[slot] !== undefined) return;
    this.hashes[slot] = hash;
    this.tokens[slot] = token;
    this.infos[slot] = info;
    this.size += 1;
  }

  private grow(): void {
    const { hashes, tokens, infos } = this;
    const capacity = hashes.length * 2;
    this.hashes = new Int32Array(capacity);
    this.tokens = new Array<string | undefined>(capacity).fill(undefined);
    this.infos = new Array<TokenInfo | undefined>(capacity).fill(undefined);
    for (let slot = 0; slot < hashes.length; slot += 1) {
      const token = tokens[slot];
      if (token === undefined) continue;
      const to = this.slotOf(token, 0, token.length, hashes[slot] as number);
      this.hashes[to] = hashes[slot] as number;
      this.tokens[to] = token;
      this.infos[to] = infos[slot];
    }
  }
}
/** The first code units of CJK runs, as `featuresOf` reads them (BMP only). */
const isCjk = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * The model's vocabulary sorted by how a message is read (see FeatureIds), as flat arrays: what `npm run build`
 * writes beside the model (model-tables.ts), so that start-up does not read 17,000 feature strings one by one.
 */
export interface FeatureLayout {
  /** [code unit, id] for every CJK character unigram. */
  unigrams: Int32Array;
  /** [first code unit << 16 | second code unit, id] for every CJK character bigram. */
  bigrams: Int32Array;
  /** Every other feature without a space (English stems, `cue:` families, #tracking, #number) and its id. */
  words: string[];
  wordIds: Int32Array;
  /** The stems English bigrams name, in order of first appearance after '^' (message start), and their sides. */
  sides: string[];
  /** [before side × sides.length + after side, id] for every English stem bigram. */
  englishBigrams: Int32Array;
  /** Features in the vocabulary. */
  size: number;
}

/** The layout of a vocabulary given in training order (a feature's index is its id). */
export function featureLayout(features: readonly string[]): FeatureLayout {
  const unigrams: number[] = [];
  const bigrams: number[] = [];
  const words: string[] = [];
  const wordIds: number[] = [];
  const sides = new Map<string, number>([['^', 0]]);
  const englishPairs: [string, string, number][] = [];
  features.forEach((feature, id) => {
    const first = feature.charCodeAt(0);
    if (feature.length === 1 && isCjk(first)) unigrams.push(first, id);
    else if (feature.length === 2 && isCjk(first) && isCjk(feature.charCodeAt(1)))
      bigrams.push((first << 16) | feature.charCodeAt(1), id);
    else if (feature.includes(' ')) {
      const [before, after] = feature.split(' ') as [string, string];
      englishPairs.push([before, after, id]);
      for (const stem of [before, after]) if (!sides.has(stem)) sides.set(stem, sides.size);
    } else {
      words.push(feature);
      wordIds.push(id);
    }
  });
  const englishBigrams: number[] = [];
  for (const [before, after, id] of englishPairs)
    englishBigrams.push((sides.get(before) as number) * sides.size + (sides.get(after) as number), id);
  return {
    unigrams: Int32Array.from(unigrams),
    bigrams: Int32Array.from(bigrams),
    words,
    wordIds: Int32Array.from(wordIds),
    sides: [...sides.keys()],
    englishBigrams: Int32Array.from(englishBigrams),
    size: features.length,
  };
}

/**
 * The model's vocabulary as numbers: `idsOf` gives the ids of the features `featuresOf` would list, the known ones
 * in the same order, without building a string per character, bigram or stem. Character unigrams are a table by
 * code unit, bigrams a hash of their two code units (CodePairs), cues and stems maps from strings the
 * process already holds. Messages with more features than the model reads (`MAX_FEATURES`) are left to
 * `featuresOf`, which decides which ones are cut.
 */
export class FeatureIds {
  private readonly unigrams = new Int32Array(0x10000).fill(-1);
  private readonly bigrams: CodePairs;
  /** Stems and other features without a space, by string (a token's stem is looked up here). */
  private readonly words = new Map<string, number>();
  private readonly cues = new Map<string, number>();
  /** The id of each cue's feature by the cue's place in the cue file (-1: none), for a CueSet's indices. */
  private readonly cueIds: Int32Array;
  private readonly tracking: number;
  private readonly number: number;
  /** English: each stem of a known bigram gets a side; a bigram is its two sides. '^' (message start) is side 0. */
  private readonly sides = new Map<string, number>();
  /** Known English bigrams by their two sides, [before << 16 | after] (fewer than 65,536 sides: see the constructor). */
  private readonly englishBigrams: CodePairs;
  private readonly tokens = new TokenTable();
  /**
   * The ids the current message has listed: an open-addressing set of LISTED_SLOTS slots, each slot stamped with the
   * message that filled it (nothing is cleared between messages). A message lists at most MAX_FEATURES ids, so the
   * set stays at most half full; small, it stays in the first-level cache, where a stamp per id of the vocabulary
   * (57,000 ids, 228 KB) was read at a random place for every feature.
   */
  private readonly listedIds = new Int32Array(LISTED_SLOTS);
  private readonly listedStamps = new Uint32Array(LISTED_SLOTS);
  private stamp = 0;

  constructor(layout: FeatureLayout) {
    const { unigrams, bigrams, words, wordIds, englishBigrams } = layout;
    for (let i = 0; i < unigrams.length; i += 2) this.unigrams[unigrams[i] as number] = unigrams[i + 1] as number;
    this.bigrams = new CodePairs(bigrams);
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] as string;
      this.words.set(word, wordIds[i] as number);
      if (word.startsWith('cue:')) this.cues.set(word.slice(4), wordIds[i] as number);
    }
    layout.sides.forEach((stem, side) => this.sides.set(stem, side));
    // The layout numbers a bigram before × sides + after; looked up here as two code-unit-sized halves.
    const sideCount = this.sides.size;
    if (sideCount > 0x10000)
      throw new RangeError(`the model's English bigrams name ${sideCount} stems, at most 65,536`);
    const pairs = new Int32Array(englishBigrams.length);
    for (let i = 0; i < englishBigrams.length; i += 2) {
      const key = englishBigrams[i] as number;
      pairs[i] = (Math.floor(key / sideCount) << 16) | (key % sideCount);
      pairs[i + 1] = englishBigrams[i + 1] as number;
    }
    this.englishBigrams = new CodePairs(pairs);
    this.cueIds = Int32Array.from(CUE_NAMES, (name) => this.cues.get(name) ?? -1);
    this.tracking = this.words.get('#tracking') ?? -1;
    this.number = this.words.get('#number') ?? -1;
  }

  /** The token text[start .. end), read once per distinct token. */
  private token(text: string, start: number, end: number): TokenInfo {
    const hash = hashOf(text, start, end);
    let info = this.tokens.get(text, start, end, hash);
    if (info !== undefined) return info;
    const token = text.slice(start, end);
    if (!LETTER.test(token)) info = DIGIT.test(token) ? { kind: 'number', id: this.number, side: -1 } : NONE;
    else {
      const stem = stemOf(token.replace(APOSTROPHES, ''));
      info = { kind: 'word', id: this.words.get(stem) ?? -1, side: this.sides.get(stem) ?? -1 };
    }
    this.tokens.add(token, hash, info);
    return info;
  }

  /** Adds a known feature the message has not listed yet. */
  private list(ids: number[], id: number): void {
    if (id < 0) return;
    const { listedIds, listedStamps, stamp } = this;
    for (let slot = Math.imul(id, 0x9e3779b1) >>> (32 - LISTED_BITS); ; slot = (slot + 1) & (LISTED_SLOTS - 1)) {
      if (listedStamps[slot] !== stamp) {
        listedStamps[slot] = stamp;
        listedIds[slot] = id;
        ids.push(id);
        return;
      }
      if (listedIds[slot] === id) return;
    }
  }

  /**
   * The ids of the known features of `featuresOf(normalized, hasTrackingNumber, cues, english)`, in its order; null
   * when the message may have more features than the model reads (the caller then takes `featuresOf`'s list).
   */
  idsOf(normalized: NormalizedText, hasTrackingNumber: boolean, cues: Cues, english: string): number[] | null {
    const { text } = normalized;
    const words = normalized.hasLatin ? wordCount(english) : 0;
    // At most: every cue, the tracking number, per CJK run of n characters n unigrams and n - 1 bigrams, two per word.
    let most = cues.size + 1 + 2 * words;
    if (normalized.hasCjk) for (let i = 0; i < text.length; i += 1) if (isCjk(text.charCodeAt(i))) most += 2;
    if (most > MAX_FEATURES) return null;

    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.listedStamps.fill(0);
      this.stamp = 1;
    }
    const ids: number[] = [];
    if (cues instanceof CueSet)
      for (let k = 0; k < cues.indices.length; k += 1) this.list(ids, this.cueIds[cues.indices[k] as number] as number);
    else for (const cue of cues) this.list(ids, this.cues.get(cue) ?? -1);
    if (hasTrackingNumber) this.list(ids, this.tracking);
    if (normalized.hasCjk) {
      for (let start = 0; start < text.length; start += 1) {
        if (!isCjk(text.charCodeAt(start))) continue;
        let end = start + 1;
        while (end < text.length && isCjk(text.charCodeAt(end))) end += 1;
        for (let i = start; i < end; i += 1) this.list(ids, this.unigrams[text.charCodeAt(i)] as number);
        for (let i = start; i + 1 < end; i += 1)
          this.list(ids, this.bigrams.get(text.charCodeAt(i), text.charCodeAt(i + 1)));
        start = end;
      }
    }
    // The tokens of english (see wordCount), each read where it stands in the text.
    let previous = 0;
    for (let start = -1, i = 0; words > 0 && i <= english.length; i += 1) {
      if (i < english.length && isWordCode(english.charCodeAt(i))) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const info = this.token(english, start, i);
      start = -1;
      if (info.kind === 'number') this.list(ids, info.id);
      if (info.kind !== 'word') continue;
      this.list(ids, info.id);
      if (previous >= 0 && info.side >= 0) this.list(ids, this.englishBigrams.get(previous, info.side));
      previous = info.side;
    }
    return ids;
  }
}
