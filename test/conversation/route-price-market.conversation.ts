import { botHarness, talk, type BotHarness } from './harness';

/**
 * How a route is charged is answered from the price list of the market the route lies in, whatever the customer's
 * market or script (issue #17, blind batch 23 25.t5: a Taiwan customer asking how Hangzhou → Chengdu is charged got
 * Taiwan's NT$ home-delivery prices). The route is the one named, else the conversation's parcel's.
 */
describe('a route inside another market is priced from that market', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-TW: a Taiwan customer asking how 寧波寄南京 is charged hears the Mainland list in Traditional', async () => {
    const [, said] = await play('zh-TW', ['我住高雄', '那寧波寄南京運費是怎麼算的？']);
    expect(said).toContain('寧波 → 南京');
    expect(said).toContain('人民幣 12 元');
    expect(said).not.toContain('NT$');
    expect(said).not.toContain('超商');
  });

  it('en: a Taiwan customer asking about rates from Nanjing to Suzhou hears the Mainland list', async () => {
    const [, said] = await play('en-US', ["I'm in Taichung", 'how do you charge for parcels from nanjing to suzhou?']);
    expect(said).toContain('CNY 12');
    expect(said).not.toContain('NT$');
  });

  it("en: a Taiwan customer's Mainland parcel decides how 'your rates' are answered", async () => {
    const [, , said] = await play('en-US', [
      'I live in Taipei',
      'where is SF1402837465921',
      'what are your normal rates? first kg and each extra kg?',
    ]);
    expect(said).toContain('by the Mainland rules');
    expect(said).toContain('CNY');
    expect(said).not.toContain('NT$');
  });

  it('zh-CN: a Hong Kong route written in Simplified Chinese hears the Hong Kong list', async () => {
    const [said] = await play('zh-CN', ['观塘寄沙田运费怎么收？']);
    expect(said).toContain('观塘 → 沙田');
    expect(said).toContain('HK$30');
    expect(said).not.toContain('港澳台');
  });

  it("zh-TW (Cantonese): the conversation's Mainland parcel decides when the question names no place", async () => {
    const [, said] = await play('zh-TW', ['我喺旺角，想問下 SF1402837465921 去到邊', '你哋平時點計運費㗎？首重幾錢？']);
    expect(said).toContain('跟內地嘅規定');
    expect(said).toContain('人民幣');
    expect(said).not.toContain('HK$');
  });

  it("zh-TW: a route inside the customer's own market gets no line about whose list it is", async () => {
    const [, said] = await play('zh-TW', ['我住高雄', '台北寄台南運費怎麼算？']);
    expect(said).not.toContain('依內地');
    expect(said).toContain('NT$');
  });
});
