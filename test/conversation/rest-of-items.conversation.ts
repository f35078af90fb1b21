import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * "…and the rest?", "剩下的呢", "其他嘢呢" after a question about several items to send: the other items' rules, without
 * the one the customer takes out — never "the rest" read as an item of its own (issue #17, blind batch 28: 04.3).
 */
describe('the remaining items of an earlier question about items', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers the other items in English, after a price question in between', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'is it ok to post a power bank, some perfume and a kitchen knife to Chengdu?');
    await sendAll(adapter, 'how much is 3kg to Chengdu?');
    const { text } = await sendAll(adapter, 'say I leave out the power bank. everything else fine?');
    expect(text).toContain('The other items you asked about');
    expect(text).toContain('Perfume');
    expect(text).toContain('kitchen knives');
    expect(text).not.toContain('Power banks');
    expect(text).not.toContain('nothing specific');
  });

  it('answers the other items in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, '充电宝、香水和菜刀能寄吗');
    const { text } = await sendAll(adapter, '充电宝不寄了，剩下的呢？');
    expect(text).toContain('您问到的其他物品');
    expect(text).toContain('香水');
    expect(text).not.toContain('充电宝');
    expect(text).not.toContain('没有具体');
  });

  it('answers the other items in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await sendAll(adapter, '香水同菜刀寄唔寄得？');
    const { text } = await sendAll(adapter, '其他嘢呢？');
    expect(text).toContain('你問到嘅其他嘢');
    expect(text).toContain('香水');
  });
});
