import { CodePairs } from './code-pairs';

/** One dictionary group of opencc-js (a stage of its conversion, or its segmentation) as tables the build writes. */
export interface StageTable {
  /** [code unit, replacement] for every key of one BMP character. */
  single: [number, string][];
  /**
   * [first code unit, keys, their replacements] for every key of more than one character that starts in the BMP,
   * each character's keys longest first: the first key that matches at a position is then opencc-js's.
   */
  longer: [number, string[], string[]][];
  /** First code points of keys that start outside the BMP: a text with one is left to opencc-js. */
  astral: number[];
}

const NONE = 0;
const SINGLE = 1;
const LONGER = 2;
const OPENCC = 4; // a surrogate or an ideographic description character: opencc-js reads these its own way

/**
 * A dictionary group as lookups by code unit: its keys of one character in a map, its longer keys by their first two
 * code units (CodePairs), longest first. Each method gives what opencc-js's Trie does (the longest key at each
 * position, by code points), or null where a character is one it reads its own way.
 */
export class Stage {
  private readonly kind = new Uint8Array(0x10000);
  private readonly single = new Map<number, string>();
  /** The longer keys by their first two code units: an index into `listStart`. */
  private readonly longer: CodePairs;
  /** List n's keys and replacements are keys[listStart[n] .. listStart[n + 1]), longest first. */
  private readonly listStart: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: string[] = [];
  private readonly astral: Set<number>;

  constructor(table: StageTable) {
    // Indexed loops, no array per key: run once at start-up, mostly before the code is optimised.
    const { single, longer } = table;
    for (let i = 0; i < single.length; i += 1) {
      const [code, value] = single[i] as [number, string];
      this.kind[code] = (this.kind[code] as number) | SINGLE;
      this.single.set(code, value);
    }
    const pairs: number[] = [];
    const lists: [string, string][][] = [];
    const listOf = new Map<number, [string, string][]>();
    for (let i = 0; i < longer.length; i += 1) {
      const [code, keys, values] = longer[i] as [number, string[], string[]];
      this.kind[code] = (this.kind[code] as number) | LONGER;
      for (let k = 0; k < keys.length; k += 1) {
        const key = keys[k] as string;
        const pair = (key.charCodeAt(0) << 16) | key.charCodeAt(1);
        let list = listOf.get(pair);
        if (!list) {
          list = [];
          listOf.set(pair, list);
          pairs.push(pair, lists.push(list) - 1);
        }
        list.push([key, values[k] as string]);
      }
    }
    this.listStart = new Int32Array(lists.length + 1);
    for (let n = 0; n < lists.length; n += 1) {
      const list = lists[n] as [string, string][];
      for (let k = 0; k < list.length; k += 1) {
        const [key, value] = list[k] as [string, string];
        this.keys.push(key);
        this.values.push(value);
      }
      this.listStart[n + 1] = this.keys.length;
    }
    this.longer = new CodePairs(Int32Array.from(pairs));
    this.kind.fill(OPENCC, 0xd800, 0xe000);
    this.kind.fill(OPENCC, 0x2ff0, 0x3000);
    this.astral = new Set(table.astral);
  }

  /** Whether the character at `i` (OPENCC kind) is a surrogate pair no key starts with, which opencc-js passes over. */
  private passedOver(text: string, i: number): boolean {
    const point = text.codePointAt(i) as number;
    return point > 0xffff && !this.astral.has(point);
  }

  /** The place in `keys` of the longest key of more than one character at `i`, or -1. */
  private longestAt(text: string, i: number): number {
    if (i + 1 >= text.length) return -1;
    const list = this.longer.get(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (list < 0) return -1;
    for (let k = this.listStart[list] as number, end = this.listStart[list + 1] as number; k < end; k += 1)
      if (text.startsWith(this.keys[k] as string, i)) return k;
    return -1;
  }

  /** The stage's output, or null when a key of more than one character matches (or may) somewhere. */
  convert(text: string): string | null {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      const kind = this.kind[code] as number;
      if (kind === NONE) continue;
      if (kind & OPENCC) {
        if (!this.passedOver(text, i)) return null;
        i += 1;
        continue;
      }
      if (kind & LONGER && this.longestAt(text, i) >= 0) return null;
      const value = this.single.get(code);
      if (value === undefined || value === text[i]) continue;
      out += text.slice(copied, i) + value;
      copied = i + 1;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /** The stage's output with the longest key replaced at each position (opencc-js's Trie.convert), or null. */
  convertLongest(text: string): string | null {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      const kind = this.kind[code] as number;
      if (kind & OPENCC) {
        if (!this.passedOver(text, i)) return null;
        i += 2;
        continue;
      }
      const phrase = kind & LONGER ? this.longestAt(text, i) : -1;
      if (phrase >= 0) {
        out += text.slice(copied, i) + (this.values[phrase] as string);
        i += (this.keys[phrase] as string).length;
        copied = i;
        continue;
      }
      const value = kind & SINGLE ? this.single.get(code) : undefined;
      if (value !== undefined && value !== text[i]) {
        out += text.slice(copied, i) + value;
        copied = i + 1;
      }
      i += 1;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /**
   * The text cut where opencc-js's segmentation cuts it with this group's keys (Trie.segment): each longest key at a
   * position is a segment, and so is each run of characters no key starts at. Null where a character is one opencc-js
   * reads its own way.
   */
  segments(text: string): string[] | null {
    const segments: string[] = [];
    let run = -1;
    for (let i = 0; i < text.length;) {
      const kind = this.kind[text.charCodeAt(i)] as number;
      if (kind & OPENCC) {
        if (!this.passedOver(text, i)) return null;
        if (run < 0) run = i;
        i += 2;
        continue;
      }
      const phrase = kind & LONGER ? this.longestAt(text, i) : -1;
      const length = phrase >= 0 ? (this.keys[phrase] as string).length : kind & SINGLE;
      if (length === 0) {
        if (run < 0) run = i;
        i += 1;
        continue;
      }
      if (run >= 0) segments.push(text.slice(run, i));
      run = -1;
      segments.push(text.slice(i, i + length));
      i += length;
    }
    if (run >= 0) segments.push(text.slice(run));
    return segments;
  }
}
