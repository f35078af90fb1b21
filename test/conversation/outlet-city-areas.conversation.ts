import { botHarness, talk, type BotHarness } from './harness';

/**
 * An outlet question naming a district or well-known area of a Mainland city the outlet answers cover
 * (knowledge/CN/city-areas.json) is answered for that city, led by where the place is — never with the outlet of
 * a city named earlier; a name several of those cities have is asked about, and a place no list knows is said to be
 * unknown, with its city asked (issue #17, blind 27: 17.4).
 */
describe("outlets for a city's district or area", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const replies = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((said) => said.join('\n'));

  it("zh-CN: 夫子庙 is Nanjing's, not Hangzhou's named before; a place nobody knows is asked about", async () => {
    const [, nanjing, unknown] = await replies('zh-CN', [
      '从杭州寄2公斤到南京多少钱',
      '我在夫子庙这边，有没有你们的网点',
      '那月亮湾附近有网点吗',
    ]);
    expect(nanjing).toContain('夫子庙在南京。');
    expect(nanjing).toContain('还没有自营营业网点');
    expect(nanjing).not.toContain('杭州西湖网点');
    expect(unknown).toContain('我不知道“月亮湾”在哪里');
    expect(unknown).toContain('哪个城市');
    expect(unknown).not.toContain('网点：');
  });

  it("en: an area is answered with its district's outlet; a district with none gets its city's", async () => {
    const [bund, minhang] = await replies('en-US', [
      'any drop-off point around the Bund?',
      'and is there a branch in Minhang',
    ]);
    expect(bund).toContain('The Bund is in Shanghai.');
    expect(bund).toContain("Shanghai Jing'an outlet");
    expect(minhang).toContain('Minhang is in Shanghai.');
    expect(minhang).toContain('Our service points in Shanghai:');
    expect(minhang).toContain('Shanghai Pudong outlet');
  });

  it('en: a name two cities have is asked about, and the city named answers it; an unknown one is said so', async () => {
    const [which, city, unknown] = await replies('en-US', [
      'outlet near Xinjiekou please',
      'the one in Nanjing',
      'ok what about a drop-off near Pinewood Crossing?',
    ]);
    expect(which).toContain('There is a Xinjiekou in Beijing and Nanjing — which city do you mean?');
    expect(city).toContain('Xinjiekou is in Nanjing.');
    expect(city).toContain('no staffed outlet of our own in that city');
    expect(unknown).toContain('I don\'t know where "Pinewood Crossing" is — which city is it in?');
  });

  it("zh-TW (Cantonese): 國貿 in Shenzhen lists Shenzhen's points, not Beijing's", async () => {
    const [which, shenzhen] = await replies('zh-TW', ['國貿嗰邊有冇你哋嘅門市', '我喺深圳']);
    expect(which).toContain('北京、深圳都有國貿');
    expect(shenzhen).toContain('國貿喺深圳。');
    expect(shenzhen).toContain('深圳南山網點');
    expect(shenzhen).not.toContain('北京朝陽網點');
  });

  it('zh-TW: 春熙路 is in Chengdu', async () => {
    const [chengdu] = await replies('zh-TW', ['請問春熙路附近有網點嗎']);
    expect(chengdu).toContain('春熙路在成都。');
  });
});
