import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17 (blind-30 03.4): a weight asked about anew once a route was priced — with another question in between —
// was asked again where it goes. The route said earlier in the chat carries into the later price question, and a
// weight asked right after the door-pickup answer is the parcel's price, not the pickup's.
describe('a later price question keeps the route said before', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'how much for 2kg from Xiamen to Nanjing?',
      'can the courier collect it from my office?',
      'does 7 kg cost a lot more?',
      /Xiamen → Nanjing, 7 kg: .*= CNY 42\./,
    ],
    ['zh-CN', '从厦门寄2公斤到南京多少钱', '能上门取件吗？', '7公斤的话运费是多少', /厦门 → 南京，7 公斤：.*= 42 元。/],
    [
      'zh-TW',
      '由廈門寄2公斤去南京幾錢',
      '可唔可以上門收件？',
      '7公斤要幾多錢',
      /廈門 → 南京，7 公斤：.*= 人民幣 42 元。/,
    ],
  ])('prices the new weight on that route (%s)', async (locale, priced, between, heavier, repriced) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, priced);
    await sendAll(adapter, between);
    const again = await sendAll(adapter, heavier);
    expect(again.text).toMatch(repriced);
    expect(again.text).not.toMatch(/where it goes|which city|寄往哪|寄到哪|寄去邊|寄去哪|上門|上门|door pickup/i);
  });

  it('reads no word after the destination as part of its name', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const told = await sendAll(adapter, 'how much is 2kg from Xiamen to Nanjing also how long does it take');
    expect(told.text).toMatch(/Xiamen → Nanjing/);
    expect(told.text).not.toMatch(/Nanjing also/i);
  });
});
