import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import { WebChatCustomer } from '../support/directline-client';
import { TestApp } from '../support/test-app';
import { postSignedSms } from '../support/twilio-webhook';

const ACCOUNT = `AC${'5'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-sync-tests';
const OUR_NUMBER = '+15005550006';

/**
 * SQLITE_SYNCHRONOUS=group, the whole server: nothing is acknowledged (an SMS webhook's 200, a Direct Line post's
 * 200, an SMTP 250) before an fdatasync of the write-ahead log that began after the message was committed has
 * completed. fs.fdatasync is wrapped (it still syncs, 15 ms late so that requests pile up behind it): when a sync
 * of the -wal file begins, the inbound messages committed so far are read through a connection of our own; when
 * it completes they count as synced. Every response's status line is checked at the moment the server writes it
 * (http.ServerResponse#writeHead); the SMTP 250, when the customer's mail client hears it.
 */
describe('acknowledged only after the WAL is synced (SQLITE_SYNCHRONOUS=group, real server, concurrent customers)', () => {
  let running: TestApp;
  let outsider: Database.Database | undefined;
  /** `channel:text` of inbound messages whose commit a completed sync of the WAL covers. */
  const synced = new Set<string>();
  /** Acknowledgements sent before their message was synced, or of a message not stored at all. */
  const early: string[] = [];
  let walSyncs = 0;
  /** 200s checked as the server wrote them. */
  let checked = 0;
  const realFdatasync = fs.fdatasync;
  const realWriteHead = http.ServerResponse.prototype.writeHead;

  const committedMessages = (): string[] => {
    outsider ??= new Database(path.join(running.dataDir, 'parcelcare.db'), { readonly: true });
    const rows = outsider.prepare("SELECT channel, text FROM messages WHERE direction = 'in'").all() as {
      channel: string;
      text: string;
    }[];
    return rows.map((row) => `${row.channel}:${row.text}`);
  };
  const isSynced = (key: string) => synced.has(key) || [...synced].some((done) => done.includes(key));

  beforeAll(async () => {
    jest.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: (err: NodeJS.ErrnoException | null) => void) => {
      if (!fs.readlinkSync(`/proc/self/fd/${fd}`).endsWith('-wal')) return realFdatasync(fd, done);
      walSyncs += 1;
      const before = committedMessages();
      setTimeout(
        () =>
          realFdatasync(fd, (err) => {
            if (!err) for (const key of before) synced.add(key);
            done(err);
          }),
        15,
      );
    }) as typeof fs.fdatasync);
    jest.spyOn(http.ServerResponse.prototype, 'writeHead').mockImplementation(function (
      this: http.ServerResponse,
      ...args: Parameters<typeof realWriteHead>
    ) {
      const [status] = args;
      const req = this.req as http.IncomingMessage & { body?: Record<string, unknown> };
      const url = req.url ?? '';
      let key: string | undefined;
      if (url === '/api/sms/twilio') key = `sms:${String(req.body?.Body)}`;
      else if (/^\/v3\/directline\/conversations\/[^/]+\/activities$/.test(url) && req.method === 'POST')
        key = `webchat:${String(req.body?.text)}`;
      if (key && status === 200) {
        checked += 1;
        if (!isSynced(key)) early.push(key);
      }
      return realWriteHead.apply(this, args);
    } as typeof realWriteHead);

    running = await TestApp.start({
      name: 'acksync',
      twilio: { account: ACCOUNT, token: TOKEN, from: OUR_NUMBER },
      email: true,
      env: {
        SQLITE_SYNCHRONOUS: 'group',
        WEBCHAT_SECRET: 'directline-secret-for-sync-tests',
        WEBCHAT_MESSAGES_PER_MINUTE: '1000',
      },
    });
  });
  afterAll(async () => {
    await running.close();
    outsider?.close();
    jest.restoreAllMocks();
  });

  it('answers 200 / 250 to 30 SMS, 10 web chat posts and 4 mails sent at once only after each one is synced', async () => {
    const { app } = running;
    const target = { appUrl: app.url, publicUrl: running.publicUrl, token: TOKEN, account: ACCOUNT };
    const chats = await Promise.all(Array.from({ length: 5 }, () => WebChatCustomer.start(app.url)));
    const mailer = nodemailer.createTransport({
      host: '127.0.0.1',
      port: app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    walSyncs = 0;
    checked = 0;
    early.length = 0;
    const mails: string[] = [];
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) =>
        postSignedSms(target, `+861380013${String(8000 + i)}`, OUR_NUMBER, `where is SF14028374659${i + 10}`),
      ),
      ...chats.flatMap((chat, c) =>
        [0, 1].map(async (n) => {
          const response = await chat.post(`我的快递到哪了 ${c}-${n}`);
          expect(response.status).toBe(200);
        }),
      ),
      ...Array.from({ length: 4 }, async (_, i) => {
        const token = `mail-${i}-${Date.now()}`;
        await mailer.sendMail({
          from: `customer${i}@example.net`,
          to: 'support@courier.example',
          subject: 'parcel',
          text: `where is SF1402837465921 ${token}`,
        });
        // The 250 has just arrived: the mail was synced before the server sent it.
        if (!isSynced(token)) early.push(`email:${token}`);
        mails.push(token);
      }),
    ]);
    mailer.close();

    expect(early).toEqual([]);
    expect(checked).toBe(40);
    expect(mails).toHaveLength(4);
    // Each inbound message is stored once, and the syncs were shared: far fewer than the 44 acknowledgements.
    expect(committedMessages().filter((key) => key.startsWith('sms:where is SF14028374659'))).toHaveLength(30);
    expect(walSyncs).toBeGreaterThan(0);
    expect(walSyncs).toBeLessThan(44);
  }, 60_000);
});
