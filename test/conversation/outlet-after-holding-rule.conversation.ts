import { botHarness, talk, type BotHarness } from './harness';

// "Do you have an outlet in <city>? when do you close?" right after a question on how long a parcel is kept: the
// outlets of that city with their hours — never the holding-period rule again, as if it were the outlet named before
// (blind batch 29: 24.4).
describe('an outlet asked by its city after the holding rule', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '包裹在營業所可以保留幾天？', '臺北那邊有營業所嗎？晚上開到幾點', /台北信義營業所.*20:00/, /保管期/],
    [
      'en-US',
      'how long do you keep a parcel at the outlet before it goes back?',
      'is there a branch in Taipei? what time does it close?',
      /Xinyi.*20:00/,
      /holding period/i,
    ],
    // (The Mainland's files list outlets by district, none under the city's name: the outlets' hours answer.)
    ['zh-CN', '包裹在网点能放几天？', '你们上海有网点吗？几点关门', /营业网点：.*\d{1,2}:\d{2}/, /保管期/],
  ])('%s: %s → %s', async (locale, holding, outlet, hours, rule) => {
    const [, answer] = await talk(h.adapter({ locale }), [holding, outlet]);
    const said = (answer ?? []).join('\n');
    expect(said).toMatch(hours);
    expect(said).not.toMatch(rule);
  });
});
