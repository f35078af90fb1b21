import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17 (blind-31 03.1–03.2): a Mainland → Hong Kong envelope asked "how much, and can someone pick it up?" heard
// only the pickup entry's domestic "from CNY 12" with no transit time, and "do we need to declare anything for HK?"
// heard an outlet's address. The route's cross-border price (its first weight) and time come beside the pickup, and a
// declaration question hears the declaration rule, with the weight it gives priced on the route said before.
describe('a cross-border sender: price, time and declaration', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'We need to get a signed agreement from Guangzhou to Hong Kong this week. What is the cost and could a courier come to our office to collect it?',
      [/Guangzhou → Hong Kong: CNY 38 for the first 0\.5 kg/, /1–3 working days/, /Door pickup/],
      'roughly 1 kg. what has to be declared for that?',
      [/Guangzhou → Hong Kong, 1 kg: .*= CNY 48\./, /Declaring a parcel to Hong Kong/, /documents/],
    ],
    [
      'zh-CN',
      '要从广州寄一份合同到香港，多少钱，能派人上门来取吗',
      [/38 元/, /0\.5 公斤/, /1–3 个工作日/, /上门取件/],
      '大概1公斤，寄过去需要申报什么？',
      [/广州 → 香港，1 公斤：.*= 48 元。/, /寄港澳台怎么申报/, /文件/],
    ],
    [
      'zh-TW',
      '由廣州寄份合約去香港要幾錢，可唔可以上門收件？',
      [/人民幣 38 元/, /0\.5 公斤/, /1–3 個工作天/],
      '大概1公斤，寄過去要申報啲咩？',
      [/廣州 → 香港，1 公斤：.*= 人民幣 48 元。/, /申報/, /文件/],
    ],
  ])('prices the route and says what to declare (%s)', async (locale, first, priced, declare, declared) => {
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, first);
    for (const line of priced) expect(told.text).toMatch(line);
    const again = await sendAll(adapter, declare);
    for (const line of declared) expect(again.text).toMatch(line);
    expect(again.text).not.toMatch(/outlet:|网点：|門市：|地址：|can't find|找不到|搵唔到|HK\$30/i);
  });
});
