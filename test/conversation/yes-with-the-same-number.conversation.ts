import { botHarness, send, type BotHarness } from './harness';

/**
 * "Yes, file it — the same number" where a phone or the summary's yes is waited for: the complaint is filed with
 * the phone the customer typed earlier as the contact, not summarised again nor filed as "we'll reply here" (issue #17).
 */
describe('a yes with "the same number" files the complaint with the phone given before', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');
  // The ticket the reply names.
  const ticketOf = async (reply: string) =>
    (await h.store.tickets.find({})).find((t) => t.number === /C-\d{8}-\d{4}/.exec(reply)?.[0]);

  // (A phone in the opening is the contact from there on, said back at once: no contact question follows, and the
  // yes comes at the summary.)
  it('en: the number was in the opening; a yes naming the same number files it with that number', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'same-number-en' });
    const opening = await said(a, 'SF2210478832106 should have come days ago, I want to complain. I am on 13955551212');
    expect(opening).toContain('+8613955551212');
    await said(a, 'an apology please');
    const filed = await said(a, 'sure, go ahead and submit it, you can use the number I gave before');
    expect(filed).toContain('Your complaint is filed');
    expect(filed).not.toContain('Shall I submit it?');
    expect((await ticketOf(filed))?.customer.phone).toBe('+8613955551212');
  });

  it('zh-CN: 刚才那个, with the number given in the opening', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'same-number-cn' });
    const opening = await said(a, 'SF2210478832106 拖了好几天还没到，投诉，我手机13955553434');
    expect(opening).toContain('+8613955553434');
    await said(a, '要个道歉');
    const filed = await said(a, '好的 直接登记吧 联系电话用刚才的');
    expect(filed).toContain('投诉已登记');
    expect(filed).not.toContain('不留电话或邮箱也可以');
    expect((await ticketOf(filed))?.customer.phone).toBe('+8613955553434');
  });

  it('zh-TW Cantonese: 頭先嗰個 at the summary, after the phone question was skipped', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'same-number-hk' });
    await said(a, 'SF2210478832106 遲咗好多日都未到，我要投訴，我手機96663333');
    await said(a, '要個道歉');
    const summary = await said(a, '跳過');
    expect(summary).toContain('確認提交？');
    const filed = await said(a, '好 交咗佢啦 電話用頭先嗰個');
    expect(filed).toContain('投訴已經登記');
    expect(filed).not.toContain('確認提交？');
    expect((await ticketOf(filed))?.customer.phone).toBe('+85296663333');
  });
});
