import fs from 'node:fs';
import path from 'node:path';
import { scriptConverter } from './chinese-script';
import type { Locale } from '../nlu';
import type { Register } from './replies';
import {
  CityDistricts,
  cityAreasFileSchema,
  CityAreas,
  districtsFileSchema,
  Gazetteer,
  parseFeeTable,
  placesFileSchema,
  type FeeTables,
} from '../tracking';

/** Topics the courier answers from its knowledge files. */
export type FaqTopic = 'fee' | 'outlet' | 'hours' | 'prohibited' | 'claim';
const TOPICS: FaqTopic[] = ['fee', 'outlet', 'hours', 'prohibited', 'claim'];

interface Entry {
  keywords: string[];
  answer: string;
}

interface TopicAnswers {
  general: string;
  entries: Entry[];
}

type Topics = Partial<Record<FaqTopic, TopicAnswers>>;

/**
 * The language a knowledge file is written in: a locale, or a locale's spoken register (`zh-TW.yue`, Hong Kong
 * Cantonese) for a market whose customers of that locale write it — read by them, while the locale's own file is read
 * by everyone else (a Taiwan customer asking about a parcel for Hong Kong).
 */
export type KnowledgeLanguage = Locale | `${Locale}.${Register}`;

/**
 * A market is where the courier delivers (CN, TW, HK, …): its prices, outlets and rules. Each market answers
 * in the languages it has files for.
 */
export type KnowledgeBase = Record<string, Partial<Record<KnowledgeLanguage, Topics>>>;

export const LOCALES: Locale[] = ['zh-CN', 'zh-TW', 'en'];
/** The spoken registers a knowledge file may be written in, beside its locale's (`faq.zh-TW.yue.md`). */
const REGISTERS: Register[] = ['yue'];

/**
 * A register's file says the same as its locale's file, in other words: the same topics, each with as many entries.
 * @throws Error naming both files and the first topic that differs.
 */
function checkSameTopics(register: Topics, registerFile: string, own: Topics | undefined, ownFile: string): void {
  if (!own) throw new Error(`${registerFile}: no ${ownFile} beside it (a register's file needs its locale's)`);
  const names = new Set([...Object.keys(register), ...Object.keys(own)]) as Set<FaqTopic>;
  for (const topic of names) {
    const [mine, theirs] = [register[topic]?.entries.length, own[topic]?.entries.length];
    if (mine !== theirs)
      throw new Error(
        `${registerFile}: topic "${topic}" has ${mine ?? 'no'} entries, ${ownFile} has ${theirs ?? 'no'}: both files answer the same topics`,
      );
  }
}

/**
 * Parses one knowledge file: `# topic` opens a topic (fee, outlet, hours, prohibited, claim) and the text
 * under it is the general answer; `## word, word` opens an answer used when the message contains one of
 * those words.
 * @throws Error naming the file and line of an unknown topic.
 */
