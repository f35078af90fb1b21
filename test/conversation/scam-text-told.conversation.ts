import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A scam text told or pasted without quotes the bot knows ('…' in single quotes, after a colon, or in the customer's
 * own words) and "is this you?": the warning (we never ask for fees by link; don't click) is the whole answer — no
 * redelivery, hold or customs entry, and no fee complaint started (issue #17).
 */
describe('a scam text asking for a fee by link, doubted', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      "Just got this SMS: 'Delivery failed. Settle the outstanding $1.99 shipping charge here: https://track-fix.example/q' was it you guys?",
      /^That message isn't from us/,
    ],
    [
      'en-US',
      'someone texted me that my box is held until I pay a storage fee through their link, is that really you?',
      /^That message isn't from us/,
    ],
    [
      'zh-CN',
      '刚收到一条短信：您的快件因地址不全滞留，请在 https://kd-fix.example/p 支付2元重新配送费 这个是你们发的吗',
      /^这条信息不是我们发的/,
    ],
    ['zh-TW', '收到一封簡訊說我的包裹要付倉儲費才能配送，要我點連結付款，是你們發的嗎？', /^這則訊息不是我們發的/],
  ] as const)('%s: the warning only', async (locale, message, notUs) => {
    const replies = await talk(h.adapter({ locale }), [message]);
    const answer = all(replies[0]);
    expect(answer).toMatch(notUs);
    expect(answer).not.toMatch(
      /Holds and changes|Customs and duties|tracking number|暂存|暫存|单号|單號|關稅|关税|為了不弄錯|为了不弄错/,
    );
    expect(replies[0]).toHaveLength(1);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
