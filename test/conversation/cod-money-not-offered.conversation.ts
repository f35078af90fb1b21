import { botHarness, sendAll, type BotHarness } from './harness';

// Money collected on delivery that has not reached the seller is a complaint about a remittance, not "do you offer
// COD?": never "yes, we offer cash on delivery" and the entry (issue #17, review 28: item 4).
describe('cash-on-delivery money not received is not asked whether COD is offered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '我的代收货款一直没打过来 可以帮我查查吗'],
    ['zh-CN', '代收的货款还没收到 能不能帮我看看'],
    ['zh-TW', '我的代收貨款一直沒匯過來 可以幫我查一下嗎'],
    ['en-US', 'I still have not received my COD money, can you do something about it?'],
  ])('%s: %s', async (locale, message) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, message);
    expect(answer.text).not.toMatch(/Yes, we offer cash on delivery|有，我们提供代收货款|有，我們提供代收貨款/);
  });
});
