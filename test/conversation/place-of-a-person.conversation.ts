import { botHarness, send, type BotHarness } from './harness';

/**
 * A place said of another person ("my brother who lives in Hong Kong", "a friend based in Hong Kong", "我哥哥住在香港")
 * is where that person is, not where the customer is nor the parcel's route: the chat keeps its own market's prices.
 * The customer's own place ("I live in Hong Kong") still counts.
 */
describe('a place said of a person is not the route', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it.each([
    ['en-US', 'my brother who lives in Hong Kong is visiting me. how much to send 2kg to Beijing?', /CNY 17/],
    [
      'en-US',
      'a friend based in Hong Kong asked me to send 2kg of books from Shanghai to Beijing, how much?',
      /CNY 17/,
    ],
    ['zh-CN', '我哥哥住在香港，他让我从上海寄2公斤到北京，多少钱', /17 元/],
    ['zh-TW', '我哥哥住在香港，寄2公斤到高雄多少錢？我在台北', /NT\$150/],
  ])('%s: “%s”', async (locale, asked, price) => {
    const answer = await said(h.adapter({ locale }), asked);
    expect(answer).toMatch(price);
    expect(answer).not.toMatch(/HK\$|港幣|港币/);
  });

  it('en: “I live in Hong Kong” is the customer’s own place: Hong Kong prices', async () => {
    expect(await said(h.adapter({ locale: 'en-US' }), 'I live in Hong Kong, how much to send 2kg to Kowloon?')).toMatch(
      /HK\$38/,
    );
  });
});
