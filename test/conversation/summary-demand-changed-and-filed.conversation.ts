import { botHarness, talk, type BotHarness } from './harness';

/**
 * At the summary, a new demand and the word to file it in one message: the demand is changed, said so, and the
 * complaint filed with it — what was filed shown, its type unchanged (blind-30 14.6 filed in silence over the change).
 */
describe('a demand changed in the message that files the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const toSummary = (apology: string, phone: string, skip: string) => [apology, phone, skip];

  it('changes the demand and files it in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 收到了 里面的花瓶摔坏了',
      '收件人 1111',
      ...toSummary('道歉', '13800001111', '跳过'),
      '把诉求换成赔偿，改好直接提交',
    ]);
    const said = replies[5]?.join('\n') ?? '';
    expect(said).toContain('诉求已改为：赔偿');
    expect(said).toContain('工单号');
    expect(said).toContain('- 诉求：赔偿');
    expect(said).not.toContain('诉求：道歉');
    expect(said).not.toContain('已改为“');
  });

  it('changes the demand and files it in Taiwan Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 收到了 裡面的花瓶摔壞了',
      '收件人 1111',
      ...toSummary('道歉', '0912345678', '跳過'),
      '訴求換成賠償，改完就送出',
    ]);
    const said = replies[5]?.join('\n') ?? '';
    expect(said).toContain('訴求已改為：賠償');
    expect(said).toContain('- 訴求：賠償');
    expect(said).not.toContain('訴求：道歉');
  });

  it('changes the demand and files it in Cantonese', async () => {
    const hk = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 收到 入面個花樽爛咗',
      '收件人 1111',
      ...toSummary('道歉', '91234567', '跳過'),
      '要求改做賠償，改完幫我提交',
    ]);
    const hkSaid = hk[5]?.join('\n') ?? '';
    expect(hkSaid).toContain('要求已經改做：賠償');
    expect(hkSaid).toContain('- 要求：賠償');
    expect(hkSaid).not.toContain('道歉');
  });

  it('changes the demand and files it in English', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 arrived with the vase inside shattered',
      'recipient, 1111',
      ...toSummary('an apology', '13800001111', 'skip'),
      'switch the request to compensation and then submit',
    ]);
    const enSaid = en[5]?.join('\n') ?? '';
    expect(enSaid).toContain('changed what you would like to: compensation');
    expect(enSaid).toContain('Your complaint is filed');
    expect(enSaid).toContain("You'd like: compensation");
    expect(enSaid).not.toContain("You'd like: an apology");
  });
});
