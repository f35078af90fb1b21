import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A fee complaint's amounts are said back the way the customer told them: charged what the bill took, where the quote
 * was expected — whichever was said first (blind batch 25: 22.1 heard "you were charged 23, you think it should be 41"
 * after "收件員說 23 塊，結果帳單扣了 41 塊").
 */
describe('the amounts of a fee complaint are said the right way round', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      `我寄 ${normal} 的時候收件員說 23 塊，結果帳單扣了 41 塊，這是怎樣？`,
      /收了 41塊，而您認為應該是 23塊|收咗 41塊，你覺得應該係 23塊/,
    ],
    ['zh-CN', `我寄 ${normal} 的时候快递员说 23 块，结果账单扣了 41 块，怎么回事？`, /收了 41块，而您认为应该是 23块/],
    [
      'en-US',
      `When I sent ${normal} the courier quoted $23, but my card was charged $41. Why?`,
      /charged \$41 where you expected \$23/,
    ],
  ])('%s: charged the second amount, the quote expected', async (locale, opening, said) => {
    const [answer] = await talk(h.adapter({ locale }), [opening]);
    expect(all(answer)).toMatch(said);
  });

  it('keeps the order when the charge is said first (en)', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      `${normal}: you charged me $41 instead of the $23 I was quoted, I want to complain`,
    ]);
    expect(all(answer)).toMatch(/charged \$41 where you expected \$23/);
  });
});
