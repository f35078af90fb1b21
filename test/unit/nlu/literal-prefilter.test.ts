import cueData from '../../../src/nlu/data/cues.json';
import { detectCues, englishOf, type CueName } from '../../../src/nlu/cues';
import { PatternSet, type SavedPatternSet } from '../../../src/nlu/literal-prefilter';
import { requiredClauses, requiredLiterals } from '../../../src/nlu/literal-needs';
import { LiteralTrie, buildNode, insert } from '../../../src/nlu/literal-trie';
import { normalize } from '../../../src/nlu/normalize';
import { FEWEST_NATIONAL_DIGITS, PLAUSIBLE_NATIONAL, findPhones } from '../../../src/nlu/entities/phones';
import { findTrackingNumbers } from '../../../src/nlu/entities/tracking';
import { fixtureSentences } from './fixture-sentences';

// The prefilter only skips regexes that cannot match: cue detection must give what running every cue's whole
// regex gives, on every sentence of every fixture (blind sets included — nothing is tuned here).
const texts = fixtureSentences();
const NAMES = Object.keys(cueData) as CueName[];
const union = (patterns: string[]): RegExp | undefined =>
  patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u') : undefined;
const WHOLE = NAMES.map((name) => ({ name, zh: union(cueData[name].zh), en: union(cueData[name].en) }));

function everyRegex(text: string): CueName[] {
  const normalized = normalize(text);
  const english = englishOf(normalized);
  return WHOLE.filter(
    (cue) => (normalized.hasCjk && cue.zh?.test(normalized.text)) || (english && cue.en?.test(english)),
  ).map((cue) => cue.name);
}

// Built here from the patterns alone: detectCues may use the literals `npm run build` read (dist/), these do not.
const ZH = new PatternSet(NAMES.map((name) => cueData[name].zh));
const EN = new PatternSet(NAMES.map((name) => cueData[name].en));

function throughPrefilter(text: string): CueName[] {
  const normalized = normalize(text);
  const english = englishOf(normalized);
  const zh = normalized.hasCjk ? ZH.matching(normalized.text) : undefined;
  const en = english ? EN.matching(english) : undefined;
  return NAMES.filter((_, i) => zh?.[i] || en?.[i]);
}

