import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Where the parcel goes said in one message ("想寄些吃的给在台北的儿子，能寄吗"), the price and the time asked in the
 * next with no place ("运费呢？三公斤左右，几天到？"): both are of that route — priced from the fee table, with the route's
 * usual time — not the general transit times alone (issue #17, blind batch 23: 18.2 heard only the times).
 */
describe('a price and a time asked after the destination was said', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '想寄些吃的给在台北的儿子，零食能寄吗', '运费呢？三公斤左右，几天到？', /台北，3 公斤/, /台北：一般/],
    ['zh-TW', '我想寄一箱衣服到香港給朋友', '運費怎麼算？差不多4公斤，要多久才到？', /香港，4 公斤/, /香港：一般/],
    [
      'en-US',
      "I'd like to ship some books to Macau for a friend",
      'What would 1.5 kg cost, and how many days does it take?',
      /Macau, 1\.5 kg/,
      /Macau: usually/,
    ],
  ] as const)('%s: the route said before is priced and timed', async (locale, first, asked, price, time) => {
    const replies = await talk(h.adapter({ locale }), [first, asked]);
    const answer = all(replies[1]);
    expect(answer).toMatch(price);
    expect(answer).toMatch(time);
    expect(answer).toMatch(/=/);
  });

  it('a place named in the question itself still decides', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['我想寄东西去香港', '寄2公斤到北京多少钱，几天到？']);
    expect(all(replies[1])).toMatch(/北京，2 公斤/);
    expect(all(replies[1])).not.toMatch(/香港，2 公斤/);
  });
});
