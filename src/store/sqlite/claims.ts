import type { SqlSession } from './sql-session';
import type { ClaimRegistration } from '../../tickets/claim.records';
import type { ParcelAnomaly } from '../../tracking/anomaly.records';
import type { ClaimRepository, UnclaimedAnomalyQuery } from '../store.port';

interface Row {
  tracking_number: string;
  claim_id: string;
  anomaly_id: string | null;
  detected_at: string | null;
  registered_at: string;
  ticket_id: string | null;
  opened_at: string | null;
}

const COLUMNS = 'tracking_number, claim_id, anomaly_id, detected_at, registered_at, ticket_id, opened_at';

const toRegistration = (row: Row): ClaimRegistration => ({
  trackingNumber: row.tracking_number,
  claimId: row.claim_id,
  ...(row.anomaly_id ? { anomalyId: row.anomaly_id } : {}),
  ...(row.detected_at ? { detectedAt: row.detected_at } : {}),
  registeredAt: row.registered_at,
  ...(row.ticket_id ? { ticketId: row.ticket_id } : {}),
  ...(row.opened_at ? { openedAt: row.opened_at } : {}),
});

/** Claims in `claims`, one row per parcel (its primary key decides between processes). */
export class SqliteClaims implements ClaimRepository {
  constructor(private readonly sql: SqlSession) {}

  async register(
    input: Omit<ClaimRegistration, 'ticketId' | 'openedAt'>,
  ): Promise<{ stored: boolean; registration: ClaimRegistration }> {
    // One statement: the parcel's key decides between simultaneous writers, in this process or another.
    const { changes } = this.sql
      .statement(
        `INSERT INTO claims (tracking_number, claim_id, anomaly_id, detected_at, registered_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (tracking_number) DO NOTHING`,
      )
      .run(input.trackingNumber, input.claimId, input.anomalyId ?? null, input.detectedAt ?? null, input.registeredAt);
    const registration = (await this.get(input.trackingNumber)) as ClaimRegistration;
    return { stored: changes === 1, registration };
  }

  async get(trackingNumber: string): Promise<ClaimRegistration | undefined> {
    const row = this.sql.statement(`SELECT ${COLUMNS} FROM claims WHERE tracking_number = ?`).get(trackingNumber) as
      Row | undefined;
    return row ? toRegistration(row) : undefined;
  }

  async markOpened(trackingNumber: string, ticketId: string, openedAt: string): Promise<void> {
    this.sql
      .statement('UPDATE claims SET ticket_id = ?, opened_at = ? WHERE tracking_number = ? AND ticket_id IS NULL')
      .run(ticketId, openedAt, trackingNumber);
  }

  async listUnopened(registeredBy: string, limit: number): Promise<ClaimRegistration[]> {
    const rows = this.sql
      .statement(
        `SELECT ${COLUMNS} FROM claims WHERE ticket_id IS NULL AND registered_at <= ?
         ORDER BY registered_at, tracking_number LIMIT ?`,
      )
      .all(registeredBy, limit) as Row[];
    return rows.map(toRegistration);
  }

  async unclaimedAnomalies(query: UnclaimedAnomalyQuery): Promise<ParcelAnomaly[]> {
    const rows = this.sql
      .statement(
        `SELECT a.data, a.planned_at FROM anomalies a
         WHERE a.level = ? AND a.detected_at >= ? AND a.detected_at <= ?
           AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.tracking_number = a.tracking_number)
         ORDER BY a.detected_at, a.id LIMIT ?`,
      )
      .all(query.level, query.detectedFrom, query.detectedBy, query.limit) as {
      data: string;
      planned_at: string | null;
    }[];
    return rows.map((row) => {
      const anomaly = JSON.parse(row.data) as ParcelAnomaly;
      return row.planned_at ? { ...anomaly, plannedAt: row.planned_at } : anomaly;
    });
  }
}
