import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import type { Shipment } from '../../src/tracking/records';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { scanPusher } from '../support/events-api';
import { TestClock } from '../support/test-clock';
import { ALICE, BOB, CAROL, type AgentLogin } from '../support/agent-desk-app';

const KEY = 'courier-systems-key-0001';
const INSURED = 'SF5550000000001';
const UNDECLARED = 'SF5550000000002';

const shipment = (trackingNumber: string, declared?: Shipment['declaredValue']): Shipment => ({
  trackingNumber,
  carrier: 'sf',
  sender: { name: '张伟', phone: '+8613811112222' },
  recipient: { name: '李娜', phone: '+8613933334444' },
  origin: '深圳',
  destination: '上海',
  ...(declared ? { declaredValue: declared } : {}),
  events: [{ at: '2026-11-22T02:00:00.000Z', place: '深圳转运中心', status: 'in_transit' }],
  updatedAt: '2026-11-22T02:00:00.000Z',
});

/**
 * Level-1 anomalies through a real server: the courier's systems push a "lost" scan (events API), a claim opens on a
 * high-priority ticket, the customer hears of it in web chat (Direct Line), and agents decide it on the agent page's
 * HTTP API, signed in as agents and a supervisor (HTTP Basic).
 */
describe('pre-compensation claims, end to end (real server, events API, Direct Line, agent page)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let clock: TestClock;
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-claims-'));
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SHIPMENTS_API_KEY: KEY,
        DEMO_DATA: 'false',
        AGENT_USERS: `${ALICE.join(':')},${BOB.join(':')},${CAROL.join(':')}:supervisor`,
        CLAIM_SUPERVISOR_AMOUNT: '500',
      }),
      pino({ level: 'silent' }),
      clock,
    );
    await app.store.shipments.upsert(shipment(INSURED, { amount: 800, currency: 'CNY', insured: true }));
    await app.store.shipments.upsert(shipment(UNDECLARED));
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const push = scanPusher({ url: () => app.url, key: KEY, now: () => clock.now(), place: '上海转运中心' });
  const as = (who: AgentLogin) => ({
    act: (number: string, verb: string, data: object = {}) =>
      request(app.url).post(`/agent/api/tickets/${number}/actions`).auth(who[0], who[1]).send({ verb, data }),
    ticket: (number: string) => request(app.url).get(`/agent/api/tickets/${number}`).auth(who[0], who[1]),
  });
  const claimTicket = async (trackingNumber: string) => {
    const withClaim = (await app.store.tickets.find({ trackingNumber })).filter((t) => t.claim);
    expect(withClaim).toHaveLength(1);
    return withClaim[0]!;
  };

  it('opens a claim on detection, tells the customer in their language once, and shows it to agents', async () => {
    const wang = await WebChatCustomer.start(app.url);
    const carol = await WebChatCustomer.start(app.url, 'en');
    await wang.ask(`我的快递 ${INSURED} 到哪了`);
    await carol.ask(`Where is my parcel ${INSURED}?`);
    await push(INSURED, 'exception', '中转站未找到包裹');
    await push(INSURED, 'lost'); // the courier's systems say it again

    const ticket = await claimTicket(INSURED);
    expect(ticket).toMatchObject({
      priority: 'high',
      category: 'lost',
      status: 'pending_agent',
      demand: 'compensation',
    });
    expect(ticket.claim).toMatchObject({
      status: 'opened',
      reason: 'lost',
      openedBy: 'system',
      amount: { value: 800, currency: 'CNY', basis: 'insured' },
    });
    expect(Date.parse(ticket.claim!.openedAt) - Date.parse(ticket.claim!.detectedAt!)).toBeLessThanOrEqual(15 * 60_000);
    expect(ticket.history.map((h) => h.action)).toEqual(['created', 'claim opened', 'handoff requested']);

    const seen = { wang: [] as string[], carol: [] as string[] };
    await eventually(async () => {
      seen.wang.push(...(await wang.newReplies()));
      seen.carol.push(...(await carol.newReplies()));
      return [...seen.wang, ...seen.carol].filter((t) => /预赔付|compensation claim/.test(t)).length >= 2;
    }, 'the claim notices');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second one would have come by now
    seen.wang.push(...(await wang.newReplies()));
    seen.carol.push(...(await carol.newReplies()));
    const wangClaims = seen.wang.filter((t) => t.includes('预赔付'));
    const carolClaims = seen.carol.filter((t) => t.includes('compensation claim'));
    expect(wangClaims).toHaveLength(1);
    expect(carolClaims).toHaveLength(1);
    expect(wangClaims[0]).toContain(`我们已为您的包裹 ${INSURED} 主动发起预赔付申请`);
    expect(wangClaims[0]).toContain('CNY 800.00');
    expect(carolClaims[0]).toContain(`We have opened a compensation claim for you on parcel ${INSURED}`);
    // The ticket belongs to one of them (the latest to ask of equally strong links): only its owner learns its number.
    const owner =
      ticket.customerId ===
      (await app.store.conversations.findByExternalId('webchat', wang.conversationId))?.customerId;
    expect(wangClaims[0]!.includes(ticket.number)).toBe(owner);
    expect(carolClaims[0]!.includes(ticket.number)).toBe(!owner);

    const page = await as(ALICE).ticket(ticket.number).expect(200);
    const card = JSON.stringify(page.body.card);
    expect(card).toContain('Pre-compensation claim · opened');
    expect(card).toContain('CNY 800.00 (insured value)');
    expect(card).toContain('claim_approve');
    const queue = await request(app.url).get('/agent/api/queue').auth(ALICE[0], ALICE[1]).expect(200);
    expect(queue.body.tickets).toEqual([expect.objectContaining({ number: ticket.number, claim: 'opened' })]);
  });

  it('makes an agent’s approval above CLAIM_SUPERVISOR_AMOUNT a request only a supervisor can approve', async () => {
    const wang = await WebChatCustomer.start(app.url);
    await wang.ask(`我的快递 ${INSURED} 到哪了`);
    await push(INSURED, 'damaged');
    const { number } = await claimTicket(INSURED);
    await as(ALICE).act(number, 'accept').expect(200);

    // Another agent may not decide a ticket Alice holds.
    const bob = await as(BOB).act(number, 'claim_approve').expect(403);
    expect(bob.body.error).toContain('held by alice');
    // 800 > 500: Alice's approval is a request to the supervisors, and she cannot push it through.
    const asked = await as(ALICE).act(number, 'claim_approve', { note: 'photos show crushed box' }).expect(200);
    expect(asked.body.claim).toMatchObject({ status: 'approval_requested', approvalRequest: { by: 'alice' } });
    const again = await as(ALICE).act(number, 'claim_approve').expect(403);
    expect(again.body.rule).toBe('SUPERVISOR_ONLY');
    expect((await as(ALICE).act(number, 'claim_reject', { reason: 'no' }).expect(403)).body.rule).toBe(
      'SUPERVISOR_ONLY',
    );
    const notices = await request(app.url).get('/agent/api/queue').auth(CAROL[0], CAROL[1]).expect(200);
    expect(notices.body.notices.map((n: { text: string }) => n.text)).toContainEqual(
      expect.stringContaining(`${number}: alice asks to approve the claim at CNY 800.00`),
    );

    clock.advance(10 * 60_000);
    const approved = await as(CAROL).act(number, 'claim_approve').expect(200);
    expect(approved.body.claim).toMatchObject({
      status: 'approved',
      decision: { approved: true, by: 'carol', amount: { value: 800 }, reason: 'photos show crushed box' },
    });
    await as(ALICE).act(number, 'claim_paid', { reference: 'PAY-7781' }).expect(200);
    const ticket = await claimTicket(INSURED);
    expect(ticket.claim?.status).toBe('paid');
    expect(ticket.history.filter((h) => h.action.startsWith('claim '))).toEqual([
      expect.objectContaining({ action: 'claim opened', by: 'system' }),
      expect.objectContaining({ action: 'claim approval requested', by: 'alice', to: 'approval_requested' }),
      expect.objectContaining({ action: 'claim approved', by: 'carol', at: '2026-11-23T02:10:00.000Z' }),
      expect.objectContaining({ action: 'claim paid', by: 'alice', note: 'CNY 800.00 (reference PAY-7781)' }),
    ]);
    // Decisions reach her through the outbox, like the claim's notice.
    let told = '';
    await eventually(async () => (told += (await wang.newReplies()).join('\n')).includes('已支付'), 'the payment');
    expect(told).toContain(`工单 ${number} 的赔付申请（CNY 800.00）已提交主管审批`);
    expect(told).toContain(`工单 ${number} 的赔付申请已批准，金额 CNY 800.00`);
    expect(told).toContain(`工单 ${number} 的赔付款（CNY 800.00）已支付`);
  });

  it('lets the agent approve an assessed amount within the limit, and refuses one without an amount', async () => {
    await push(UNDECLARED, 'lost');
    const { number, claim } = await claimTicket(UNDECLARED);
    expect(claim).toMatchObject({ status: 'opened' });
    expect(claim?.amount).toBeUndefined();
    await as(BOB).act(number, 'accept').expect(200);
    const missing = await as(BOB).act(number, 'claim_approve').expect(400);
    expect(missing.body.error).toBe('the claim is to be assessed: give the amount to approve');
    expect((await as(BOB).act(number, 'claim_approve', { amount: 'lots' }).expect(400)).body.error).toContain('amount');
    const ok = await as(BOB).act(number, 'claim_approve', { amount: '300' }).expect(200);
    expect(ok.body.claim).toMatchObject({
      status: 'approved',
      amount: { value: 300, currency: 'CNY', basis: 'assessed' },
    });
    // Decided claims cannot be decided again; a rejection needs a reason.
    await as(CAROL).act(number, 'claim_reject', { reason: 'duplicate' }).expect(409);
    await as(BOB).act(number, 'claim_reject', {}).expect(400);
  });

  it('opens the claim of an anomaly nobody listened to (an import) in the next scheduler round, within 15 minutes', async () => {
    // Recorded as import-shipments does: no claim, no notice yet.
    const { anomaly } = await app.store.anomalies.record({
      trackingNumber: INSURED,
      kind: 'lost',
      occurrence: '',
      level: 1,
      detectedAt: clock.now().toISOString(),
      source: 'import',
    });
    expect(await app.store.claims.get(INSURED)).toBeUndefined();
    clock.advance(30_000); // the scheduler's round (SCHEDULER_INTERVAL_SECONDS)
    await app.runFollowUps();
    const ticket = await claimTicket(INSURED);
    expect(ticket.claim).toMatchObject({ anomalyId: anomaly.id, detectedAt: anomaly.detectedAt, status: 'opened' });
    expect(ticket.claim!.openedAt).toBe('2026-11-23T02:00:30.000Z');
    expect(ticket.deadlines.firstResponse).toBe('2026-11-23T02:15:30.000Z');
    expect(await app.store.claims.get(INSURED)).toMatchObject({
      ticketId: ticket.id,
      openedAt: ticket.claim!.openedAt,
    });

    // Rounds again (a restart, a second process): nothing more.
    clock.advance(30_000);
    await app.runFollowUps();
    expect((await app.store.tickets.find({ trackingNumber: INSURED })).filter((t) => t.claim)).toHaveLength(1);

    // A claim registered by a process that stopped before its ticket: finished a minute later.
    await app.store.claims.register({
      trackingNumber: UNDECLARED,
      claimId: 'left-behind',
      registeredAt: clock.now().toISOString(),
    });
    await app.runFollowUps();
    expect((await app.store.claims.get(UNDECLARED))?.ticketId).toBeUndefined();
    clock.advance(61_000);
    await app.runFollowUps();
    const finished = await claimTicket(UNDECLARED);
    expect(finished.claim).toMatchObject({ id: 'left-behind', reason: 'customer_request' });
  });
});
