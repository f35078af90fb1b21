import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #19: whether a courier comes to the door to collect a parcel is a sending question (faq.outlet), answered
 * from the market's knowledge entry — how to book it, what it costs, when couriers come — in the customer's
 * language; before, it read as a late pickup, a change to a delivery or a price, and got no such answer.
 */
describe("a door pickup asked about gets the market's door-pickup entry", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ask = async (locale: string, text: string): Promise<string> =>
    ((await talk(h.adapter({ locale }), [text]))[0] ?? []).join('\n');

  it.each([
    ['zh-CN', '你们能不能派人上门取件？', /上门取件：在官网或小程序下单时选“上门取件”/, /不另收费/],
    ['zh-TW', '請問可以預約到府收件嗎', /到府收件：在官網或 App 下單時選「到府收件」/, /不另加價/],
    ['zh-TW', '你哋有冇上門收件㗎', /上門收件：喺官網或 App 落單時揀「上門收件」/, /唔使另外收費/],
    [
      'en-US',
      'can someone come and collect a parcel from my flat in Shanghai?',
      /Door pickup: .*mini-program/,
      /CNY 12/,
    ],
    ['en-US', 'do you do door pickup in Hong Kong', /Door pickup: .*9:00–19:00/, /HK\$30/],
  ])('%s: %s', async (locale, text, entry, cost) => {
    const said = await ask(locale, text);
    expect(said).toMatch(entry);
    expect(said).toMatch(cost);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    ['zh-CN', '寄一公斤到北京多少钱', '标快特快各要几天', /寄件时效：/],
    ['en-US', 'how much to send 1kg to Beijing', 'and how long does each take', /Delivery times: /],
  ])('%s: "%s", then how long each takes: the delivery times', async (locale, price, each, times) => {
    const [, said] = (await talk(h.adapter({ locale }), [price, each])).map((r) => r.join('\n'));
    expect(said).toMatch(times);
  });
});
