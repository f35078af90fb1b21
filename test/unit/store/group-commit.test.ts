import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { smsConversation, smsMessage } from './sms-records';

const message = smsMessage;

/**
 * The embedded store commits writes in groups (one transaction per turn of the event loop). What another
 * process sees is checked through a plain better-sqlite3 connection of its own, as `parcelcare report` or a
 * second server would read the file.
 */
describe('SQLite group commit on a real file', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  let outsider: Database.Database;
  const countMessages = () => (outsider.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
  /** Pages appended to the write-ahead log so far: every commit appends each page it changed. */
  const walFrames = () => Math.round(fs.statSync(`${file}-wal`).size / (4096 + 24));

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-group-'));
    file = path.join(dir, 'parcelcare.db');
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    outsider = new Database(file, { readonly: true });
  });
  afterEach(async () => {
    outsider.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const conversation = () => smsConversation(store);

  it('shows nothing to other connections until the batch commits, then everything in one commit', async () => {
    const conversationId = await conversation();
    const framesBefore = walFrames();
    for (let i = 0; i < 50; i += 1) await store.messages.append(message(conversationId, `SM${i}`));

    // This process reads its own writes at once; another connection does not see them yet.
    expect(await store.messages.listByConversation(conversationId)).toHaveLength(50);
    expect(countMessages()).toBe(0);

    await store.durable();
    expect(countMessages()).toBe(50);
    // One commit writes the few pages the fifty rows share; fifty commits would write each of them fifty times.
    expect(walFrames() - framesBefore).toBeLessThan(20);
  });

  it('durable() resolves at once when nothing is pending, committing nothing', async () => {
    await conversation();
    const framesBefore = walFrames();
    await store.durable();
    expect(walFrames()).toBe(framesBefore);
  });

  it('keeps a failed transaction all-or-nothing inside a batch while the rest of the batch commits', async () => {
    const conversationId = await conversation();
    await store.messages.append(message(conversationId, 'SM-before'));
    // Creating a customer whose second identity already belongs to someone else fails as a whole.
    await store.customers.create({ identities: [{ kind: 'phone', value: '+8613900000000' }] }, '2026-11-23T02:00:00Z');
    await expect(
      store.customers.create(
        {
          identities: [
            { kind: 'phone', value: '+8613911111111' },
            { kind: 'phone', value: '+8613900000000' },
          ],
        },
        '2026-11-23T02:00:00Z',
      ),
    ).rejects.toThrow(/Identity/);
    await store.messages.append(message(conversationId, 'SM-after'));
    await store.durable();

    expect(countMessages()).toBe(2);
    const identities = outsider.prepare('SELECT value FROM customer_identities ORDER BY value').all();
    expect(identities).toEqual([{ value: '+8613900000000' }]);
  });

  it('rejects durable() when the batch cannot be committed, keeps none of it, and goes on working', async () => {
    const conversationId = await conversation();
    await store.messages.append(message(conversationId, 'SM-lost'));
    // Failure injected through the store's own connection: a foreign key checked only at COMMIT.
    const db = (store as unknown as { db: Database.Database }).db;
    db.pragma('defer_foreign_keys = ON');
    db.prepare('INSERT INTO customer_identities (kind, value, customer_id) VALUES (?, ?, ?)').run(
      'phone',
      '+8613700000000',
      'no-such-customer',
    );
    await expect(store.durable()).rejects.toThrow(/could not commit/);
    expect(countMessages()).toBe(0);
    expect(await store.messages.findByTransportId('sms', 'SM-lost')).toBeUndefined();

    await store.messages.append(message(conversationId, 'SM-next'));
    await store.durable();
    expect(countMessages()).toBe(1);
  });

  /** Makes the open batch fail at COMMIT: a foreign key checked only then, through the store's own connection. */
  function poisonOpenBatch(): void {
    const db = (store as unknown as { db: Database.Database }).db;
    db.pragma('defer_foreign_keys = ON');
    db.prepare('INSERT INTO customer_identities (kind, value, customer_id) VALUES (?, ?, ?)').run(
      'phone',
      `+86137${String(Math.random()).slice(2, 10)}`,
      'no-such-customer',
    );
  }
  /** The unit awaits I/O (a tracking API, a media download) between its writes. */
  const awaitIo = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
  /** The same file with batches that wait at most `maxHoldMs` for a unit (0: a unit's writes split around its I/O). */
  async function reopenHolding(maxHoldMs: number): Promise<void> {
    await store.close();
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai', maxHoldMs });
  }

  it('holds a unit’s writes in one transaction while it awaits I/O, so a unit that then fails keeps none', async () => {
    const conversationId = await conversation();
    const failing = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-before-io'));
      await awaitIo();
      expect(countMessages()).toBe(0);
      await store.messages.append(message(conversationId, 'SM-after-io'));
      throw new Error('a bug after the I/O');
    });
    await expect(failing).rejects.toThrow('a bug after the I/O');
    await store.durable();
    expect(countMessages()).toBe(0);
  });

  it('commits a held batch once its units ask for durable(), and after maxHoldMs at the latest', async () => {
    await reopenHolding(200);
    const conversationId = await conversation();
    await store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-1'));
      await awaitIo();
      await store.messages.append(message(conversationId, 'SM-2'));
      await store.durable();
      expect(countMessages()).toBe(2);
    });
    const slow = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-slow'));
      await awaitIo(400);
    });
    await awaitIo(300);
    expect(countMessages()).toBe(3);
    await slow;
  });

  it('rejects durable() of a unit whose earlier batch failed, and keeps none of its later writes', async () => {
    await reopenHolding(0);
    const conversationId = await conversation();
    const outcome = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-A'));
      poisonOpenBatch();
      // Batch A is committed while the unit awaits I/O, and fails.
      await awaitIo();
      await store.messages.append(message(conversationId, 'SM-B'));
      await store.durable();
    });
    await expect(outcome).rejects.toThrow(/could not commit/);
    await store.durable();
    expect(countMessages()).toBe(0);
  });

  it('rolls back the open batch of a unit that fails, and the unit sharing it cannot become durable', async () => {
    const conversationId = await conversation();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Two requests in flight: the first writes and waits; the second writes into the same batch and fails.
    const first = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-sharing'));
      await released;
      await store.durable();
    });
    const second = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-failing'));
      throw new Error('a bug in the turn');
    });
    await expect(second).rejects.toThrow('a bug in the turn');
    release();
    await expect(first).rejects.toThrow(/rolled back/);
    expect(await store.messages.findByTransportId('sms', 'SM-sharing')).toBeUndefined();
    expect(await store.messages.findByTransportId('sms', 'SM-failing')).toBeUndefined();

    // A unit that starts afterwards has a batch of its own.
    await store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-after'));
      await store.durable();
    });
    expect(countMessages()).toBe(1);
  });

  it('keeps the writes of a failed unit that were committed after maxHoldMs, and rolls back its open batch', async () => {
    await reopenHolding(0);
    const conversationId = await conversation();
    const failing = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-committed'));
      await awaitIo();
      await store.messages.append(message(conversationId, 'SM-open'));
      throw new Error('a bug after the I/O');
    });
    await expect(failing).rejects.toThrow('a bug after the I/O');
    await store.durable();
    expect(outsider.prepare('SELECT transport_id FROM messages').all()).toEqual([{ transport_id: 'SM-committed' }]);
  });

  it('keeps none of a failed unit’s writes, and every write a background worker made while it ran', async () => {
    const conversationId = await conversation();
    // A background worker (outside any unit) writes while the unit holds its batch, awaiting I/O.
    let worker: Promise<unknown> | undefined;
    const background = setTimeout(() => {
      worker = store.messages.append(message(conversationId, 'SM-worker'));
    }, 5);
    const failing = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-failing'));
      await awaitIo(40);
      throw new Error('a bug after the I/O');
    });
    await expect(failing).rejects.toThrow('a bug after the I/O');
    clearTimeout(background);
    await worker;
    await store.durable();
    expect(outsider.prepare('SELECT transport_id FROM messages').all()).toEqual([{ transport_id: 'SM-worker' }]);
  });

  it('commits writes made outside any unit before a unit writes, so a unit that fails takes none of them', async () => {
    const conversationId = await conversation();
    // In the same turn of the event loop: a worker's write, then a unit's.
    await store.messages.append(message(conversationId, 'SM-worker-first'));
    const failing = store.unitOfWork(async () => {
      await store.messages.append(message(conversationId, 'SM-failing'));
      await awaitIo();
      throw new Error('a bug after the I/O');
    });
    await expect(failing).rejects.toThrow('a bug after the I/O');
    await store.durable();
    expect(outsider.prepare('SELECT transport_id FROM messages').all()).toEqual([{ transport_id: 'SM-worker-first' }]);
  });

  it('lets SQLite sync every commit (synchronous=FULL) by default; with group or normal commits run NORMAL', async () => {
    const synchronous = (opened: SqliteStore) =>
      (opened as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true });
    expect(synchronous(store)).toBe(2);
    for (const [mode, pragma] of [
      ['full', 2],
      ['group', 1],
      ['normal', 1],
    ] as const) {
      const other = SqliteStore.open({ file, timeZone: 'Asia/Shanghai', synchronous: mode });
      try {
        expect(synchronous(other)).toBe(pragma);
      } finally {
        await other.close();
      }
    }
  });

  it('commits what is pending when the store is closed', async () => {
    const conversationId = await conversation();
    await store.messages.append(message(conversationId, 'SM-last'));
    await store.close();
    expect(countMessages()).toBe(1);
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
  });

  it('lets two connections of one process take turns without waiting for each other', async () => {
    const conversationId = await conversation();
    const second = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    try {
      await store.messages.append(message(conversationId, 'SM-first'));
      // Without yielding, the second connection would wait out busy_timeout (5 s) on the first one's lock and fail.
      await second.messages.append(message(conversationId, 'SM-second'));
      expect((await second.messages.listByConversation(conversationId)).map((m) => m.transportId)).toEqual([
        'SM-first',
        'SM-second',
      ]);
      await second.durable();
      expect(countMessages()).toBe(2);
    } finally {
      await second.close();
    }
  });
});
