import type { SqlSession } from './sql-session';
import type { NewStreamActivity, StreamActivity } from '../records';
import type { ActivityStreamRepository } from '../store.port';

interface StreamRow {
  conversation_id: string;
  seq: number;
  client_activity_id: string | null;
  activity: string;
  created_at: string;
}

function toDomain(row: StreamRow): StreamActivity {
  return {
    conversationId: row.conversation_id,
    sequence: row.seq,
    ...(row.client_activity_id !== null ? { clientActivityId: row.client_activity_id } : {}),
    activity: JSON.parse(row.activity) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

export class SqliteActivityStreams implements ActivityStreamRepository {
  constructor(private readonly sql: SqlSession) {}

  async append(input: NewStreamActivity): Promise<{ stored: boolean; entry: StreamActivity }> {
    // One statement takes MAX+1 and inserts under SQLite's single writer lock: no two processes get one number.
    // (The upsert needs the SELECT's WHERE clause to parse; a retried clientActivityID inserts nothing.)
    const inserted = this.sql
      .statement(
        `INSERT INTO webchat_activities (conversation_id, seq, client_activity_id, activity, created_at)
         SELECT ?, COALESCE(MAX(seq) + 1, 0), ?, ?, ? FROM webchat_activities WHERE conversation_id = ?
         ON CONFLICT DO NOTHING RETURNING *`,
      )
      .get(
        input.conversationId,
        input.clientActivityId ?? null,
        JSON.stringify(input.activity),
        input.createdAt,
        input.conversationId,
      ) as StreamRow | undefined;
    if (inserted) return { stored: true, entry: toDomain(inserted) };
    const earlier = this.sql
      .statement('SELECT * FROM webchat_activities WHERE conversation_id = ? AND client_activity_id = ?')
      .get(input.conversationId, input.clientActivityId ?? null) as StreamRow | undefined;
    if (!earlier) throw new Error(`activity for ${input.conversationId} neither stored nor found`);
    return { stored: false, entry: toDomain(earlier) };
  }

  async list(conversationId: string, options: { after?: number; limit: number }): Promise<StreamActivity[]> {
    const rows =
      options.after === undefined
        ? (this.sql
            .statement(
              `SELECT * FROM (SELECT * FROM webchat_activities WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?)
               ORDER BY seq`,
            )
            .all(conversationId, options.limit) as StreamRow[])
        : (this.sql
            .statement('SELECT * FROM webchat_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?')
            .all(conversationId, options.after, options.limit) as StreamRow[]);
    return rows.map(toDomain);
  }
}
