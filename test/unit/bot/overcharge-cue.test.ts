import { overcharged } from '../../../src/bot/message-cues';

/**
 * A charge above the quote is money: "said 2 days but it took 6" is a delay, never a fee dispute (issue #17 review of
 * message-cues.ts, the quoted-then-charged pattern).
 */
describe('a quote and a charge are read as an overcharge only when they are money', () => {
  it.each([
    'The website said 2 days but it took 6 days already and still nothing',
    'they told me 3 days, it took 8',
    'quoted 3 days, it took 8 days',
    'I was quoted 2 days but it took 6.5 days',
  ])('reads no overcharge in "%s"', (text) => {
    expect(overcharged(text)).toBe(false);
  });

  it.each([
    'I was quoted 23 at the counter but charged 45',
    'they said $23 at the counter but took $45 from my card',
    'the courier told me 23 yuan, then charged 45 yuan',
    'charged me 45 instead of 23',
    // (After "said", a charge verb names money: "took" needs a currency — the numbers alone may be days.)
    'the website said 18 but they billed me 40 at the shop',
    'I was quoted 20 but they took 38 from my card',
    '柜台报价23 结果收了我45',
    '講好23蚊 點知收咗我45',
  ])('reads an overcharge in "%s"', (text) => {
    expect(overcharged(text)).toBe(true);
  });
});
