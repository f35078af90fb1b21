import { botHarness, send, type BotHarness } from './harness';

/**
 * An outlet question naming a district or area of Hong Kong (knowledge/HK/districts.json) is answered with the
 * service points there — or, with none there, the nearest known ones (the bordering districts' first) — in every
 * language, never with the opening hours alone (issue #17, blind batch 9 P8).
 */
describe('service points near a Hong Kong district', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ask = async (locale: string, text: string): Promise<string> =>
    (await send(h.adapter({ locale }), text)).join('\n');

  it('en: a part of the city lists its points', async () => {
    const said = await ask('en-US', 'which drop-off points have you got on Hong Kong Island?');
    expect(said).toContain('Our service points in Hong Kong Island:');
    expect(said).toContain('Causeway Bay service point');
    expect(said).toContain('Central service point');
    expect(said).not.toContain('Mong Kok');
  });

  it('en: an area with no point of its own gets the nearest ones, the bordering district first, with hours', async () => {
    const said = await ask(
      'en-US',
      'is there a branch near Hung Hom where I can hand in a parcel? till when are you open',
    );
    expect(said).toContain('no service point in Hung Hom itself');
    expect(said.indexOf('Tsim Sha Tsui service point')).toBeGreaterThan(-1);
    expect(said.indexOf('Tsim Sha Tsui service point')).toBeLessThan(said.indexOf('Kwun Tong service point'));
    expect(said).toContain('Open Monday to Saturday');
  });

  it("zh-TW (Cantonese): 將軍澳 has no point; Kwun Tong's are the nearest, before Sha Tin", async () => {
    const said = await ask('zh-TW', '將軍澳附近邊度可以寄嘢');
    expect(said).toMatch(/將軍澳暫時/);
    expect(said).toContain('觀塘服務點');
    expect(said.indexOf('九龍灣服務點')).toBeLessThan(said.indexOf('沙田服務點'));
    expect(said).not.toContain('元朗服務點');
  });

  it('zh-TW: a district with its own point names it', async () => {
    const said = await ask('zh-TW', '請問觀塘區有沒有服務點？');
    expect(said).toContain('觀塘服務點');
  });

  it('zh-CN: "香港大埔" gets Sha Tin\'s point first, in Simplified', async () => {
    const said = await ask('zh-CN', '我在香港大埔住，离我最近的网点是哪个');
    expect(said).toContain('大埔暂时没有我们的服务点');
    expect(said.indexOf('沙田服务点')).toBeGreaterThan(-1);
    expect(said.indexOf('沙田服务点')).toBeLessThan(said.indexOf('荃湾服务点'));
  });

  it('zh-CN: a Mainland city whose name a Hong Kong area shares (南昌) is not Hong Kong', async () => {
    const said = await ask('zh-CN', '南昌哪里有你们的网点');
    expect(said).not.toMatch(/服务点：|旺角|深水埗/);
  });
});
