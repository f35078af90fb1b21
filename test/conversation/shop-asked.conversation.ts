import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Is this Amazon?", "这里是淘宝客服吗", "係咪HKTVmall呀": the customer thinks they are writing to the shop — they hear who
 * this is (the courier's assistant), what it can do for that order and who handles the order itself (issue #17, blind
 * batch 32: 10.1 heard only "what can I do for you?"). A parcel asked about is not that question. New wording.
 */
describe('the shop asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'hi, am I talking to ebay?', /not ebay/],
    ['zh-CN', '请问这里是拼多多客服吗', /不是拼多多/],
    ['zh-TW', '你哋係咪HKTVmall呀', /唔係HKTVmall/],
  ])('%s: the courier, not the shop', async (locale, asked, said) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect((answer ?? []).join('\n')).toMatch(said);
  });

  it('leaves a question about a parcel from that shop alone', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), ['is this the amazon parcel that was late?']);
    expect((answer ?? []).join('\n')).not.toMatch(/not amazon/);
  });
});
