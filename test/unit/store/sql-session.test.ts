import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GroupCommit } from '../../../src/store/sqlite/group-commit';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

/** Every value reachable from `root` through own properties (objects only), `root` included. */
function reachable(root: object): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Database) return; // found one: no need to look inside the driver
    for (const key of Object.getOwnPropertyNames(value)) walk((value as Record<string, unknown>)[key]);
  };
  walk(root);
  return [...seen];
}

/**
 * The embedded store's repositories write only through the group commit's session: they hold no driver
 * object, and the session offers no way to run SQL outside the batch.
 */
describe('SQLite repositories reach the database only through the group commit', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-session-'));
    file = path.join(dir, 'parcelcare.db');
    store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the repositories no raw driver, and their session no exec, pragma or prepare', () => {
    const repositories = [
      store.customers,
      store.conversations,
      store.messages,
      store.activityStreams,
      store.tickets,
      store.shipments,
      store.outbox,
      store.leases,
      store.botState,
      store.metrics,
    ];
    for (const repository of repositories) {
      const drivers = reachable(repository).filter((value) => value instanceof Database);
      expect({ repository: repository.constructor.name, drivers: drivers.length }).toEqual({
        repository: repository.constructor.name,
        drivers: 0,
      });
      const session = (repository as unknown as { sql: Record<string, unknown> }).sql;
      expect(Object.keys(session).sort()).toEqual(['statement', 'transaction']);
      expect(session.exec).toBeUndefined();
      expect(session.pragma).toBeUndefined();
    }
  });

  it('leaves the driver unpatched: the group commit wraps its own statements, not db.prepare', () => {
    const db = new Database(':memory:');
    try {
      const group = GroupCommit.open(db);
      expect(db.prepare).toBe(Database.prototype.prepare);
      expect(db.transaction).toBe(Database.prototype.transaction);
      // A session statement that writes opens a batch (a transaction) and commits it at the end of the turn.
      db.exec('CREATE TABLE t (x INTEGER)');
      group.session.statement('INSERT INTO t (x) VALUES (?)').run(1);
      expect(db.inTransaction).toBe(true);
      group.close();
      expect(db.inTransaction).toBe(false);
      expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('batches every repository write: another connection sees none of it until the batch commits', async () => {
    const outsider = new Database(file, { readonly: true });
    try {
      const count = (table: string) =>
        (outsider.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      const customer = await store.customers.create(
        { identities: [{ kind: 'phone', value: '+8613800138000' }] },
        '2026-11-23T02:00:00.000Z',
      );
      await store.conversations.create(
        { channel: 'sms', externalId: '+8613800138000', customerId: customer.id, reference: {}, mode: 'bot' },
        '2026-11-23T02:00:00.000Z',
      );
      await store.outbox.enqueue(
        { channel: 'sms', to: '+8613800138000', payload: { text: 'hi' }, idempotencyKey: 'k1' },
        '2026-11-23T02:00:00.000Z',
      );
      expect([count('customers'), count('conversations'), count('outbox')]).toEqual([0, 0, 0]);
      await store.durable();
      expect([count('customers'), count('conversations'), count('outbox')]).toEqual([1, 1, 1]);
    } finally {
      outsider.close();
    }
  });
});
