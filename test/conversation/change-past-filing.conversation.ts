import { botHarness, send, type BotHarness } from './harness';

// A change of delivery asked for in a complaint and still waiting for the last 4 digits when the complaint is filed is
// not dropped: after filing, the digits are asked for again, and sending them records it (issue #17, engineers' notes).
describe('a change waiting for its digits carried past filing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('asks for the digits after filing and records the change with them, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'complaint: SF2210478832106 is 3 days late and nobody tells me anything');
    await send(chat, 'an explanation, and can the courier ring the bell loudly when he comes');
    await send(chat, 'skip');
    const filed = (await send(chat, 'submit')).join('\n');
    expect(filed).toContain('is filed');
    expect(filed).toContain('nothing has been changed on SF2210478832106 yet');
    expect((await send(chat, '6666')).join('\n')).toContain('ring the bell loudly');
  });

  it('does the same in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, '投诉 SF2210478832106 晚了三天都没人管');
    await send(chat, '给个说法，另外送货时请敲门');
    await send(chat, '跳过');
    const filed = (await send(chat, '提交')).join('\n');
    expect(filed).toContain('投诉已登记');
    expect(filed).toContain('SF2210478832106');
    expect(filed).toContain('后4位');
    expect((await send(chat, '6666')).join('\n')).toContain('敲门');
  });

  it('does the same in Cantonese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我要投訴 SF2210478832106 遲咗三日，速遞員又唔覆');
    await send(chat, '畀個解釋，同埋送嚟嗰陣記得拍門');
    await send(chat, '跳過');
    const filed = (await send(chat, '提交')).join('\n');
    expect(filed).toContain('SF2210478832106');
    expect(filed).toMatch(/尾4位|末4碼/);
    expect((await send(chat, '6666')).join('\n')).toContain('拍門');
  });
});
