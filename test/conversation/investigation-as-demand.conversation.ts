import { botHarness, talk, type BotHarness } from './harness';

/**
 * "查清楚是谁泄露的，给我书面答复，不然我就去消协", "investigate it and answer me in writing": an investigation and a
 * written reply are what the customer wants (an explanation) — taken at the remedy question, never "no specific
 * demand" (blind 29: 19.2–19.3).
 */
describe('an investigation and a written reply, asked at the remedy question', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      'JT0001234567890 刚签收，马上就有陌生人打电话报出我的姓名和住址，你们把我信息泄露了',
      '给我调查明白，出个书面说明，不然我就找消协',
      '13912345678',
      /诉求：给个说法/,
    ],
    [
      'zh-TW',
      'JT0001234567890 昨天到貨，今天就一堆詐騙電話叫得出我名字跟地址，一定是你們洩露個資',
      '請你們調查清楚，給我書面回覆，不然我就去檢舉',
      '0912345678',
      /訴求：給個說法/,
    ],
    [
      'en-US',
      'JT0001234567890 arrived yesterday and today strangers are calling me by name about my address - your company leaked my data',
      'I want a proper investigation and an answer in writing, or I go to the regulator',
      '13912345678',
      /You'd like: an explanation/,
    ],
  ])('takes it as the demand in %s', async (locale, opening, wanted, phone, said) => {
    const replies = await talk(h.adapter({ locale }), [opening, wanted, phone]);
    const all = replies.flat().join('\n');
    expect(all).toMatch(said);
    expect(all).not.toMatch(/暂无具体要求|暫無具體要求|no specific demand/);
  });
});
