import { botHarness, contains, type BotHarness } from './harness';

// A personal parcel into the Mainland from Hong Kong, Macau or Taiwan is limited to CNY 800 (CNY 1,000 from other
// places): the milk-powder entry says so in every language (review 31b, finding 7 — it said CNY 1,000 for all).
describe('milk powder into the Mainland: the value limit', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives CNY 800 from Hong Kong, in English', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('and from Hong Kong into the mainland, four tins of baby formula for my nephew?')
      .assertReply(contains('CNY 800', 'Hong Kong, Macau or Taiwan', 'CNY 1,000 from other places'))
      .startTest();
  });

  it('gives 800 元 from Hong Kong, Macau or Taiwan, in Simplified Chinese', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('香港买的奶粉能寄到广州吗？一次能寄几罐')
      .assertReply(contains('从港澳台寄入的个人包裹一般总值不超过人民币 800 元'))
      .startTest();
  });

  it('gives 800 元 from Hong Kong, Macau or Taiwan, in Cantonese', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('香港寄奶粉返大陸得唔得？最多可以寄幾多罐')
      .assertReply(contains('從港澳台寄入的個人包裹一般總值不超過人民幣 800 元'))
      .startTest();
  });
});
