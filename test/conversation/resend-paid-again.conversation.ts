import { botHarness, talk, type BotHarness } from './harness';

/**
 * "So I have to pay again to send it?" about a parcel sent back asks whether sending it once more costs the postage
 * again: the courier's rule on returned parcels answers (free when the return was the courier's doing, else a new
 * shipment) — not the price list, not "I can't answer that" (issue #17, conv27 leftovers).
 */
describe('paying again to send a returned parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const replies = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((said) => said.join('\n'));

  it('en: asked beside the complaint about the return, the returned-parcel rule answers', async () => {
    const said = await replies('en-US', [
      'EA526018152CN came back to me and nobody told me why',
      'will I be paying the shipping again when it goes out a second time?',
    ]);
    expect(said[1]).toContain('we send it out again free of charge');
    expect(said[1]).toContain('sending it again is a new shipment');
    expect(said[1]).not.toContain('for the first kg');
  });

  it('zh-CN: after the status, 运费要再付一次吗 gets the rule', async () => {
    const said = await replies('zh-CN', ['查一下 EA526018152CN', '如果再寄出去，是不是要再交一次邮费']);
    expect(said[1]).toContain('我们免费重新寄出');
    expect(said[1]).toContain('再寄按新件收费');
  });

  it('zh-TW (Cantonese): 要唔要再俾運費 in the complaint gets the rule', async () => {
    const said = await replies('zh-TW', ['EA526018152CN 無端端退咗返嚟', '寄多次係咪又要再畀運費？']);
    expect(said[1]).toContain('我哋免費再寄出');
    expect(said[1]).toContain('再寄當新件收費');
  });
});
