import { botHarness, send, type BotHarness } from './harness';

const all = (replies: string[]) => replies.join('\n');

/**
 * A price and the time it takes asked together ("多少钱 几天到") get both — the price worked out, then the route's
 * usual time — and a bare place asked after it ("那拉萨呢", "and Kunming?") is priced on the same weight and origin
 * (issue #17, blind batch 20: 17.1–17.2 and 05.3 heard only the days, then the whole price list).
 */
describe('a price and a transit time asked together', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '杭州寄3公斤去昆明要多少钱 大概几天', ['3 公斤', '天'], '那西宁呢', '→ 西宁，3 公斤'],
    ['zh-TW', '台北寄2公斤到花蓮運費多少 要幾天', ['2 公斤', '天'], '那台東呢', '→ 台東，2 公斤'],
    [
      'en-US',
      'how much to send 4 kg from Shenzhen to Kunming and how long does it take',
      ['4 kg', 'days'],
      'and Xining?',
      '4 kg',
    ],
  ])(
    '%s: both are answered, and a bare place after it is priced the same way',
    async (locale, asked, parts, next, priced) => {
      const adapter = h.adapter({ locale });
      const first = all(await send(adapter, asked));
      for (const part of parts) expect(first).toContain(part);
      expect(first).toMatch(/=|CNY|NT\$/);
      const after = all(await send(adapter, next));
      expect(after).toContain(priced);
      expect(after).not.toMatch(/首重 1 公斤 12 元，续重每公斤|NT\$120（首重 1 公斤）、續重/);
    },
  );
});
