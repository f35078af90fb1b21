import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * "钱必须给我" beside a phone at the demand step (blind batch 23: 16.4): the money wanted paid to the customer is the
 * demand — taken with the phone, the demand question not put again.
 */
describe('money wanted paid to the customer, said with the phone at the demand step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes "pay me my money" in English as the demand', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the cash on delivery money never reached my account, 2 weeks now',
      'skip',
      'pay me my money, my number is 13912345678',
    ]);
    expect(last(replies)).toContain("You'd like: compensation");
    expect(last(replies)).not.toContain('What would you like us to do');
  });

  it('takes "钱一定要还我" in Simplified Chinese as the demand', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '代收的货款两周了还没到我账上',
      '跳过',
      '钱一定要还我，手机13912345678',
    ]);
    expect(last(replies)).toContain('诉求：赔偿');
    expect(last(replies)).not.toContain('您希望我们怎么处理');
  });

  it('takes "啲錢一定要俾返我" in Cantonese as the demand', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '代收貨款兩個禮拜都未入我戶口',
      '跳過',
      '啲錢一定要俾返我 電話91234567',
    ]);
    expect(last(replies)).toContain('要求：賠償');
    expect(last(replies)).not.toContain('點樣處理');
  });
});
