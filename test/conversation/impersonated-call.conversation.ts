import { botHarness, talk, type BotHarness } from './harness';

// A caller posing as the courier (issue #17, bugs seen beside blind batch 27: 18): a fee asked before a claim is paid is
// a scam sign, answered by the rule on such calls — never a change of delivery; "someone posing as your customer
// service called me… I want to complain about the leak" takes the leak complaint down (the rule said first), not a
// hand-off because "customer service" was named.
describe('calls from someone posing as the courier', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const flat = (replies: string[][]) => replies.map((r) => r.join('\n'));

  it('answers a fee asked before a payout in English with the rule, after a parcel was proved', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'en-US' }), [
        'where is SF1402837465921',
        '4444',
        'a guy called and said I have to transfer a handling fee to release my compensation',
      ]),
    );
    expect(replies[2]).toContain('we never call, text or message you to ask for a fee');
    expect(replies[2]).not.toMatch(/I've asked our team|delivery/);
  });

  it('answers it in Simplified Chinese, without opening a change or a complaint', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'zh-CN' }), [
        'SF1402837465921 到哪了',
        '4444',
        '对方打电话说赔偿要先付手续费才给我打款',
      ]),
    );
    expect(replies[2]).toContain('我们从不通过电话');
    expect(replies[2]).not.toMatch(/已请我们的团队|单号？/);
  });

  it('answers it in Cantonese', async () => {
    const replies = flat(await talk(h.adapter({ locale: 'zh-TW' }), ['有個人打嚟話要我轉一筆保證金先至幫我理賠']));
    expect(replies[0]).toContain('我哋從來唔會用電話');
  });

  it('takes down an English leak complaint about a caller posing as customer service', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'en-US' }), [
        'someone impersonating your support staff rang me and read out my full name, I want to complain about the leak',
      ]),
    );
    expect(replies[0]).toContain('Calls asking you to pay');
    expect(replies[0]).toContain('Which tracking number');
    expect(replies[0]).not.toContain("I've passed your case");
  });

  it('takes it down in Simplified Chinese', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'zh-CN' }), ['有人假扮你们的客服打给我，连我住哪都知道，我要投诉你们泄露信息']),
    );
    expect(replies[0]).toContain('我们从不通过电话');
    expect(replies[0]).toContain('快递单号');
    expect(replies[0]).not.toContain('转接人工');
  });

  it('takes it down in Traditional Chinese and files it as a data leak', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        '有人自稱是你們客服打來，知道我的姓名，我要申訴個資外洩',
        '跳過',
        '給個說法',
        '0912345678',
      ]),
    );
    expect(replies[0]).toContain('我們從不透過電話');
    expect(replies[0]).not.toContain('已為您轉接人工');
    expect(replies.at(-1)).toContain('類型：個資洩露');
  });
});
