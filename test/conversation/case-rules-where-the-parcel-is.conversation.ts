import { botHarness, talk, type BotHarness } from './harness';

// A parcel's case follows the rules where its route lies when the route does not touch the customer's own market: a
// Hong Kong customer asking what happens if nobody is in for a Shenzhen → Shanghai parcel hears the Mainland's
// redelivery terms (CNY), not Hong Kong's HK$15 (issue #17, blind batch 27: 29.4). A parcel that touches the
// customer's market keeps the customer's rules (returned-resend-asked: a Wuhan → Hong Kong parcel, Hong Kong's).
describe("a case rule for a parcel whose route lies outside the customer's market", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('gives a Cantonese customer the Mainland rule for a parcel delivered in Shanghai', async () => {
    const [, rule] = await talk(h.adapter({ locale: 'zh-HK' }), [
      '我婆婆喺上海，SF1402837465921 可唔可以改派去佢隔籬屋？',
      '如果佢唔喺屋企收唔到件會點處理？',
    ]);
    expect(all(rule)).toMatch(/人民幣|CNY/);
    expect(all(rule)).not.toContain('HK$');
  });

  it('gives an English customer in Hong Kong the Mainland rule for the same parcel', async () => {
    const [, rule] = await talk(h.adapter({ locale: 'en-HK' }), [
      'My aunt in Shanghai is waiting for SF1402837465921',
      "What happens if she's not home when the courier comes?",
    ]);
    expect(all(rule)).toContain('CNY');
    expect(all(rule)).not.toContain('HK$');
  });

  it('gives a Mainland customer the Mainland rule, as before', async () => {
    const [, rule] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 能改送到我妈隔壁那栋楼吗',
      '要是她不在家没人签收怎么办？',
    ]);
    expect(all(rule)).toMatch(/每次 ?5 ?元/);
    expect(all(rule)).not.toContain('HK$');
  });
});
