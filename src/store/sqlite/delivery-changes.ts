import type { SqlSession } from './sql-session';
import type {
  DeliveryChangeOutcome,
  DeliveryChangeRequest,
  DeliveryChangeStatus,
  DeliveryChangeWithdrawal,
  NewDeliveryChange,
} from '../../tracking/delivery-change.records';
import { requestedChange } from '../shared';
import type { DeliveryChangeRepository } from '../store.port';

const toRequest = (row: { data: string }): DeliveryChangeRequest => JSON.parse(row.data) as DeliveryChangeRequest;

/** Requests in `delivery_changes`, unique per conversation turn (`request_key`). */
export class SqliteDeliveryChanges implements DeliveryChangeRepository {
  constructor(private readonly sql: SqlSession) {}

  async create(input: NewDeliveryChange): Promise<{ stored: boolean; request: DeliveryChangeRequest }> {
    const request = requestedChange(input);
    const { changes } = this.sql
      .statement(
        `INSERT INTO delivery_changes (id, request_key, tracking_number, status, created_at, data)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING`,
      )
      .run(
        request.id,
        request.requestKey,
        request.trackingNumber,
        request.status,
        request.createdAt,
        JSON.stringify(request),
      );
    if (changes === 1) return { stored: true, request };
    const earlier = this.sql
      .statement('SELECT data FROM delivery_changes WHERE request_key = ?')
      .get(request.requestKey) as { data: string };
    return { stored: false, request: toRequest(earlier) };
  }

  async get(id: string): Promise<DeliveryChangeRequest | undefined> {
    const row = this.sql.statement('SELECT data FROM delivery_changes WHERE id = ?').get(id) as
      { data: string } | undefined;
    return row ? toRequest(row) : undefined;
  }

  async list(query: {
    status?: DeliveryChangeStatus;
    trackingNumber?: string;
    limit: number;
  }): Promise<DeliveryChangeRequest[]> {
    const where = [...(query.status ? ['status = ?'] : []), ...(query.trackingNumber ? ['tracking_number = ?'] : [])];
    const rows = this.sql
      .statement(
        `SELECT data FROM delivery_changes ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(
        ...(query.status ? [query.status] : []),
        ...(query.trackingNumber ? [query.trackingNumber] : []),
        query.limit,
      ) as { data: string }[];
    return rows.map(toRequest);
  }

  async decide(
    id: string,
    status: DeliveryChangeOutcome,
    decision: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined> {
    const row = this.sql
      .statement(
        `UPDATE delivery_changes SET status = ?,
           data = json_set(data, '$.status', ?, '$.updatedAt', ?, '$.decision', json(?))
         WHERE id = ? AND status = 'requested' RETURNING data`,
      )
      .get(status, status, decision.at, JSON.stringify(decision), id) as { data: string } | undefined;
    return row ? toRequest(row) : undefined;
  }

  async withdraw(id: string, withdrawal: DeliveryChangeWithdrawal): Promise<DeliveryChangeRequest | undefined> {
    const row = this.sql
      .statement(
        `UPDATE delivery_changes SET status = 'withdrawn',
           data = json_set(data, '$.status', 'withdrawn', '$.updatedAt', ?, '$.withdrawal', json(?))
         WHERE id = ? AND status = 'requested' RETURNING data`,
      )
      .get(withdrawal.at, JSON.stringify(withdrawal), id) as { data: string } | undefined;
    return row ? toRequest(row) : undefined;
  }

  async escalate(
    id: string,
    escalation: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined> {
    const row = this.sql
      .statement(
        `UPDATE delivery_changes SET data = json_set(data, '$.updatedAt', ?, '$.escalation', json(?))
         WHERE id = ? AND status = 'requested' AND json_extract(data, '$.escalation') IS NULL RETURNING data`,
      )
      .get(escalation.at, JSON.stringify(escalation), id) as { data: string } | undefined;
    return row ? toRequest(row) : undefined;
  }
}
