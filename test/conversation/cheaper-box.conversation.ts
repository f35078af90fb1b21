import { botHarness, talk, type BotHarness } from './harness';

// A wish to pay less right after the price of a big, light box: the volumetric rule and a smaller box, with the box's
// figures — never the wish read as a place (blind 29: 01.3). Worded unlike the fixture.
describe('paying less for a big, light box', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says in English how a smaller box costs less', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'how much for a 70x40x40 cm box weighing 4kg to beijing?',
      "that's pricey, how can I pay less?",
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('70×40×40 cm ÷ 6000 = 18.67 kg, though it weighs 4 kg');
    expect(answer).toContain('a box of up to 24,000 cm³');
    expect(answer).not.toContain("I can't find");
  });

  it('says it in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '寄到成都，箱子50x40x30厘米，重2公斤，多少钱',
      '太贵了，怎么寄能便宜点？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('50×40×30 厘米 ÷ 6000 = 10 公斤，而实际只有 2 公斤');
    expect(answer).toContain('不超过 12,000 立方厘米');
  });

  it('says it in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '寄到台中，箱子 60x40x40 公分，3 公斤多少錢？',
      '有沒有辦法便宜一點？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('箱子長×寬×高不超過');
    expect(answer).toContain('實際的 3 公斤');
  });

  it('says it in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      '寄去沙田，個箱 50x50x40，2 公斤，幾錢？',
      '咁貴，有冇辦法平啲？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('換個細啲嘅箱');
    expect(answer).toContain('實際嘅 2 公斤');
  });
});
