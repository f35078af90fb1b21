import fs from 'node:fs';
import path from 'node:path';
import type { DictGroup, DictLike } from 'opencc-js/t2cn';
import { Stage, type StageTable } from './t2s-stage';

/**
 * Traditional to Simplified Chinese exactly as opencc-js converts it ('twp' to 'cn': Taiwan phrases too, 資訊 →
 * 信息, not only characters), without running it except on characters it reads its own way. opencc-js converts in
 * stages (compatibility ideographs over the whole text; then, segment by segment of its segmentation, Taiwan
 * phrases and variants, then Traditional phrases and characters), each replacing the longest dictionary key at each
 * position. Tables of those dictionaries, written by `npm run build`, do the same (t2s-stage.ts). Where no key of
 * more than one character matches at any position of any stage (about 88% of Chinese messages), each stage replaces
 * character by character and the segmentation changes nothing; elsewhere the text is segmented as opencc-js
 * segments it and each segment converted with the longest keys. A text with an ideographic description character, a
 * lone surrogate or a key starting outside the BMP is converted by opencc-js itself.
 */

export type { StageTable } from './t2s-stage';

/** What the build writes: every stage's table (the normalisation's first) and the segmentation's. */
export interface ConversionTables {
  stages: StageTable[];
  /** How many of `stages` are the normalisation chain, run over the whole text before the segmentation. */
  normalizationStages: number;
  segmentation: StageTable;
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

function tw2sp(): Required<ConverterConfig> {
  const config = (opencc().Locale.configs as Record<string, ConverterConfig | undefined>).tw2sp;
  if (!config?.normalizationChain || !config.segmentation || !config.conversionChain.length)
    throw new Error("opencc-js's tw2sp configuration is not the one this table was written for");
  return config as Required<ConverterConfig>;
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

function tableOf(group: DictGroup): StageTable {
  const single: [number, string][] = [];
  const longer = new Map<number, [string[], string[]]>();
  const astral = new Set<number>();
  for (const [key, value] of entriesOf(group)) {
    const first = key.codePointAt(0) as number;
    if (first > 0xffff) astral.add(first);
    else if (key.length === 1) single.push([first, value]);
    else {
      let keys = longer.get(first);
      if (!keys) longer.set(first, (keys = [[], []]));
      keys[0].push(key);
      keys[1].push(value);
    }
  }
  const longest = ([code, [keys, values]]: [number, [string[], string[]]]): [number, string[], string[]] => {
    const order = keys.map((_, k) => k).sort((a, b) => (keys[b] as string).length - (keys[a] as string).length);
    return [code, order.map((k) => keys[k] as string), order.map((k) => values[k] as string)];
  };
  return { single, longer: [...longer].map(longest), astral: [...astral] };
}

/** The tables of every stage and of the segmentation, from opencc-js's own dictionaries (what `npm run build` writes). */
export function conversionTables(): ConversionTables {
  const { normalizationChain, segmentation, conversionChain } = tw2sp();
  // opencc-js reads a list of serialised dictionaries as a group, anything else as one dictionary.
  const segmentationGroup: DictGroup =
    Array.isArray(segmentation) && segmentation.every((dict) => typeof dict === 'string')
      ? (segmentation as DictGroup)
      : [segmentation as DictLike];
  return {
    stages: [...normalizationChain, ...conversionChain].map(tableOf),
    normalizationStages: normalizationChain.length,
    segmentation: tableOf(segmentationGroup),
  };
}

/** The tables the build wrote; made afresh when missing or written by an older build (no segmentation or values). */
function readTables(): ConversionTables {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  const saved = found ? (JSON.parse(fs.readFileSync(found, 'utf8')) as Partial<ConversionTables>) : undefined;
  const current = saved?.segmentation && saved.stages?.every((stage) => stage.longer.every((entry) => entry[2]));
  return current ? (saved as ConversionTables) : conversionTables();
}

const TABLES = readTables();
const STAGES = TABLES.stages.map((table) => new Stage(table));
const NORMALIZATION = STAGES.slice(0, TABLES.normalizationStages);
const CONVERSION = STAGES.slice(TABLES.normalizationStages);
const SEGMENTATION = new Stage(TABLES.segmentation);
// 'twp' converts Taiwan phrases too (資訊 → 信息, 行動電源 → 行动电源), not only characters. Made when a text
// first needs it.
let openccConverter: ((text: string) => string) | undefined;
const openccToSimplified = (text: string): string =>
  (openccConverter ??= opencc().Converter({ from: 'twp', to: 'cn' }))(text);

/**
 * `text` converted through the tables, phrases and segmentation included (see the top of this file), or null where
 * opencc-js must convert it.
 */
export function toSimplifiedByTables(text: string): string | null {
  let normalized: string | null = text;
  for (const stage of NORMALIZATION) if ((normalized = stage.convertLongest(normalized)) === null) return null;
  const segments = SEGMENTATION.segments(normalized);
  if (!segments) return null;
  let out = '';
  for (const segment of segments) {
    let converted: string | null = segment;
    for (const stage of CONVERSION) if ((converted = stage.convertLongest(converted)) === null) return null;
    out += converted;
  }
  return out;
}

/** `text` converted character by character, or null where a phrase key matches (or may) somewhere. */
function byCharacters(text: string): string | null {
  let converted: string | null = text;
  for (const stage of STAGES) if ((converted = stage.convert(converted)) === null) break;
  return converted;
}

/** `text` in Simplified Chinese, as opencc-js's Converter({ from: 'twp', to: 'cn' }) gives it. */
export function toSimplified(text: string): string {
  // Most texts: no phrase anywhere, so character by character and without segmenting.
  return byCharacters(text) ?? toSimplifiedByTables(text) ?? openccToSimplified(text);
}

/**
 * Courier words that opencc-js's phrase tables turn into another word, and what they are read as instead. Its
 * Taiwan-phrase table takes Simplified words that are also Taiwan computing terms for the Taiwan sense: 程序
 * (procedure; 小程序, a mini-program) → 进程 (a process), 文件 (documents) → 文档, 行程 (a trip, a route) → 进程,
 * 呼叫 (to call someone) → 调用, 存取 (to deposit and collect) → 访问, 物件 (an item, in Taiwan) → 对象 (a partner);
 * its Traditional-phrase table reads a Simplified 坏 (broken) as the old form of 坯 (打坏 → 打坯); and 查詢 (to
 * enquire) becomes 查找 (to search for), which no cue written as 查询 matches. Each key is a phrase key of some stage,
 * so a text with one never takes the character-by-character path.
 */
export const COURIER_WORDS: Readonly<Record<string, string>> = {
  程序: '程序',
  文件: '文件',
  行程: '行程',
  呼叫: '呼叫',
  存取: '存取',
  物件: '物件',
  打坏: '打坏',
  拉坏: '拉坏',
  捏坏: '捏坏',
  查詢: '查询',
};
const COURIER_WORD = new RegExp(
  Object.keys(COURIER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/**
 * `text` in Simplified Chinese as the NLU reads it: opencc-js's conversion (toSimplified), except that the courier
 * words above keep their sense; the text around each is converted on its own, so no phrase key spans one.
 */
export function toSimplifiedForReading(text: string): string {
  const quick = byCharacters(text);
  if (quick !== null) return quick;
  let out = '';
  let from = 0;
  COURIER_WORD.lastIndex = 0;
  for (let found = COURIER_WORD.exec(text); found; found = COURIER_WORD.exec(text)) {
    out += toSimplified(text.slice(from, found.index)) + (COURIER_WORDS[found[0]] as string);
    from = found.index + found[0].length;
  }
  return from === 0 ? toSimplified(text) : out + toSimplified(text.slice(from));
}

// `node dist/nlu/simplified.js`: a step of `npm run build`.
if (require.main === module) {
  const out = path.join(__dirname, 'data', T2S_TABLE_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(conversionTables()));
  process.stdout.write(`NLU Traditional-to-Simplified tables → ${path.relative(process.cwd(), out)}\n`);
}
