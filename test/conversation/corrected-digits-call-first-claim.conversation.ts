import { botHarness, talk, type BotHarness } from './harness';

/**
 * Blind batch 31: 23 (issue #17). Last-4 digits corrected in the same message ("末四碼是 7771... 不對不對，是 7777") are
 * checked as corrected — the withdrawn digits are neither checked nor read as a message of their own; a call before
 * the courier comes, asked at the remedy question, is taken down beside the complaint; "how do I claim if it's lost?"
 * in a complaint gets the claim process, not "it isn't lost".
 */
describe('corrected digits, a call first at the remedy question, and the claim process asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('works in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'where is SF2210478832106?',
      'last four is 6667, sorry no, 6666',
      "I want to complain, it's 3 days late",
      'have the courier phone me before he comes please, I work nights',
      "what's the process to make a claim if it never turns up?",
    ]);
    expect(all(replies[1])).toContain('that matches');
    expect(all(replies[1])).not.toContain("doesn't match");
    expect(all(replies[1])).not.toContain('not sure I understood');
    expect(all(replies[3])).toContain('ending 6666');
    expect(all(replies[3])).toContain('before bringing it');
    expect(all(replies[4])).toContain('To claim');
    expect(all(replies[4])).not.toContain("isn't lost");
  });

  it('works in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '查一下JT0001234567890',
      '尾号1112 不对 打错了 是1111',
      '我要投诉，签收了但我没收到',
      '万一真丢了怎么申请理赔？',
    ]);
    expect(all(replies[1])).toContain('核对无误');
    expect(all(replies[3])).toContain('申请理赔');
  });

  it('takes the call first at the remedy question in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '查一下YT6865635515058',
      '尾号8887 不对 打错了 是8888',
      '我要投诉，四天没动了',
      '送货之前让快递员先给我打个电话',
    ]);
    expect(all(replies[1])).toContain('核对无误');
    expect(all(replies[3])).toContain('派送前先打运单上收件人的电话');
  });

  it('works in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'YT6865635515058 去咗邊',
      '尾數7776，唔係唔係，係7777',
      '我要投訴，成四日冇郁過',
      '送嚟之前叫速遞員打俾我先',
      '如果真係唔見咗點樣索償？',
    ]);
    expect(all(replies[1])).toContain('核對咗');
    expect(all(replies[1])).not.toContain('唔係好肯定');
    expect(all(replies[3])).toContain('配送前先打運單上收件人的電話');
    expect(all(replies[4])).toContain('索償');
  });

  it('works in Traditional Chinese (Taiwan)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '請問SF1402837465921到哪了',
      '後四碼 4443…不是，應該是4444',
      '我要客訴，東西一直沒到',
      '可以請司機到之前先打給我嗎',
      '如果弄丟了要怎麼申請理賠',
    ]);
    expect(all(replies[1])).toContain('核對無誤');
    expect(all(replies[3])).toContain('先打');
    expect(all(replies[4])).toContain('申請理賠');
  });
});
