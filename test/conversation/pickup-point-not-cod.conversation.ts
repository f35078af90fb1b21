import { botHarness, send, type BotHarness } from './harness';

// A pickup point (代收点) named in a type correction at the summary is no cash-on-delivery complaint (review 31b,
// finding 4: "已改为'增值服务未履行'").
describe('a pickup point named when the type is corrected', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', 'SF2210478832106 晚了三天，我要投诉', '赔偿', '跳过', '不是延误，是快递员没通知就放到代收点了'],
    ['zh-TW', 'SF2210478832106 晚了三天，我要客訴', '賠償', '跳過', '不是延誤，是快遞員沒通知就放到代收點了'],
  ])('is not read as cash on delivery (%s)', async (locale, ...turns) => {
    const chat = h.adapter({ locale });
    let said = '';
    for (const text of turns) said = (await send(chat, text)).join('\n');
    expect(said).not.toMatch(/增值服务未履行|加值服務未履行|增值服務未履行/);
  });

  it('still reads cash collected on delivery as that type', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    for (const text of ['SF2210478832106 晚了三天，我要投诉', '赔偿', '跳过']) await send(chat, text);
    const said = (await send(chat, '不是延误，是代收货款没给我')).join('\n');
    expect(said).toContain('增值服务未履行');
  });
});
