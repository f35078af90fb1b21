import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Is it lost? Was that call a scam?" in a complaint about a caller who claimed to be the courier (issue #17, blind
 * batch 27: 18.2): one reply says the parcel is not lost (where its record has it) and the courier's rule on calls
 * asking for a fee — never only the status again.
 */
describe('a scam call doubted beside "is it lost?" in a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const second = (replies: string[][]): string => (replies[1] ?? []).join('\n');

  it('answers both in English, then asks the step again', async () => {
    const said = second(
      await talk(h.adapter({ locale: 'en-US' }), [
        'A man phoned me saying he was from your company, told me SF1402837465921 was lost and that I must pay a fee to get compensated. He knew my address and what I ordered. Did you leak my details?',
        'has it been lost? was that phone call a scam?',
      ]),
    );
    expect(said).toContain("it isn't lost");
    expect(said).toContain('Shanghai sorting hub');
    expect(said).toContain('we never call');
    expect(said).toContain('What would you like us to do?');
  });

  it('answers both in Simplified Chinese, and takes the demand said beside them', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '刚有个电话说是你们公司的，说我的SF1402837465921丢了要赔给我，让我加个群，他连我买了什么都知道，是你们泄露的吧？',
      '我要道歉。包裹到底有没有丢？那通电话是骗子吧？',
    ]);
    const said = second(replies);
    expect(said).toContain('没有丢');
    expect(said).toContain('上海转运中心');
    expect(said).toContain('我们从不通过电话');
    expect(said).toContain('联系电话');
  });

  it('answers both in Traditional Chinese', async () => {
    const said = second(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        '有人打電話說是你們的客服，說我的SF1402837465921遺失了，要我先付手續費才能理賠，還知道我的地址跟姓名，是不是你們洩露的',
        '包裹有沒有丟？那通電話是不是詐騙？',
      ]),
    );
    expect(said).toContain('沒有遺失');
    expect(said).toContain('我們從不透過電話');
  });

  it('answers both in Cantonese', async () => {
    const said = second(
      await talk(h.adapter({ locale: 'zh-HK' }), [
        '頭先有人打嚟話係你哋客服，話我嘅SF1402837465921唔見咗，要我俾手續費先賠，仲知道我地址同名，係咪你哋洩露咗',
        '係咪唔見咗？嗰個電話係咪呃人㗎？',
      ]),
    );
    expect(said).toContain('冇唔見');
    expect(said).toContain('我哋從來唔會用電話');
  });
});
