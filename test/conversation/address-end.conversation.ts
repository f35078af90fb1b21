import { botHarness, send, type BotHarness } from './harness';

// Where a new address ends (issue #17, engineers' notes): at a Chinese full stop with no space after it, before a wish
// for the courier said after it ("…and have the courier call me", "然後請司機先打電話"), and after the words of the
// change ("改送貨地址去…", "地址改到…"), never inside them.
describe('the new address read to its end, and no further', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('stops at 。 and keeps the call asked after it, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 收件人尾号4444');
    const said = (await send(chat, '改寄到杭州市西湖区文三路90号。后天我出差，让师傅送之前打个电话')).join('\n');
    expect(said).toContain('改送到 杭州市西湖区文三路90号，');
    expect(said).not.toContain('后天我出差');
    expect(said).toContain('尾号4444');
  });

  it('reads the address after "改收件地址去" and stops before the call, in Traditional Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    const said = (await send(chat, '改收件地址去荃灣青山公路388號8樓 然後請司機先打電話給我')).join('\n');
    expect(said).toContain('改送到 荃灣青山公路388號8樓，');
    expect(said).not.toContain('件地址去');
    expect(said).not.toContain('然後請司機');
  });

  it('keeps the call-first wish out of the address, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF1402837465921 recipient last 4 4444');
    const said = (
      await send(chat, 'please ship it to 3 Garden Rd, Central instead, then get the driver to phone me')
    ).join('\n');
    expect(said).toContain('deliver it to 3 Garden Rd, Central, calling');
    expect(said).not.toContain('phone me (');
  });

  it('reads "地址改到…" with nothing before it', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    const said = (await send(chat, '地址改到旺角彌敦道600號10樓')).join('\n');
    expect(said).toContain('改送到 旺角彌敦道600號10樓');
  });
});