describe('cue detection through the literal prefilter', () => {
  it('finds exactly the cues the whole regexes find, in the same order, on every fixture sentence', () => {
    expect(texts.length).toBeGreaterThan(3000);
    const differing = texts.filter((text) => {
      const expected = JSON.stringify(everyRegex(text));
      return (
        JSON.stringify(throughPrefilter(text)) !== expected ||
        JSON.stringify([...detectCues(normalize(text))]) !== expected
      );
    });
    expect(differing).toEqual([]);
  });

  it('lists the groups it finds in increasing order, the ones matching marks (what detectCues merges)', () => {
    const differing = texts.filter((text) => {
      const normalized = normalize(text).text;
      const marked = [...ZH.matching(normalized)].flatMap((hit, group) => (hit ? [group] : []));
      const count = ZH.matchingCount(normalized);
      return [...ZH.found.subarray(0, count)].join() !== marked.join();
    });
    expect(differing).toEqual([]);
    const set = new PatternSet([['x'], ['b'], ['a'], ['zz']]);
    expect(set.matchingCount('a b x')).toBe(3);
    expect([...set.found.subarray(0, 3)]).toEqual([0, 1, 2]);
  });

  it('reads the same through a set saved and restored (what the build writes for start-up)', () => {
    const groups = NAMES.map((name) => cueData[name].zh);
    const restored = new PatternSet(groups, {}, JSON.parse(JSON.stringify(ZH.save())) as SavedPatternSet);
    const differing = texts.filter((text) => {
      const normalized = normalize(text).text;
      return restored.matching(normalized).join() !== ZH.matching(normalized).join();
    });
    expect(differing).toEqual([]);
    // Saved from other groups (a cue file changed since the build): built afresh, not restored.
    const changed = [...groups.slice(0, -1), ['天气']];
    const rebuilt = new PatternSet(changed, {}, ZH.save());
    expect(rebuilt.matching('今天天气不错')[groups.length - 1]).toBe(1);
    expect(rebuilt.save().sources).not.toEqual(ZH.save().sources);
  });

  it('finds literals that start inside a longer literal the text breaks off (the automaton follows failure links)', () => {
    // After "abc" the text goes on with "d", not "e": "bcd" and "c" started inside the "abce" being read.
    const set = new PatternSet([['abce'], ['bcd'], ['c'], ['cdx'], ['x']]);
    expect([...set.matching('abcd')]).toEqual([0, 1, 1, 0, 0]);
    expect([...set.matching('aabcabcdx')]).toEqual([0, 1, 1, 1, 1]);
    expect([...set.matching('abce')]).toEqual([1, 0, 1, 0, 0]);
  });

  it.each(['zh', 'en'] as const)(
    "makes every move of the %s cue literals' automaton as its failure links define it (full table or hash of moves)",
    (side) => {
      const root = buildNode();
      const literals = new Set<string>();
      for (const name of NAMES)
        for (const alternative of cueData[name][side])
          for (const clause of requiredClauses(alternative) ?? []) for (const literal of clause) literals.add(literal);
      for (const literal of literals) insert(root, literal);
      const trie = LiteralTrie.build(root);
      const alphabet = [...new Set([...literals].flatMap((literal) => [...literal].map((c) => c.charCodeAt(0))))];
      // The Chinese side's alphabet is too large for a full table (its moves are hashed), the English side's is not.
      expect(alphabet.length > 255).toBe(side === 'zh');
      const codes = [...alphabet, 0, 0x20, 0x4e00, 0xffff];
      const differing: string[] = [];
      for (let state = 0; state < trie.arrays.fail.length; state += 1)
        for (const code of codes)
          if (trie.next(state, code) !== trie.nextByFailureLinks(state, code)) differing.push(`${state}:${code}`);
      expect(differing).toEqual([]);
    },
  );

  it('builds a set afresh from a save without failure links (an older build)', () => {
    const groups = NAMES.map((name) => cueData[name].zh);
    const saved = JSON.parse(JSON.stringify(ZH.save())) as SavedPatternSet;
    delete (saved.trie as Partial<SavedPatternSet['trie']>).fail;
    const restored = new PatternSet(groups, {}, saved);
    const sample = texts.slice(0, 300).map((text) => normalize(text).text);
    expect(sample.filter((text) => restored.matching(text).join() !== ZH.matching(text).join())).toEqual([]);
  });

  it('compiles every cue alternative (a bad pattern fails here, not at a customer message)', () => {
    expect(() =>
      new PatternSet(NAMES.map((name) => [...cueData[name].zh, ...cueData[name].en])).compileAll(),
    ).not.toThrow();
  });
});

