import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { WebChatCustomer } from '../support/directline-client';
import { TestClock } from '../support/test-clock';

const ALICE = ['alice', 'alice-pass-1'] as const;
const BOB = ['bob', 'bob-pass-12'] as const;
const CAROL = ['carol', 'carol-pass-1'] as const;
// C-20261123-0001 is the demo's lost parcel's claim, opened at start (README: Demo parcels).
const NUMBER = 'C-20261123-0002';

describe('agent actions by role: a held ticket is worked only by its assignee or a supervisor (real server)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let customer: WebChatCustomer;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-roles-'));
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AGENT_USERS: `${ALICE.join(':')},${BOB.join(':')},${CAROL.join(':')}:supervisor`,
      }),
      pino({ level: 'silent' }),
      new TestClock(new Date('2026-11-23T02:00:00Z')),
    );
    customer = await WebChatCustomer.start(app.url);
    await customer.ask('我要找人工客服，快递 SF2210478832106 晚了三天还没到');
    await request(app.url)
      .post(`/agent/api/tickets/${NUMBER}/actions`)
      .auth(...ALICE)
      .send({ verb: 'accept' })
      .expect(200);
    await customer.newReplies();
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (who: readonly [string, string], route: string, body: object) =>
    request(app.url)
      .post(`/agent/api/tickets/${NUMBER}/${route}`)
      .auth(...who)
      .send(body);

  it.each([
    ['reply to', 'messages', { text: '我来处理' }],
    ['resolve', 'actions', { verb: 'resolve', data: { note: 'x', responsibleParty: 'courier' } }],
    ['escalate', 'actions', { verb: 'escalate', data: { note: '升级' } }],
    ['transfer', 'actions', { verb: 'transfer', data: { to: 'bob' } }],
    ['take over', 'actions', { verb: 'accept' }],
  ])('another plain agent may not %s it: 403 naming the rule, nothing changes', async (what, route, body) => {
    const before = await app.store.tickets.getByNumber(NUMBER);
    const refused = await post(BOB, route, body).expect(403);
    expect(refused.body.error).toBe(
      `ticket ${NUMBER} is held by alice: only the assignee or a supervisor may ${what} it`,
    );
    expect(await app.store.tickets.getByNumber(NUMBER)).toEqual(before);
    expect(await customer.newReplies()).toEqual([]);
  });

  it('a supervisor may reply to and escalate a ticket someone else holds', async () => {
    await post(CAROL, 'messages', { text: '主管已关注此单' }).expect(200);
    expect((await customer.newReplies()).join()).toContain('主管已关注此单');
    await post(CAROL, 'actions', { verb: 'escalate', data: { note: '客户情绪激动' } }).expect(200);
    expect(await app.store.tickets.getByNumber(NUMBER)).toMatchObject({ level: 1, assignee: 'alice' });
  });

  it('transfers only to agents that exist; the assignee hands over to one', async () => {
    const before = await app.store.tickets.getByNumber(NUMBER);
    const refused = await post(ALICE, 'actions', { verb: 'transfer', data: { to: 'mallory' } }).expect(400);
    expect(refused.body.error).toBe('there is no agent "mallory" to transfer to');
    expect(await app.store.tickets.getByNumber(NUMBER)).toEqual(before);
    await post(ALICE, 'actions', { verb: 'transfer', data: { to: 'bob' } }).expect(200);
    expect(await app.store.tickets.getByNumber(NUMBER)).toMatchObject({ assignee: 'bob', status: 'in_progress' });
    // Now alice is the stranger to it.
    await post(ALICE, 'messages', { text: 'hi' }).expect(403);
    await post(BOB, 'messages', { text: '您好，我接手了' }).expect(200);
  });
});
