import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { OutboxWorker, PermanentSendError, type OutboundSender } from '../../../src/channels/outbox/outbox.worker';
import type { OutboxItem } from '../../../src/store';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

/** A sender that fails its first `failures` calls, recording what it was asked to send. */
class FlakySender implements OutboundSender {
  sent: string[] = [];
  calls = 0;
  constructor(
    private failures: number,
    private readonly permanent = false,
  ) {}
  async send(item: OutboxItem): Promise<{ providerId: string }> {
    this.calls += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw this.permanent ? new PermanentSendError('number opted out (21610)') : new Error('HTTP 500 from provider');
    }
    this.sent.push(item.idempotencyKey);
    return { providerId: `SM${this.calls}` };
  }
}

describe('OutboxWorker on a real SQLite file', () => {
  let dir: string;
  let store: SqliteStore;
  let now: Date;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-outbox-'));
    store = SqliteStore.open({ file: path.join(dir, 'db'), timeZone: 'Asia/Shanghai' });
    now = new Date('2026-11-23T02:00:00Z');
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const worker = (
    sender: OutboundSender,
    extra: Partial<ConstructorParameters<typeof OutboxWorker>[0]> = {},
    on = store,
  ) =>
    new OutboxWorker({
      store: on,
      senders: { sms: sender },
      now: () => now,
      logger: pino({ level: 'silent' }),
      random: () => 0.5,
      baseDelayMs: 1000,
      maxAttempts: 3,
      ...extra,
    });

  it('retries a provider outage with exponential backoff and loses nothing', async () => {
    const sender = new FlakySender(2);
    const w = worker(sender);
    const item = await store.outbox.enqueue(
      { channel: 'sms', to: '+8613800000000', payload: { text: 'hi' }, idempotencyKey: 'k1' },
      now.toISOString(),
    );
    expect(await w.runOnce()).toBe(1);
    expect(await store.outbox.get(item.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-11-23T02:00:01.000Z',
    });
    expect(await w.runOnce()).toBe(0); // not due yet
    now = new Date('2026-11-23T02:00:01Z');
    await w.runOnce();
    expect(await store.outbox.get(item.id)).toMatchObject({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: '2026-11-23T02:00:03.000Z',
    });
    now = new Date('2026-11-23T02:00:03Z');
    await w.runOnce();
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'sent', providerId: 'SM3', attempts: 3 });
    expect(sender.sent).toEqual(['k1']);
  });

  it('gives up after the last attempt, or at once on a permanent error, and reports it', async () => {
    const givenUp: string[] = [];
    const onGiveUp = async (item: OutboxItem, error: string) => {
      givenUp.push(`${item.idempotencyKey}: ${error}`);
    };
    const transient = worker(new FlakySender(10), { onGiveUp, baseDelayMs: 1 });
    await store.outbox.enqueue({ channel: 'sms', to: '+86', payload: {}, idempotencyKey: 'k1' }, now.toISOString());
    for (let i = 0; i < 3; i += 1) {
      await transient.runOnce();
      now = new Date(now.getTime() + 10_000);
    }
    const permanent = worker(new FlakySender(1, true), { onGiveUp });
    const p = await store.outbox.enqueue(
      { channel: 'sms', to: '+86', payload: {}, idempotencyKey: 'k2' },
      now.toISOString(),
    );
    await permanent.runOnce();
    expect((await store.outbox.listByStatus('failed')).map((i) => [i.idempotencyKey, i.attempts])).toEqual([
      ['k1', 3],
      ['k2', 1],
    ]);
    expect((await store.outbox.get(p.id))?.lastError).toBe('number opted out (21610)');
    expect(givenUp).toEqual(['k1: HTTP 500 from provider', 'k2: number opted out (21610)']);
  });

  const enqueue = (key: string) =>
    store.outbox.enqueue({ channel: 'sms', to: '+86', payload: {}, idempotencyKey: key }, now.toISOString());

  it('records each item’s outcome alone: a claim lost on one item does not stop the rest of the run', async () => {
    for (const key of ['k1', 'k2', 'k3']) await enqueue(key);
    const sent: string[] = [];
    // While k2 is being sent, its claim passes to another worker (as when a lease lapses); the send then fails,
    // so recording the failure meets a VersionConflictError.
    const sender: OutboundSender = {
      async send(item) {
        if (item.idempotencyKey !== 'k2') {
          sent.push(item.idempotencyKey);
          return { providerId: `SM-${item.idempotencyKey}` };
        }
        const later = new Date(now.getTime() + 10 * 60_000).toISOString();
        await store.outbox.claimDue({ now: later, owner: 'another-worker', leaseMs: 60_000, limit: 1 });
        throw new Error('HTTP 503 from provider');
      },
    };
    expect(await worker(sender, { concurrency: 1 }).runOnce()).toBe(3);
    expect(sent).toEqual(['k1', 'k3']);
    const byKey = new Map((await store.outbox.listByStatus('sent')).map((i) => [i.idempotencyKey, i.status]));
    expect(byKey).toEqual(
      new Map([
        ['k1', 'sent'],
        ['k3', 'sent'],
      ]),
    );
    expect(await store.outbox.listByStatus('sending')).toEqual([
      expect.objectContaining({ idempotencyKey: 'k2', claimedBy: 'another-worker' }),
    ]);
  });

  it('moves on from a send that outlasts its deadline, keeps that item claimed, and records its answer when it comes', async () => {
    await enqueue('slow');
    await enqueue('next');
    let answer: (value: { providerId: string }) => void = () => undefined;
    const sender: OutboundSender = {
      send(item) {
        if (item.idempotencyKey === 'slow') return new Promise((resolve) => (answer = resolve));
        return Promise.resolve({ providerId: `SM-${item.idempotencyKey}` });
      },
    };
    const w = worker(sender, { concurrency: 1, sendTimeoutMs: 50, leaseMs: 60_000 });
    expect(await w.runOnce()).toBe(2);
    expect((await store.outbox.listByStatus('sent')).map((i) => i.idempotencyKey)).toEqual(['next']);
    // Still claimed, so neither this worker nor another takes it again before its lease lapses.
    expect(await store.outbox.listByStatus('sending')).toEqual([
      expect.objectContaining({ idempotencyKey: 'slow', claimedUntil: '2026-11-23T02:01:00.000Z' }),
    ]);
    expect(await store.outbox.claimDue({ now: now.toISOString(), owner: 'other', leaseMs: 1000, limit: 5 })).toEqual(
      [],
    );
    answer({ providerId: 'SM-late' });
    await w.close();
    expect((await store.outbox.listByStatus('sent')).map((i) => [i.idempotencyKey, i.providerId])).toEqual([
      ['slow', 'SM-late'],
      ['next', 'SM-next'],
    ]);
  });

  it('sends nothing a failing request enqueued, when the request kicked the worker before it failed', async () => {
    const sender = new FlakySender(0);
    const w = worker(sender);
    let seenInside: string[] = [];
    await expect(
      store.unitOfWork(async () => {
        await store.outbox.enqueue(
          { channel: 'sms', to: '+8613800000000', payload: { text: 'your ticket' }, idempotencyKey: 'reply-1' },
          now.toISOString(),
        );
        w.kick();
        await new Promise((resolve) => setTimeout(resolve, 50));
        seenInside = [...sender.sent];
        throw new Error('the request failed after queueing its reply');
      }),
    ).rejects.toThrow('the request failed');
    await w.close();
    // The reply was rolled back with the request: had the kicked run joined the request's writes, it would have
    // sent it first (a message the store says never existed).
    expect(seenInside).toEqual([]);
    expect(sender.sent).toEqual([]);
    expect(await store.outbox.listByStatus('pending', 10)).toEqual([]);
  });

  it('refuses a lease that does not outlast the send deadline', () => {
    expect(() => worker(new FlakySender(0), { leaseMs: 30_000, sendTimeoutMs: 30_000 })).toThrow(RangeError);
  });

  it('lets two workers on two connections send each item exactly once', async () => {
    const peer = SqliteStore.open({ file: path.join(dir, 'db'), timeZone: 'Asia/Shanghai' });
    const a = new FlakySender(0);
    const b = new FlakySender(0);
    for (let i = 0; i < 30; i += 1)
      await store.outbox.enqueue(
        { channel: 'sms', to: '+86', payload: {}, idempotencyKey: `k${i}` },
        now.toISOString(),
      );
    await Promise.all([
      worker(a, { batchSize: 7 }).runOnce(),
      worker(b, { batchSize: 7 }, peer).runOnce(),
      worker(a, { batchSize: 7 }).runOnce(),
      worker(b, { batchSize: 7 }, peer).runOnce(),
      worker(a, { batchSize: 7 }).runOnce(),
    ]);
    const sent = [...a.sent, ...b.sent];
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.length).toBe(30);
    await peer.close();
  });
});
