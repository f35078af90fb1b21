import { botHarness, sendAll, type BotHarness } from './harness';

// Whether cash on delivery is offered (issue #17, batch 22: 26.1) is said plainly, with the entry of the customer's
// market (how to choose it, its fee, where it does not apply) — not who pays the postage (freight collect, 到付).
describe('whether cash on delivery is offered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'do you guys offer cash on delivery? how do I set it up', ['Yes, we offer cash on delivery', 'CNY 3']],
    ['zh-CN', '你们这边支持代收货款吗', ['有，我们提供代收货款', '手续费']],
    ['zh-TW', '請問寄件可以用貨到付款嗎', ['有，我們提供代收貨款', 'NT$30']],
    ['zh-HK', '你哋做唔做貨到付款㗎', ['有，我哋有代收貨款服務', 'HK$5', '只限本地件']],
  ])('says yes with the market’s entry (%s)', async (locale, question, says) => {
    const adapter = h.adapter({ locale });
    const answer = (await sendAll(adapter, question)).text;
    for (const part of says) expect(answer).toContain(part);
    expect(answer).not.toMatch(/Who pays the postage|运费谁出|運費誰付|運費邊個俾/);
  });
});
