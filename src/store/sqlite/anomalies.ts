import type Database from 'better-sqlite3';
import type { SqlSession } from './sql-session';
import type { NewParcelAnomaly, ParcelAnomaly } from '../../tracking/anomaly.records';
import { clone, newId } from '../shared';
import type { AnomalyCheck, AnomalyRepository } from '../store.port';

interface Row {
  data: string;
  planned_at: string | null;
}

const toAnomaly = (row: Row): ParcelAnomaly => {
  const anomaly = JSON.parse(row.data) as ParcelAnomaly;
  return row.planned_at ? { ...anomaly, plannedAt: row.planned_at } : anomaly;
};

/** Anomalies in `anomalies` (unique per parcel, kind and occurrence) and the checks due in `anomaly_checks`. */
export class SqliteAnomalies implements AnomalyRepository {
  /** Writes the checks in one transaction, in order: made once (building it costs more than running it). */
  private readonly schedule: Database.Transaction<(checks: readonly AnomalyCheck[], keepEarlier: boolean) => void>;

  constructor(private readonly sql: SqlSession) {
    this.schedule = sql.transaction((checks: readonly AnomalyCheck[], keepEarlier: boolean) => {
      const remove = this.sql.statement('DELETE FROM anomaly_checks WHERE tracking_number = ?');
      // Without a change the row is not written at all (no page of the table or its index is touched).
      const upsert = this.sql.statement(
        `INSERT INTO anomaly_checks (tracking_number, due_at) VALUES (?, ?)
         ON CONFLICT (tracking_number) DO UPDATE SET due_at = excluded.due_at
         WHERE excluded.due_at ${keepEarlier ? '<' : '<>'} anomaly_checks.due_at`,
      );
      for (const { trackingNumber, dueAt } of checks)
        if (dueAt === undefined) remove.run(trackingNumber);
        else upsert.run(trackingNumber, dueAt);
    });
  }

  async record(input: NewParcelAnomaly): Promise<{ stored: boolean; anomaly: ParcelAnomaly }> {
    const anomaly: ParcelAnomaly = { ...clone(input), id: newId() };
    // One statement: the unique key decides between simultaneous writers, in this process or another.
    const { changes } = this.sql
      .statement(
        `INSERT INTO anomalies (id, tracking_number, kind, occurrence, level, detected_at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tracking_number, kind, occurrence) DO NOTHING`,
      )
      .run(
        anomaly.id,
        anomaly.trackingNumber,
        anomaly.kind,
        anomaly.occurrence,
        anomaly.level,
        anomaly.detectedAt,
        JSON.stringify(anomaly),
      );
    if (changes === 1) return { stored: true, anomaly };
    const earlier = this.sql
      .statement('SELECT data, planned_at FROM anomalies WHERE tracking_number = ? AND kind = ? AND occurrence = ?')
      .get(anomaly.trackingNumber, anomaly.kind, anomaly.occurrence) as Row;
    return { stored: false, anomaly: toAnomaly(earlier) };
  }

  async get(id: string): Promise<ParcelAnomaly | undefined> {
    const row = this.sql.statement('SELECT data, planned_at FROM anomalies WHERE id = ?').get(id) as Row | undefined;
    return row ? toAnomaly(row) : undefined;
  }

  async listByParcel(trackingNumber: string): Promise<ParcelAnomaly[]> {
    const rows = this.sql
      .statement('SELECT data, planned_at FROM anomalies WHERE tracking_number = ? ORDER BY detected_at, id')
      .all(trackingNumber) as Row[];
    return rows.map(toAnomaly);
  }

  async listUnplanned(detectedBy: string, limit: number): Promise<ParcelAnomaly[]> {
    const rows = this.sql
      .statement(
        `SELECT data, planned_at FROM anomalies WHERE planned_at IS NULL AND detected_at <= ?
         ORDER BY detected_at, id LIMIT ?`,
      )
      .all(detectedBy, limit) as Row[];
    return rows.map(toAnomaly);
  }

  async markPlanned(id: string, at: string): Promise<void> {
    this.sql.statement('UPDATE anomalies SET planned_at = ? WHERE id = ? AND planned_at IS NULL').run(at, id);
  }

  async scheduleChecks(checks: readonly AnomalyCheck[], options: { keepEarlier?: boolean } = {}): Promise<void> {
    if (checks.length > 0) this.schedule.immediate(checks, options.keepEarlier === true);
  }

  async dueChecks(now: string, limit: number): Promise<string[]> {
    const rows = this.sql
      .statement(
        'SELECT tracking_number FROM anomaly_checks WHERE due_at <= ? ORDER BY due_at, tracking_number LIMIT ?',
      )
      .all(now, limit) as { tracking_number: string }[];
    return rows.map((r) => r.tracking_number);
  }
}
