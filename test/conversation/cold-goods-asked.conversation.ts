import { botHarness, send, type BotHarness } from './harness';

/**
 * "Is it refrigerated? it's in an ice pack" about a parcel on its way (issue #17, blind batch 24: 06.4, read as a
 * packaging complaint): whether parcels travel cold is answered from the knowledge files' cold-chain entry, and the
 * customer is told to collect or receive it quickly — at once when it is held at a station for them. No complaint.
 * Wording differs from the fixture's.
 */
describe('keeping a parcel cold: the cold-chain rule and a quick pickup, not a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const NOT_COMPLAINT = /packing let you down|包装|包裝.*(失望|抱歉)|希望我们怎么处理|What would you like us to do/;

  it('en: a parcel held at the station for pickup: the rule, then collect it the same day', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'cold-en' });
    await send(a, 'please keep SF1402837465921 at the station, my dad will go and get it');
    await send(a, 'sender, 2222');
    const reply = (await send(a, 'will it be kept chilled though? the vaccines are in a cool box')).join('\n');
    expect(reply).toMatch(/Ordinary parcels travel at room temperature/);
    expect(reply).toMatch(/SF1402837465921 waits at the station at room temperature/);
    expect(reply).not.toMatch(NOT_COMPLAINT);
  });

  it.each([
    ['zh-CN', '里面是疫苗，运输过程有冷藏吗？', /普通快递是常温运输/, /SF1402837465921 和其他包裹一样常温运输/],
    ['zh-TW', '入面有冰袋㗎，你哋有冇冷鏈？', /常溫運/, /SF1402837465921 同其他包裹一樣常溫運送/],
  ])('%s: a parcel on its way: the rule, then receive it soon (%s)', async (locale, question, rule, soon) => {
    const a = h.adapter({ locale, user: `cold-${locale}` });
    await send(a, 'SF1402837465921');
    const reply = (await send(a, question)).join('\n');
    expect(reply).toMatch(rule);
    expect(reply).toMatch(soon);
    expect(reply).not.toMatch(NOT_COMPLAINT);
  });

  it('zh-CN: frozen food asked before sending: the cold-chain rule, named', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'cold-send' });
    const reply = (await send(a, '冷冻水饺能寄吗')).join('\n');
    expect(reply).toMatch(/冷链（冷藏）快递是寄件时单独选择的服务/);
  });

  it('en: a fridge sent as an appliance is no question about keeping goods cold', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'cold-fridge' });
    const reply = (await send(a, 'can I ship a mini refrigerator to my son?')).join('\n');
    expect(reply).not.toMatch(/Ordinary parcels travel at room temperature/);
  });
});
