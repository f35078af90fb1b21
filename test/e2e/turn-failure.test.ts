import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import pino from 'pino';
import request from 'supertest';
import twilio from 'twilio';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import type { NewMessage } from '../../src/conversations/records';
import { WebChatCustomer } from '../support/directline-client';
import { localSendersDns } from '../support/dns-stand-in';

const ACCOUNT = `AC${'3'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-failure-tests';
const PHONE = '+8613800138077';

/**
 * A local stand-in for the courier's tracking API (`TRACKING_API_URL`): knows no parcel, answers after a pause.
 * `whileAsked` runs when a request arrives, while the turn that asked awaits the answer.
 */
async function trackingApiStandIn(): Promise<{
  url: string;
  whileAsked: (() => void) | undefined;
  close: () => Promise<void>;
}> {
  const standIn = {
    url: '',
    whileAsked: undefined as (() => void) | undefined,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((_req, res) => {
    standIn.whileAsked?.();
    setTimeout(() => res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}'), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/track`;
  return standIn;
}

/**
 * A turn that fails answers its transport so that it retries, and keeps none of its writes: the retry is then
 * handled as a new message (not ignored as a repeated delivery) and answered. Failures are injected into the
 * real store of a running ParcelCare: a repository that throws half-way through the turn, or a batch of writes
 * that cannot be committed.
 */
describe('a failed turn keeps nothing and the transport retries (SMS, Direct Line, SMTP)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let tracking: Awaited<ReturnType<typeof trackingApiStandIn>>;
  let publicUrl: string;
  let sequence = 0;

  beforeEach(async () => {
    tracking = await trackingApiStandIn();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-failure-'));
    // Twilio signs the public URL; the app listens on a free port, so sign what the request's Host says.
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://parcelcare.test',
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_FROM: '+15005550006',
      EMAIL_DOMAINS: 'courier.example',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '0',
      TRACKING_API_URL: tracking.url,
      // The demo parcels without their anomalies: nothing but the tests' own turns is written.
      DEMO_DATA: 'parcels',
    });
    publicUrl = 'http://parcelcare.test';
    app = await startParcelCare(config, pino({ level: 'silent' }), undefined, {
      dnsResolver: localSendersDns().resolve,
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await app.close();
    await tracking.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every row of every table, as another process reading the file sees it. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    await backgroundRound;
    await app.store.durable();
    const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[];
      return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
    } finally {
      db.close();
    }
  }

  /**
   * The store fails once at the end of the next turn, when the bot saves its conversation state: the turn has
   * written its customer, conversation, inbound message and replies by then. While the turn awaits the tracking
   * API, the scheduler's background round runs (as its timer may make it do at any moment): its writes, made
   * outside the turn's unit of work, must neither be lost nor make the failed turn's writes stay.
   */
  function failNextTurn(): void {
    jest.spyOn(app.store.botState, 'write').mockRejectedValueOnce(new Error('injected: the disk went away'));
    tracking.whileAsked = () => {
      tracking.whileAsked = undefined;
      backgroundRound = app.runFollowUps();
    };
  }
  let backgroundRound: Promise<void> | undefined;

  function sms(body: string) {
    const params = {
      MessageSid: `SM${(++sequence).toString(16).padStart(32, 'f')}`,
      AccountSid: ACCOUNT,
      From: PHONE,
      To: '+15005550006',
      Body: body,
      NumMedia: '0',
    };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, `${publicUrl}/api/sms/twilio`, params);
    return () =>
      request(app.url).post('/api/sms/twilio').type('form').set('X-Twilio-Signature', signature).send(params);
  }

  it('SMS: answers Twilio 5xx, keeps nothing, and answers the retried MessageSid', async () => {
    const before = await snapshot();
    const send = sms('我的快递 SF1402837465921 到哪了');
    failNextTurn();
    await send().expect(500);
    expect(await snapshot()).toEqual(before);

    const retried = await send().expect(200);
    expect(retried.text).toMatch(/<Message>.*SF1402837465921/s);
  });

  it('Direct Line: answers the post 5xx (Web Chat offers a retry), keeps nothing, and answers the retry', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.newReplies();
    const before = await snapshot();
    failNextTurn();
    expect((await customer.post('我的快递 SF1402837465921 到哪了')).status).toBe(502);
    expect(await snapshot()).toEqual(before);

    expect(await customer.ask('我的快递 SF1402837465921 到哪了')).toContain('SF1402837465921');
  });

  it('SMTP: answers 451, keeps nothing, and answers the mail sent again', async () => {
    const before = await snapshot();
    const sender = nodemailer.createTransport({
      host: '127.0.0.1',
      port: app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const mail = {
      from: 'wang.fang@example.net',
      to: 'support@courier.example',
      subject: '查件',
      text: '我的快递 SF1402837465921 到哪了',
      messageId: '<failure-1@example.net>',
    };
    failNextTurn();
    await expect(sender.sendMail(mail)).rejects.toMatchObject({ responseCode: 451 });
    expect(await snapshot()).toEqual(before);

    await sender.sendMail(mail);
    const conversation = await app.store.conversations.findByExternalId('email', 'wang.fang@example.net');
    const messages = await app.store.messages.listByConversation(conversation?.id ?? '');
    expect(messages.map((m) => m.direction)).toEqual(['in', 'out']);
  });

  it('SMS: a batch of the turn that failed to commit while the turn awaited I/O is not acknowledged (503)', async () => {
    // The turn writes the inbound message, awaits the tracking API (its batch commits meanwhile), then writes
    // its reply in a second batch. The first batch is made to fail at COMMIT; the second commits fine.
    const db = (app.store as unknown as { db: Database.Database }).db;
    const append = app.store.messages.append.bind(app.store.messages);
    let poison = true;
    jest.spyOn(app.store.messages, 'append').mockImplementation(async (message: NewMessage) => {
      const result = await append(message);
      if (poison && message.direction === 'in') {
        poison = false;
        db.pragma('defer_foreign_keys = ON');
        db.prepare('INSERT INTO customer_identities (kind, value, customer_id) VALUES (?, ?, ?)').run(
          'phone',
          '+8613700000000',
          'no-such-customer',
        );
      }
      return result;
    });
    const send = sms('我的快递 YT0000000000001 到哪了');
    const failed = await send();
    expect(failed.status).toBe(503);
    expect(failed.headers['retry-after']).toBe('5');
    const inbound = (await snapshot()).messages as { direction: string }[];
    expect(inbound.filter((m) => m.direction === 'in')).toEqual([]);

    await send().expect(200);
    const kept = (await snapshot()).messages as { direction: string; text: string }[];
    expect(kept.filter((m) => m.direction === 'in').map((m) => m.text)).toEqual(['我的快递 YT0000000000001 到哪了']);
  });
});
