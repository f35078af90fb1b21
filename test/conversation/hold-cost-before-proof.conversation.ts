import { botHarness, talk, type BotHarness } from './harness';

// A hold asked for with its storage fee before the parcel is proved: the parcel's market's rule said with the question
// for the digits, and again when the customer asks again — never left for after the digits (blind 29: 07.3, 07.4).
// Worded unlike the fixture.
describe('what a hold costs, said while the last 4 digits are still asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives the free days and the daily fee in English with the digits question, and again when asked again', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      "I'm away until Friday, please leave SF1402837465921 at your depot for me. do you charge for keeping it?",
      'just tell me if holding it costs money, what do you charge per day?',
    ]);
    const first = replies[0]?.join('\n') ?? '';
    expect(first).toContain('free for the first 3 days, then CNY 1 a day');
    expect(first).toContain('last 4 digits');
    const again = replies[1]?.join('\n') ?? '';
    expect(again).toMatch(/free for (the first )?3 days, then CNY 1 a day/);
    expect(again).toContain('last 4 digits');
  });

  it('gives it in Simplified Chinese before the digits come', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 这几天不在家，先放你们站点我自己去拿，存放要钱吗？',
    ]);
    const first = replies[0]?.join('\n') ?? '';
    expect(first).toContain('3 天');
    expect(first).toContain('1 元');
    expect(first).toContain('后4位');
  });

  it('gives it in Cantonese before the digits come', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 呢幾日唔喺屋企，幫我留喺站等我自己去攞，倉租點計㗎？',
    ]);
    const first = replies[0]?.join('\n') ?? '';
    expect(first).toContain('3 日');
    expect(first).toContain('人民幣 1 元');
  });
});
