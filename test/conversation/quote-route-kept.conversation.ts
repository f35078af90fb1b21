import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17 (blind batch 24: 23.2, 23.4, 28.2, 28.4): after a price was quoted for a route, "大概幾天會到" / "要幾耐先到？"
// heard the price list of the chat's market, and "那如果5公斤呢" — after another question in between — was asked where
// it goes. A bare how-long question is about the route just priced (its zone's usual time), and a new weight later is
// priced on that route.
describe('a quoted route kept for how long it takes and for a new weight', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      '想問從廣州寄3公斤去高雄運費多少',
      '那要多久才會送到？',
      /廣州 → 高雄：一般 1–3 個工作天送達/,
      '能寄茶葉嗎',
      '如果是8公斤呢',
      /廣州 → 高雄，8 公斤/,
    ],
    [
      'zh-TW',
      '由旺角寄2kg去北京要幾錢',
      '咁要幾多日先寄到？',
      /旺角 → 北京：一般 1–3 個工作天送到/,
      '香水寄唔寄得',
      '咁如果六公斤呢？',
      /旺角 → 北京，6 公斤/,
    ],
    [
      'zh-CN',
      '从杭州寄4公斤到台北多少钱',
      '一般多长时间能到',
      /杭州 → 台北：一般 1–3 个工作日送达/,
      '茶叶能寄吗',
      '要是7公斤呢',
      /杭州 → 台北，7 公斤/,
    ],
    [
      'en-US',
      'how much to send 2kg from Shenzhen to Taipei?',
      'how long will it take to arrive?',
      /Shenzhen → Taipei: usually 1–3 working days/,
      'can I send tea?',
      'what about 6kg?',
      /Shenzhen → Taipei, 6 kg/,
    ],
  ])('keeps the route (%s: %s)', async (locale, priced, howLong, time, between, heavier, repriced) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, priced);
    const told = await sendAll(adapter, howLong);
    expect(told.text).toMatch(time);
    expect(told.text).not.toMatch(/首重|first (0\.5 |1 )?kg|NT\$120|HK\$30/);
    await sendAll(adapter, between);
    const again = await sendAll(adapter, heavier);
    expect(again.text).toMatch(repriced);
    expect(again.text).not.toMatch(/寄往哪|寄去邊|寄到哪|where (is it|are you sending)/i);
  });

  it.each([
    [
      'zh-CN',
      '从南京寄到广州3公斤，寄到西安2公斤，各多少钱',
      '分别要几天到',
      [/南京 → 广州：一般/, /南京 → 西安：一般/],
    ],
    ['zh-TW', '由荃灣寄1kg去上海同北京幾錢', '各自要幾耐先到？', [/荃灣 → 上海：一般/, /荃灣 → 北京：一般/]],
    [
      'en-US',
      'price for 3kg from guangzhou to chengdu and 1kg to beijing',
      'how long does each one take?',
      [/Guangzhou → Chengdu: /, /Guangzhou → Beijing: /],
    ],
  ])('gives each priced route its time (%s)', async (locale, priced, howLong, times) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, priced);
    const told = await sendAll(adapter, howLong);
    for (const time of times) expect(told.text).toMatch(time);
  });

  it('does not take a refund question after a price for the route', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await sendAll(adapter, '從深圳寄2公斤到台北要多少錢');
    const told = await sendAll(adapter, '退款要多久');
    expect(told.text).not.toMatch(/深圳 → 台北：一般/);
  });
});
