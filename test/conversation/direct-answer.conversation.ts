import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

/**
 * A complaint that opens with a direct question gets it answered plainly, before the status and the first
 * question (issue #17, blind batch 3's P10): "is it lost?" from the parcel's record, a fee dispute's amounts
 * acknowledged with how a fee is checked and refunded.
 */
describe('the direct question at a complaint opening', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());

  it.each([
    [
      'en-US',
      `${DEMO_TRACKING.lostLooking} has shown a problem for a week now. Has it been lost? I want to complain`,
      /^.*isn't declared lost yet.*possibly lost/m,
    ],
    ['zh-CN', `${DEMO_TRACKING.lostLooking} 一个星期没动静了 是不是丢了 我要投诉`, /还没有认定丢失.*疑似丢失/],
    // (Written in Cantonese: answered from the Cantonese catalog, 冇唔見.)
    ['zh-TW', `${DEMO_TRACKING.stuck} 幾日都冇更新，係咪唔見咗？我要投訴`, /冇唔見：件貨仲喺我哋嘅網絡入面/],
    [
      'en-US',
      `${DEMO_TRACKING.delivered} says delivered but I never got it, is it lost or not?`,
      /isn't lost in our records: it was scanned as delivered/,
    ],
  ])('%s: "is it lost?" is answered from the parcel', async (locale, message, answer) => {
    const [reply] = await talk(h.adapter({ locale }), [message]);
    const text = (reply as string[]).join('\n');
    expect(text).toMatch(answer);
    // (點樣處理: the zh-TW customer writes Cantonese.)
    expect(text).toMatch(/What would you like|怎么处理|怎麼處理|點樣處理/);
  });

  it.each([
    [
      'en-US',
      `You charged me $90 for ${DEMO_TRACKING.normal} but the quote said $60, I want the difference back`,
      /charged \$90 where you expected \$60/,
    ],
    ['zh-CN', `${DEMO_TRACKING.normal} 收了我45元 网上报价明明是30元 多收了`, /您被收了 45元，而您认为应该是 30元/],
    [
      'zh-TW',
      `我寄${DEMO_TRACKING.normal} 你哋收咗我HK$200 但價目表寫應該係HK$150 收多咗`,
      // (Written in Cantonese: the Cantonese catalog's line.)
      /你俾人收咗 HK\$200，你覺得應該係 HK\$150/,
    ],
  ])('%s: a fee dispute hears its amounts and how a fee is checked and refunded', async (locale, message, answer) => {
    const [reply] = await talk(h.adapter({ locale }), [message]);
    const text = (reply as string[]).join('\n');
    expect(text).toMatch(answer);
    expect(text).toMatch(/refunded|原路退回|原路退還|原路退返/);
    expect(text).toContain(DEMO_TRACKING.normal);
  });
});
