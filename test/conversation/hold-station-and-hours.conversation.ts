import { botHarness, send, type BotHarness } from './harness';

// "How long is it kept? Where's the station, when does it close?" after a hold: every question answered — the storage
// time, where it waits and the station's hours (issue #17, blind-28 15.4, which heard only the storage time).
describe('where a held parcel waits and the hours, asked with how long it is kept', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers all three in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF2210478832106 收件人尾号6666');
    await send(chat, '帮我放到网点，我自己去拿');
    const said = (await send(chat, '保管几天呀 网点地址在哪里 晚上几点关门')).join('\n');
    expect(said).toContain('保管期');
    expect(said).toContain('建国路');
    expect(said).toContain('20:00');
  });

  it('answers all three in Traditional Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    await send(chat, '幫我暫存營業所，我自己去取');
    const said = (await send(chat, '會保留幾天？營業所在哪裡，幾點關門？')).join('\n');
    expect(said).toContain('保管期');
    expect(said).toContain('張楊路');
    expect(said).toContain('20:00');
  });

  it('answers all three in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF2210478832106 recipient last 4 6666');
    await send(chat, 'keep it at the station please, I will pick it up');
    const said = (
      await send(chat, 'how many days will you keep it, where is the station and when does it close?')
    ).join('\n');
    expect(said).toContain('How long a parcel is kept');
    expect(said).toContain('Jianguo Road');
    expect(said).toContain('20:00');
  });
});
