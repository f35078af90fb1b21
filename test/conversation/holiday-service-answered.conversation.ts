import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17 (blind-30 25.4): whether the courier works over a holiday — New Year's Eve, the Lunar New Year, Christmas —
 * asked with or without "you" ("跨年那幾天有照常收送嗎", "过年期间还派送吗") is answered from the knowledge entry on
 * public holidays of the customer's market (outlet hours, pickups, deliveries), never taken for a parcel's question.
 */
describe('a question about service over the holidays gets the market’s holiday entry', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = async (locale: string, turns: string[]): Promise<string> =>
    ((await talk(h.adapter({ locale }), turns)).at(-1) ?? []).join('\n');

  it.each([
    ['zh-TW', ['我在高雄', '除夕到初三有沒有照常配送？'], /國定假日：.*初四起恢復/],
    ['zh-CN', ['春节那几天还揽收吗'], /法定节假日：/],
    ['en-US', ['will pickups run as normal on New Year’s Day?'], /Public holidays: .*New Year's Day/],
    ['zh-TW', ['我喺沙田', '農曆新年仲有冇派件㗎？'], /公眾假期：.*年初四恢復/],
    [
      'en-US',
      ['I live in Mong Kok', 'do you guys deliver on christmas?'],
      /Public holidays: .*door pickups are not collected/,
    ],
  ])('%s: %j', async (locale, turns, entry) => {
    const said = await last(locale, turns);
    expect(said).toMatch(entry);
    expect(said).not.toMatch(/tracking number|單號|单号|運單/i);
  });
});
