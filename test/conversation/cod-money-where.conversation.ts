import { botHarness, talk, type BotHarness } from './harness';

/**
 * "钱呢？", "so where is my money?" in a complaint about cash on delivery not paid over: when that money is paid out
 * (the market's remittance rule) and that the complaint traces the cash — the money paid over taken as the demand, not
 * "no specific demand" (blind 28: 16.3).
 */
describe('where the COD money is, asked in its complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says the rule and the trace in Simplified Chinese, and takes the money as the demand', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 签收好几天了，代收货款2000元还没到账',
      '9999',
      '买家说钱早就当面给快递员了，我的钱去哪了？',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('回款时间');
    expect(said).toContain('追查快递员收下的货款');
    expect(said).not.toContain('暂无具体要求');
  });

  it('does the same in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 was delivered but the COD money of 700 has not been paid to me',
      '9999',
      'the buyer handed the cash to your driver. so where is my money?',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('Remittance');
    expect(said).toContain('traces the cash the courier collected');
    expect(said).not.toContain('no specific demand');
  });

  it('does the same in Hong Kong Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 簽收咗幾日，代收貨款仲未入帳',
      '9999',
      '買家話已經俾咗現金速遞員，錢去咗邊？',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('追查速遞員收咗嘅貨款');
  });
});
