import request from 'supertest';
import { TEAMS_TURN_FAILED } from '../../src/channels/teams/teams.endpoint';
import type { RunningParcelCare } from '../../src/index';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { type BotConnectorStandIn, cardOf, type TeamsUser, teamsActivity } from '../support/bot-connector-stand-in';
import { TestApp } from '../support/test-app';

const AGENTS = '19:agents0123@thread.tacv2';
const SUPERVISORS = '19:supervisors0123@thread.tacv2';
const MINUTE = 60_000;

describe('Teams agent desk against a local stand-in of the Bot Connector REST API (anonymous CloudAdapter)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let connector: BotConnectorStandIn;
  let clock: TestClock;

  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    running = await TestApp.start({
      name: 'teams',
      teams: { agentsChannel: AGENTS, supervisorsChannel: SUPERVISORS },
      clock,
      // The demo parcels without their anomalies: no demo claim's card in the agents' channel.
      env: {
        TEAMS_SUPERVISORS: 'aad-carol',
        SURVEY_DELAY_MINUTES: '10',
        AGENT_USERS: 'dora:dora-pass-1',
        DEMO_DATA: 'parcels',
      },
    });
    app = running.app;
    connector = running.connector;
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await running.close();
  });

  /** What Teams posts to /api/messages when someone in the ticket's thread acts. */
  const fromTeams = (thread: string, who: TeamsUser, activity: Record<string, unknown>) =>
    request(app.url)
      .post('/api/messages')
      .send(teamsActivity(connector.url, AGENTS, who, activity, thread));
  /** A click on an Adaptive Card button (Action.Execute) in the thread; `card` is the activity id of the card clicked. */
  const cardAction = (thread: string, who: TeamsUser, verb: string, data: Record<string, unknown>, card?: string) =>
    fromTeams(thread, who, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      ...(card ? { replyToId: card } : {}),
      value: { action: { type: 'Action.Execute', verb, data } },
    });
  /** Desk calls go out through the outbox, in the background: waits until it holds nothing left to send. */
  const outboxDrained = () =>
    eventually(async () => {
      const open = [
        ...(await app.store.outbox.listByStatus('pending')),
        ...(await app.store.outbox.listByStatus('sending')),
      ];
      return open.length === 0;
    }, 'the outbox to drain');
  const threadOf = async (number: string) => (await app.store.tickets.getByNumber(number))?.desk?.teams;
  const ALICE = { name: 'Alice Wang', aad: 'aad-alice' };
  const CAROL = { name: 'Carol Chen', aad: 'aad-carol' };

  it('posts a card thread on handoff, relays both ways, updates the card on each action, and needs a supervisor for a complex case', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.newReplies();
    expect(await customer.ask('我的快递 782828807290222 丢了，找人工，我要投诉到邮政管理局')).toContain(
      'C-20261123-0001',
    );

    // One thread in the agents' channel, opened by the ticket card.
    await eventually(async () => Boolean(await threadOf('C-20261123-0001')), 'the ticket thread');
    await outboxDrained();
    expect(connector.threadsIn(AGENTS)).toHaveLength(1);
    const [thread] = connector.threadsIn(AGENTS);
    expect(thread).toBeDefined();
    expect(thread?.body).toMatchObject({ isGroup: true, channelData: { channel: { id: AGENTS } } });
    const card = JSON.stringify(cardOf(thread?.body.activity));
    for (const expected of ['C-20261123-0001', 'HIGH', 'lost', '782828807290222', 'threat: regulator', 'Accept'])
      expect(card).toContain(expected);
    const ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    const threadId = ticket?.desk?.teams?.conversationId as string;
    const cardId = ticket?.desk?.teams?.cardActivityId as string;
    expect(threadId).toMatch(new RegExp(`^${AGENTS};messageid=\\d+$`));

    // Accept from the card: the invoke answers with the updated card, the card is updated in place, the customer told.
    const accepted = await fromTeams(threadId, ALICE, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      value: {
        action: { type: 'Action.Execute', verb: 'accept', data: { ticket: 'C-20261123-0001' } },
        trigger: 'manual',
      },
    }).expect(200);
    expect(accepted.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(accepted.body.value)).toContain('in_progress');
    await outboxDrained();
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(updates.at(-1)).toMatchObject({ conversationId: threadId, activityId: cardId });
    expect(JSON.stringify(updates.at(-1)?.body)).toContain('Alice Wang');
    expect((await customer.newReplies()).join()).toContain('客服 Alice Wang 已接手');

    // The agent's @mention reply in the thread reaches the customer; the customer's answer reaches the thread.
    await fromTeams(threadId, ALICE, {
      type: 'message',
      text: '<at>ParcelCare</at> 您好，我们正在查找包裹，今天内给您答复。',
      entities: [
        { type: 'mention', mentioned: { id: '28:parcelcare', name: 'ParcelCare' }, text: '<at>ParcelCare</at>' },
      ],
    }).expect(200);
    expect(await customer.newReplies()).toEqual(['【客服 Alice Wang】您好，我们正在查找包裹，今天内给您答复。']);
    await customer.say('好的，我等你们消息');
    await outboxDrained();
    expect(
      connector.calls.some(
        (c) =>
          c.method === 'POST' && c.conversationId === threadId && String(c.body.text).includes('好的，我等你们消息'),
      ),
    ).toBe(true);

    // "Update the customer" from the card: not a chat reply but a progress update through the outbox, on the
    // customer's channel, recorded in the ticket's history; the card shows it.
    await cardAction(
      threadId,
      ALICE,
      'update',
      { ticket: 'C-20261123-0001', customerMessage: '已联系北京站查找包裹，明天中午前答复您。' },
      cardId,
    ).expect(200);
    await outboxDrained();
    expect(await customer.newReplies()).toEqual([
      '您的工单 C-20261123-0001 有新进展（客服 Alice Wang）：已联系北京站查找包裹，明天中午前答复您。',
    ]);
    expect((await app.store.tickets.getByNumber('C-20261123-0001'))?.history.at(-1)).toMatchObject({
      action: 'customer updated',
      by: 'aad-alice',
      note: '已联系北京站查找包裹，明天中午前答复您。',
    });

    // Resolve with two responsible parties: a complex case waits for a supervisor, who is told in their channel.
    const resolve = (who: typeof ALICE, verb: string) =>
      cardAction(
        threadId,
        who,
        verb,
        {
          ticket: 'C-20261123-0001',
          note: '内部：北京站漏扫，已扣站点考核分',
          customerMessage: '包裹在站点找到，明天送达并致歉',
          responsibleParty: 'station,transport',
        },
        cardId,
      ).expect(200);
    await resolve(ALICE, 'resolve');
    await outboxDrained();
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toMatchObject({
      status: 'in_progress',
      pendingResolution: { by: 'aad-alice', responsibleParty: ['station', 'transport'] },
    });
    expect(JSON.stringify(connector.threadsIn(SUPERVISORS).map((c) => c.body.activity))).toContain(
      'proposes to resolve',
    );
    const refused = await resolve(ALICE, 'approve');
    expect(refused.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'only a supervisor may approve a resolution',
    });
    // Rights follow the AAD object id: someone who calls themselves "Carol Chen" is not the supervisor.
    const impostor = await resolve({ name: 'Carol Chen', aad: 'aad-mallory' }, 'approve');
    expect(impostor.body.value).toBe('only a supervisor may approve a resolution');
    await resolve(CAROL, 'approve');
    // The card's message to the customer reaches them; the internal note stays with the agents.
    const told = (await customer.newReplies()).join();
    expect(told).toContain('已处理完毕：包裹在站点找到，明天送达并致歉');
    expect(told).not.toContain('内部');
    const resolved = await app.store.tickets.getByNumber('C-20261123-0001');
    expect(resolved).toMatchObject({ status: 'resolved', responsibleParty: ['station', 'transport'] });
    expect(resolved?.history.at(-1)).toMatchObject({ action: 'resolution approved', by: 'aad-carol' });
    await outboxDrained();
    expect(JSON.stringify(connector.calls.filter((c) => c.method === 'PUT').at(-1)?.body)).toContain('resolved');

    // After resolution the bot answers the customer again.
    expect(await customer.ask('SF1402837465921 到哪了')).toContain('SF1402837465921');
  });

  it('posts an SLA breach to the supervisors’ channel once and a warning into the ticket thread', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('转人工！我的快递 782828807290222 丢了');
    await outboxDrained();
    const threadId = (await threadOf('C-20261123-0001'))?.conversationId;
    clock.advance(13 * MINUTE);
    await app.runFollowUps();
    await outboxDrained();
    expect(
      connector.calls.some(
        (c) => c.conversationId === threadId && String(c.body.text).includes('80% of the time used'),
      ),
    ).toBe(true);
    clock.advance(3 * MINUTE);
    await app.runFollowUps();
    await app.runFollowUps();
    await outboxDrained();
    const breaches = connector
      .threadsIn(SUPERVISORS)
      .filter(
        (c) =>
          JSON.stringify(c.body.activity).includes('deadline') && JSON.stringify(c.body.activity).includes('missed'),
      );
    expect(breaches).toHaveLength(1);
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toMatchObject({ level: 1 });
  });

  it('with both desks configured, an action on the agent page updates the Teams card and the customer hears it', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('转人工，我的快递 782828807290222 丢了');
    await outboxDrained();
    const ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    const queue = await request(app.url).get('/agent/api/queue').auth('dora', 'dora-pass-1').expect(200);
    expect(queue.body.tickets.map((t: { number: string }) => t.number)).toEqual(['C-20261123-0001']);
    const updatesBefore = connector.calls.filter((c) => c.method === 'PUT').length;
    await request(app.url)
      .post('/agent/api/tickets/C-20261123-0001/actions')
      .auth('dora', 'dora-pass-1')
      .send({ verb: 'accept' })
      .expect(200);
    await outboxDrained();
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(updates.length).toBe(updatesBefore + 1);
    expect(updates.at(-1)).toMatchObject({ activityId: ticket?.desk?.teams?.cardActivityId });
    expect(JSON.stringify(updates.at(-1)?.body)).toContain('dora');
    expect((await customer.newReplies()).join()).toContain('客服 已接手');
  });

  it('answers the customer at once while Teams is slow, and posts the card when Teams answers', async () => {
    connector.hold = true;
    const customer = await WebChatCustomer.start(app.url);
    expect(await customer.ask('转人工，我的快递 782828807290222 丢了')).toContain('C-20261123-0001');
    // The customer has the answer while the thread's creation is still waiting for Teams.
    await eventually(() => connector.waiting > 0, 'the Teams call');
    expect(await threadOf('C-20261123-0001')).toBeUndefined();
    connector.release();
    await eventually(async () => Boolean(await threadOf('C-20261123-0001')), 'the ticket thread');
    await outboxDrained();
    expect(connector.threadsIn(AGENTS)).toHaveLength(1);
  });

  it('keeps the hand-off card while Teams is down and posts it once, with the customer’s message, when it is back', async () => {
    connector.failWith = 503;
    const customer = await WebChatCustomer.start(app.url);
    expect(await customer.ask('转人工，我的快递 782828807290222 丢了')).toContain('C-20261123-0001');
    await customer.say('照片我稍后发');
    await eventually(async () => {
      const waiting = await app.store.outbox.listByStatus('pending');
      return waiting.length === 2 && waiting.every((item) => item.attempts >= 1 && item.lastError);
    }, 'the failed desk calls to wait for a retry');
    expect(connector.calls).toEqual([]);

    connector.failWith = undefined;
    clock.advance(MINUTE); // past the backoff
    await eventually(async () => Boolean(await threadOf('C-20261123-0001')), 'the ticket thread');
    await outboxDrained();
    const threadId = (await threadOf('C-20261123-0001'))?.conversationId;
    expect(connector.threadsIn(AGENTS)).toHaveLength(1);
    expect(
      connector.calls.filter((c) => c.conversationId === threadId && String(c.body.text).includes('照片我稍后发')),
    ).toHaveLength(1);
    expect(await app.store.outbox.listByStatus('failed')).toEqual([]);
  });

  it('keeps nothing of an agent turn that fails and tells the agent in Teams, which does not retry', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.newReplies();
    await customer.ask('我的快递 782828807290222 丢了，找人工，我要投诉到邮政管理局');
    await eventually(async () => Boolean(await threadOf('C-20261123-0001')), 'the ticket thread');
    await outboxDrained();
    const threadId = (await threadOf('C-20261123-0001'))?.conversationId as string;
    const ticket = await app.store.tickets.getByNumber('C-20261123-0001');
    const transcript = await app.store.messages.listByTicket(ticket?.id as string);
    await customer.newReplies();

    // The store fails while the agent's reply is being relayed to the customer.
    jest.spyOn(app.store.messages, 'append').mockRejectedValueOnce(new Error('injected: the disk went away'));
    await fromTeams(threadId, ALICE, { type: 'message', text: '您好，我们正在查件' }).expect(200);
    expect(connector.calls.at(-1)?.body.text).toBe(TEAMS_TURN_FAILED);
    await app.store.durable();
    expect(await app.store.tickets.getByNumber('C-20261123-0001')).toEqual(ticket);
    expect(await app.store.messages.listByTicket(ticket?.id as string)).toEqual(transcript);

    // The agent sends it again: this time it reaches the customer.
    await fromTeams(threadId, ALICE, { type: 'message', text: '您好，我们正在查件' }).expect(200);
    expect((await customer.newReplies()).join('\n')).toContain('您好，我们正在查件');
  });

  it('refuses what is not a Bot Framework activity and says so for a thread with no ticket', async () => {
    const refused = await request(app.url).post('/api/messages').send({ text: 'hi' }).expect(400);
    expect(refused.body.error).toMatch(/serviceUrl/);
    await request(app.url).post('/api/messages').set('content-type', 'application/json').send('{"type":').expect(400);
    await request(app.url).get('/api/messages').expect(404);
    await fromTeams(`${AGENTS};messageid=1`, ALICE, { type: 'message', text: 'hello' }).expect(200);
    expect(connector.calls.at(-1)?.body.text).toMatch(/not linked to a ticket/);
  });

  it('lists change-delivery requests on the `delivery changes` command, and confirms or declines them on their cards', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('我的快递 SF1402837465921 到哪了');
    await customer.ask('4444');
    await customer.ask('我想改地址');
    expect(await customer.ask('上海市徐汇区漕溪北路88号')).toContain('改送到 上海市徐汇区漕溪北路88号');
    await customer.newReplies();
    // The request's own card is pushed to the agents' channel as it arrives; the command lists it again.
    await outboxDrained();
    expect(connector.threadsIn(AGENTS)).toHaveLength(1);
    const channelRoot = `${AGENTS};messageid=1`;
    const invoke = (verb: string, data: Record<string, unknown>) =>
      cardAction(channelRoot, ALICE, verb, data).expect(200);

    // An agent asks for the list where agents work: a card per waiting request, with Confirm and Decline.
    await fromTeams(channelRoot, ALICE, {
      type: 'message',
      text: '<at>ParcelCare</at> 改派',
      entities: [
        { type: 'mention', mentioned: { id: '28:parcelcare', name: 'ParcelCare' }, text: '<at>ParcelCare</at>' },
      ],
    }).expect(200);
    const listed = connector.calls.at(-1)?.body as { attachments: { content: Record<string, unknown> }[] };
    expect(listed.attachments).toHaveLength(1);
    const card = JSON.stringify(listed.attachments[0]?.content);
    for (const expected of [
      'SF1402837465921',
      '上海市徐汇区漕溪北路88号',
      'change_confirm',
      'change_decline',
      'requested',
    ])
      expect(card).toContain(expected);
    expect(card).not.toContain('4444'); // nothing of the customer's identity
    const [request] = await app.store.deliveryChanges.list({ limit: 10 });
    const id = request?.id as string;
    expect(card).toContain(id);

    // A decline says why: without a note it is refused and nothing changes.
    const refused = await invoke('change_decline', { request: id });
    expect(refused.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(refused.body.value).toContain('a decline needs a note');
    expect((await app.store.deliveryChanges.get(id))?.status).toBe('requested');

    const declined = await invoke('change_decline', { request: id, note: '该地址不在派送范围' });
    expect(declined.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(declined.body.value)).toContain('declined');
    expect(declined.body.value.actions).toEqual([]);
    expect((await app.store.deliveryChanges.get(id))?.decision).toMatchObject({
      by: 'teams:aad-alice',
      note: '该地址不在派送范围',
    });
    let told: string[] = [];
    await eventually(async () => (told = await customer.newReplies()).length > 0, 'the decision in the chat');
    expect(told).toEqual([expect.stringContaining('客服补充：该地址不在派送范围。')]);

    // Decided once: another agent's click on a stale card is told so; the list is empty now.
    const again = await cardAction(channelRoot, CAROL, 'change_confirm', { request: id }).expect(200);
    expect(again.body.value).toContain('is already declined');
    await fromTeams(channelRoot, ALICE, { type: 'message', text: 'delivery changes' }).expect(200);
    expect(connector.calls.at(-1)?.body.text).toMatch(/No delivery change requests are waiting/);
  });
});
