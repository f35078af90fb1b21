import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations';
import { SqliteMetrics } from '../../../src/store/sqlite/metrics';
import type { SqlSession } from '../../../src/store/sqlite/sql-session';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import type { MetricsQuery } from '../../../src/store/store.port';

/** Each KPI statement run and the parameters it was run with, on a read-only connection of its own. */
function recordingSession(db: Database.Database): { session: SqlSession; runs: { sql: string; params: unknown }[] } {
  const runs: { sql: string; params: unknown }[] = [];
  const session: SqlSession = {
    statement(sql) {
      const statement = db.prepare(sql);
      const record =
        (run: 'get' | 'all') =>
        (params: unknown): unknown => {
          runs.push({ sql, params });
          return statement[run](params);
        };
      return { get: record('get'), all: record('all') } as unknown as Database.Statement;
    },
    transaction: (fn) => db.transaction(fn),
  };
  return { session, runs };
}

const QUERIES: MetricsQuery[] = [
  {
    from: '2026-10-23T16:00:00.000Z',
    to: '2026-11-22T16:00:00.000Z',
    now: '2026-11-23T02:00:00.000Z',
    utcOffsetMinutes: 480,
  },
  {
    from: '2026-10-23T16:00:00.000Z',
    to: '2026-11-22T16:00:00.000Z',
    now: '2026-11-23T02:00:00.000Z',
    utcOffsetMinutes: 480,
    channel: 'sms',
    category: 'delay',
  },
];
const TICKET_INDEXES = [
  'tickets_for_metrics',
  'tickets_by_created',
  'tickets_by_customer',
  'tickets_by_status',
  'tickets_for_containment',
];

/**
 * The KPIs read their indexes, not the rows, on a file upgraded from before migration 18: a ticket's row (its whole
 * JSON) is never read, the outbox answers when a notice went out from its index, and SQLite never builds an
 * automatic index on a table (it did on `tickets` for `channel = ?` when grouping by day, 4 s for a month).
 */
describe('KPI statements on an upgraded file (query plans, a real SQLite file)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-kpi-plans-'));
    file = path.join(dir, 'parcelcare.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the NPS answers and reads tickets, notices’ outbox items and questions from covering indexes', async () => {
    const old = new Database(file);
    for (const step of MIGRATIONS.slice(0, 17)) old.exec(step);
    old.pragma('user_version = 17');
    const insert = old.prepare(
      `INSERT INTO tickets (id, number, created_at, updated_at, channel, customer_id, category, priority, status, level,
         first_response_due, resolution_due, data, version)
       VALUES (?, ?, '2026-11-20T02:00:00.000Z', '2026-11-20T02:00:00.000Z', 'sms', ?, 'delay', 'medium', 'closed',
         0, '2026-11-20T02:30:00.000Z', '2026-11-21T02:00:00.000Z', ?, 1)`,
    );
    insert.run('t1', 'C-20261120-0001', 'A', JSON.stringify({ satisfaction: { satisfied: true, nps: 10 } }));
    insert.run('t2', 'C-20261120-0002', 'B', JSON.stringify({ satisfaction: { satisfied: true } }));
    old.close();
    await SqliteStore.open({ file, timeZone: 'Asia/Shanghai' }).close();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT id, nps FROM tickets ORDER BY id').all()).toEqual([
        { id: 't1', nps: 10 },
        { id: 't2', nps: null },
      ]);
      for (const query of QUERIES) {
        const { session, runs } = recordingSession(db);
        const counts = await new SqliteMetrics(session).counts(query);
        expect(counts).toMatchObject({ tickets: 2, recommendations: 1, promoters: 1 });
        const plans = runs.map(({ sql, params }) =>
          (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail),
        );
        const lines = plans.flat();
        const onTickets = lines.filter((line) => TICKET_INDEXES.some((index) => line.includes(index)));
        expect(onTickets.length).toBeGreaterThanOrEqual(runs.length - 2);
        expect(onTickets.filter((line) => !line.includes('COVERING INDEX'))).toEqual([]);
        expect(
          lines.filter((line) => /^(SCAN|SEARCH) (tickets|t|k|o)\b/.test(line) && !line.includes('INDEX')),
        ).toEqual([]);
        expect(lines.filter((line) => line.includes('outbox'))).toEqual([
          expect.stringContaining('USING COVERING INDEX outbox_sent_by_key'),
        ]);
        // Automatic indexes only on the statement's own results (the percentiles joined to the counts).
        expect(lines.filter((line) => line.includes('AUTOMATIC') && !/^SEARCH p /.test(line))).toEqual([]);
      }
    } finally {
      db.close();
    }
  });
});
