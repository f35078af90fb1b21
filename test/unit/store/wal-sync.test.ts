import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../../src/store/errors';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { smsConversation, smsMessage } from './sms-records';
import type { FlushFile } from '../../../src/store/sqlite/wal-sync';

const message = smsMessage;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SQLITE_SYNCHRONOUS=group on a real file: commits without an fsync on the event loop, and `durable()` waits for
 * a real fdatasync of the -wal file that began after the commit. The flush is wrapped to watch it: what was
 * committed when each flush began is read through a connection of its own (as another process would).
 */
describe('SQLite store, synchronous=group: the WAL synced off the event loop before anything is acknowledged', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  let outsider: Database.Database;
  /** Transport ids committed when a flush began, added once that flush has completed. */
  let synced: Set<string>;
  let flushes: number;
  /** What a flush does after recording: the real fdatasync by default, 10 ms late so that requests pile up. */
  let flushFile: FlushFile;
  const committed = () =>
    (outsider.prepare('SELECT transport_id FROM messages').all() as { transport_id: string }[]).map(
      (row) => row.transport_id,
    );

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-walsync-'));
    file = path.join(dir, 'parcelcare.db');
    synced = new Set();
    flushes = 0;
    flushFile = (fd, done) => setTimeout(() => fs.fdatasync(fd, done), 10);
    store = SqliteStore.open({
      file,
      timeZone: 'Asia/Shanghai',
      synchronous: 'group',
      flushFile: (fd, done) => {
        flushes += 1;
        const before = committed();
        flushFile(fd, (err) => {
          if (!err) for (const id of before) synced.add(id);
          done(err);
        });
      },
    });
    outsider = new Database(file, { readonly: true });
  });
  afterEach(async () => {
    outsider.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const conversation = () => smsConversation(store);

  it('commits with PRAGMA synchronous = NORMAL (no fsync in COMMIT); full stays FULL', async () => {
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    await store.close();
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai', synchronous: 'full' });
    expect((store as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('resolves durable() of each of 60 concurrent units only after a flush begun after its commit, with few flushes', async () => {
    const conversationId = await conversation();
    flushes = 0;
    const early: string[] = [];
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        store.unitOfWork(async () => {
          // One arrives every millisecond or so, as requests do: many commit while a flush is running.
          await pause(i);
          const id = `SM-${i}`;
          await store.messages.append(message(conversationId, id));
          await store.durable();
          // The acknowledgement: here a webhook would answer 200.
          if (!synced.has(id)) early.push(id);
        }),
      ),
    );
    expect(early).toEqual([]);
    // One flush covers every commit made before it began (group commit): far fewer flushes than units.
    expect(flushes).toBeGreaterThan(0);
    expect(flushes).toBeLessThan(30);
  });

  it('syncs before durable() resolves outside a unit too, and after a checkpoint has emptied the WAL', async () => {
    const conversationId = await conversation();
    await store.messages.append(message(conversationId, 'SM-outside'));
    await store.durable();
    expect(synced.has('SM-outside')).toBe(true);

    // Another connection checkpoints and truncates the WAL: the same file is written again from its start.
    const checkpointer = new Database(file);
    checkpointer.pragma('wal_checkpoint(TRUNCATE)');
    checkpointer.close();
    await store.messages.append(message(conversationId, 'SM-after-checkpoint'));
    await store.durable();
    expect(synced.has('SM-after-checkpoint')).toBe(true);
    const walFd = (store as unknown as { walSync: { fd: number } }).walSync.fd;
    expect(fs.fstatSync(walFd).ino).toBe(fs.statSync(`${file}-wal`).ino);
  });

  it('refuses every acknowledgement after a failed flush (EIO), and says so on ping', async () => {
    const conversationId = await conversation();
    flushFile = (_fd, done) => done(Object.assign(new Error('input/output error'), { code: 'EIO' }));
    await store.messages.append(message(conversationId, 'SM-unsynced'));
    await expect(store.durable()).rejects.toThrow(StoreUnavailableError);
    await expect(store.durable()).rejects.toThrow(/could not sync the write-ahead log .*\(EIO\).*restart ParcelCare/);

    // The kernel may have dropped the pages it could not write: a later flush that works proves nothing.
    flushFile = (fd, done) => fs.fdatasync(fd, done);
    await store.messages.append(message(conversationId, 'SM-later'));
    await expect(store.durable()).rejects.toThrow(/could not sync/);
    await expect(store.ping()).rejects.toThrow(/could not sync/);
  });

  it('commits and syncs what is pending when the store is closed', async () => {
    const conversationId = await conversation();
    await store.messages.append(message(conversationId, 'SM-last'));
    const acknowledged = store.durable();
    await store.close();
    await acknowledged;
    expect(synced.has('SM-last')).toBe(true);
    await expect(store.durable()).rejects.toThrow(/closed/);
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai', synchronous: 'group' });
  });
});
