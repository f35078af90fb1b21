import request from 'supertest';
import type { RunningParcelCare } from '../../src/index';
import { ALICE, BOB, CAROL, startAgentDeskApp, type AgentDeskApp } from '../support/agent-desk-app';
import { WebChatCustomer } from '../support/directline-client';
import type { TestClock } from '../support/test-clock';

const MINUTE = 60_000;

describe('agent page API: handoff from web chat, agent replies, resolution, SLA and the survey (real server, controllable clock)', () => {
  let desk: AgentDeskApp;
  let app: RunningParcelCare;
  let clock: TestClock;

  beforeEach(async () => {
    desk = await startAgentDeskApp();
    ({ app, clock } = desk);
  });
  afterEach(() => desk.close());

  const agent: AgentDeskApp['agent'] = (who) => desk.agent(who);

  it('refuses the page and its API without valid credentials, and changes nothing', async () => {
    await request(app.url)
      .get('/agent')
      .expect(401)
      .expect('WWW-Authenticate', /Basic realm="ParcelCare agents"/);
    await request(app.url).get('/agent/api/queue').auth('alice', 'wrong-password').expect(401);
    await request(app.url).post('/agent/api/tickets/C-20261123-0001/actions').send({ verb: 'accept' }).expect(401);
    const page = await agent(ALICE).get('/agent').expect(200);
    expect(page.text).toContain('Agent desk');
    expect(await app.store.tickets.find({})).toEqual([]);
  });

  it('takes a complaint from the queue to a closed ticket: accept, chat, resolve, survey', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.newReplies();
    expect(await customer.ask('我要找人工客服，快递 SF2210478832106 晚了三天还没到')).toContain('已为您转接人工');

    // The queue shows it with its context; the ticket view carries the card agents act on.
    const queue = await agent(ALICE).get('/agent/api/queue').expect(200);
    expect(queue.body.tickets).toEqual([
      expect.objectContaining({
        number: 'C-20261123-0001',
        status: 'pending_agent',
        priority: 'high',
        category: 'delay',
      }),
    ]);
    const opened = await agent(ALICE).get('/agent/api/tickets/C-20261123-0001').expect(200);
    const cardText = JSON.stringify(opened.body.card);
    expect(cardText).toContain('SF2210478832106');
    expect(cardText).toContain('北京转运中心');
    expect(cardText).toContain('我要找人工客服');
    expect(opened.body.card.actions.map((a: { title: string }) => a.title)).toEqual([
      '接单 Accept',
      '告知客户进展 Update the customer',
      '结案 Resolve',
      '转交 Transfer',
      '升级 Escalate',
    ]);

    // Waiting customer hears the ticket waits; after acceptance, only the agent answers.
    expect(await customer.ask('有人吗？')).toContain('正在等待客服接单');
    clock.advance(5 * MINUTE);
    await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'accept' }).expect(200);
    expect((await customer.newReplies()).join()).toContain('客服小艾 已接手您的工单 C-20261123-0001');
    await agent(ALICE)
      .post('/agent/api/tickets/C-20261123-0001/messages', { text: '您好，包裹明天上午派送，给您补偿10元运费券。' })
      .expect(200);
    expect((await customer.newReplies()).join()).toBe('【客服小艾】您好，包裹明天上午派送，给您补偿10元运费券。');
    expect(await customer.ask('好的，谢谢')).toBe('');

    // Someone else cannot resolve Alice's ticket; a high-priority ticket needs a supervisor's approval.
    const resolve = {
      verb: 'resolve',
      data: {
        note: '内部：运输延误，运费券已申请',
        customerMessage: '改约明天派送并补偿运费券',
        responsibleParty: 'transport',
      },
    };
    const tooLong = { ...resolve, data: { ...resolve.data, customerMessage: '长'.repeat(2001) } };
    const refusedLong = await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', tooLong).expect(400);
    expect(refusedLong.body.error).toBe('the message to the customer may have at most 2000 characters');
    const refused = await agent(BOB).post('/agent/api/tickets/C-20261123-0001/actions', resolve).expect(403);
    expect(refused.body.error).toMatch(/held by alice/);
    const proposed = await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', resolve).expect(200);
    expect(proposed.body).toEqual({ number: 'C-20261123-0001', status: 'in_progress', awaitingApproval: true });
    expect((await agent(CAROL).get('/agent/api/queue').expect(200)).body.notices).toContainEqual(
      expect.objectContaining({ kind: 'approval_needed', ticket: 'C-20261123-0001' }),
    );
    await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'approve' }).expect(403);
    await agent(CAROL).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'approve' }).expect(200);
    const told = (await customer.newReplies()).join();
    expect(told).toContain('工单 C-20261123-0001 已处理完毕：改约明天派送并补偿运费券');
    expect(told).not.toContain('内部');
    // Agents see both: the internal note on the card and in the history, and what the customer was told.
    const settled = JSON.stringify((await agent(ALICE).get('/agent/api/tickets/C-20261123-0001').expect(200)).body);
    expect(settled).toContain('内部：运输延误，运费券已申请');
    expect(settled).toContain('Told the customer');
    // Asked how it is going, the customer hears what was done and when, not a deadline.
    const status = await customer.ask('工单 C-20261123-0001 处理得怎么样了');
    expect(status).toContain('处理结果：改约明天派送并补偿运费券');
    expect(status).not.toMatch(/预计|内部/);

    // The survey goes out after the configured delay, once; "5" closes the ticket.
    clock.advance(29 * MINUTE);
    await app.runFollowUps();
    expect(await customer.newReplies()).toEqual([]);
    clock.advance(2 * MINUTE);
    await app.runFollowUps();
    await app.runFollowUps();
    expect(await customer.newReplies()).toEqual([expect.stringContaining('请为工单 C-20261123-0001 的处理打分')]);
    expect(await customer.ask('5')).toContain('感谢您的评价');

    const ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket).toMatchObject({
      status: 'closed',
      assignee: 'alice',
      firstResponseAt: '2026-11-23T02:05:00.000Z',
      responsibleParty: ['transport'],
      satisfaction: { score: 5, satisfied: true },
    });
    expect(ticket?.history.map((e) => e.action)).toEqual([
      'created',
      'handoff requested',
      'accepted',
      'resolution proposed',
      'resolution approved',
      'survey sent',
      'survey answered',
    ]);
    const transcript = await app.store.messages.listByTicket(ticket!.id);
    expect(transcript.find((m) => m.text.startsWith('【客服小艾】'))?.author).toBe('agent:alice');
  });

  it('warns at 80% of a deadline, escalates at the breach once, and an unsatisfied answer reopens for a supervisor', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('转人工！我的快递 782828807290222 丢了');
    clock.advance(12 * MINUTE); // 80% of the 15-minute first response
    await app.runFollowUps();
    let ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket?.history.at(-1)).toMatchObject({
      action: 'sla warning',
      note: expect.stringMatching(/^firstResponse/),
    });
    clock.advance(4 * MINUTE);
    await app.runFollowUps();
    await app.runFollowUps();
    ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket?.level).toBe(1);
    expect(ticket?.history.filter((e) => e.action === 'sla breach')).toHaveLength(1);
    const queue = await agent(CAROL).get('/agent/api/queue').expect(200);
    expect(queue.body.tickets[0]).toMatchObject({ number: 'C-20261123-0001', overdue: true, level: 1 });
    expect(queue.body.notices.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['sla_warning', 'sla_breach']),
    );
    // Every time the page shows is in the courier's zone (TIMEZONE, Asia/Shanghai here) and written for people:
    // notices, the transcript, the history and the deadlines, never a raw UTC timestamp.
    const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
    expect(queue.body.timeZone).toBe('Asia/Shanghai');
    expect(queue.body.notices).toContainEqual(
      expect.objectContaining({
        kind: 'sla_warning',
        when: '2026-11-23 10:12',
        text: 'C-20261123-0001: first response due 2026-11-23 10:15 (Asia/Shanghai) (80% of the time used)',
      }),
    );
    expect(queue.body.tickets[0].nextDeadlineWhen).toMatch(/^2026-11-23 \d\d:\d\d$/);
    const view = (await agent(CAROL).get('/agent/api/tickets/C-20261123-0001').expect(200)).body;
    expect(view.messages[0]).toMatchObject({ at: '2026-11-23T02:00:00.000Z', when: '2026-11-23 10:00' });
    expect(view.history.find((h: { action: string }) => h.action === 'sla warning')).toMatchObject({
      when: '2026-11-23 10:12',
      note: 'firstResponse due 2026-11-23 10:15',
    });
    for (const text of [
      ...queue.body.notices.map((n: { text: string }) => n.text),
      ...view.history.map((h: { note?: string }) => h.note ?? ''),
      JSON.stringify(view.card),
    ])
      expect(text).not.toMatch(ISO);

    // A supervisor settles it directly; the customer is not satisfied and it comes back, one level up.
    await agent(CAROL).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'accept' }).expect(200);
    await agent(CAROL)
      .post('/agent/api/tickets/C-20261123-0001/actions', {
        verb: 'resolve',
        data: { note: '已按保价赔付', responsibleParty: 'courier,station' },
      })
      .expect(200);
    clock.advance(61 * MINUTE);
    await app.runFollowUps();
    await customer.newReplies();
    expect(await customer.ask('不满意')).toContain('已重新打开并转交主管');
    ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket).toMatchObject({ status: 'reopened', level: 2, satisfaction: { satisfied: false } });
    expect(ticket?.resolvedAt).toBeUndefined();
    expect((await agent(CAROL).get('/agent/api/queue').expect(200)).body.tickets[0]).toMatchObject({
      number: 'C-20261123-0001',
      status: 'reopened',
    });
  });

  it('takes an unassigned ticket for the agent who answers it first', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('转人工');
    await agent(BOB)
      .post('/agent/api/tickets/C-20261123-0001/messages', { text: '您好，请问有什么可以帮您？' })
      .expect(200);
    expect(await customer.newReplies()).toEqual([
      expect.stringContaining('客服 已接手您的工单 C-20261123-0001'),
      '【客服】您好，请问有什么可以帮您？',
    ]);
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toMatchObject({
      status: 'in_progress',
      assignee: 'bob',
    });
    // Now bob holds it: the customer's next message is for him, with no "waiting" answer from the bot.
    expect(await customer.ask('我的快递丢了')).toBe('');
  });

  it('a filed complaint the bot kept is in the queue too; once an agent takes it, the customer’s answers go to the agent', async () => {
    const customer = await WebChatCustomer.start(app.url, 'en-US');
    await customer.newReplies();
    await customer.ask('My parcel SF1402837465921 is a day late, I want an explanation');
    await customer.ask('you can email me at amy@example.com');
    expect(await customer.ask('Submit')).toContain('C-20261123-0001');
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toMatchObject({
      status: 'open',
      priority: 'medium',
    });
    const queue = await agent(ALICE).get('/agent/api/queue').expect(200);
    expect(queue.body.tickets).toEqual([expect.objectContaining({ number: 'C-20261123-0001', status: 'open' })]);

    await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'accept' }).expect(200);
    expect((await customer.newReplies()).join()).toContain('Agent Alice has taken your ticket C-20261123-0001');
    expect(await customer.ask('Thanks, when will it arrive?')).toBe('');
    const opened = await agent(ALICE).get('/agent/api/tickets/C-20261123-0001').expect(200);
    expect(opened.body.messages.at(-1)).toMatchObject({ direction: 'in', text: 'Thanks, when will it arrive?' });
  });

  it('answers bad requests with a clear error and changes nothing', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('转人工');
    const before = await app.store.tickets.getByNumber('C-20261123-0001');
    await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/messages', { text: '' }).expect(400);
    await agent(ALICE)
      .post('/agent/api/tickets/C-20261123-0001/messages', { text: 'x'.repeat(2001) })
      .expect(413);
    await agent(ALICE).post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'explode' }).expect(400);
    const noParty = await agent(ALICE)
      .post('/agent/api/tickets/C-20261123-0001/actions', { verb: 'resolve', data: { note: 'done' } })
      .expect(400);
    expect(noParty.body.error).toMatch(/responsible party/);
    await agent(ALICE).post('/agent/api/tickets/C-20991231-0001/actions', { verb: 'accept' }).expect(404);
    await request(app.url)
      .post('/agent/api/tickets/C-20261123-0001/messages')
      .auth(ALICE[0], ALICE[1])
      .set('content-type', 'application/json')
      .send('{"text":')
      .expect(400);
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toEqual(before);
  });
});
