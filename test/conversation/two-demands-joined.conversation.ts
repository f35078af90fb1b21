import { botHarness, send, type BotHarness } from './harness';

/**
 * Two demands joined by a plain "and" — "compensation and an apology", "赔偿和道歉", Cantonese "賠償同道歉", written
 * "退款與道歉" — are both kept, answering "what would you like us to do?" or in the opening message.
 */
describe('two demands joined by "and" are both kept', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');
  const filed = async () => {
    const [ticket] = await h.store.tickets.find({});
    if (!ticket) throw new Error('no ticket filed');
    return [ticket.demand, ...(ticket.moreDemands ?? [])];
  };

  it.each([
    [
      'en-US',
      'I want to complain, SF2210478832106 is 3 days late',
      'compensation and an apology',
      /compensation, an apology/,
      ['compensation', 'apology'],
      'submit',
    ],
    ['zh-CN', '我要投诉 SF2210478832106 晚了三天', '赔偿和道歉', /赔偿、道歉/, ['compensation', 'apology'], '提交'],
    ['zh-HK', '我要投訴 SF2210478832106 遲咗三日', '賠償同道歉', /賠償、道歉/, ['compensation', 'apology'], '提交'],
    ['zh-TW', '我要客訴 SF2210478832106 延遲三天', '退款與道歉', /退款、道歉/, ['refund', 'apology'], '提交'],
  ])('%s: “%s”, then “%s”', async (locale, opening, demands, noted, kept, submit) => {
    const a = h.adapter({ locale });
    await said(a, opening);
    await said(a, '6666');
    expect(await said(a, demands)).toMatch(noted);
    expect(await said(a, '13800001234')).toMatch(noted);
    await said(a, submit);
    expect(await filed()).toEqual(kept);
  });

  it('zh-HK: “我要賠償同道歉” in the opening message keeps both', async () => {
    const a = h.adapter({ locale: 'zh-HK' });
    await said(a, 'SF2210478832106 遲咗三日都未到，我要賠償同道歉');
    await said(a, '6666');
    expect(await said(a, '96661234')).toMatch(/要求：賠償、道歉/);
    await said(a, '提交');
    expect(await filed()).toEqual(['compensation', 'apology']);
  });
});
