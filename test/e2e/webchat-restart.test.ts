import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { serve, stop, type ChildServer } from '../support/child-server';

const TOKEN_SECRET = 'web-chat-token-signing-key-for-the-restart-tests';
// Three server starts of the built CLI: several seconds each on a busy machine.
jest.setTimeout(120_000);

interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: { clientActivityID?: string };
}

/** A Web Chat customer speaking Direct Line over HTTP to whichever server it is given, with one token. */
class Customer {
  constructor(
    readonly conversationId: string,
    readonly token: string,
  ) {}

  static async start(url: string): Promise<Customer> {
    const page = (await (await fetch(`${url}/webchat/token`, { method: 'POST' })).json()) as { token: string };
    const started = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${page.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en-US' }),
    });
    expect(started.status).toBe(201);
    const body = (await started.json()) as { conversationId: string; token: string };
    return new Customer(body.conversationId, body.token);
  }

  /** Posts a message as Web Chat does (with its clientActivityID); resolves with the status and the id. */
  async post(url: string, text: string, clientActivityID: string): Promise<{ status: number; id?: string }> {
    const response = await fetch(`${url}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, locale: 'en-US', channelData: { clientActivityID } }),
    });
    const body = (await response.json()) as { id?: string };
    return { status: response.status, ...(body.id ? { id: body.id } : {}) };
  }

  async activities(url: string): Promise<Activity[]> {
    const response = await fetch(`${url}/v3/directline/conversations/${this.conversationId}/activities`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { activities: Activity[] }).activities;
  }

  /** The bot's messages that follow the customer's activity `id` (up to the customer's next one). */
  async answersTo(url: string, id: string): Promise<string[]> {
    const all = await this.activities(url);
    const after = all.slice(all.findIndex((a) => a.id === id) + 1);
    const next = after.findIndex((a) => a.from.role === 'user');
    return (next < 0 ? after : after.slice(0, next)).filter((a) => a.type === 'message').map((a) => a.text ?? '');
  }
}

describe('web chat across restarts and processes (the built CLI on one DATA_DIR, WEBCHAT_TOKEN_SECRET set)', () => {
  let dataDir: string;
  const running: ChildServer[] = [];
  const start = async (extra: Record<string, string> = {}): Promise<ChildServer> => {
    const server = await serve(dataDir, { WEBCHAT_TOKEN_SECRET: TOKEN_SECRET, ...extra });
    running.push(server);
    return server;
  };
  /** The customer messages the store keeps under a Direct Line activity id (the transcript's transport id). */
  const inboundCopies = (transportId: string): number => {
    const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
    try {
      const row = db
        .prepare(
          "SELECT count(*) AS n FROM messages WHERE channel = 'webchat' AND direction = 'in' AND transport_id = ?",
        )
        .get(transportId) as { n: number };
      return row.n;
    } finally {
      db.close();
    }
  };

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-webchat-restart-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => stop(server, 'SIGKILL')));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps answering a conversation after SIGTERM and after kill -9, and answers a retried post once', async () => {
    let server = await start();
    const customer = await Customer.start(server.url);
    const first = await customer.post(server.url, 'where is SF1402837465921', 'c-1');
    expect(first.status).toBe(200);
    expect((await customer.answersTo(server.url, first.id as string)).join('\n')).toContain('SF1402837465921');

    expect(await stop(server, 'SIGTERM')).toBe(0);
    server = await start();
    const afterStop = await customer.post(server.url, 'thank you', 'c-2');
    expect(afterStop.status).toBe(200);
    expect(afterStop.id).not.toBe(first.id);
    expect(await customer.answersTo(server.url, afterStop.id as string)).not.toEqual([]);
    // Web Chat retrying the first post after the restart: its id, and no second turn.
    expect(await customer.post(server.url, 'where is SF1402837465921', 'c-1')).toEqual(first);

    await stop(server, 'SIGKILL');
    server = await start();
    const afterKill = await customer.post(server.url, 'where is SF2210478832106', 'c-3');
    expect(afterKill.status).toBe(200);
    const answers = await customer.answersTo(server.url, afterKill.id as string);
    expect(answers.join('\n')).toContain('SF2210478832106');
    expect(await customer.post(server.url, 'where is SF2210478832106', 'c-3')).toEqual(afterKill);
    expect(await customer.answersTo(server.url, afterKill.id as string)).toEqual(answers);

    const stream = await customer.activities(server.url);
    const posts = stream.filter((a) => a.from.role === 'user');
    expect(posts.map((a) => a.channelData?.clientActivityID)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(new Set(stream.map((a) => a.id)).size).toBe(stream.length);
    for (const post of posts) expect(inboundCopies(post.id)).toBe(1);
    // One greeting: a restarted server does not greet a conversation it finds in the store.
    expect(stream.filter((a) => (a.text ?? '').includes("I'm ParcelCare"))).toHaveLength(1);
  });

  it('delivers an agent’s reply written by process B to the customer’s stream open on process A', async () => {
    const agents = { AGENT_USERS: 'alice:alice-pass-1' };
    const [a, b] = [await start(agents), await start(agents)];
    const customer = await Customer.start(a.url);
    const socket = new WebSocket(
      `${a.url.replace(/^http/, 'ws')}/v3/directline/conversations/${customer.conversationId}/stream?t=${encodeURIComponent(customer.token)}`,
    );
    const received: Activity[] = [];
    socket.on('message', (data) =>
      received.push(...(JSON.parse(data.toString()) as { activities: Activity[] }).activities),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    try {
      const handoff = await customer.post(a.url, '转人工，我的快递 SF1402837465921 丢了', 'h-1');
      expect(handoff.status).toBe(200);
      const answer = (await customer.answersTo(a.url, handoff.id as string)).join('\n');
      const ticket = /C-\d{8}-\d{4}/.exec(answer)?.[0];
      expect(ticket).toBeDefined();

      const agent = (route: string, body: object) =>
        fetch(`${b.url}/agent/api/tickets/${ticket}/${route}`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from('alice:alice-pass-1').toString('base64')}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(body),
        });
      expect((await agent('actions', { verb: 'accept' })).status).toBe(200);
      expect((await agent('messages', { text: 'Hello, this is Alice. I am looking into it.' })).status).toBe(200);
      for (let i = 0; i < 100 && !received.some((x) => x.text?.includes('I am looking into it')); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received.map((x) => x.text)).toEqual(
        expect.arrayContaining([expect.stringContaining('Hello, this is Alice. I am looking into it.')]),
      );
      // Either process serves the whole conversation to the customer's token, in one order, with unique ids.
      const fromA = await customer.activities(a.url);
      expect(await customer.activities(b.url)).toEqual(fromA);
      expect(new Set(fromA.map((x) => x.id)).size).toBe(fromA.length);
    } finally {
      socket.close();
    }
  });
});
