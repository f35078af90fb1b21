import type Database from 'better-sqlite3';
import type { SqlSession } from './sql-session';
import { NotFoundError } from '../errors';
import type { ScanEvent, Shipment, ShipmentSummary } from '../../tracking/records';
import { advanceSummary, standing, summarize } from '../../tracking/shipment-summary';
import { waybillOf, scansInTimeOrder } from '../shared';
import type { ScanUpdate, ScansAdded, ShipmentRepository } from '../store.port';

/** A summary as `shipments.data` holds it (JSON has no `undefined`: a parcel without scans has neither key). */
function toSummary(data: string): ShipmentSummary {
  const stored = JSON.parse(data) as Partial<ShipmentSummary> & Omit<ShipmentSummary, 'lastScan' | 'atPlaceSince'>;
  return { ...stored, lastScan: stored.lastScan ?? undefined, atPlaceSince: stored.atPlaceSince ?? undefined };
}

/**
 * Shipments in two tables: `shipments` keeps each parcel's summary (the waybill and where it stands) and
 * `scan_events` its scans, one row each, unique by parcel, instant, place and status. A scan coming in is one
 * `INSERT OR IGNORE` (the key decides whether it is new, in every process) and one write of the summary:
 * nothing reads the parcel's earlier scans, unless a scan arrives older than the latest one known.
 */
export class SqliteShipments implements ShipmentRepository {
  /**
   * Adds the scans of a list of parcels and writes their summaries, all or nothing: one transaction (a savepoint
   * in the open batch) and one read of the summaries for a whole pushed batch. Made once (building it costs more
   * than running it).
   */
  private readonly merge: Database.Transaction<(updates: readonly ScanUpdate[], now: string) => ScansAdded[]>;
  private readonly replace: Database.Transaction<(shipment: Shipment) => Shipment>;

  constructor(private readonly sql: SqlSession) {
    this.merge = sql.transaction((updates: readonly ScanUpdate[], now: string) => {
      const summaries = this.readSummaries(updates.map((u) => u.trackingNumber));
      const results = updates.map(({ trackingNumber, events }) => {
        const summary = summaries.get(trackingNumber);
        if (!summary) throw new NotFoundError('Shipment', trackingNumber);
        const added = this.insertScans(trackingNumber, scansInTimeOrder(events));
        let current = summary;
        // A scan older than the latest known lands inside the history: then where the parcel stands is read again.
        if (added.length > 0)
          current = advanceSummary(summary, added) ?? { ...summary, ...standing(this.newestFirst(trackingNumber)) };
        const shipment: ShipmentSummary = { ...current, updatedAt: now };
        summaries.set(trackingNumber, shipment);
        return { shipment, added };
      });
      // Each parcel's summary once, as its last update left it.
      for (const { shipment } of new Map(results.map((r) => [r.shipment.trackingNumber, r])).values())
        this.writeSummary(shipment);
      return results;
    });
    this.replace = sql.transaction((shipment: Shipment) => {
      this.sql.statement('DELETE FROM scan_events WHERE tracking_number = ?').run(shipment.trackingNumber);
      const events = this.insertScans(shipment.trackingNumber, scansInTimeOrder(shipment.events));
      const stored: Shipment = { ...waybillOf(shipment), events };
      this.writeSummary(summarize(stored));
      return stored;
    });
  }

  async upsert(shipment: Shipment): Promise<Shipment> {
    return this.replace.immediate(shipment);
  }

  async get(trackingNumber: string): Promise<Shipment | undefined> {
    const summary = this.readSummary(trackingNumber);
    if (!summary) return undefined;
    const events = (
      this.sql
        .statement('SELECT data FROM scan_events WHERE tracking_number = ? ORDER BY at, seq')
        .all(trackingNumber) as { data: string }[]
    ).map((scan) => JSON.parse(scan.data) as ScanEvent);
    return { ...waybillOf(summary), events };
  }

  async summary(trackingNumber: string): Promise<ShipmentSummary | undefined> {
    return this.readSummary(trackingNumber);
  }

  async missing(trackingNumbers: string[]): Promise<string[]> {
    // One statement for the whole list, each number looked up by the primary key.
    const rows = this.sql
      .statement(
        `SELECT j.value AS n FROM json_each(?) j LEFT JOIN shipments s ON s.tracking_number = j.value
         WHERE s.tracking_number IS NULL ORDER BY j.key`,
      )
      .all(JSON.stringify(trackingNumbers)) as { n: string }[];
    return [...new Set(rows.map((r) => r.n))];
  }

  async addEvents(trackingNumber: string, events: ScanEvent[], now: string): Promise<ScansAdded> {
    return this.merge.immediate([{ trackingNumber, events }], now)[0] as ScansAdded;
  }

  async addEventsToMany(updates: readonly ScanUpdate[], now: string): Promise<ScansAdded[]> {
    return updates.length === 0 ? [] : this.merge.immediate(updates, now);
  }

  async count(): Promise<number> {
    return (this.sql.statement('SELECT COUNT(*) AS n FROM shipments').get() as { n: number }).n;
  }

  async carriers(): Promise<string[]> {
    const rows = this.sql.statement('SELECT DISTINCT carrier FROM shipments ORDER BY carrier').all() as {
      carrier: string;
    }[];
    return rows.map((r) => r.carrier);
  }

  /** Stores the scans (in time order) the parcel does not have yet; returns those, in the same order. */
  private insertScans(trackingNumber: string, scans: ScanEvent[]): ScanEvent[] {
    const insert = this.sql.statement(
      'INSERT OR IGNORE INTO scan_events (tracking_number, at, place, status, data) VALUES (?, ?, ?, ?, ?)',
    );
    return scans.filter(
      (scan) => insert.run(trackingNumber, scan.at, scan.place, scan.status, JSON.stringify(scan)).changes === 1,
    );
  }

  /** The parcel's scans, newest first, read one at a time (`standing` stops after the latest place's run). */
  private *newestFirst(trackingNumber: string): Generator<ScanEvent> {
    const rows = this.sql
      .statement('SELECT data FROM scan_events WHERE tracking_number = ? ORDER BY at DESC, seq DESC')
      .iterate(trackingNumber) as IterableIterator<{ data: string }>;
    for (const row of rows) yield JSON.parse(row.data) as ScanEvent;
  }

  /** The summaries of the parcels named (unknown ones left out), by tracking number: one statement. */
  private readSummaries(trackingNumbers: readonly string[]): Map<string, ShipmentSummary> {
    const rows = this.sql
      .statement(
        `SELECT s.tracking_number AS n, s.data FROM shipments s
         WHERE s.tracking_number IN (SELECT j.value FROM json_each(?) j)`,
      )
      .all(JSON.stringify(trackingNumbers)) as { n: string; data: string }[];
    return new Map(rows.map((row) => [row.n, toSummary(row.data)]));
  }

  private readSummary(trackingNumber: string): ShipmentSummary | undefined {
    const row = this.sql.statement('SELECT data FROM shipments WHERE tracking_number = ?').get(trackingNumber) as
      { data: string } | undefined;
    return row && toSummary(row.data);
  }

  private writeSummary(summary: ShipmentSummary): void {
    this.sql
      .statement(
        `INSERT INTO shipments (tracking_number, carrier, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tracking_number) DO UPDATE SET carrier = excluded.carrier, data = excluded.data,
           updated_at = excluded.updated_at`,
      )
      .run(summary.trackingNumber, summary.carrier, JSON.stringify(summary), summary.updatedAt);
  }
}
