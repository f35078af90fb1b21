import { botHarness, talk, type BotHarness } from './harness';

/**
 * The complaint offered about a delivered parcel's cash-on-delivery money, taken up with a deadline or a threat
 * ("if it's not in my account by Friday…, file it now"): COD money not paid over (value_added, "paid service not
 * honoured"), never a delay of a parcel that arrived, and its account says the money is missing (blind 29: 08.6).
 */
describe('the offered COD complaint taken up in the customer’s words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('files it as COD money not paid in English, with the money told in its account', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 was signed for yesterday and the buyer paid 640 cash on delivery, I never got a penny. when is it paid to me?',
      'unless it lands in my bank by wednesday I am going to the press. open the complaint now',
      '13912345678',
      'the money paid to me',
    ]);
    const summary = replies.flat().find((r) => r.includes("Here's your complaint")) ?? '';
    expect(summary).toContain('Type: paid service not honoured');
    expect(summary).toContain('640 cash on delivery');
  });

  it('files it as COD money not paid in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 昨天签收了，代收货款什么时候打给我？',
      '礼拜三之前还不到账我就去消协，现在就给我投诉',
      '13912345678',
      '把钱打给我',
    ]);
    const summary = replies.flat().find((r) => r.includes('您的投诉信息')) ?? '';
    expect(summary).toContain('类型：增值服务未履行');
    expect(summary).toContain('代收货款什么时候打给我');
  });

  it('files it as COD money not paid in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 昨天簽收了，代收貨款什麼時候會撥給我？',
      '星期三前沒入帳我就找消保官，現在就幫我客訴',
      '0912345678',
      '把錢撥給我',
    ]);
    const summary = replies.flat().find((r) => r.includes('您的客訴資訊')) ?? '';
    expect(summary).toContain('類型：增值服務未履行');
    expect(summary).not.toContain('延誤');
  });
});
