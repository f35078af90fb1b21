import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17 (blind-31 08.2): "standard not express" was priced with the express surcharge. The service level said
// (standard, economy, 普通, 经济 … against express, 特快, 加急) chooses the price, a service only refused is not
// chosen, and "and with express?" after a price re-prices the same route and weight with it.
describe('the service level said chooses the price', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'what would 4 kg from Nanjing to Wuhan cost? economy is fine, no need for express',
      /Nanjing → Wuhan, 4 kg: .*= CNY 27\./,
      'and express?',
      /Nanjing → Wuhan, 4 kg: .*CNY 8 \(faster service\) = CNY 35\./,
    ],
    [
      'zh-CN',
      '南京寄4公斤去武汉要多少钱？寄普通件就行，不用加急',
      /南京 → 武汉，4 公斤：.*= 27 元。/,
      '那特快的话呢',
      /南京 → 武汉，4 公斤：.*8 元（特快） = 35 元。/,
    ],
    [
      'zh-TW',
      '南京寄4公斤去武漢運費多少？標準的就好，不需要特快',
      /南京 → 武漢，4 公斤：.*= 人民幣 27 元。/,
      '那加急呢',
      /南京 → 武漢，4 公斤：.*人民幣 8 元（加快服務） = 人民幣 35 元。/,
    ],
  ])('prices the service said (%s: %s)', async (locale, standard, plain, faster, surcharged) => {
    const adapter = h.adapter({ locale });
    const first = await sendAll(adapter, standard);
    expect(first.text).toMatch(plain);
    expect(first.text).not.toMatch(/faster service|特快）|加快服務|= 35|35 元/);
    const again = await sendAll(adapter, faster);
    expect(again.text).toMatch(surcharged);
    expect(again.text).not.toMatch(/where|which city|寄往哪|寄到哪|寄去哪|哪個城市|哪个城市/i);
  });
});
