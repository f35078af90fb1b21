import { botHarness, send, type BotHarness } from './harness';

/**
 * Two demands in one answer ("a refund + an apology", "send it again and explain in writing", "賠錢同埋道歉") are
 * both kept: said back, in the summary, on the ticket and in the agent's view of it (issue #17).
 */
describe('two demands in one message both go on the ticket', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');
  const filedTicket = async (reply: string) => {
    const number = /C-\d{8}-\d{4}/.exec(reply)?.[0];
    const ticket = (await h.store.tickets.find({})).find((t) => t.number === number);
    if (!ticket) throw new Error(`no ticket in: ${reply}`);
    return ticket;
  };

  it('en: a redelivery and a written explanation', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'two-demands-en' });
    await said(a, 'SF2210478832106 is days overdue and I want to complain about it');
    const noted = await said(a, 'please have it re-sent & give me an explanation by email');
    expect(noted).toContain('redelivery');
    expect(noted).toContain('an explanation');
    const summary = await said(a, '13800001234');
    expect(summary).toMatch(/You'd like: .*redelivery/);
    expect(summary).toMatch(/You'd like: .*an explanation/);
    const ticket = await filedTicket(await said(a, 'submit'));
    expect([ticket.demand, ...(ticket.moreDemands ?? [])].sort()).toEqual(['explanation', 'redelivery']);
    const view = await h.parts.views.build(ticket);
    expect(view.reading.demand).toContain('redelivery');
    expect(view.reading.demand).toContain('explanation');
  });

  it('zh-CN: 退款+道歉', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'two-demands-cn' });
    await said(a, 'SF2210478832106 超时好几天了，我要投诉');
    const noted = await said(a, '运费退款+给我道歉');
    expect(noted).toContain('退款、道歉');
    expect(await said(a, '13800005678')).toContain('诉求：退款、道歉');
    const ticket = await filedTicket(await said(a, '提交'));
    expect(ticket.demand).toBe('refund');
    expect(ticket.moreDemands).toEqual(['apology']);
    expect((await h.parts.views.build(ticket)).reading.demand).toBe('refund, apology');
  });

  it('zh-TW Cantonese: 賠錢同埋道歉', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'two-demands-hk' });
    await said(a, 'SF2210478832106 遲咗好多日，我要投訴');
    await said(a, '要賠錢同埋要道歉');
    expect(await said(a, '96661234')).toContain('要求：賠償、道歉');
    const ticket = await filedTicket(await said(a, '提交'));
    expect([ticket.demand, ...(ticket.moreDemands ?? [])]).toEqual(['compensation', 'apology']);
  });
});
