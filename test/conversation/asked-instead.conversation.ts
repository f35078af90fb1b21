import { botHarness, talk, type BotHarness } from './harness';

/**
 * What a customer asks instead of a person, and an outlet asked beside an item's rule, are answered (issue #17, blind
 * batch 23: 29.2 heard only that the request for a person was withdrawn; 29.3 heard only the food rule, with nothing
 * on the outlet's hours nor on the sauce).
 */
describe('the question asked instead of a person, and beside an item rule, is answered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: "never mind the agent, is there a Kwun Tong branch and when does it open?"', async () => {
    const [, said] = await play('en-US', [
      'let me talk to a real person',
      "never mind, no need for an agent — I'll just ask you. is there a Kwun Tong branch? when does it open?",
    ]);
    expect(said).toMatch(/withdrawn|no longer|won't/i);
    expect(said).toContain('Kwun Tong');
    expect(said).toContain('9:00');
  });

  it('zh-CN: "算了不用转人工了，浦东有网点吗？几点开门？"', async () => {
    const [, said] = await play('zh-CN', ['我要转人工', '算了不用转人工了，我问你就行。浦东有网点吗？几点开门？']);
    expect(said).toContain('撤回');
    expect(said).toContain('浦东');
    expect(said).toContain('9:00');
  });

  it('zh-TW (Cantonese): "唔使搵人喇，觀塘有冇門市？幾點閂門？"', async () => {
    const [, said] = await play('zh-TW', ['我要搵真人', '唔使搵人喇，我自己問。觀塘有冇門市？幾點閂門？']);
    expect(said).toContain('撤回');
    expect(said).toContain('觀塘');
  });

  it('zh-TW (Cantonese): the outlet asked beside a sauce and snacks — each answered', async () => {
    const [said] = await play('zh-TW', ['沙田門市幾點關門㗎？另外辣椒醬同埋零食寄唔寄得？']);
    expect(said).toContain('沙田');
    expect(said).toContain('液體');
    expect(said).toContain('零食');
  });

  it('en: a branch asked beside whether chilli sauce can be sent', async () => {
    const [said] = await play('en-US', [
      "I'm in Hong Kong. can I send chilli sauce? also what time does the Mong Kok branch close?",
    ]);
    expect(said).toMatch(/[Ll]iquid/);
    expect(said).toContain('Mong Kok');
  });

  it('zh-CN: a sauce is answered by the liquids rule, with the outlet asked beside it', async () => {
    const [said] = await play('zh-CN', ['辣椒酱可以寄吗？还有静安的网点几点关门？']);
    expect(said).toContain('液体');
    expect(said).toContain('静安');
  });
});