export function parseKnowledge(content: string, file: string): Topics {
  const topics: Topics = {};
  let topic: TopicAnswers | undefined;
  let entry: Entry | undefined;
  content.split(/\r?\n/).forEach((line, index) => {
    const heading = /^(#{1,2})\s+(.+?)\s*$/.exec(line);
    if (heading && heading[1] === '#') {
      const name = (heading[2] as string).toLowerCase() as FaqTopic;
      if (!TOPICS.includes(name))
        throw new Error(`${file}:${index + 1}: unknown topic "${heading[2]}" (use ${TOPICS.join(', ')})`);
      topic = { general: '', entries: [] };
      entry = undefined;
      topics[name] = topic;
    } else if (heading && topic) {
      entry = {
        keywords: (heading[2] as string)
          .split(/[,，、]/)
          .map((k) => k.trim().toLowerCase())
          .filter(Boolean),
        answer: '',
      };
      topic.entries.push(entry);
    } else if (topic) {
      if (entry) entry.answer += `${line}\n`;
      else topic.general += `${line}\n`;
    }
  });
  for (const answers of Object.values(topics)) {
    answers.general = answers.general.trim();
    for (const e of answers.entries) e.answer = e.answer.trim();
  }
  return topics;
}

// Said for `{courier}` when no name is given (the tests; COURIER_NAME always names one in the server).
const COURIER = 'ParcelCare Express';

/**
 * Loads `<market>/faq.<locale>.md` for each market from a directory (e.g. `knowledge/HK/faq.zh-TW.md`), and
 * `<market>/faq.<locale>.<register>.md` where the market's customers of that locale write a register of their own
 * (`knowledge/HK/faq.zh-TW.yue.md`, Cantonese).
 * @throws Error when a market has no knowledge file at all, or a register's file answers other topics than its
 * locale's.
 */
export function loadKnowledge(dir: string, markets: readonly string[], courierName = COURIER): KnowledgeBase {
  const base: KnowledgeBase = {};
  for (const market of markets) {
    base[market] = {};
    for (const locale of LOCALES) {
      const file = path.join(dir, market, `faq.${locale}.md`);
      if (!fs.existsSync(file)) continue;
      // "{courier}": a rule said as the courier's own ("the refund time 顺达快递 has set"), not as a fact.
      const content = fs.readFileSync(file, 'utf8').replaceAll('{courier}', courierName);
      base[market][locale] = parseKnowledge(content, file);
    }
    for (const locale of LOCALES)
      for (const register of REGISTERS) {
        const file = path.join(dir, market, `faq.${locale}.${register}.md`);
        if (!fs.existsSync(file)) continue;
        const topics = parseKnowledge(fs.readFileSync(file, 'utf8').replaceAll('{courier}', courierName), file);
        checkSameTopics(topics, file, base[market][locale], path.join(dir, market, `faq.${locale}.md`));
        base[market][`${locale}.${register}`] = topics;
      }
    if (Object.keys(base[market]).length === 0)
      throw new Error(`no knowledge files for market ${market}: add ${path.join(dir, market, 'faq.<locale>.md')}`);
  }
  return base;
}

/**
 * Loads `<market>/fees.json` for each market that has one: the fee table prices are computed from.
 * @throws Error naming the file and every wrong field of a fee table that does not parse.
 */
export function loadFeeTables(dir: string, markets: readonly string[]): FeeTables {
  const tables: FeeTables = {};
  for (const market of markets) {
    const file = path.join(dir, market, 'fees.json');
    if (fs.existsSync(file)) tables[market] = parseFeeTable(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  }
  return tables;
}

/**
 * Loads `<region>/places.json` of every folder of the knowledge directory that has one — markets served or not:
 * a Hong Kong courier's price list still needs to know that 成都 is on the Mainland — and `<region>/districts.json`,
 * a region that is one city of districts (Hong Kong), and `<region>/city-areas.json`, the districts and areas of
 * the cities its outlet answers name.
 * @throws Error naming the file of a places or districts list that does not parse.
 */
export function loadPlaces(dir: string): Gazetteer {
  const places: Record<string, string[]> = {};
  const cities: Record<string, CityDistricts> = {};
  const areas: Record<string, CityAreas> = {};
  const folders = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const folder of folders) {
    const districts = path.join(dir, folder.name, 'districts.json');
    if (fs.existsSync(districts)) {
      const parsed = districtsFileSchema.safeParse(JSON.parse(fs.readFileSync(districts, 'utf8')));
      if (!parsed.success)
        throw new Error(`${districts}: not a districts list (${parsed.error.issues[0]?.message ?? ''})`);
      cities[folder.name] = new CityDistricts(parsed.data);
    }
    const cityAreas = path.join(dir, folder.name, 'city-areas.json');
    if (fs.existsSync(cityAreas)) {
      const parsed = cityAreasFileSchema.safeParse(JSON.parse(fs.readFileSync(cityAreas, 'utf8')));
      if (!parsed.success)
        throw new Error(`${cityAreas}: not a city areas list (${parsed.error.issues[0]?.message ?? ''})`);
      areas[folder.name] = new CityAreas(parsed.data);
    }
    const file = path.join(dir, folder.name, 'places.json');
    if (!fs.existsSync(file)) continue;
    const parsed = placesFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not a places list (${parsed.error.issues[0]?.message ?? ''})`);
    places[folder.name] = parsed.data.places;
  }
  return new Gazetteer(places, cities, areas);
}

const toTraditional = scriptConverter('cn', 'tw');
// A figure in 元 written in Simplified Chinese is the Mainland's money; in Taiwan and Hong Kong 元 is their own
// dollar, so a Traditional reader is told it is 人民幣 (issue #17, blind batch 10).
const RENMINBI = /(?<!人民幣\s?)(?<![\d.])(\d+(?:\.\d+)?)\s*元/g;

// A market written in one Chinese script answers the other script's readers in theirs.
const CONVERT: Partial<Record<Locale, { from: Locale; convert: (text: string) => string }>> = {
  'zh-CN': { from: 'zh-TW', convert: scriptConverter('tw', 'cn') },
  'zh-TW': { from: 'zh-CN', convert: (text) => toTraditional(text).replace(RENMINBI, '人民幣 $1 元') },
};

/**
 * A market's answers on a topic in the customer's register (Cantonese, when the market has a file in it) or locale,
 * or the other Chinese script's (with its converter), or English.
 */
function topicIn(
  base: KnowledgeBase,
  market: string,
  locale: Locale,
  topic: FaqTopic,
  register?: Register,
): [TopicAnswers | undefined, (text: string) => string] {
  const files = base[market] ?? {};
  const other = CONVERT[locale];
  const spoken = register ? files[`${locale}.${register}`]?.[topic] : undefined;
  if (spoken) return [spoken, (t) => t];
  if (files[locale]?.[topic]) return [files[locale][topic], (t) => t];
  if (other && files[other.from]?.[topic]) return [files[other.from]?.[topic], other.convert];
  return [files.en?.[topic] ?? Object.values(files).find((f) => f?.[topic])?.[topic], (t) => t];
}

/**
 * Every entry of a topic in a market, as the customer reads it: its keywords (as written and converted) and its
 * answer in their script.
 */
export function faqEntries(
  base: KnowledgeBase,
  market: string,
  locale: Locale,
  topic: FaqTopic,
  register?: Register,
): { keywords: string[]; answer: string }[] {
  const [answers, convert] = topicIn(base, market, locale, topic, register);
  return (answers?.entries ?? []).map((e) => ({
    keywords: e.keywords.flatMap((k) => [k, convert(k)]),
    answer: convert(e.answer),
  }));
}

/**
 * The answer to a question on a topic in a market: the first entry whose keyword the message contains, else
 * the general one (only the entry with `only = 'entry'`); in the customer's locale, or the market's other
 * Chinese script converted, or English.
 */
export function answerFaq(
  base: KnowledgeBase,
  market: string,
  locale: Locale,
  topic: FaqTopic,
  message: string,
  only: 'entry' | 'any' = 'any',
  register?: Register,
): string | undefined {
  const [answers, convert] = topicIn(base, market, locale, topic, register);
  if (!answers) return undefined;
  const entries = entriesNamed(answers.entries, message.toLowerCase(), convert);
  const entry = entries.map((e) => e.answer).join('\n');
  const answer = only === 'entry' ? entry : entry || answers.general;
  return answer ? convert(answer) : undefined;
}

/** A topic's general answer in a market (what no entry narrows), as the customer reads it. */
export function generalAnswer(
  base: KnowledgeBase,
  market: string,
  locale: Locale,
  topic: FaqTopic,
  register?: Register,
): string | undefined {
  const [answers, convert] = topicIn(base, market, locale, topic, register);
  return answers?.general ? convert(answers.general) : undefined;
}

/** Compiled once per keyword: every message is checked against every entry's keywords. */
const LATIN_KEYWORDS = new Map<string, RegExp>();
/** The keywords come from the knowledge files; the bound only keeps a caller passing other text from growing it. */
const LATIN_KEYWORDS_KEPT = 5000;

/**
 * Whether a message (in lower case) names a keyword: Chinese anywhere in it; a Latin keyword as a word or words of
 * its own, a plural too ("cats", "power banks") — "cat" is not named by "location", nor "us" by "customs". As
 * customers type them, two words may run together or take a hyphen ("powerbank", "power-bank" — blind batch 37b: 02.1
 * heard "not on our list").
 */
export function namesKeyword(lower: string, keyword: string): boolean {
  if (!/[a-z]/.test(keyword)) return lower.includes(keyword);
  return latinKeyword(keyword).test(lower);
}

function latinKeyword(keyword: string): RegExp {
  let pattern = LATIN_KEYWORDS.get(keyword);
  if (!pattern) {
    if (LATIN_KEYWORDS.size >= LATIN_KEYWORDS_KEPT) LATIN_KEYWORDS.clear();
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]?');
    pattern = new RegExp(`(?<![a-z])${escape(keyword)}(?:s|es)?(?![a-z])`);
    LATIN_KEYWORDS.set(keyword, pattern);
  }
  return pattern;
}

/**
 * Whether every time the message names `word`, another item's word follows it at once ("水果刀", "fruit knife",
 * "貓糧", "cat food"): the word only says what that item is for or made of — the compound is the later word's item
 * (batch 21 23.1: a fruit knife is a knife, not fruit).
 */
export function onlyModifies(lower: string, word: string, heads: readonly string[]): boolean {
  const latin = /[a-z]$/.test(word);
  // (Latin: one word before one word — "fruit knife"; "claim evidence claim limits" is two entries' names in a row.)
  if (latin && /\s/.test(word)) return false;
  let at = lower.indexOf(word);
  if (at < 0) return false;
  while (at >= 0) {
    const after = lower.slice(at + word.length);
    // (A Latin word is followed by a space and the next word; Chinese runs on.)
    const gap = latin ? /^(?:s|es)?\s+/.exec(after) : /^/.exec(after);
    const rest = gap ? after.slice(gap[0].length) : undefined;
    const head =
      rest !== undefined &&
      heads.some((h) => !h.includes(word) && !(latin && /\s/.test(h)) && rest.startsWith(h) && namesKeyword(rest, h));
    if (!head) return false;
    at = lower.indexOf(word, at + 1);
  }
  return true;
}

/** How many entries one answer puts together ("鋰電池同香水可唔可以寄": two items, two entries). */
const ENTRIES_AT_MOST = 3;

/**
 * The entries whose keywords the message names, in the file's order: every item asked about, not only the first
 * (issue #17, blind batch 7 P7). A keyword inside a longer one another entry was named by ("藥" in "藥油", "食品"
 * in "保健食品") names nothing of its own.
 */
function entriesNamed(entries: Entry[], lower: string, convert: (text: string) => string): Entry[] {
  const named = entries
    .map((entry) => ({
      entry,
      words: entry.keywords.flatMap((k) => [k, convert(k)]).filter((k) => k && namesKeyword(lower, k)),
    }))
    .filter((n) => n.words.length > 0);
  const inLonger = (word: string, other: string[]) => other.some((o) => o.length > word.length && o.includes(word));
  const kept = named
    .filter((n) => !named.some((o) => o !== n && n.words.every((w) => inLonger(w, o.words))))
    .filter((n) => !named.some((o) => o !== n && n.words.every((w) => onlyModifies(lower, w, o.words))))
    .map((n) => n.entry);
  // "明天會到嗎？大概要幾天？" names the next-day entry and the delivery-times one, which says the same again: the
  // reply would repeat a paragraph (batch 17 11.3, 21.2). Of two entries that say the same, the fuller one is kept.
  return kept
    .filter((entry, at) => !kept.some((other, where) => other !== entry && repeats(entry, other, where < at)))
    .slice(0, ENTRIES_AT_MOST);
}

/** The clauses of an answer (split at its sentence and clause marks), without spaces, in lower case. */
const clausesOf = (answer: string): string[] =>
  answer
    .toLowerCase()
    .split(/[。；;！!？?\n，]|[.,:：](?=\s|$)/)
    .map((c) => c.replace(/\s+/g, ''))
    .filter((c) => c.length >= 4);

const bigramsOf = (text: string): Set<string> => new Set([...text].slice(1).map((c, i) => `${text[i]}${c}`));

/** How much of a clause another text says too: the share of its character pairs found there. */
function sharedBy(clause: string, other: Set<string>): number {
  const pairs = bigramsOf(clause);
  return [...pairs].filter((p) => other.has(p)).length / Math.max(pairs.size, 1);
}

// A clause counts as said again at this share of its character pairs; an entry as a repeat when most of its clauses are.
const CLAUSE_SAID = 0.8;
const ENTRY_REPEATED = 0.7;

/**
 * The entry says again what `other` says, and `other` says at least as much (on equal footing, the later one repeats
 * the earlier): outlets sharing their opening hours, or two items sharing a packing rule, do not repeat each other.
 */
function repeats(entry: Entry, other: Entry, otherFirst: boolean): boolean {
  const mine = clausesOf(entry.answer);
  const theirs = clausesOf(other.answer);
  if (mine.length === 0 || theirs.length < mine.length) return false;
  const said = bigramsOf(theirs.join('|'));
  const repeated = mine.filter((c) => sharedBy(c, said) >= CLAUSE_SAID).length / mine.length;
  if (repeated < ENTRY_REPEATED) return false;
  // (Two entries that repeat each other: the one with more to say stays, else the first.)
  const back = theirs.filter((c) => sharedBy(c, bigramsOf(mine.join('|'))) >= CLAUSE_SAID).length / theirs.length;
  if (back < ENTRY_REPEATED || other.answer.length > entry.answer.length) return true;
  return other.answer.length === entry.answer.length && otherFirst;
}

// Words nobody writes outside Cantonese (nobody in Taiwan writes 嘅 or 咗). ("到而家都未有人理", "攞件", "啱唔啱": a
// message with none of the particles is Cantonese all the same — batch 19: 30.1.)
// (邊 after 這, 那, 旁… is a side — "你們這邊個資外洩了" is Taiwanese Mandarin, no 邊個: blind batch 33: 23.5.)
const CANTONESE =
  /[嘅咗唔冇嗰哋喺啲嘢咩噉揾搵乜佢嚟畀咋喎嘞㗎啱攞睇諗瞓嚿冚]|係咪|幾多|點解|(?<![這这那旁兩两左右身一外裡里])邊(度|個|間)|咁樣|咁多|咁耐|幾錢|幾耐|而家|點樣|點算|呢個|呢度|呢間|呢件/;

/** The customer writes Cantonese. */
export const writesCantonese = (text: string): boolean => CANTONESE.test(text);

const REGION_OF_CLIENT = /^[a-z]{2,3}-(?:[a-z]{4}-)?([a-z]{2})\b/i;
const PHONE_MARKET: [RegExp, string][] = [
  [/^\+852/, 'HK'],
  [/^\+886/, 'TW'],
  [/^\+853/, 'MO'],
  [/^\+86/, 'CN'],
];
const LOCALE_MARKETS: Record<Locale, string[]> = { 'zh-CN': ['CN'], 'zh-TW': ['TW', 'HK', 'MO'], en: [] };

/**
 * Which of the courier's markets a customer is in: Cantonese in what they write (nobody in Taiwan writes 嘅),
 * the region their browser announces (zh-HK, en-HK), their phone's country code, then their language; else the
 * first market configured.
 */
export function marketOf(
  markets: readonly string[],
  clues: { clientLocale?: string | undefined; text: string; phone?: string | undefined; locale: Locale },
): string {
  const served = (m: string | undefined) => (m && markets.includes(m) ? m : undefined);
  const region = REGION_OF_CLIENT.exec(clues.clientLocale ?? '')?.[1]?.toUpperCase();
  return (
    (writesCantonese(clues.text) ? served('HK') : undefined) ??
    served(region) ??
    served(PHONE_MARKET.find(([prefix]) => prefix.test(clues.phone ?? ''))?.[1]) ??
    LOCALE_MARKETS[clues.locale].map(served).find(Boolean) ??
    (markets[0] as string)
  );
}
