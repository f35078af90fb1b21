import { botHarness, send, talk, type BotHarness } from './harness';

// At the summary, "fix it" / "change it to …" / "what happened is …": a readable correction is applied and said so;
// one that changes nothing never hears "updated" — what to change is asked (blind batch 29: 02.6).
describe('a correction at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('rewrites the account in English and never says updated when nothing changed', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'YT6865635515058 has not moved for 4 days, I want it sent on, this is ridiculous',
      'im the sender, last four 8888',
      'reach me on 13912345678',
    ]);
    const asked = (await send(adapter, 'why is it listed as that?? sort it out')).join('\n');
    expect(asked).toContain('Nothing is changed yet');
    expect(asked).not.toContain("I've updated it");
    const fixed = (
      await send(adapter, 'the description should say: it sat in one hub for 4 days, not my phone number')
    ).join('\n');
    expect(fixed).toContain("I've updated it");
    expect(fixed).toContain('What happened: it sat in one hub for 4 days\n');
    expect(fixed).not.toContain('an explanation');
    const changed = (await send(adapter, 'change it to: nobody at the station answers my calls either')).join('\n');
    expect(changed).toContain('What happened: nobody at the station answers my calls either');
  });

  it('rewrites the account in Simplified Chinese and asks what to change for a bare question', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['YT6865635515058四天没动了，我要投诉，赶紧给我送', '寄件人，尾号8888', '13912345678']);
    const asked = (await send(adapter, '为什么显示成这样？')).join('\n');
    expect(asked).toContain('还没有改动任何内容');
    expect(asked).not.toContain('已为您修改');
    const fixed = (await send(adapter, '事情经过应该是：包裹在中转站停了四天没人管，不是我的电话')).join('\n');
    expect(fixed).toContain('已为您修改');
    expect(fixed).toContain('情况：包裹在中转站停了四天没人管\n');
  });

  it('rewrites the account in Traditional Chinese, said as "改成"', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, ['YT6865635515058四天都沒動，我要客訴，請盡快派送', '寄件人，末四碼8888', '0912345678']);
    const fixed = (await send(adapter, '幫我改成：轉運中心放了四天都沒處理，打電話也沒人接')).join('\n');
    expect(fixed).toContain('已為您修改');
    expect(fixed).toContain('情況：轉運中心放了四天都沒處理，打電話也沒人接');
  });
});
