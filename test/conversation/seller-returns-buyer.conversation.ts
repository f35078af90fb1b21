import { botHarness, sendAll, type BotHarness } from './harness';

// A buyer returning to a seller, or someone told by customer service they can return, is no seller asking about their
// buyers' returns: never "returns at your cost: have your buyers send them to you" (issue #17, review 28: item 3).
describe('a buyer is not answered as a seller', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '我是买家 想退货给卖家 可以到付吗', /退货运费算您的/],
    ['zh-TW', '我是買家 想退貨給賣家 可以到付嗎', /退貨運費算您的|退貨運費計你數/],
    [
      'en-US',
      "I'm the buyer and I want to return it to the seller, can I send it freight collect?",
      /Returns at your cost/,
    ],
    ['en-US', 'The customer service said I can return it. Do I pay the postage?', /Returns at your cost/],
    ['zh-CN', '客服说我可以退货 运费我付吗', /退货运费算您的/],
    ['zh-TW', '客服說我可以退貨 運費我付嗎', /退貨運費算您的|退貨運費計你數/],
  ])('%s: %s', async (locale, message, sellerLine) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, message);
    expect(answer.text).not.toMatch(sellerLine);
  });
});
