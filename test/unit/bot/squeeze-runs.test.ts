import { squeezeRuns } from '../../../src/bot/long-messages';

describe('long runs of punctuation and spaces, as the bot reads them', () => {
  it('keeps the first three characters of a run of six or more', () => {
    expect(squeezeRuns(`我的包裹${'。'.repeat(5000)}在哪`)).toBe('我的包裹。。。在哪');
    expect(squeezeRuns(`where is it${'!?'.repeat(40)}`)).toBe('where is it!?!');
    expect(squeezeRuns(`line one${'\n'.repeat(30)}line two`)).toBe('line one\n\n\nline two');
  });

  it('leaves short runs, words, digits and tracking numbers alone', () => {
    for (const text of ['too late!!!!!', 'SF 1402 8374 6592 1', '怎么还没到？？', 'a'.repeat(50), '1'.repeat(30)])
      expect(squeezeRuns(text)).toBe(text);
  });

  it('never splits an emoji in two', () => {
    expect(squeezeRuns('😡'.repeat(10))).toBe('😡😡😡');
  });
});
