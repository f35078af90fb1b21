import type { SqlSession } from './sql-session';
import type { NewParcelNotice, NoticeChoice, ParcelLink, ParcelNotice } from '../../proactive/notice.records';
import { clone, newId } from '../shared';
import { FIRST_NOTICE_SENT } from './proactive-metrics';
import type { NoticeDailyCap, NoticeRepository, OpenNoticeQuery, ParcelLinkRepository } from '../store.port';

/** Links in `parcel_links`, one row per parcel and customer. */
export class SqliteParcelLinks implements ParcelLinkRepository {
  constructor(private readonly sql: SqlSession) {}

  async link(link: ParcelLink): Promise<void> {
    this.sql
      .statement(
        `INSERT INTO parcel_links (tracking_number, customer_id, conversation_id, kind, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tracking_number, customer_id) DO UPDATE SET conversation_id = excluded.conversation_id,
           at = excluded.at,
           kind = CASE WHEN instr('asked proved complained', excluded.kind) > instr('asked proved complained', kind)
             THEN excluded.kind ELSE kind END`,
      )
      .run(link.trackingNumber, link.customerId, link.conversationId, link.kind, link.at);
  }

  async listByParcel(trackingNumber: string): Promise<ParcelLink[]> {
    const rows = this.sql
      .statement(
        `SELECT tracking_number, customer_id, conversation_id, kind, at FROM parcel_links
         WHERE tracking_number = ? ORDER BY at, customer_id`,
      )
      .all(trackingNumber) as Record<string, string>[];
    return rows.map((r) => ({
      trackingNumber: r.tracking_number as string,
      customerId: r.customer_id as string,
      conversationId: r.conversation_id as string,
      kind: r.kind as ParcelLink['kind'],
      at: r.at as string,
    }));
  }
}

const toNotice = (row: { data: string }): ParcelNotice => JSON.parse(row.data) as ParcelNotice;

/** Notices in `notices`, unique per anomaly and recipient. */
export class SqliteNotices implements NoticeRepository {
  constructor(private readonly sql: SqlSession) {}

  async create(input: NewParcelNotice, cap?: NoticeDailyCap): Promise<{ stored: boolean; notice: ParcelNotice }> {
    // One transaction inside the batch, which holds the write lock: no other process can add a notice between
    // the cap's count and the insert (counting first and inserting after let two processes both take a day's
    // last place).
    return this.sql.transaction((): { stored: boolean; notice: ParcelNotice } => {
      const earlier = this.sql
        .statement('SELECT data FROM notices WHERE anomaly_id = ? AND recipient = ?')
        .get(input.anomalyId, input.recipient) as { data: string } | undefined;
      if (earlier) return { stored: false, notice: toNotice(earlier) };
      const dueAt = cap ? this.firstSlotWithRoom(input, cap) : input.dueAt;
      const notice: ParcelNotice = { ...clone(input), dueAt, id: newId() };
      this.sql
        .statement(
          `INSERT INTO notices (id, anomaly_id, recipient, tracking_number, conversation_id, due_at, created_at, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          notice.id,
          notice.anomalyId,
          notice.recipient,
          notice.trackingNumber,
          notice.conversationId ?? null,
          notice.dueAt,
          notice.createdAt,
          JSON.stringify(notice),
        );
      return { stored: true, notice };
    })();
  }

  private firstSlotWithRoom(input: NewParcelNotice, cap: NoticeDailyCap): string {
    const count = this.sql.statement(
      'SELECT count(*) AS n FROM notices WHERE recipient = ? AND tracking_number = ? AND due_at >= ? AND due_at < ?',
    );
    for (const slot of cap.slots) {
      const { n } = count.get(input.recipient, input.trackingNumber, slot.dayStart, slot.dayEnd) as { n: number };
      if (n < cap.limit) return slot.dueAt;
    }
    return cap.slots.at(-1)?.dueAt ?? input.dueAt;
  }

  async findOpen(query: OpenNoticeQuery): Promise<ParcelNotice | undefined> {
    const holes = query.recipients.map(() => '?').join(', ');
    const who = [
      ...(query.conversationId ? ['conversation_id = ?'] : []),
      ...(query.recipients.length > 0 ? [`recipient IN (${holes})`] : []),
    ];
    if (who.length === 0) return undefined;
    const row = this.sql
      .statement(
        `SELECT data FROM notices WHERE (${who.join(' OR ')}) AND answered_at IS NULL AND due_at >= ? AND due_at <= ?
         ORDER BY due_at DESC, id DESC LIMIT 1`,
      )
      .get(...(query.conversationId ? [query.conversationId] : []), ...query.recipients, query.since, query.dueBy) as
      { data: string } | undefined;
    return row ? toNotice(row) : undefined;
  }

  async answer(id: string, choice: NoticeChoice, at: string): Promise<void> {
    this.sql
      .statement(
        `UPDATE notices SET answered_at = ?, data = json_set(data, '$.answer', json(?))
         WHERE id = ? AND answered_at IS NULL`,
      )
      .run(at, JSON.stringify({ choice, at }), id);
  }

  async listByAnomaly(anomalyId: string): Promise<ParcelNotice[]> {
    const rows = this.sql
      .statement('SELECT data FROM notices WHERE anomaly_id = ? ORDER BY created_at, id')
      .all(anomalyId) as { data: string }[];
    return rows.map(toNotice);
  }

  async firstSentAt(anomalyId: string): Promise<string | undefined> {
    const row = this.sql.statement(`SELECT ${FIRST_NOTICE_SENT} AS sentAt FROM (SELECT ? AS id) x`).get(anomalyId) as {
      sentAt: string | null;
    };
    return row.sentAt ?? undefined;
  }
}
