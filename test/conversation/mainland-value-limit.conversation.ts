import { botHarness, talk, type BotHarness } from './harness';

// Whether a watch may be sent into the Mainland, its value said a message before: yes, and a value over the Mainland's
// personal-parcel limit (CNY 800 from Hong Kong, Macau or Taiwan) is taxed or held — not the general list alone
// (blind 29: 30.4). Worded unlike the fixture.
describe('a watch sent into the Mainland, and its value against the personal-parcel limit', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says so in English for a Hong Kong sender', async () => {
    const replies = await talk(h.adapter({ locale: 'en-HK' }), [
      "I'd like to send a watch worth HK$15,000 from Hong Kong to Guangzhou",
      'can watches be sent?',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('Watches may be sent');
    expect(answer).toContain("At HK$15,000, these goods are over the Mainland's limit for a personal parcel (CNY 800)");
  });

  it('says so in Traditional Chinese for a Taiwan sender', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我想從台北寄一支手錶到上海，價值 NT$60,000',
      '手錶可以寄嗎？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('手錶可以寄');
    expect(answer).toContain('價值 NT$60,000，超過內地個人物品包裹的限值（人民幣 800 元）');
  });

  it('says so in Simplified Chinese for a sender in Hong Kong', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我在香港，想寄一块手表到广州给我妈，价值一万港币',
      '手表能寄吗？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('手表可以寄');
    expect(answer).toContain('价值 HK$10,000，超过内地个人物品包裹的限值（人民币 800 元）');
  });

  it('says nothing of the limit in Cantonese for a watch worth less', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), ['想寄隻手錶返廣州俾阿媽，值 300 蚊', '手錶寄唔寄得？']);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('手錶可以寄');
    expect(answer).not.toContain('超過內地個人物品包裹嘅限值');
  });
});
