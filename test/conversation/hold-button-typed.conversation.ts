import { botHarness, send, type BotHarness } from './harness';

// A hold button's words typed as the message ("放网点自取", "放營業所自取", "Hold it at the station") ask for the hold,
// as the button does — never a complaint that the courier left the parcel at the station (issue #17, engineers' notes).
describe('a hold button typed as text starts the hold', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the Simplified button after a hub pickup was turned down, and records the hold', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'YT6865635515058 能去分拨中心自提吗');
    const said = (await send(chat, '放网点自取。')).join('\n');
    expect(said).not.toContain('您希望我们怎么处理');
    expect(said).toContain('后4位');
    expect((await send(chat, '7777')).join('\n')).toContain('暂存');
  });

  it('takes the Traditional and Cantonese wordings in a zh-TW chat', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    expect((await send(chat, '放營業所自取')).join('\n')).toContain('暫存');
    const other = h.adapter({ locale: 'zh-TW' });
    await send(other, 'SF2210478832106 收件人末四碼6666');
    expect((await send(other, '放服務點自取啦')).join('\n')).toMatch(/暫存|自取/);
  });

  it('takes the English button typed, with a please', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF1402837465921 recipient last 4 4444');
    const said = (await send(chat, 'hold it at the station please')).join('\n');
    expect(said).toContain('hold it at');
    expect(said).not.toContain('What would you like us to do?');
  });
});
