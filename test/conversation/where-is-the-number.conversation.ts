import { botHarness, talk, type BotHarness } from './harness';

/**
 * "How do I find the number?", "I don't have the tracking number", "单号在哪里能查到", "點樣搵個運單號碼" before any
 * parcel was spoken of: where a tracking number is found (the sender's receipt, the seller's order page, our text
 * message) and that a person can help — not the number asked for again, nor "not understood" (issue #17, blind batch
 * 32: 10.2–10.3). A complaint without its number is still taken as a complaint. New wording in each language.
 */
describe('where the tracking number is found', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'where would I get the tracking number from?', /seller's order page/],
    ['en-US', 'how can I get hold of the tracking number? my aunt posted it last week', /sender's receipt/],
    ['zh-CN', '单号在哪里能查到？', /卖家的订单页面/],
    ['zh-TW', '點樣搵個運單號碼？', /寄件收據/],
  ])('%s: %s', async (locale, asked, where) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect((answer ?? []).join('\n')).toMatch(where);
  });

  it('still takes a lost parcel without its number as a complaint', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['包裹丢了，我不知道单号']);
    expect((answer ?? []).join('\n')).not.toMatch(/卖家的订单页面/);
  });
});
