import { Nlu, labelOf } from '../../../src/nlu';

const nlu = new Nlu();

describe('bad input', () => {
  it.each([
    ['an empty line', ''],
    ['whitespace', '   \t  '],
    ['emoji only', '😀😀🎉'],
    ['binary garbage', Buffer.from([0, 1, 2, 255, 254, 27, 91, 65, 7, 128, 200]).toString('latin1')],
    ['a lone surrogate', '\ud800abc'],
  ])('reads %s as other', (_name, text) => {
    const result = nlu.analyze(text);
    expect(labelOf(result)).toBe('other');
    expect(result.entities.trackingNumbers).toEqual([]);
  });

  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['digits and spaces, which look like numbers to every extractor', '1 '.repeat(50_000)],
    ['digits and dashes', '1-'.repeat(50_000)],
    ['Chinese', '快递'.repeat(50_000)],
    ['a phrase that almost matches many rules', 'where is my package still not delivered '.repeat(2_600)],
    ['nested-looking punctuation', '((((!!!!????'.repeat(8_500)],
  ])('returns for a 100 KB line of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(99_000);
    const result = nlu.analyze(text);
    expect(result.locale).toBeDefined();
  });

  it('reads mixed scripts', () => {
    expect(labelOf(nlu.analyze('我的parcel还没到，能check一下吗 SF1402837465921'))).toBe('track');
    expect(labelOf(nlu.analyze('tracking一直没update，停在“已揽收”四天了'))).toBe('complaint.info_error');
  });
});
