import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * In a data-leak complaint after a scam call, "should I go to the police? will the answer be in writing?": yes, with
 * the police and anti-fraud lines and that the courier never asks anyone to add a QQ or WeChat account; and how the
 * answer comes on this channel — never "I can't answer that here" (issue #17, blind batch 28: 14.4).
 */
describe('the police and a written answer, asked in a data-leak complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers both in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(
      adapter,
      'a caller knew my name and address and said SF1402837465921 was lost, wanted me on WeChat for a refund. did you leak my data?',
    );
    const { text } = await sendAll(
      adapter,
      'do I need to report this to the police? and do I get your answer in writing?',
    );
    expect(text).toContain('110 / 96110');
    expect(text).toContain('never ask anyone to add a QQ or WeChat');
    expect(text).toContain('in writing');
    expect(text).not.toContain("can't answer");
  });

  it('answers both in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(
      adapter,
      '有个骗子打电话，知道我的名字和住址，还说出了我的快递 SF1402837465921，叫我加他QQ，你们是不是泄露了我的信息',
    );
    const { text } = await sendAll(adapter, '要不要去报案？处理结果有书面的吗');
    expect(text).toContain('110 / 96110');
    expect(text).toContain('书面答复');
  });

  it('answers both in Cantonese, with Hong Kong lines for a Hong Kong customer', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await sendAll(
      adapter,
      '有個騙徒打嚟講得出我個名同地址，仲知道我有件 SF1402837465921，叫我加佢微信，係咪你哋洩漏咗我啲資料',
    );
    const { text } = await sendAll(adapter, '使唔使報警呀？會唔會有書面回覆？');
    expect(text).toContain('999 / 18222');
    expect(text).toContain('書面回覆');
  });
});
