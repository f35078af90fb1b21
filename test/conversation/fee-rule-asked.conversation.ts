import { botHarness, contains, type BotHarness } from './harness';

// Whether a charge is real, or whether a service costs extra, asked beside a complaint and its tracking number: the
// courier's rule on that service first, then the complaint's next question (blind 29: 10.1, 15.1 heard only the number
// questioned). Worded unlike the fixtures.
describe('whether a fee is real or a service costs extra, asked beside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says in English that the first redelivery is free, then the market fee', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send(
        'your driver was rude and told my wife she owes a redelivery charge since nobody answered the door. is that legit? SF1402837465921',
      )
      .assertReply(contains('sorry'))
      .assertReply(contains('the first redelivery is free, then CNY 5 each time'))
      .assertReply(contains('What would you like us to do?'))
      .startTest();
  });

  it('says in English that carrying it upstairs costs nothing extra', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send(
        'the courier charged my mum 20 yuan for carrying it upstairs and was rude about it. is there really an upstairs fee? SF1402837465921',
      )
      .assertReply(contains('sorry'))
      .assertReply(contains('there is no upstairs fee', 'refunded'))
      .assertReply(contains('What would you like us to do?'))
      .startTest();
  });

  it('says in Simplified Chinese what a second delivery costs', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('快递员说第二次派送要收15块二次派送费，真的有这个费吗？单号SF2210478832106')
      .assertReply(contains('抱歉'))
      .assertReply(contains('再次派送第一次免费，之后每次 5 元'))
      .assertReply(contains('您希望我们怎么处理'))
      .startTest();
  });

  it('says in Traditional Chinese that carrying it upstairs is in the price', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('司機說搬上樓要另外收100元，這樣合理嗎？我要客訴，單號 SF2210478832106')
      .assertReply(contains('SF2210478832106'))
      .assertReply(contains('上樓費', '退還'))
      .assertReply(contains('怎麼處理'))
      .startTest();
  });

  it('says it in Cantonese for a Hong Kong parcel-less complaint, from Hong Kong’s rule', async () => {
    await h
      .adapter({ locale: 'zh-HK' })
      .send('派件員話要我俾再派費先肯再送，係咪真係有呢個收費㗎？我想投訴佢')
      .assertReply(contains('唔好意思'))
      .assertReply(contains('再派送第一次免費', 'HK$15'))
      .startTest();
  });
});
