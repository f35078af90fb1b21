import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * A seller's fee complaint whose refund goes to someone else — their buyer, customer, the recipient (blind batch 27:
 * 13.3–13.4): a refund demand all the same, with who gets it noted beside it, and the complaint still a fee dispute
 * though the buyer was the one who shouted (the buyer's anger at the seller is no courier's attitude).
 */
describe('a refund wanted for a third party', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes "refund the extra to my customer" in English as a refund, still a fee dispute', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'my customer shouted at me on the phone, your driver took $20 more than the COD amount from her',
      'skip',
      'please refund the extra to my customer',
      '13912345678',
    ]);
    const summary = last(replies);
    expect(summary).toMatch(/refund \([^)]*my customer\)/);
    expect(summary).toContain('fee dispute');
    expect(summary).not.toContain('attitude');
    expect(replies.flat().filter((r) => r.includes('What would you like us to do'))).toHaveLength(1);
  });

  it('takes "退还给我的顾客" in Simplified Chinese as a refund, still a fee dispute', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '顾客收货后打电话来骂我，说你们派件员多收了他15块钱',
      '跳过',
      '多出来的15块要退还给我的顾客',
      '13912345678',
    ]);
    const summary = last(replies);
    expect(summary).toMatch(/诉求：退款（[^）]*顾客）/);
    expect(summary).toContain('费用争议');
    expect(summary).not.toContain('服务态度');
    expect(summary).not.toContain('暂无具体要求');
  });

  it('takes "退返俾我啲客人" in Cantonese as a refund, still a fee dispute', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我啲客人打嚟罵我，話你哋速遞員收多咗佢三十蚊',
      '跳過',
      '收多咗嘅錢要退返俾我啲客人',
      '91234567',
    ]);
    const summary = last(replies);
    expect(summary).toMatch(/退款（[^）]*客人）/);
    expect(summary).toContain('費用爭議');
    expect(summary).not.toContain('服務態度');
  });
});
