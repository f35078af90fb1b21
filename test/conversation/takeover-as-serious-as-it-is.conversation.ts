import { botHarness, send, type BotHarness } from './harness';

/**
 * A ticket a person takes over at medium priority (an insured payout refused is for agents only) is not called
 * serious; a high-priority one is (issue #17, blind batch 13: 26.6 and 30.6 said "because of how serious this is"
 * beside "medium priority").
 */
describe('the take-over line follows the ticket’s priority', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const file = async (locale: string, turns: string[]): Promise<string> => {
    const a = h.adapter({ locale, user: `takeover-${locale}` });
    let last: string[] = [];
    for (const turn of turns) last = await send(a, turn);
    return last.join('\n');
  };

  it.each([
    [
      'zh-CN',
      ['我保了价的包裹坏了 你们保价理赔一直拒赔 太过分了', '跳过', '赔偿', '跳过', '提交'],
      '中优先级',
      '比较严重',
    ],
    ['zh-TW', ['我的包裹有保價，壞掉了你們卻不理賠保價金額', '跳過', '賠償', '跳過', '提交'], '中優先', '比較嚴重'],
    ['zh-TW', ['我個件有買保價，爛咗你哋又唔肯賠保價，搞乜呀', '跳過', '賠償', '跳過', '提交'], '中優先', '比較嚴重'],
    [
      'en-US',
      [
        'I paid for insurance on my parcel and you refuse to pay out the insured value',
        'skip',
        'compensation',
        'skip',
        'submit',
      ],
      'medium priority',
      'how serious',
    ],
  ])('%s: medium priority, taken over without being called serious', async (locale, turns, medium, serious) => {
    const filed = await file(locale, turns);
    expect(filed).toContain(medium);
    expect(filed).toMatch(/人工客服接手|真人客服接手|An agent is taking over/);
    expect(filed).not.toContain(serious);
  });

  it('zh-CN: a lost parcel (high priority) is still said to be serious', async () => {
    const filed = await file('zh-CN', ['我的快递丢了 一直找不到', '跳过', '赔偿', '跳过', '提交']);
    expect(filed).toContain('高优先级');
    expect(filed).toContain('您的问题比较严重');
  });
});
