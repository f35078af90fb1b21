import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/** A short letters-and-digits token meant as a number is named as not valid, with why (blind-31 30.3). */
describe('a short tracking number attempt', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    { locale: 'en-US', turns: ['can you check YT40512 for me'], named: /YT40512 is too short/ },
    { locale: 'zh-CN', turns: ['帮我查下 JT3344556'], named: /JT3344556 位数太少/ },
    { locale: 'zh-TW', turns: ['我想改送貨時間', '單號係 ST7788990'], named: /ST7788990/ },
  ])('$locale: named back, not asked for as if none was sent', async ({ locale, turns, named }) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).toMatch(named);
    expect(all(replies.at(-1))).not.toMatch(/still need the tracking number|仲需要運單號碼|Which parcel/);
  });
});
