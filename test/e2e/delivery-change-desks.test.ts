import request from 'supertest';
import type { RunningParcelCare } from '../../src/index';
import { type BotConnectorStandIn, type TeamsUser, teamsActivity } from '../support/bot-connector-stand-in';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { TestApp } from '../support/test-app';

const AGENTS = '19:agents0123@thread.tacv2';
const SUPERVISORS = '19:supervisors0123@thread.tacv2';
const PARCEL = 'SF1402837465921'; // demo parcel to 上海; recipient's phone ends in 4444
const ALICE = { name: 'Alice Wang', aad: 'aad-alice' };
const CAROL = { name: 'Carol Chen', aad: 'aad-carol' }; // in TEAMS_SUPERVISORS

type Card = { body: unknown[]; actions: { title: string; card?: { actions: { verb: string }[] } }[] };

/**
 * Change-delivery requests where agents work: Teams, against a local stand-in of the Bot Connector REST API
 * (anonymous CloudAdapter), and the agent page's JSON API — the supervisor rule (DELIVERY_CHANGE_SUPERVISOR, by
 * default an address in another city) on Confirm, Decline and Escalate.
 */
describe('change-delivery requests on the desks (Teams against the Bot Connector stand-in, the agent page API)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let connector: BotConnectorStandIn;

  beforeEach(async () => {
    running = await TestApp.start({
      name: 'teams-changes',
      teams: { agentsChannel: AGENTS, supervisorsChannel: SUPERVISORS },
      clock: new TestClock(new Date('2026-11-23T02:00:00Z')),
      // The demo parcels without their anomalies: no demo claim's card in the agents' channel.
      env: {
        TEAMS_SUPERVISORS: 'aad-carol',
        AGENT_USERS: 'dora:dora-pass-1,sam:sam-pass-1:supervisor',
        DEMO_DATA: 'parcels',
      },
    });
    app = running.app;
    connector = running.connector;
  });
  afterEach(() => running.close());

  const fromTeams = (who: TeamsUser, activity: Record<string, unknown>) =>
    request(app.url)
      .post('/api/messages')
      .send(teamsActivity(connector.url, AGENTS, who, activity));
  /** A click on a card's Action.Execute button; answers the invoke response's body. */
  const click = async (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
    (
      await fromTeams(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data } },
      }).expect(200)
    ).body as { statusCode: number; type: string; value: unknown };
  /** The cards posted as new threads in a channel (through the outbox, so in the background). */
  const postedIn = async (channel: string, count: number): Promise<{ text: string; card: Card }[]> => {
    await eventually(async () => connector.threadsIn(channel).length >= count, `${count} card(s) in ${channel}`);
    return connector.threadsIn(channel).map((c) => {
      const activity = c.body.activity as { text: string; attachments: { content: Card }[] };
      return { text: activity.text, card: activity.attachments[0]?.content as Card };
    });
  };
  const verbsOf = (card: Card): string[] => card.actions.flatMap((a) => a.card?.actions.map((b) => b.verb) ?? []);

  /** A web chat customer who proved the link and asked for this address; returns the request's id. */
  async function customerAsks(address: string): Promise<{ customer: WebChatCustomer; id: string }> {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask(`我的快递 ${PARCEL} 到哪了`);
    await customer.ask('4444');
    await customer.ask('我想改地址');
    await customer.ask(address);
    await customer.newReplies();
    const [recorded] = await app.store.deliveryChanges.list({ limit: 1 });
    return { customer, id: recorded?.id as string };
  }

  it('an address in another city: an agent cannot confirm it on the card, escalates it; a supervisor confirms it', async () => {
    const { customer, id } = await customerAsks('苏州市工业园区星湖街328号');
    expect((await app.store.deliveryChanges.get(id))?.supervisor).toBe('change_address_other_city');

    // The request is pushed to the agents' channel as it arrives: its card, saying it needs a supervisor.
    const [pushed] = await postedIn(AGENTS, 1);
    expect(pushed?.text).toBe('新的改派请求 New delivery change request · 需主管批准 needs supervisor approval');
    expect(JSON.stringify(pushed?.card)).toContain(id);
    expect(verbsOf(pushed?.card as Card)).toEqual(['change_confirm', 'change_decline', 'change_escalate']);

    // Listed with what it needs and the buttons an agent has for it.
    await fromTeams(ALICE, { type: 'message', text: 'delivery changes' }).expect(200);
    const listed = connector.calls.at(-1)?.body as { attachments: { content: Card }[] };
    const card = listed.attachments[0]?.content as Card;
    expect(JSON.stringify(card.body)).toContain(
      '需主管批准 Needs supervisor approval: 改到外地 an address in another city',
    );
    expect(verbsOf(card)).toEqual(['change_confirm', 'change_decline', 'change_escalate']);

    // Alice is no supervisor: her Confirm is refused with the rule, as a message to her; nothing changes.
    const refused = await click(ALICE, 'change_confirm', { request: id });
    expect(refused).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value:
        'only a supervisor may confirm this request (改到外地 an address in another city needs supervisor approval): escalate it or decline it',
    });
    expect((await app.store.deliveryChanges.get(id))?.status).toBe('requested');

    // She escalates it: the card says so and offers no second escalation.
    const escalated = await click(ALICE, 'change_escalate', { request: id, note: '客户说搬家了' });
    expect(escalated.type).toBe('application/vnd.microsoft.card.adaptive');
    const escalatedCard = escalated.value as Card;
    expect(JSON.stringify(escalatedCard.body)).toContain('by teams:aad-alice: 客户说搬家了');
    expect(verbsOf(escalatedCard)).toEqual(['change_confirm', 'change_decline']);
    expect((await click(ALICE, 'change_escalate', { request: id })).value).toBe(
      `delivery change request ${id} was escalated already (by teams:aad-alice)`,
    );
    // The escalation is posted to the supervisors' channel, once.
    const [toSupervisors] = await postedIn(SUPERVISORS, 1);
    expect(toSupervisors?.text).toBe('改派请求转主管 Delivery change escalated by teams:aad-alice');
    expect(JSON.stringify(toSupervisors?.card)).toContain('by teams:aad-alice: 客户说搬家了');

    // Carol is a supervisor: her Confirm decides it, and the customer hears it.
    const confirmed = await click(CAROL, 'change_confirm', { request: id, note: '已安排转寄' });
    expect(JSON.stringify((confirmed.value as Card).body)).toContain('confirmed');
    expect(await app.store.deliveryChanges.get(id)).toMatchObject({
      status: 'confirmed',
      decision: { by: 'teams:aad-carol', note: '已安排转寄' },
    });
    let told: string[] = [];
    await eventually(async () => (told = await customer.newReplies()).length > 0, 'the decision in the chat');
    expect(told).toEqual([expect.stringContaining('已安排转寄')]);
  });

  it('an address in the same city: any agent confirms it on the card, and it offers no escalation', async () => {
    const { id } = await customerAsks('上海市徐汇区漕溪北路88号');
    const [pushed] = await postedIn(AGENTS, 1);
    expect(pushed?.text).toBe('新的改派请求 New delivery change request');
    expect(verbsOf(pushed?.card as Card)).toEqual(['change_confirm', 'change_decline']);
    await fromTeams(ALICE, { type: 'message', text: '改派' }).expect(200);
    const card = (connector.calls.at(-1)?.body as { attachments: { content: Card }[] }).attachments[0]?.content as Card;
    expect(JSON.stringify(card.body)).not.toContain('supervisor');
    expect(verbsOf(card)).toEqual(['change_confirm', 'change_decline']);
    await click(ALICE, 'change_confirm', { request: id });
    expect((await app.store.deliveryChanges.get(id))?.decision).toMatchObject({ by: 'teams:aad-alice' });
  });

  it("the agent page's API: 403 with the rule for an agent's confirmation, escalation once, a supervisor confirms", async () => {
    const { id } = await customerAsks('苏州市工业园区星湖街328号');
    const decision = `/agent/api/delivery-changes/${id}/decision`;
    const listed = await request(app.url).get('/agent/api/delivery-changes').auth('dora', 'dora-pass-1').expect(200);
    expect(listed.body.requests).toEqual([
      expect.objectContaining({
        id,
        needsSupervisor: true,
        supervisorRule: 'change_address_other_city',
        supervisorReason: '改到外地 an address in another city',
      }),
    ]);
    const refused = await request(app.url)
      .post(decision)
      .auth('dora', 'dora-pass-1')
      .send({ decision: 'confirm' })
      .expect(403);
    expect(refused.body).toEqual({
      error:
        'only a supervisor may confirm this request (改到外地 an address in another city needs supervisor approval): escalate it or decline it',
      rule: 'SUPERVISOR_ONLY',
    });
    expect((await app.store.deliveryChanges.get(id))?.status).toBe('requested');
    const escalated = await request(app.url)
      .post(`/agent/api/delivery-changes/${id}/escalation`)
      .auth('dora', 'dora-pass-1')
      .send({ note: 'moving house' })
      .expect(200);
    expect(escalated.body.escalation).toMatchObject({ by: 'agent:dora', note: 'moving house' });
    await request(app.url)
      .post(`/agent/api/delivery-changes/${id}/escalation`)
      .auth('sam', 'sam-pass-1')
      .send({})
      .expect(409);
    const confirmed = await request(app.url)
      .post(decision)
      .auth('sam', 'sam-pass-1')
      .send({ decision: 'confirm' })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', decision: { by: 'agent:sam' } });
    // The page's notices: every agent heard of the request, only supervisors of its escalation.
    const noticesOf = async (name: string, password: string) =>
      (await request(app.url).get('/agent/api/queue').auth(name, password).expect(200)).body.notices
        .filter((n: { kind: string }) => n.kind === 'delivery_change')
        .map((n: { text: string }) => n.text);
    const arrived =
      'Delivery change for SF1402837465921: deliver it to 苏州市工业园区星湖街328号 (needs supervisor approval)';
    expect(await noticesOf('dora', 'dora-pass-1')).toEqual([arrived]);
    expect(await noticesOf('sam', 'sam-pass-1')).toEqual([
      arrived,
      'Delivery change for SF1402837465921 escalated by agent:dora: deliver it to 苏州市工业园区星湖街328号',
    ]);
  });
});
