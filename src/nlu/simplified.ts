import fs from 'node:fs';
import path from 'node:path';
import type { DictGroup, DictLike } from 'opencc-js/t2cn';
import { CodePairs } from './code-pairs';

/**
 * Traditional to Simplified Chinese exactly as opencc-js converts it ('twp' to 'cn': Taiwan phrases too, 資訊 →
 * 信息, not only characters), mostly without running it. opencc-js converts in stages (compatibility ideographs,
 * then Taiwan phrases and variants, then Traditional phrases and characters), each replacing the longest dictionary
 * key at each position. Where no key of more than one character matches at any position of any stage, a stage
 * replaces character by character, and a table per stage, read from opencc-js's own dictionaries by `npm run
 * build`, does the same; its segmentation only keeps multi-character keys from matching across segments, so it
 * changes nothing there either. Every other message (a phrase such as 什么 or 資訊 matches, or a character the
 * table does not cover) is converted by opencc-js itself.
 */

/** One stage of the conversion: its one-character keys and, per first character, its longer keys. */
export interface StageTable {
  /** [code unit, replacement] for every key of one BMP character. */
  single: [number, string][];
  /** [first code unit, keys] for every key of more than one character that starts with a BMP character. */
  longer: [number, string[]][];
  /** First code points of keys that start outside the BMP: a text with one is left to opencc-js. */
  astral: number[];
}

export const T2S_TABLE_FILE = 't2s-table.json';
const CANDIDATES = [
  path.join(__dirname, 'data', T2S_TABLE_FILE),
  // Running from the TypeScript sources (the tests): the table the build wrote into dist/.
  path.join(__dirname, '..', '..', 'dist', 'nlu', 'data', T2S_TABLE_FILE),
];

/** The configuration opencc-js's Converter({ from: 'twp', to: 'cn' }) runs (its preset 'tw2sp'). */
interface ConverterConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

type OpenCCModule = typeof import('opencc-js/t2cn');
let openCC: OpenCCModule | undefined;
/**
 * The Traditional-to-Simplified build of opencc-js (the same converter and dictionaries as the full one, without
 * the other directions' data), loaded when a text first needs it or the tables are made: its dictionaries are a
 * tenth of the NLU's start-up, and most texts never need them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously like the conversion
const opencc = (): OpenCCModule => (openCC ??= require('opencc-js/t2cn') as OpenCCModule);

function stageGroups(): DictGroup[] {
  const config = (opencc().Locale.configs as Record<string, ConverterConfig | undefined>).tw2sp;
  if (!config?.normalizationChain || !config.conversionChain.length)
    throw new Error("opencc-js's tw2sp configuration is not the one this table was written for");
  return [...config.normalizationChain, ...config.conversionChain];
}

/** A dictionary group's keys and values, loaded in opencc-js's order (the last dictionary first, a later entry replacing an earlier one). */
function entriesOf(group: DictGroup): Map<string, string> {
  const entries = new Map<string, string>();
  for (const dict of [...group].reverse()) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : dict;
    for (const [key, value] of pairs) if (key && value !== undefined) entries.set(key, value);
  }
  return entries;
}

/** The tables of every stage, from opencc-js's own dictionaries (what `npm run build` writes). */
export function conversionTables(): StageTable[] {
  return stageGroups().map((group) => {
    const single: [number, string][] = [];
    const longer = new Map<number, string[]>();
    const astral = new Set<number>();
    for (const [key, value] of entriesOf(group)) {
      const first = key.codePointAt(0) as number;
      if (first > 0xffff) astral.add(first);
      else if (key.length === 1) single.push([first, value]);
      else longer.set(first, [...(longer.get(first) ?? []), key]);
    }
    return { single, longer: [...longer], astral: [...astral] };
  });
}

const NONE = 0;
const SINGLE = 1;
const LONGER = 2;
const OPENCC = 4; // a surrogate or an ideographic description character: opencc-js reads these its own way

/** One stage of the conversion as lookups by code unit. */
class Stage {
  private readonly kind = new Uint8Array(0x10000);
  private readonly single = new Map<number, string>();
  /** The longer keys by their first two code units: an index into `keyLists`. */
  private readonly longer: CodePairs;
  private readonly keyLists: string[][] = [];
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
    const listOf = new Map<number, string[]>();
    for (let i = 0; i < longer.length; i += 1) {
      const [code, keys] = longer[i] as [number, string[]];
      this.kind[code] = (this.kind[code] as number) | LONGER;
      for (let k = 0; k < keys.length; k += 1) {
        const key = keys[k] as string;
        const pair = (key.charCodeAt(0) << 16) | key.charCodeAt(1);
        let list = listOf.get(pair);
        if (!list) {
          list = [];
          listOf.set(pair, list);
          pairs.push(pair, this.keyLists.push(list) - 1);
        }
        list.push(key);
      }
    }
    this.longer = new CodePairs(Int32Array.from(pairs));
    this.kind.fill(OPENCC, 0xd800, 0xe000);
    this.kind.fill(OPENCC, 0x2ff0, 0x3000);
    this.astral = new Set(table.astral);
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
        // A surrogate pair no key starts with is passed over like any unconverted character.
        const point = text.codePointAt(i) as number;
        if (point <= 0xffff || this.astral.has(point)) return null;
        i += 1;
        continue;
      }
      if (kind & LONGER && i + 1 < text.length) {
        const keys = this.longer.get(code, text.charCodeAt(i + 1));
        if (keys >= 0) for (const key of this.keyLists[keys] as string[]) if (text.startsWith(key, i)) return null;
      }
      const value = this.single.get(code);
      if (value === undefined || value === text[i]) continue;
      out += text.slice(copied, i) + value;
      copied = i + 1;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
}

function readTables(): StageTable[] {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  return found ? (JSON.parse(fs.readFileSync(found, 'utf8')) as StageTable[]) : conversionTables();
}

const STAGES = readTables().map((table) => new Stage(table));
// 'twp' converts Taiwan phrases too (資訊 → 信息, 行動電源 → 行动电源), not only characters. Made when a text
// first needs it.
let openccConverter: ((text: string) => string) | undefined;
const openccToSimplified = (text: string): string =>
  (openccConverter ??= opencc().Converter({ from: 'twp', to: 'cn' }))(text);

/** `text` in Simplified Chinese, as opencc-js's Converter({ from: 'twp', to: 'cn' }) gives it. */
export function toSimplified(text: string): string {
  let converted: string | null = text;
  for (const stage of STAGES) {
    converted = stage.convert(converted);
    if (converted === null) return openccToSimplified(text);
  }
  return converted;
}

// `node dist/nlu/simplified.js`: a step of `npm run build`.
if (require.main === module) {
  const out = path.join(__dirname, 'data', T2S_TABLE_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(conversionTables()));
  process.stdout.write(`NLU Traditional-to-Simplified tables → ${path.relative(process.cwd(), out)}\n`);
}
