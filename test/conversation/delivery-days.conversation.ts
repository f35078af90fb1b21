import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17, batch 20 (08, 18, 28): "能晚上送吗", "周末送要加钱吗", "你哋星期六會唔會送貨" were read as a late parcel, the
// price list or "I can't answer that". Which days and times the courier delivers comes from the market's knowledge
// files (the entry keyed `delivery days`), also at a step of a complaint, whose question is then asked again.
describe('which days and times the courier delivers', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '星期天你们派不派件？', /周六、周日照常派送/],
    ['zh-CN', '想给朋友寄蛋糕 能指定她生日那天送到吗', /指定送达日期/],
    ['zh-TW', '台北 週六會配送嗎 要另外付錢嗎', /週六配送不加價|星期六派送不加收費用/],
    ['zh-TW', '我平日返工 你哋可唔可以晚黑先送', /冇夜晚派送|沒有夜間派送/],
    ['en-US', 'Is evening delivery possible? I work late', /evening|Saturday/],
  ])('answered from the knowledge files (%s: %s)', async (locale, asked, rule) => {
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(rule);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('asked at the tracking-number step of a complaint: answered, then the step again', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, '我要投诉 快递一直没到');
    const told = await sendAll(adapter, '顺便问一下 你们晚上会送货吗');
    expect(told.text).toMatch(/晚上 18:00–21:00/);
    expect(told.text).toMatch(/单号/);
  });
});
