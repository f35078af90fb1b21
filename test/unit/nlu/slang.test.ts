import slang from '../../../src/nlu/data/slang.json';
import { correctTypos, writeOutSlang } from '../../../src/nlu/cues';

// What writeOutSlang replaces: the alternation of every shorthand between [\w'] boundaries, replaced by its word.
const SLANG = new Map(Object.entries(slang));
const SLANG_WORD = new RegExp(`(?<![\\w'])(?:${[...SLANG.keys()].join('|')})(?![\\w'])`, 'g');
const byRegex = (text: string): string => text.replace(SLANG_WORD, (word) => SLANG.get(word) as string);

describe('writeOutSlang (chat shorthand written out in one pass)', () => {
  it('writes out whole shorthand words only', () => {
    expect(writeOutSlang('pls send my pkg tmr thx')).toBe('please send my package tomorrow thanks');
    expect(writeOutSlang("u'll ur_ 2moro! b4-idk")).toBe("u'll ur_ tomorrow! before-i don't know");
    expect(writeOutSlang('plsx upkg')).toBe('plsx upkg');
    expect(correctTypos('my pakage is lost, pls help')).toBe('my package is lost, please help');
  });

  it('gives what the regex gives on 100,000 random texts over the characters involved', () => {
    const keys = [...SLANG.keys()];
    const pieces = [...keys, ...keys.map((key) => key.slice(1)), ' ', "'", '_', '-', 'x', 'U', '9', '好', '\n', '.'];
    let seed = 19;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let differ = 0;
    for (let i = 0; i < 100_000; i += 1) {
      let text = '';
      for (let k = random(8); k >= 0; k -= 1) text += pieces[random(pieces.length)];
      if (writeOutSlang(text) !== byRegex(text)) differ += 1;
    }
    expect(differ).toBe(0);
  });
});
