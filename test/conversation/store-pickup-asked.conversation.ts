import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17, batch 20 (28): "可唔可以送去便利店或者自取點" while the complaint still waited for the parcel's number got
// "I can't answer that". A store or pickup point asked for is a hold: it hears the market's rule on holds, then the
// number question again (the change itself waits for the parcel).
describe('a store or pickup point asked for in a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '我要投诉 快递老是不送上门', '能不能改成放快递柜 我自己取', /暂存|快递柜/, /单号/],
    [
      'en-US',
      'I want to complain, your driver never delivers to my door',
      'can I pick it up at a convenience store instead?',
      /Holds and changes/,
      /tracking number/,
    ],
  ])('before the number: the rule on holds, then the number again (%s)', async (locale, opening, asked, rule, step) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(rule);
    expect(told.text).toMatch(step);
  });
});
