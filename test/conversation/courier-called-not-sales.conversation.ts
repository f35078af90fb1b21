import { botHarness, send, type BotHarness } from './harness';

// 业务员 is the usual Mainland word for the courier, and a call told of is no call asked for: neither goes to the sales
// team as a hand-off (review 31b, finding 3: "已把您的请求转给业务同事").
describe('a call from the courier or sales told of, not asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const SALES_TAKEN =
    /已把您的请求转给业务同事|已把您的需求轉給業務同事|passed your request to our sales team|已为您转接人工|已為您轉接人工|I've passed your case to our team/;

  it.each([
    ['zh-CN', '你们业务员打电话给我说上门取件要加钱，这合理吗'],
    ['zh-TW', '你們業務員打電話給我說上門取件要加錢，這合理嗎'],
    ['en-US', 'your sales team calls me every day, is that normal?'],
  ])('is not handed to sales (%s)', async (locale, text) => {
    const chat = h.adapter({ locale });
    const said = (await send(chat, text)).join('\n');
    expect(said).not.toMatch(SALES_TAKEN);
  });

  it('still takes a call-back asked of the sales team', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    const said = (await send(chat, '麻烦让客户经理联系我，王先生 13900002222')).join('\n');
    expect(said).toContain('已把您的请求转给业务同事');
  });
});
