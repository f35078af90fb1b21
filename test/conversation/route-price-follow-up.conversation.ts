import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A Hong Kong customer planning to send papers to Shenzhen (blind batch 41b: 14.3 "咁要幾錢" after the route's days heard
 * Hong Kong's local price list; 14.5 "觀塘有冇你哋嘅門市可以寄" after it heard the price list again): the price asked
 * without a place is the route's just asked about, and an outlet question after a price is an outlet question.
 * Wordings differ from the blind tester's.
 */
describe('a price and an outlet asked after a route', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '我想由香港寄啲文件上深圳 要幾多日到？', '咁幾錢呀', /HK\$45/],
    ['en-US', 'how many days from Hong Kong to Shenzhen for a document?', 'and how much does that cost?', /HK\$45/],
  ])("%s: the price after the route's days is that route's", async (locale, route, price, quoted) => {
    const [, answer] = await talk(h.adapter({ locale }), [route, price]);
    expect(all(answer)).toMatch(quoted);
    expect(all(answer)).not.toMatch(/HK\$30/);
  });

  it('zh-TW: an outlet asked after a price is answered with the outlet', async () => {
    const [, , outlet] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '香港寄深圳要幾多日',
      '咁要幾錢',
      '觀塘有冇你哋嘅門市可以寄嘢',
    ]);
    expect(all(outlet)).toMatch(/觀塘/);
    expect(all(outlet)).not.toMatch(/HK\$45|HK\$30/);
  });

  it('zh-TW: a city alone after a price is still priced', async () => {
    const [, city] = await talk(h.adapter({ locale: 'zh-TW' }), ['寄去上海要幾錢', '杭州呢']);
    expect(all(city)).toMatch(/HK\$45/);
  });
});
