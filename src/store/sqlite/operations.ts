import { randomUUID } from 'node:crypto';
import type { SqlSession } from './sql-session';
import { NotFoundError, VersionConflictError } from '../errors';
import type { NewOutboxItem, OutboxItem, StateDocument } from '../records';
import { addMs, clone, newId } from '../shared';
import type { BotStateRepository, LeaseRepository, OutboxRepository } from '../store.port';

export class SqliteOutbox implements OutboxRepository {
  constructor(private readonly sql: SqlSession) {}

  async enqueue(input: NewOutboxItem, now: string): Promise<OutboxItem> {
    const item: OutboxItem = {
      id: newId(),
      channel: input.channel,
      to: input.to,
      payload: clone(input.payload),
      idempotencyKey: input.idempotencyKey,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: input.nextAttemptAt ?? now,
      ...(input.ticketId ? { ticketId: input.ticketId } : {}),
      createdAt: now,
      updatedAt: now,
    };
    const result = this.sql
      .statement(
        `INSERT INTO outbox (id, idempotency_key, channel, status, next_attempt_at, ticket_id, data, created_at)
         VALUES (?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      )
      .run(
        item.id,
        item.idempotencyKey,
        item.channel,
        item.nextAttemptAt,
        item.ticketId ?? null,
        JSON.stringify(item),
        now,
      );
    if (result.changes === 0) {
      const row = this.sql.statement('SELECT data FROM outbox WHERE idempotency_key = ?').get(input.idempotencyKey) as {
        data: string;
      };
      return JSON.parse(row.data) as OutboxItem;
    }
    return item;
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const row = this.sql.statement('SELECT data FROM outbox WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as OutboxItem) : undefined;
  }

  async claimDue(options: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxItem[]> {
    const { now, owner, leaseMs, limit } = options;
    const until = addMs(now, leaseMs);
    return this.sql
      .transaction(() => {
        const rows = this.sql
          .statement(
            `SELECT data FROM outbox
             WHERE (status = 'pending' AND next_attempt_at <= @now) OR (status = 'sending' AND claimed_until <= @now)
             ORDER BY next_attempt_at, rowid LIMIT @limit`,
          )
          .all({ now, limit }) as { data: string }[];
        return rows.map((row) => {
          const item = JSON.parse(row.data) as OutboxItem;
          const claimed: OutboxItem = {
            ...item,
            status: 'sending',
            attempts: item.attempts + 1,
            claimedBy: owner,
            claimedUntil: until,
            updatedAt: now,
          };
          this.save(claimed);
          return claimed;
        });
      })
      .immediate();
  }

  async markSent(id: string, _owner: string, providerId: string, now: string): Promise<OutboxItem> {
    // Recorded even if the claim lapsed meanwhile: the message did go out, and saying so avoids a resend.
    return this.transition(id, (item) => ({
      ...withoutClaim(item),
      status: 'sent',
      providerId,
      sentAt: item.sentAt ?? now,
      updatedAt: now,
    }));
  }

  async markFailed(id: string, owner: string, error: string, now: string, nextAttemptAt?: string): Promise<OutboxItem> {
    return this.transition(id, (item) => {
      if (item.claimedBy !== owner || item.status !== 'sending') throw new VersionConflictError('Outbox item', id);
      return {
        ...withoutClaim(item),
        status: nextAttemptAt ? 'pending' : 'failed',
        lastError: error,
        nextAttemptAt: nextAttemptAt ?? item.nextAttemptAt,
        updatedAt: now,
      };
    });
  }

  async listByStatus(status: OutboxItem['status'], limit = 100): Promise<OutboxItem[]> {
    const rows = this.sql
      .statement('SELECT data FROM outbox WHERE status = ? ORDER BY created_at, rowid LIMIT ?')
      .all(status, limit) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as OutboxItem);
  }

  async recordDelivery(
    providerId: string,
    deliveryStatus: string,
    now: string,
    errorCode?: string,
  ): Promise<OutboxItem | undefined> {
    const row = this.sql.statement('SELECT id FROM outbox WHERE provider_id = ?').get(providerId) as
      { id: string } | undefined;
    if (!row) return undefined;
    return this.transition(row.id, (item) => ({
      ...item,
      delivery: { status: deliveryStatus, at: now, ...(errorCode ? { errorCode } : {}) },
      updatedAt: now,
    }));
  }

  private transition(id: string, change: (item: OutboxItem) => OutboxItem): OutboxItem {
    return this.sql
      .transaction(() => {
        const row = this.sql.statement('SELECT data FROM outbox WHERE id = ?').get(id) as { data: string } | undefined;
        if (!row) throw new NotFoundError('Outbox item', id);
        const next = change(JSON.parse(row.data) as OutboxItem);
        this.save(next);
        return next;
      })
      .immediate();
  }

  private save(item: OutboxItem): void {
    this.sql
      .statement(
        `UPDATE outbox SET status = ?, next_attempt_at = ?, claimed_by = ?, claimed_until = ?, provider_id = ?,
           sent_at = ?, data = ? WHERE id = ?`,
      )
      .run(
        item.status,
        item.nextAttemptAt,
        item.claimedBy ?? null,
        item.claimedUntil ?? null,
        item.providerId ?? null,
        item.sentAt ?? null,
        JSON.stringify(item),
        item.id,
      );
  }
}

function withoutClaim(item: OutboxItem): OutboxItem {
  const { claimedBy: _by, claimedUntil: _until, ...rest } = item;
  return rest;
}

export class SqliteLeases implements LeaseRepository {
  constructor(private readonly sql: SqlSession) {}

  async tryAcquire(name: string, owner: string, ttlMs: number, now: string): Promise<boolean> {
    // One statement: insert, or take over only when expired or already ours. SQLite serialises writers,
    // so of two concurrent claimers exactly one sees a changed row.
    const result = this.sql
      .statement(
        `INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @expiresAt)
         ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE leases.expires_at <= @now OR leases.owner = excluded.owner`,
      )
      .run({ name, owner, expiresAt: addMs(now, ttlMs), now });
    return result.changes === 1;
  }

  async release(name: string, owner: string): Promise<void> {
    this.sql.statement('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
  }
}

export class SqliteBotState implements BotStateRepository {
  constructor(private readonly sql: SqlSession) {}

  async read(keys: string[]): Promise<StateDocument[]> {
    if (keys.length === 0) return [];
    const rows = this.sql
      .statement(`SELECT key, document, etag FROM bot_state WHERE key IN (${keys.map(() => '?').join(',')})`)
      .all(...keys) as { key: string; document: string; etag: string }[];
    return rows.map((row) => ({
      key: row.key,
      document: JSON.parse(row.document) as Record<string, unknown>,
      eTag: row.etag,
    }));
  }

  async write(key: string, document: Record<string, unknown>, expectedETag: string | undefined): Promise<string> {
    const eTag = randomUUID();
    const json = JSON.stringify(document);
    if (expectedETag === undefined || expectedETag === '*') {
      this.sql
        .statement(
          `INSERT INTO bot_state (key, document, etag) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag`,
        )
        .run(key, json, eTag);
      return eTag;
    }
    return this.sql
      .transaction(() => {
        const current = this.sql.statement('SELECT etag FROM bot_state WHERE key = ?').get(key) as
          { etag: string } | undefined;
        // A stale eTag on a key that no longer exists is a conflict too: someone deleted it meanwhile.
        if (!current || current.etag !== expectedETag) throw new VersionConflictError('State', key);
        this.sql.statement('UPDATE bot_state SET document = ?, etag = ? WHERE key = ?').run(json, eTag, key);
        return eTag;
      })
      .immediate();
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    this.sql.statement(`DELETE FROM bot_state WHERE key IN (${keys.map(() => '?').join(',')})`).run(...keys);
  }
}
