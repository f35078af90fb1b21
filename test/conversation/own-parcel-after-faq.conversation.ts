import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Right after a FAQ answer (the business account, a price), the customer's own parcel in trouble ("a package of mine
 * hasn't moved in days, who can help?", "我自己有个快递好几天没动了，找谁处理？", "我自己的包裹一直沒到，要問誰？"): that
 * parcel's need — its number asked to track it and take the complaint — not the price list nor the entry again
 * (issue #17).
 */
describe('the customer’s own parcel right after a FAQ answer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'can my company get monthly billing?',
      "my package hasn't moved in days, who can help me?",
      /tracking number/,
    ],
    ['zh-CN', '公司可以开月结吗', '我自己有个快递好几天没动了，找谁处理？', /单号/],
    ['zh-TW', '運費怎麼算？', '我自己的包裹一直沒到，要問誰？', /單號/],
  ] as const)('%s: the parcel’s number is asked, no price list', async (locale, faq, own, asks) => {
    const replies = await talk(h.adapter({ locale }), [faq, own]);
    const answer = all(replies[1]);
    expect(answer).toMatch(asks);
    expect(answer).not.toMatch(/first kg|首重|monthly billing|月结|月結/);
  });
});
