import { botHarness, talk, type BotHarness } from './harness';

/**
 * What may be sent is answered by the rules where the parcel is sent from (issue #17, blind batch 9 26.t2): after
 * a price for a route from the Mainland to Hong Kong, "can I send perfume?" gets the Mainland's rule, said as such,
 * not Hong Kong's local one — and a route from Hong Kong gets Hong Kong's.
 */
describe('item rules follow the route the customer gave', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: from Guangzhou to Hong Kong, perfume by the Mainland rules', async () => {
    const [, said] = await play('en-US', ['what would 3kg cost from guangzhou to hong kong', 'is perfume ok to send?']);
    expect(said).toContain('Sent from Guangzhou, it goes by the Mainland rules:');
    expect(said).toContain('not by air, internationally or to Hong Kong, Macau and Taiwan');
    expect(said).not.toContain('accepted locally');
  });

  it('zh-TW (Cantonese): 由深圳寄去香港, a power bank by the Mainland rules, in Traditional', async () => {
    const [, said] = await play('zh-TW', ['由深圳寄2公斤去香港要幾錢？', '咁尿袋寄唔寄得？']);
    expect(said).toContain('由深圳寄出，跟內地嘅規定');
    expect(said).toContain('不能單獨寄往港澳臺或國際');
  });

  it("zh-CN: from Hong Kong to Shenzhen, perfume by Hong Kong's rules", async () => {
    const [, said] = await play('zh-CN', ['从香港寄1公斤到深圳多少钱', '香水可以寄吗']);
    expect(said).toContain('从香港寄出，按香港的规定');
    expect(said).toContain('香水');
  });

  it("en: with no route given, the conversation's own market answers, with no line about whose rules", async () => {
    const [said] = await play('en-US', ['can I send a power bank?']);
    expect(said).not.toContain('goes by the');
    expect(said).toMatch(/[Pp]ower banks/);
  });
});
