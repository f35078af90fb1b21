import { botHarness, sendAll, type BotHarness } from './harness';

// The business account's follow-up is the turn right after its entry (or a follow-up answered), about the account:
// a parcel of the customer's own, late or stuck, is no question of the minimum volume; documents to send abroad are
// the parcel, not the account's paperwork (issue #17, review 28: item 1).
describe('the business-account follow-up reads only the account', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'do you have business accounts for my online shop?',
      'ok. my own parcel has been stuck for at least a week, who should I talk to?',
      /minimum volume|business-account terms/i,
    ],
    [
      'zh-CN',
      '你们有企业月结账户吗',
      '好的 另外我自己有个快递 到现在最少晚了三天了 怎么办',
      /起步寄件量|企业账户的规定/,
    ],
    ['zh-TW', '我們想申請企業月結', '好 另外我自己有一件包裹 到現在最少晚了三天了 怎麼辦', /最低寄件量|企業帳戶的規定/],
  ])(
    'a late parcel of their own after the entry (%s) is not the minimum volume',
    async (locale, entry, late, terms) => {
      const adapter = h.adapter({ locale });
      await sendAll(adapter, entry);
      const answer = await sendAll(adapter, late);
      expect(answer.text).not.toMatch(terms);
    },
  );

  it('documents to send abroad after the entry are the parcel, not how to apply', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'do you have business accounts for my online shop?');
    const documents = await sendAll(adapter, 'thanks. what documents do I need to send a parcel to Japan?');
    expect(documents.text).not.toContain('How to apply');
  });

  it.each([
    [
      'en-US',
      'do you have business accounts for my online shop?',
      'is there a minimum?',
      'where is the nearest outlet?',
    ],
    ['zh-CN', '你们有企业月结账户吗', '最少要寄多少件', '附近有网点吗'],
    ['zh-TW', '我們想申請企業月結', '最少要寄幾件', '附近有門市嗎'],
  ])(
    'a question on the account later, after another topic (%s), is no follow-up',
    async (locale, entry, minimum, other) => {
      const adapter = h.adapter({ locale });
      await sendAll(adapter, entry);
      await sendAll(adapter, other);
      const later = await sendAll(adapter, minimum);
      expect(later.text).not.toMatch(/minimum volume|起步寄件量|最低寄件量/);
    },
  );

  it('opens the reply with a capital when the first part is not how to apply', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'do you have business accounts for my online shop?');
    const minimum = await sendAll(adapter, 'is there a minimum number of parcels per month? and who do I talk to?');
    expect(minimum.text).toMatch(/^The minimum volume and who to talk to, from our business-account terms:/);
  });
});
