import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (conv17c): a parcel's promised day reaches the customer as their language writes a date ("11月24日",
// "Nov 24") wherever they read it — the tracking answer, "when will it come?", a question about the record — never
// as the ISO "2026-11-24" the records keep.
describe('promised days are written as the customer writes dates', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ISO = /\b20\d\d-[01]\d-[0-3]\d\b/;
  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    ['zh-CN', ['SF1402837465921 现在走到哪儿了', '那大概哪天能送到？'], '11月24日'],
    ['zh-TW', ['SF1402837465921 目前運送到哪裡了', '那大概哪一天會到？'], '11月24日'],
    ['zh-TW', ['SF1402837465921 而家去到邊', '咁大概幾時會到？'], '11月24日'],
    ['en-US', ['where has SF1402837465921 got to', 'so which day should it turn up?'], 'Nov 24'],
  ])('the tracking answer and the arrival answer (%s: %s)', async (channelLocale, turns, day) => {
    const [track, arrival] = await talk(h.adapter({ locale: channelLocale }), turns);
    expect(said(track)).toContain(day);
    expect(said(track)).not.toMatch(ISO);
    expect(said(arrival)).toContain(day);
    expect(said(arrival)).not.toMatch(ISO);
  });

  it.each([
    ['zh-CN', ['SF2210478832106 怎么还在路上'], '11月20日'],
    ['zh-TW', ['SF2210478832106 怎麼還沒送到'], '11月20日'],
    ['en-US', ['SF2210478832106 why is it still not here'], 'Nov 20'],
  ])('a late parcel, with its missed day (%s: %s)', async (channelLocale, turns, day) => {
    const [answer] = await talk(h.adapter({ locale: channelLocale }), turns);
    expect(said(answer)).toContain(day);
    expect(said(answer)).not.toMatch(ISO);
  });
});
