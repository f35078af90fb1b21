import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned, delivered } = DEMO_TRACKING;
const said = (turns: string[][]) => turns.map((t) => t.join('\n')).join('\n');

/**
 * Demands nobody asked for (issue #17, blind batch 29: 10.3 noted "redelivery, refund" for "I want the 15 back" after
 * a "'re-delivery fee'"; 14.4 and 14.7 kept 重新派送 for "我还要重新寄过去" and "诉求不是重新派送，我自己重寄"): a fee's
 * name is no redelivery, a resend the customer makes themselves is none, and "the demand is not X" at the summary
 * takes X off. Wording differs from the fixtures'.
 */
describe('demands the customer did not ask for are not recorded', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `complaint: the driver for ${delivered} was rude to my father and made us pay a 20 yuan "redelivery charge". I want my 20 back, phone 13812342222`,
      /You'd like: refund/,
      /redelivery,|You'd like: redelivery/,
    ],
    [
      'zh-CN',
      `我要投诉 ${delivered} 的快递员态度很差，还硬收了我们20块二次派送费，我要退那20块，电话13812342222`,
      /诉求：退款/,
      /诉求：[^\n]*重新派送/,
    ],
    [
      'zh-TW',
      `我要投訴 ${delivered} 個速遞員好惡，仲要我哋俾20蚊重新派送費先肯交件，我要退返嗰20蚊，電話0922342222`,
      /要求：退款/,
      /要求：[^\n]*重新派送/,
    ],
  ])('%s: a fee by its name is no redelivery', async (locale, opening, refund, redelivery) => {
    const replies = await talk(h.adapter({ locale, user: `fee-name-${locale}` }), [opening, '1111']);
    expect(said(replies)).toMatch(refund);
    expect(said(replies)).not.toMatch(redelivery);
  });

  it.each([
    [
      'zh-CN',
      `我要投诉，${returned} 莫名其妙被退回了，我要求重新派送，电话13812342222`,
      '不是要重新派送，包裹我自己再寄一次。我要退运费，另外要道歉',
      /诉求：退款、道歉/,
      /诉求：[^\n]*重新派送/,
    ],
    [
      'zh-TW',
      `我要投訴：${returned} 無端端俾人退件，我要求重新派送，電話0922342222`,
      '唔係要重新派送，我自己再寄過。我要退返運費，仲要道歉',
      /要求：退款、道歉/,
      /要求：[^\n]*重新派送/,
    ],
    [
      'en-US',
      `complaint: ${returned} was sent back for no reason, I want it redelivered, my phone is 13812342222`,
      "the demand isn't a redelivery, I'll post it again myself. I want the postage refunded, and an apology too",
      /You'd like: refund, an apology/,
      /You'd like: [^\n]*redelivery/,
    ],
  ])('%s: "not X" at the summary, a resend of their own', async (locale, opening, correction, now, gone) => {
    const replies = await talk(h.adapter({ locale, user: `not-x-${locale}` }), [opening, correction]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(now);
    expect(last).not.toMatch(gone);
  });
});
