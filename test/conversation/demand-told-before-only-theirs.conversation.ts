import { botHarness, talk, type BotHarness } from './harness';

/**
 * A demand is taken from the message before the complaint only when it told the customer's own wish about this parcel —
 * never from a question of the rules, someone else's words or a message about another parcel (issue #17 review of
 * earlier-demand.ts: "如果包裹丢了能赔多少钱？" then a delay complaint was noted as wanting compensation). A wish
 * asked about their own parcel one message before is still taken: demand-told-before.conversation.ts.
 */
describe('a demand is taken from the message before only when it was the customer’s own wish for this parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const opening = async (locale: string, turns: string[]): Promise<string> => {
    const replies = await talk(h.adapter({ locale }), turns);
    return (replies[turns.length - 1] ?? []).join('\n');
  };

  it('takes no compensation from a question of what a lost parcel is paid (zh-CN)', async () => {
    const first = await opening('zh-CN', ['如果包裹丢了能赔多少钱？', 'SF2210478832106 晚了三天了，我要投诉']);
    expect(first).not.toContain('已记下您的诉求');
  });

  it('takes no refund from what the seller said about a return (zh-CN)', async () => {
    const first = await opening('zh-CN', ['卖家说可以退货，退回去的运费谁出？', '另外 SF2210478832106 晚了三天，投诉']);
    expect(first).not.toContain('已记下您的诉求');
  });

  it('takes no refund from a question of whether fees are refunded when parcels are late (en)', async () => {
    const first = await opening('en-US', [
      'Do you refund the fee if a parcel is late?',
      'I want to complain, SF2210478832106 is late',
    ]);
    expect(first).not.toContain("what you'd like");
  });

  it('takes no compensation from a Cantonese question of what a broken parcel is paid (zh-TW)', async () => {
    const first = await opening('zh-TW', ['如果件貨爛咗可以賠幾多？', 'SF2210478832106 遲咗三日，我要投訴']);
    expect(first).not.toContain('記低你嘅要求');
    expect(first).not.toContain('已記下您的訴求');
  });
});
