import { botHarness, contains, type BotHarness } from './harness';

/**
 * Milk powder sent across the border — whether it may go, how much, and the duty — is the knowledge entry on it, in
 * every market and language, not the price list the route's words point to (issue #17, batch 29: 05.3).
 */
describe('milk powder across the border', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers an English question on formula from Hong Kong to the Mainland with the entry, not prices', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('and from Hong Kong into the mainland, four tins of baby formula for my nephew?')
      .assertReply((a) => {
        expect(a.text).toContain('export licence');
        expect(a.text).toContain('postal import tax');
        expect(a.text).not.toMatch(/first kg/);
      })
      .startTest();
  });

  it('answers in Simplified Chinese, asked with the route and the number of cans', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('香港买的奶粉能寄到广州吗？一次能寄几罐')
      .assertReply(contains('出口许可证', '行邮税'))
      .startTest();
  });

  it('answers in Cantonese, asked with the route', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('香港寄奶粉返大陸得唔得？最多可以寄幾多罐')
      .assertReply(contains('出口許可證', '12360'))
      .startTest();
  });
});
