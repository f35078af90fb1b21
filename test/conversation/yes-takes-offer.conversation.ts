import { botHarness, talk, type BotHarness } from './harness';

/**
 * A bare yes to an offer the bot just made takes that offer up — "Shall I file a delay complaint asking for that
 * refund?", "…have it held at the delivery station. Shall I arrange that?" — as its button would, never "OK,
 * anything else?" (issue #17, conv27 leftovers).
 */
describe('a bare yes takes the offer just made', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const replies = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((said) => said.join('\n'));

  it('en: "go ahead" to the delay complaint offered for a late fee refund starts that complaint', async () => {
    const said = await replies('en-US', ['SF2210478832106 is three days late, is the postage refundable?', 'go ahead']);
    expect(said[0]).toContain('Shall I file a delay complaint on SF2210478832106');
    expect(said[1]).toContain("I'll take it down as a complaint now.");
    expect(said[1]).not.toContain('anything else I can help you with');
  });

  it('zh-CN: 好的 to the same offer starts the complaint with the refund asked', async () => {
    const said = await replies('zh-CN', ['SF2210478832106 迟到三天了 运费可以退吗', '可以']);
    expect(said[1]).toContain('请简单描述一下发生了什么');
  });

  it('zh-TW (Cantonese): 好 to the same offer starts the complaint', async () => {
    const said = await replies('zh-TW', ['SF2210478832106 遲到咗三日 運費退唔退', '好呀']);
    // (The complaint's first question: what happened, or what they want done.)
    expect(said[1]).toMatch(/發生咗咩事|點處理/);
  });

  it('en: "yes" to holding it at the delivery station instead of the hub takes down that hold', async () => {
    const said = await replies('en-US', [
      'is it possible to collect YT6865635515058 at the Wuhan sorting hub myself?',
      'yes',
    ]);
    expect(said[0]).toContain('Shall I arrange that?');
    expect(said[1]).toContain('Before I change anything on YT6865635515058');
  });

  it('zh-TW (Cantonese): 得 to the hold at the delivery station takes it down', async () => {
    const said = await replies('zh-TW', ['YT6865635515058 我可唔可以自己去武漢轉運中心攞', '得']);
    expect(said[1]).toContain('改 YT6865635515058 嘅派送之前');
  });
});
