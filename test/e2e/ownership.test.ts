import { ALICE, CAROL, startAgentDeskApp, type AgentDeskApp } from '../support/agent-desk-app';
import { WebChatCustomer } from '../support/directline-client';

const MINUTE = 60_000;
const PARCEL = 'SF2210478832106';

describe('each customer’s complaint stays theirs: two people in web chat on one parcel (real server, agent page API)', () => {
  let desk: AgentDeskApp;
  beforeEach(async () => (desk = await startAgentDeskApp()));
  afterEach(() => desk.close());

  /** Everything a customer was ever shown, as one string. */
  const everything = (customer: WebChatCustomer): string => customer.seen.map((a) => a.text ?? '').join('\n');

  it('gives the second person a ticket of their own, related for agents, and sends the first ticket’s notices, replies and survey to its owner only', async () => {
    const owner = await WebChatCustomer.start(desk.app.url);
    const stranger = await WebChatCustomer.start(desk.app.url);
    expect(owner.userId).not.toBe(stranger.userId);
    await owner.newReplies();
    await stranger.newReplies();

    expect(await owner.ask(`我要找人工客服，快递 ${PARCEL} 晚了三天还没到`)).toContain('工单号 C-20261123-0001');
    desk.clock.advance(MINUTE);
    // The "hand me to a person" path: a ticket of their own, no word of the owner's.
    const strangerAnswer = await stranger.ask(`转人工！快递 ${PARCEL} 怎么还没到，我也在等`);
    expect(strangerAnswer).toContain('工单号 C-20261123-0002');
    expect(strangerAnswer).not.toContain('C-20261123-0001');

    const first = await desk.app.store.tickets.getByNumber('C-20261123-0001');
    const second = await desk.app.store.tickets.getByNumber('C-20261123-0002');
    expect(second?.customerId).not.toBe(first?.customerId);
    expect(first?.conversationIds).toHaveLength(1);
    expect(second?.conversationIds).toHaveLength(1);
    expect(first?.history.map((e) => e.action)).toEqual(['created', 'handoff requested']);

    // Agents see each ticket as also reported by the other customer, on the card of the agent page.
    for (const [number, other] of [
      ['C-20261123-0001', 'C-20261123-0002'],
      ['C-20261123-0002', 'C-20261123-0001'],
    ]) {
      const card = JSON.stringify((await desk.agent(ALICE).get(`/agent/api/tickets/${number}`).expect(200)).body.card);
      expect(card).toContain('Also reported by 1 other customer');
      expect(card).toContain(other);
    }

    // Accept, reply, resolve and the survey of the first ticket reach its owner, never the stranger, even
    // though the stranger's conversation was the last to write about the parcel.
    expect(await stranger.ask('有人吗？')).toContain('C-20261123-0002');
    await desk.agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'accept' }).expect(200);
    await desk
      .agent(ALICE)
      .post('/agent/api/tickets/C-20261123-0001/messages', { text: '李女士您好，包裹明天上午派送。' })
      .expect(200);
    expect(await owner.newReplies()).toEqual([
      expect.stringContaining('客服小艾 已接手您的工单 C-20261123-0001'),
      '【客服小艾】李女士您好，包裹明天上午派送。',
    ]);
    expect(await stranger.newReplies()).toEqual([]);
    await desk
      .agent(ALICE)
      .post('/agent/api/tickets/C-20261123-0001/actions', {
        verb: 'resolve',
        data: { note: '站点改约', customerMessage: '改约明天派送', responsibleParty: 'transport' },
      })
      .expect(200);
    await desk.agent(CAROL).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'approve' }).expect(200);
    expect((await owner.newReplies()).join()).toContain('工单 C-20261123-0001 已处理完毕：改约明天派送');
    desk.clock.advance(31 * MINUTE);
    await desk.app.runFollowUps();
    expect(await owner.newReplies()).toEqual([expect.stringContaining('请为工单 C-20261123-0001 的处理打分')]);
    await stranger.newReplies();

    // Asking about the owner's ticket (while their own waits for an agent) tells the stranger about theirs only;
    // they were never shown the owner's number, agent, name or words.
    // (The wait is said in full once, then in one line with the place in the queue.)
    expect(await stranger.ask('C-20261123-0001 进度如何')).toMatch(
      /工单 C-20261123-0002 (正在等待客服接单|在客服队列中排第)/,
    );
    const shown = everything(stranger);
    expect(shown).not.toContain('C-20261123-0001');
    expect(shown).not.toContain('alice');
    expect(shown).not.toContain('改约明天派送');
    expect(shown).not.toContain('晚了三天');
    expect(everything(owner)).not.toContain('C-20261123-0002');

    // Two people on one parcel are not a repeat complaint.
    const counts = await desk.app.store.metrics.counts({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      now: desk.clock.now().toISOString(),
      utcOffsetMinutes: 480,
    });
    expect(counts).toMatchObject({ complainants: 2, repeatComplainants: 0 });
  });
});
