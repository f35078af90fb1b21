import { botHarness, talk, type BotHarness } from './harness';

// "幫我睇下 SF… 去到邊，客人催緊" (blind batch 27: 28.3): a where-is question with someone else pressing is tracking —
// the status first, no digits asked "before changing the delivery"; asking to speed it up still is a change.
describe('where a parcel is, asked while someone else hurries the customer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('shows the status in English when the client is in a rush', async () => {
    const [[status = ''] = []] = await talk(h.adapter({ locale: 'en-US' }), [
      'can you check where SF1402837465921 has got to? my buyer keeps chasing me',
    ]);
    expect(status).toContain('Last scan');
  });

  it('shows the status in Simplified Chinese when the buyer keeps pressing', async () => {
    const [[status = ''] = []] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '帮我查下SF1402837465921到哪里了 客户一直在催',
    ]);
    expect(status).toContain('最新扫描');
  });

  it('shows the status in Cantonese when the boss presses', async () => {
    const [[status = ''] = []] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF1402837465921 而家喺邊度？老闆催咗好多次',
    ]);
    expect(status).toContain('最新掃描');
  });

  it('still takes "the client is pressing, please chase it" as a request to speed it up', async () => {
    const [hurry = []] = await talk(h.adapter({ locale: 'zh-TW' }), ['客人催緊，SF1402837465921 唔該幫我催下']);
    expect(hurry.join('\n')).toMatch(/尾4位|末4碼/);
  });

  it('answers cash on delivery and its payout time for a Hong Kong shop', async () => {
    const [cod = []] = await talk(h.adapter({ locale: 'zh-TW' }), ['我開網店㗎，你哋有冇代收貨款？錢幾時過數俾我？']);
    expect(cod.join('\n')).toMatch(/代收貨款/);
    expect(cod.join('\n')).toMatch(/3 個工作天/);
    expect(cod.join('\n')).not.toMatch(/運費邊個俾/);
  });
});