describe('requiredLiterals', () => {
  it.each([
    ['快递柜', ['快递柜']],
    ['(转|找)(个)?人工', ['人工']],
    ['\\bstill went\\b', ['still went']],
    ['\\b(is|was) lost\\b', [' lost']],
    ['ab?c', ['a']],
    ['ab+c', ['ab']],
    ['(?:abc|de)f{0,2}', ['abc', 'de']],
    ['x(?!yz)', ['x']],
    ['(?<!查)找不到', ['找不到']],
    ['[两三四五]天到', ['天到']],
    ['(a|b.{0,3})c', ['c']],
  ])('%s needs one of %j', (pattern, literals) => {
    expect(requiredLiterals(pattern)).toEqual(literals);
  });

  it.each(['.{0,5}', '\\d+', '(a|)', 'a?', '(\\w)\\1', '\\p{L}'])('%s needs nothing it can name', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it('never names a literal that a match lacks (the literals of a few patterns against matching texts)', () => {
    const cases: [string, string][] = [
      ['\\b(speak|talk)\\w* (to|with) (an? )?(agent|human)\\b', 'can i talk to an agent'],
      ['(签收|取件).{0,18}(没收到|不是我)', '显示签收了但我没收到'],
      ['\\bhow long\\b.{0,30}\\b(take|ship)', 'how long does it take'],
    ];
    for (const [pattern, text] of cases) {
      expect(new RegExp(pattern, 'u').test(text)).toBe(true);
      expect((requiredLiterals(pattern) ?? []).some((literal) => text.includes(literal))).toBe(true);
    }
  });
});

describe('requiredClauses', () => {
  it.each([
    ['(咋|怎|点)(样|么样)了', [['了'], ['样', '么样'], ['咋', '怎', '点']]],
    ['没(有)?(打|到|汇|收到)', [['没'], ['打', '到', '汇', '收到']]],
    ['\\bmy (order|parcel)\\b', [['order', 'parcel'], ['my ']]],
    ['(a|b(c|d))e', [['e'], ['a', 'b']]],
  ])('%s needs one literal of each of %j', (pattern, clauses) => {
    expect(requiredClauses(pattern)).toEqual(clauses);
  });

  it('names only clauses every match satisfies (a few patterns against matching texts)', () => {
    const cases: [string, string][] = [
      ['(能|可以).{0,8}(改|换)(地址|时间)?', '可以帮我改'],
      ['(冇|没|没有|未)(人|一个人)?(覆|回|回复)(我|过)?', '没人回复'],
      ["\\b(it'?s|today is) (the |now )?(\\d+(st|nd)|monday)\\b", "it's 21st"],
    ];
    for (const [pattern, text] of cases) {
      expect(new RegExp(pattern, 'u').test(text)).toBe(true);
      for (const clause of requiredClauses(pattern) ?? [])
        expect(clause.some((literal) => text.includes(literal))).toBe(true);
    }
  });
});

describe('phone regions skipped by digit count', () => {
  it('FEWEST_NATIONAL_DIGITS is the shortest national number each region accepts', () => {
    for (const [region, fewest] of Object.entries(FEWEST_NATIONAL_DIGITS)) {
      const plausible = PLAUSIBLE_NATIONAL[region as keyof typeof PLAUSIBLE_NATIONAL] as RegExp;
      for (let length = 1; length < fewest; length += 1)
        for (let first = 0; first <= 9; first += 1)
          for (const fill of ['0', '9', '5'])
            expect(plausible.test(`${first}${fill.repeat(length - 1)}`.slice(0, length))).toBe(false);
      expect(
        ['0', '1', '2', '9'].some((first) =>
          ['0', '3', '8', '9'].some((fill) => plausible.test(`${first}${fill.repeat(fewest - 1)}`)),
        ),
      ).toBe(true);
    }
  });

  it('still finds a phone number between two tracking numbers', () => {
    const text = 'SF1402837465921 电话13812345678 SF1402837465922';
    const tracking = findTrackingNumbers(text);
    expect(tracking).toHaveLength(2);
    expect(findPhones(text, 'zh-CN', 'CN', tracking).map((p) => p.e164)).toEqual(['+8613812345678']);
  });

  it.each([
    ['SF1402837465921 电话13812345678，或者 9123 4567', 'zh-CN', ['+8613812345678', '+85291234567']],
    ['電話 0912345678 或 9123 4567 都可以', 'zh-TW', ['+886912345678', '+85291234567']],
    ['call +86 150 2219 8837 or 0912 345 678', 'en', ['+8615022198837', '+886912345678']],
  ] as const)(
    'a later region is still searched when digits for its numbers remain beside the phones found: %s',
    (text, locale, phones) => {
      expect(findPhones(text, locale, 'CN', findTrackingNumbers(text)).map((p) => p.e164)).toEqual(phones);
    },
  );
});
