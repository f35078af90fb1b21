import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { inTwoProcesses } from '../contract/two-processes';

const ACCOUNT = `AC${'2'.repeat(32)}`;
const ITEMS = 40;

/**
 * A slow local stand-in of Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`, form body,
 * `201 {sid, status: 'queued'}`). Every answer takes 200–400 ms. The first attempt at every 7th message gets a
 * 503; the first attempt at every 11th is never answered, and since the client gives up before it completes,
 * that message is not accepted. A message counts as sent only when its 201 was written.
 */
class SlowMessagesApi {
  readonly accepted = new Map<string, number>();
  readonly sids = new Map<string, string>();
  refused = 0;
  unanswered = 0;
  private readonly attempts = new Map<string, number>();
  private readonly sockets = new Set<net.Socket>();
  url = '';
  private readonly server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`) {
        res.writeHead(404).end();
        return;
      }
      const body = new URLSearchParams(raw).get('Body') ?? '';
      const index = Number(body.replace(/\D/g, ''));
      const attempt = (this.attempts.get(body) ?? 0) + 1;
      this.attempts.set(body, attempt);
      if (attempt === 1 && index % 11 === 0) {
        this.unanswered += 1;
        return; // never answered; the socket is destroyed by the client's timeout or at stop()
      }
      setTimeout(
        () => {
          if (attempt === 1 && index % 7 === 0) {
            this.refused += 1;
            res
              .writeHead(503, { 'content-type': 'application/json' })
              .end(JSON.stringify({ code: 20503, message: 'Service Unavailable', status: 503 }));
            return;
          }
          if (res.destroyed) return;
          const sid = `SM${String(this.sids.size + 1).padStart(32, '0')}`;
          this.accepted.set(body, (this.accepted.get(body) ?? 0) + 1);
          this.sids.set(sid, body);
          res
            .writeHead(201, { 'content-type': 'application/json' })
            .end(JSON.stringify({ sid, status: 'queued', body, account_sid: ACCOUNT }));
        },
        200 + ((index * 37) % 201),
      );
    });
  });

  async start(): Promise<void> {
    this.server.on('connection', (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('outbox: two worker processes on one SQLite file, against a slow local stand-in of Twilio’s Messages API', () => {
  let dir: string;
  let api: SlowMessagesApi;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-outbox-2p-'));
    api = new SlowMessagesApi();
    await api.start();
  });
  afterEach(async () => {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends every message exactly once: none twice, none lost, through refusals and unanswered requests', async () => {
    const file = path.join(dir, 'parcelcare.db');
    const store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    const queuedAt = new Date().toISOString();
    for (let i = 1; i <= ITEMS; i += 1)
      await store.outbox.enqueue(
        { channel: 'sms', to: '+8613800138000', payload: { text: `message ${i}` }, idempotencyKey: `reply-${i}` },
        queuedAt,
      );
    await store.durable();

    // The lease is short so that a send waited on past it would show here as a second send by the other process;
    // each send is given up well inside it (Twilio client 1.5 s, worker deadline 2 s, lease 4 s).
    const options = {
      accountSid: ACCOUNT,
      apiBaseUrl: api.url,
      twilioTimeoutMs: 1_500,
      sendTimeoutMs: 2_000,
      leaseMs: 4_000,
      concurrency: 2,
      batchSize: 20,
      runForMs: 20_000,
    };
    const reports = await inTwoProcesses<{ sends: number }>(
      { kind: 'sqlite', file, timeZone: 'Asia/Shanghai' },
      'outboxWorker',
      () => options,
    );

    const expected = new Map(Array.from({ length: ITEMS }, (_, i) => [`message ${i + 1}`, 1]));
    expect(new Map([...api.accepted].sort(([a], [b]) => a.localeCompare(b)))).toEqual(
      new Map([...expected].sort(([a], [b]) => a.localeCompare(b))),
    );
    // The slow provider did refuse and leave requests unanswered, and both processes did part of the work.
    expect(api.refused).toBeGreaterThan(0);
    expect(api.unanswered).toBeGreaterThan(0);
    for (const report of reports) expect(report.sends).toBeGreaterThan(0);
    // The store agrees: every item sent, under the id the provider gave it.
    const sent = await store.outbox.listByStatus('sent', ITEMS + 1);
    expect(sent).toHaveLength(ITEMS);
    for (const item of sent) expect(api.sids.get(item.providerId ?? '')).toBe(item.payload.text);
    await store.close();
  });
});
