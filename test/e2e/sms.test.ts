import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import request from 'supertest';
import twilio from 'twilio';
import { OutboxWorker } from '../../src/channels/outbox/outbox.worker';
import { createTwilioClient, TwilioSmsSender } from '../../src/channels/sms/twilio.sender';
import type { RunningParcelCare } from '../../src/index';
import { formatTicketNumber, ticketNumberDay } from '../../src/tickets/ticket-number';
import { eventually } from '../support/eventually';
import { PNG, TwilioStandIn } from '../support/twilio-stand-in';
import { TestApp } from '../support/test-app';

const ACCOUNT = `AC${'1'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-tests';
const FROM = '+15005550006';
const CUSTOMER = '+8613800138000';
let sequence = 0;
const sid = () => `SM${(++sequence).toString(16).padStart(32, 'a')}`;

describe('SMS channel: Twilio webhooks signed with the twilio package, outbound to a local stand-in of the Messages API', () => {
  let running: TestApp;
  let dataDir: string;
  let app: RunningParcelCare;
  let standIn: TwilioStandIn;
  let publicUrl: string;

  beforeEach(async () => {
    running = await TestApp.start({
      name: 'sms',
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      // The demo parcels without their anomalies: no demo notice or claim among the texts and tickets.
      env: { AGENT_USERS: 'alice:alice-pass-1', DEMO_DATA: 'parcels' },
    });
    ({ app, publicUrl, dataDir } = running);
    standIn = running.twilio;
  });
  afterEach(() => running.close());

  /** Posts a webhook the way Twilio does, signed with the twilio package's own routine. */
  function webhook(params: Record<string, string>, options: { path?: string; signature?: string | null } = {}) {
    const route = options.path ?? '/api/sms/twilio';
    const signature =
      options.signature === undefined
        ? twilio.getExpectedTwilioSignature(TOKEN, `${publicUrl}${route}`, params)
        : options.signature;
    const req = request(app.url).post(route).type('form');
    if (signature !== null) req.set('X-Twilio-Signature', signature);
    return req.send(params);
  }
  const inbound = (Body: string, extra: Record<string, string> = {}) => ({
    MessageSid: sid(),
    AccountSid: ACCOUNT,
    From: CUSTOMER,
    To: FROM,
    Body,
    NumMedia: '0',
    ...extra,
  });
  const messagesOf = async (phone: string) => {
    const conversation = await app.store.conversations.findByExternalId('sms', phone);
    return conversation ? app.store.messages.listByConversation(conversation.id) : [];
  };

  it('answers a signed message in TwiML, split into SMS-sized parts, and keeps the transcript', async () => {
    const params = inbound('我的快递 SF2210478832106 到哪了');
    const res = await webhook(params).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/xml/);
    const parts = [...res.text.matchAll(/<Message>([^<]*)<\/Message>/g)].map((m) => m[1] as string);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(70);
    expect(parts.join('')).toContain('SF2210478832106（广州 → 北京）');
    const stored = await messagesOf(CUSTOMER);
    expect(stored[0]).toMatchObject({
      direction: 'in',
      transportId: params.MessageSid,
      text: '我的快递 SF2210478832106 到哪了',
      channel: 'sms',
    });
    expect(stored.filter((m) => m.direction === 'out').length).toBeGreaterThan(0);
    // The conversation was created in the language of its first message, not written a second time to set it;
    // its one further write at the end of the turn records where it got to (bot containment).
    expect(await app.store.conversations.findByExternalId('sms', CUSTOMER)).toMatchObject({
      locale: 'zh-CN',
      outcome: 'answered',
      version: 2,
    });
    // Twilio got its 200 only once the turn was on disk: another connection to the file (another process) sees it.
    const outsider = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
    try {
      const row = outsider
        .prepare("SELECT direction FROM messages WHERE channel = 'sms' AND transport_id = ?")
        .get(params.MessageSid);
      expect(row).toEqual({ direction: 'in' });
    } finally {
      outsider.close();
    }
  });

  it('relays an agent’s acceptance and reply to an SMS customer through the outbox, and forwards their texts to the desk', async () => {
    const first = await webhook(inbound('转人工，我的快递 SF1402837465921 丢了')).expect(200);
    // Ticket numbers carry the day in the courier's zone (Asia/Shanghai), which is not always the UTC day.
    const number = formatTicketNumber(ticketNumberDay(new Date().toISOString(), 'Asia/Shanghai'), 1);
    expect(first.text).toContain(number);
    const agent = (url: string, body: object) => request(app.url).post(url).auth('alice', 'alice-pass-1').send(body);
    await agent(`/agent/api/tickets/${number}/actions`, { verb: 'accept' }).expect(200);
    await agent(`/agent/api/tickets/${number}/messages`, { text: '您好，我是客服，正在为您查件。' }).expect(200);
    // While the agent has it, the customer's text gets no bot answer and shows on the agent's side.
    const later = await webhook(inbound('好的，麻烦尽快')).expect(200);
    expect(later.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    const opened = await request(app.url).get(`/agent/api/tickets/${number}`).auth('alice', 'alice-pass-1');
    expect(opened.body.messages.map((m: { text: string }) => m.text)).toContain('好的，麻烦尽快');
    await eventually(() => standIn.messages.length >= 2, 'the outbox');
    expect(standIn.messages.map((m) => m.body)).toEqual([
      expect.stringContaining(`客服 已接手您的工单 ${number}`),
      '【客服】您好，我是客服，正在为您查件。',
    ]);
    expect(standIn.messages.every((m) => m.to === CUSTOMER)).toBe(true);
  });

  it('refuses a missing or wrong signature with 403 and stores nothing', async () => {
    await webhook(inbound('hello'), { signature: null }).expect(403);
    await webhook(inbound('hello'), { signature: 'c2lnbmF0dXJl' }).expect(403);
    expect(await app.store.customers.findByIdentity({ kind: 'phone', value: CUSTOMER })).toBeUndefined();
    expect(await messagesOf(CUSTOMER)).toEqual([]);
  });

  it('refuses a signed webhook whose fields are malformed with 400 naming the field once, and stores nothing', async () => {
    // Someone trying the webhook by hand with curl: a made-up MessageSid, then a number that is no phone.
    const badSid = await webhook(inbound('hello', { MessageSid: 'SM0001' })).expect(400);
    expect(badSid.text).toBe('bad webhook: MessageSid must be SM or MM and 32 hex digits');
    const badFrom = await webhook(inbound('hello', { From: 'alice' })).expect(400);
    expect(badFrom.text).toBe('bad webhook: From must be a phone number or short code');
    expect(await messagesOf(CUSTOMER)).toEqual([]);
  });

  it('answers a retried MessageSid with the TwiML of the first delivery: no second turn, message or ticket', async () => {
    const params = inbound('转人工，我的快递丢了 SF1402837465921');
    const first = await webhook(params).expect(200);
    expect(first.text).toContain('C-');
    const retry = await webhook(params).expect(200);
    expect(retry.text).toBe(first.text);
    // Two retries at once (the first answer timed out at Twilio): both get it, the bot does not run again.
    const [a, b] = await Promise.all([webhook(params), webhook(params)]);
    expect([a.text, b.text]).toEqual([first.text, first.text]);
    const transcript = await messagesOf(CUSTOMER);
    expect(transcript.filter((m) => m.direction === 'in')).toHaveLength(1);
    expect(transcript.find((m) => m.direction === 'in')?.reply).toBe(first.text);
    expect(await app.store.tickets.find({})).toHaveLength(1);
  });

  it('runs the turn again for a MessageSid that is stored but was never answered (the process stopped mid-turn)', async () => {
    const params = inbound('我的快递 SF2210478832106 到哪了');
    await webhook(inbound('你好')).expect(200);
    const conversation = await app.store.conversations.findByExternalId('sms', CUSTOMER);
    // What a crash after the inbound message was committed, and before the turn finished, leaves behind.
    await app.store.messages.append({
      conversationId: conversation!.id,
      channel: 'sms',
      direction: 'in',
      transportId: params.MessageSid,
      author: 'customer',
      text: params.Body,
      attachments: [],
      createdAt: new Date().toISOString(),
    });
    const retry = await webhook(params).expect(200);
    expect(retry.text).toContain('SF2210478832106（广州 → 北京）');
    const inboundCopies = (await messagesOf(CUSTOMER)).filter((m) => m.transportId === params.MessageSid);
    expect(inboundCopies).toEqual([expect.objectContaining({ reply: retry.text })]);
    expect((await webhook(params).expect(200)).text).toBe(retry.text);
  });

  it('fetches MMS photos with the account’s credentials and keeps them as evidence', async () => {
    await webhook(
      inbound('转人工，花瓶摔碎了', {
        NumMedia: '1',
        MediaUrl0: `${standIn.url}/media/photo.png`,
        MediaContentType0: 'image/png',
      }),
    ).expect(200);
    expect(standIn.mediaAuth).toEqual([`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`]);
    const [ticket] = await app.store.tickets.find({});
    expect(ticket?.evidence).toEqual([
      expect.objectContaining({
        contentType: 'image/png',
        location: expect.stringMatching(/\/webchat\/files\/sms-[0-9a-f]+\/[0-9a-f-]+\.png$/),
      }),
    ]);
    const served = await request(app.url).get(new URL(ticket!.evidence[0]!.location).pathname).expect(200);
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
  });

  it('respects STOP and START: an opted-out number gets no TwiML reply', async () => {
    expect((await webhook(inbound('STOP')).expect(200)).text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    const customer = await app.store.customers.findByIdentity({ kind: 'phone', value: CUSTOMER });
    expect(customer?.optedOut?.sms).toEqual(expect.any(String));
    expect((await webhook(inbound('hello')).expect(200)).text).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    );
    await webhook(inbound('START')).expect(200);
    expect((await webhook(inbound('hello')).expect(200)).text).toContain('<Message>');
  });

  it('records delivery reports from a signed status callback', async () => {
    const item = await app.store.outbox.enqueue(
      { channel: 'sms', to: CUSTOMER, payload: { text: 'hi' }, idempotencyKey: 'x1' },
      new Date().toISOString(),
    );
    await app.store.outbox.claimDue({
      now: new Date(Date.now() + 60_000).toISOString(),
      owner: 'test',
      leaseMs: 1000,
      limit: 10,
    });
    await app.store.outbox.markSent(item.id, 'test', 'SMdelivered0000000000000000000001', new Date().toISOString());
    const route = '/api/sms/twilio/status';
    await webhook(
      { MessageSid: 'SMdelivered0000000000000000000001', MessageStatus: 'delivered', AccountSid: ACCOUNT },
      { path: route },
    ).expect(200);
    expect((await app.store.outbox.get(item.id))?.delivery?.status).toBe('delivered');
    await webhook(
      { MessageSid: 'SMdelivered0000000000000000000001', MessageStatus: 'failed' },
      { path: route, signature: 'bad' },
    ).expect(403);
    expect((await app.store.outbox.get(item.id))?.delivery?.status).toBe('delivered');
  });
});

describe('TwilioSmsSender through the outbox, against a local stand-in of the Messages API', () => {
  it('retries through an outage (HTTP 500) and delivers once', async () => {
    const standIn = new TwilioStandIn(ACCOUNT);
    await standIn.start();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-sms-out-'));
    const { SqliteStore } = await import('../../src/store/sqlite/sqlite.store');
    const store = SqliteStore.open({ file: path.join(dataDir, 'db'), timeZone: 'Asia/Shanghai' });
    let now = new Date('2026-11-23T02:00:00Z');
    const sender = new TwilioSmsSender({
      client: createTwilioClient(ACCOUNT, TOKEN, { apiBaseUrl: standIn.url }),
      from: FROM,
      statusCallback: 'https://bot.example.com/api/sms/twilio/status',
    });
    const worker = new OutboxWorker({
      store,
      senders: { sms: sender },
      now: () => now,
      logger: pino({ level: 'silent' }),
      baseDelayMs: 1000,
      random: () => 0.5,
    });
    const item = await store.outbox.enqueue(
      {
        channel: 'sms',
        to: CUSTOMER,
        payload: { text: '您的工单 C-20261123-0001 已处理' },
        idempotencyKey: 'agent-reply-1',
      },
      now.toISOString(),
    );
    standIn.failNext = 2;
    await worker.runOnce();
    now = new Date(now.getTime() + 5_000);
    await worker.runOnce();
    expect((await store.outbox.get(item.id))?.status).toBe('pending');
    now = new Date(now.getTime() + 5_000);
    await worker.runOnce();
    expect(await store.outbox.get(item.id)).toMatchObject({
      status: 'sent',
      attempts: 3,
      providerId: expect.stringMatching(/^SM/),
    });
    expect(standIn.messages).toEqual([
      {
        to: CUSTOMER,
        from: FROM,
        body: '您的工单 C-20261123-0001 已处理',
        statusCallback: 'https://bot.example.com/api/sms/twilio/status',
      },
    ]);
    await store.close();
    await standIn.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
