import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17 (blind-30 06.3): "which of those is not allowed?" after items named over two messages heard only the
// items of the last one (the power bank asked first was left out). Every item named in the chat is answered, item by
// item; "is all that fine?" asks about them all — it names no item called "all that".
describe('the items named across the chat, answered item by item', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'can i ship a power bank to Shanghai?',
      'ok. and a small bottle of perfume, plus some dried beef',
      ['so which of them can\u2019t go?', 'is all that fine?'],
      [/Power banks/, /Perfume/, /Meat products/],
      /Item by item/,
    ],
    [
      'zh-CN',
      '充电宝能寄吗',
      '还有一瓶香水和一些牛肉干',
      ['那到底哪个不能寄？', '这些都可以吗'],
      [/充电宝/, /香水/, /肉类制品/],
      /逐一说明/,
    ],
    [
      'zh-TW',
      '行動電源可以寄嗎？',
      '那香水和牛肉乾可以寄嗎？',
      ['所以哪個不能寄？', '這些都可以嗎？'],
      [/行動電源/, /香水/, /肉品/],
      /逐一說明/,
    ],
    [
      'zh-TW',
      '尿袋可唔可以寄？',
      '香水同牛肉乾寄唔寄得？',
      ['咁邊樣唔得？', '全部都得唔得？'],
      [/充電寶/, /香水/, /肉類製品/],
      /逐樣講/,
    ],
  ])('answers every item (%s: %s)', async (locale, first, more, asks, entries, lead) => {
    for (const ask of asks) {
      const adapter = h.adapter({ locale });
      await sendAll(adapter, first);
      await sendAll(adapter, more);
      const told = await sendAll(adapter, ask);
      expect(told.text).toMatch(lead);
      for (const entry of entries) expect(told.text).toMatch(entry);
      expect(told.text).not.toMatch(/all that|這些」|这些”|Did you mean|是不是想|係咪想/i);
    }
  });
});
