import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, stop, type ChildServer } from '../support/child-server';
import {
  chatActivitiesAdded,
  digest,
  raw,
  readableError,
  statusMeets,
  storeState,
  type HostileContext,
  type HostileRow,
  type Surface,
} from './hostile/hostile-runner';
import { agentRows, metricsRows } from './hostile/rows-agent';
import { directLineRows } from './hostile/rows-directline';
import { shipmentRows } from './hostile/rows-shipments';
import { deliveryChangeRows } from './hostile/rows-delivery-changes';
import { multipart, uploadRows } from './hostile/rows-uploads';
import { smsRows, teamsRows } from './hostile/rows-webhooks';

const SECRET = 'directline-secret-for-hostile-tests';
const SHIPMENTS_KEY = 'shipments-api-key-for-hostile-tests';
const TWILIO_TOKEN = 'twilio-auth-token-for-hostile-tests';
const PUBLIC_URL = 'http://parcelcare.test';
// Starting the built CLI and two customers' hand-offs take a while on a busy machine.
jest.setTimeout(300_000);

const TABLE: [Surface, (c: HostileContext) => HostileRow[]][] = [
  ['Direct Line', directLineRows],
  ['uploads', uploadRows],
  ['SMS webhooks', smsRows],
  ['agent API', agentRows],
  ['metrics/CSV', metricsRows],
  ['shipments API', shipmentRows],
  ['delivery changes', deliveryChangeRows],
  ['Teams', teamsRows],
];

describe('the hostile-input table: every surface refuses bad requests clearly, keeps running and changes nothing (built CLI)', () => {
  let dataDir: string;
  let server: ChildServer;
  let context: HostileContext;

  const call = async (route: string, init: RequestInit = {}) => fetch(`${server.url}${route}`, init);
  const json = async <T>(route: string, init: RequestInit = {}): Promise<T> => {
    const response = await call(route, init);
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  /** A web chat customer who asked for a human: the ticket is handed off to the agents. */
  async function customerAsking(text: string): Promise<{ conversationId: string; token: string }> {
    const page = await json<{ token: string; conversationId: string }>('/webchat/token', { method: 'POST' });
    const headers = { authorization: `Bearer ${page.token}`, 'content-type': 'application/json' };
    await json('/v3/directline/conversations', { method: 'POST', headers, body: '{"locale":"zh-CN"}' });
    await json(`/v3/directline/conversations/${page.conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', text, locale: 'zh-CN' }),
    });
    return { conversationId: page.conversationId, token: page.token };
  }

  async function signIn(name: string, password: string): Promise<{ cookie: string; csrf: string }> {
    const response = await call('/agent/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-hostile-'));
    server = await serve(dataDir, {
      PUBLIC_URL,
      WEBCHAT_SECRET: SECRET,
      WEBCHAT_MESSAGES_PER_MINUTE: '1000',
      TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      TWILIO_FROM: '+15005550006',
      AGENT_USERS: 'alice:alice-pass-1,bob:bob-pass-12,carol:carol-pass-1:supervisor',
      SHIPMENTS_API_KEY: SHIPMENTS_KEY,
      TEAMS_AGENTS_CHANNEL_ID: '19:agents0123@thread.tacv2',
      TEAMS_SERVICE_URL: 'http://127.0.0.1:9/',
    });
    const a = await customerAsking('我要找人工客服，快递 SF2210478832106 晚了三天还没到');
    const b = await customerAsking('我要找人工客服，快递 782828807290222 丢了');
    const alice = await signIn('alice', 'alice-pass-1');
    const bob = await signIn('bob', 'bob-pass-12');
    const queue = await json<{ tickets: { number: string; description: string }[] }>('/agent/api/queue', {
      headers: { cookie: alice.cookie },
    });
    const numberOf = (tracking: string) =>
      queue.tickets.find((t) => t.description.includes(tracking))?.number ?? `no ticket for ${tracking}`;
    const accept = (who: { cookie: string; csrf: string }, ticket: string) =>
      json(`/agent/api/tickets/${ticket}/actions`, {
        method: 'POST',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json' },
        body: '{"verb":"accept"}',
      });
    const bobsTicket = numberOf('SF2210478832106');
    const alicesTicket = numberOf('782828807290222');
    await accept(bob, bobsTicket);
    await accept(alice, alicesTicket);
    // A photo kept earlier: a refused upload must not take the conversation's folder with it.
    const boundary = 'setup-boundary';
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await json(`/v3/directline/conversations/${a.conversationId}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: Buffer.concat([
        multipart([{ name: 'file', type: 'image/png', filename: 'ok.png', data: png }], boundary),
        Buffer.from(`--${boundary}--\r\n`),
      ]),
    });
    context = {
      port: Number(new URL(server.url).port),
      secret: SECRET,
      shipmentsKey: SHIPMENTS_KEY,
      twilioAuthToken: TWILIO_TOKEN,
      publicUrl: PUBLIC_URL,
      a,
      b,
      alice,
      bob,
      bobsTicket,
      alicesTicket,
    };
  });
  afterAll(async () => {
    if (server) await stop(server, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every row with its 4xx and a readable reason, stays up, and leaves the store unchanged', async () => {
    const failures: string[] = [];
    const totals: { surface: Surface; rows: number; passed: number }[] = [];
    for (const [surface, rowsOf] of TABLE) {
      const rows = rowsOf(context);
      const before = storeState(dataDir);
      let passed = 0;
      for (const row of rows) {
        const answer = await raw(context.port, row);
        const problems: string[] = [];
        if (!statusMeets(row.expect, answer.status)) problems.push(`got ${answer.status}, expected ${row.expect}`);
        if (answer.status !== null && !readableError(answer))
          problems.push(`no readable error: ${answer.headers['content-type']} ${answer.body.slice(0, 80)}`);
        const health = await call('/healthz').then(
          (r) => r.status,
          () => 0,
        );
        if (server.child.exitCode !== null || health !== 200) problems.push(`server down after it (healthz ${health})`);
        if (problems.length === 0) passed += 1;
        else failures.push(`${surface} · ${row.name}: ${problems.join('; ')}`);
      }
      const after = storeState(dataDir);
      const chat = chatActivitiesAdded(before.tables, after.tables);
      const notices = rows.filter((row) => row.chatNotice).length;
      if (digest(chat.rest[0]) !== digest(chat.rest[1]))
        failures.push(`${surface}: the store changed (${changedTables(chat.rest[0], chat.rest[1]).join(', ')})`);
      if (!chat.kept || chat.added.length !== notices || chat.added.some((a) => a.role !== 'bot'))
        failures.push(
          `${surface}: web chat activities added ${JSON.stringify(chat.added)}, expected ${notices} notices`,
        );
      if (JSON.stringify(after.files) !== JSON.stringify(before.files)) failures.push(`${surface}: uploads changed`);
      totals.push({ surface, rows: rows.length, passed });
    }
    const all = totals.reduce((sum, t) => sum + t.rows, 0);
    const passed = totals.reduce((sum, t) => sum + t.passed, 0);
    console.log(
      [
        'hostile-input table:',
        ...totals.map((t) => `  ${t.surface.padEnd(14)} ${String(t.rows).padStart(4)} rows, ${t.passed} passed`),
        `  ${'total'.padEnd(14)} ${String(all).padStart(4)} rows, ${passed} passed`,
      ].join('\n'),
    );
    expect(failures).toEqual([]);
    expect(all).toBeGreaterThanOrEqual(200);
  });
});

function changedTables(before: Record<string, unknown[]>, after: Record<string, unknown[]>): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]),
  );
}
