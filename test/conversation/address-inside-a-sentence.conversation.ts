import { botHarness, send, type BotHarness } from './harness';

// Where what to do with a parcel is asked, a sentence about the customer is not the new address: only the road and
// number it holds are (review 31b, finding 2: "已请我们的团队改送到 我在南京路100号上班，白天不在家").
describe('an address inside a sentence about the customer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the road and number, not the sentence, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 收件人尾号4444');
    await send(chat, '能改一下派送吗');
    const said = (await send(chat, '我在南京路100号上班，白天不在家')).join('\n');
    expect(said).not.toContain('上班，白天不在家（');
    expect(said).not.toContain('改送到 我在');
    expect(said).toContain('南京路100号');
  });

  it('takes the road and number, not the sentence, in Traditional Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    await send(chat, '可以改一下派送嗎');
    const said = (await send(chat, '我在南京路100號上班，白天不在家')).join('\n');
    expect(said).not.toContain('改送到 我在');
    expect(said).toContain('南京路100號');
  });

  it('still takes a whole message that is an address', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 收件人尾号4444');
    await send(chat, '能改一下派送吗');
    const said = (await send(chat, '上海市徐汇区漕溪北路88号')).join('\n');
    expect(said).toContain('改送到 上海市徐汇区漕溪北路88号');
  });
});
