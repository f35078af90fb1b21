import * as OpenCC from 'opencc-js/t2cn';
import { conversionTables, toSimplified, toSimplifiedByTables } from '../../../src/nlu/simplified';
import { fixtureSentences } from './fixture-sentences';

// The tables only replace opencc-js where they give its answer: on every character, every dictionary entry and
// every fixture sentence (blind sets included — nothing is tuned here), the output must be opencc-js's own.
const opencc = OpenCC.Converter({ from: 'twp', to: 'cn' });

const differing = (texts: Iterable<string>): string[] =>
  [...texts].filter((text) => toSimplified(text) !== opencc(text));

describe('toSimplified', () => {
  const tables = conversionTables();

  it('converts every BMP code unit as opencc-js does, alone and between Chinese characters', () => {
    const texts: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      texts.push(char, `的${char}了`, `${char}么`);
    }
    expect(differing(texts)).toEqual([]);
  });

  it('converts every dictionary entry as opencc-js does: keys, values, inside a sentence and cut short', () => {
    const texts: string[] = [];
    for (const { single, longer, astral } of [...tables.stages, tables.segmentation]) {
      for (const [code, value] of single) texts.push(String.fromCharCode(code) + value, value);
      for (const [, keys] of longer)
        for (const key of keys) texts.push(key, `我的${key}呢`, `${key.slice(0, -1)}x`, key + key);
      for (const point of astral) texts.push(String.fromCodePoint(point), `包裹${String.fromCodePoint(point)}到了`);
    }
    expect(tables.stages.map((t) => t.longer.length).reduce((a, b) => a + b)).toBeGreaterThan(500);
    expect(differing(texts)).toEqual([]);
    // Phrases are converted by the tables themselves, not left to opencc-js.
    expect(texts.filter((text) => toSimplifiedByTables(text) === null && !/[\ud800-\udfff]/.test(text))).toEqual([]);
  });

  it("converts phrases within opencc-js's segments: a phrase key across a segment's end does not match", () => {
    // 計程車 (taxi) is a Taiwan phrase, but 不可貲 is a segment of its own and takes the 計: 計程 is not converted whole.
    const crossing = ['不可貲計程車', '不瞭解析度', '不瞭解除安裝', '乾元件', '我的包裹不瞭解析度呢'];
    expect(crossing.map(toSimplifiedByTables)).toEqual(crossing.map((text) => opencc(text)));
    expect(toSimplifiedByTables('不可貲計程車')).toBe('不可赀計程车');
  });

  it('converts every fixture sentence as opencc-js does, and odd input too', () => {
    const texts = fixtureSentences().map((text) => text.normalize('NFKC'));
    expect(texts.length).toBeGreaterThan(3000);
    const odd = ['', '什么', '什么时候到', '資訊', '我的包裹😡😡', '\ud800', 'a\udc00b', '⿰木木', '乾淨 乾隆'];
    expect(differing([...texts, ...texts.map((t) => t.toUpperCase()), ...odd])).toEqual([]);
  });
});
