import type Database from 'better-sqlite3';
import type { SqlSession } from './sql-session';
import { DuplicateError, NotFoundError, VersionConflictError } from '../errors';
import type { Conversation, Customer, Identity, NewConversation, NewCustomer } from '../../conversations/records';
import { clone, newId } from '../shared';
import type { ConversationRepository, CustomerRepository } from '../store.port';
import { isUniqueViolation } from './sqlite-errors';

interface DataRow {
  data: string;
}

export class SqliteCustomers implements CustomerRepository {
  /** The customer row and its identities, all or nothing; made once (building it cost more than its inserts). */
  private readonly insertCustomer: Database.Transaction<(customer: Customer, data: string) => void>;

  constructor(private readonly sql: SqlSession) {
    this.insertCustomer = sql.transaction((customer: Customer, data: string) => {
      this.sql
        .statement('INSERT INTO customers (id, data, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)')
        .run(customer.id, data, customer.createdAt, customer.updatedAt);
      for (const identity of customer.identities) this.insertIdentity(customer.id, identity);
    });
  }

  async create(input: NewCustomer, now: string): Promise<Customer> {
    const customer: Customer = { ...input, id: newId(), createdAt: now, updatedAt: now, version: 1 };
    const data = JSON.stringify(customer);
    this.insertCustomer.immediate(customer, data);
    // A copy read back from the stored text: the caller's input and the result share no objects.
    return JSON.parse(data) as Customer;
  }

  async get(id: string): Promise<Customer | undefined> {
    const row = this.sql.statement('SELECT data FROM customers WHERE id = ?').get(id) as DataRow | undefined;
    return row ? (JSON.parse(row.data) as Customer) : undefined;
  }

  async findByIdentity(identity: Identity): Promise<Customer | undefined> {
    const row = this.sql
      .statement(
        `SELECT c.data FROM customer_identities i JOIN customers c ON c.id = i.customer_id
         WHERE i.kind = ? AND i.value = ?`,
      )
      .get(identity.kind, identity.value) as DataRow | undefined;
    return row ? (JSON.parse(row.data) as Customer) : undefined;
  }

  async linkIdentity(customerId: string, identity: Identity, now: string): Promise<Customer> {
    return this.sql
      .transaction(() => {
        const row = this.sql.statement('SELECT data FROM customers WHERE id = ?').get(customerId) as
          DataRow | undefined;
        if (!row) throw new NotFoundError('Customer', customerId);
        const customer = JSON.parse(row.data) as Customer;
        if (customer.identities.some((i) => i.kind === identity.kind && i.value === identity.value)) return customer;
        this.insertIdentity(customerId, identity);
        const updated: Customer = {
          ...customer,
          identities: [...customer.identities, { ...identity }],
          updatedAt: now,
          version: customer.version + 1,
        };
        this.sql
          .statement('UPDATE customers SET data = ?, version = ?, updated_at = ? WHERE id = ?')
          .run(JSON.stringify(updated), updated.version, now, customerId);
        return updated;
      })
      .immediate();
  }

  async update(customer: Customer, now: string): Promise<Customer> {
    return this.sql
      .transaction(() => {
        const current = this.sql.statement('SELECT version FROM customers WHERE id = ?').get(customer.id) as
          { version: number } | undefined;
        if (!current) throw new NotFoundError('Customer', customer.id);
        if (current.version !== customer.version) throw new VersionConflictError('Customer', customer.id);
        const updated: Customer = { ...clone(customer), updatedAt: now, version: customer.version + 1 };
        this.sql.statement('DELETE FROM customer_identities WHERE customer_id = ?').run(customer.id);
        for (const identity of updated.identities) this.insertIdentity(customer.id, identity);
        this.sql
          .statement('UPDATE customers SET data = ?, version = ?, updated_at = ? WHERE id = ?')
          .run(JSON.stringify(updated), updated.version, now, customer.id);
        return updated;
      })
      .immediate();
  }

  private insertIdentity(customerId: string, identity: Identity): void {
    try {
      this.sql
        .statement('INSERT INTO customer_identities (kind, value, customer_id) VALUES (?, ?, ?)')
        .run(identity.kind, identity.value, customerId);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('Identity', `${identity.kind}:${identity.value}`);
      throw err;
    }
  }
}

export class SqliteConversations implements ConversationRepository {
  constructor(private readonly sql: SqlSession) {}

  async create(input: NewConversation, now: string): Promise<Conversation> {
    const conversation: Conversation = { ...input, id: newId(), createdAt: now, updatedAt: now, version: 1 };
    const data = JSON.stringify(conversation);
    try {
      this.sql
        .statement(
          `INSERT INTO conversations (id, channel, external_id, customer_id, mode, ticket_id, outcome, data, version, created_at, updated_at)
           VALUES (@id, @channel, @externalId, @customerId, @mode, @ticketId, @outcome, @data, 1, @createdAt, @updatedAt)`,
        )
        .run(this.columns(conversation, data));
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('Conversation', `${input.channel}:${input.externalId}`);
      throw err;
    }
    // A copy read back from the stored text: the caller's input and the result share no objects.
    return JSON.parse(data) as Conversation;
  }

  async get(id: string): Promise<Conversation | undefined> {
    const row = this.sql.statement('SELECT data FROM conversations WHERE id = ?').get(id) as DataRow | undefined;
    return row ? (JSON.parse(row.data) as Conversation) : undefined;
  }

  async findByExternalId(channel: Conversation['channel'], externalId: string): Promise<Conversation | undefined> {
    const row = this.sql
      .statement('SELECT data FROM conversations WHERE channel = ? AND external_id = ?')
      .get(channel, externalId) as DataRow | undefined;
    return row ? (JSON.parse(row.data) as Conversation) : undefined;
  }

  async listByCustomer(customerId: string): Promise<Conversation[]> {
    const rows = this.sql
      .statement('SELECT data FROM conversations WHERE customer_id = ? ORDER BY created_at, rowid')
      .all(customerId) as DataRow[];
    return rows.map((row) => JSON.parse(row.data) as Conversation);
  }

  async update(conversation: Conversation, now: string): Promise<Conversation> {
    // One JSON text: stored as it is, and read back as the caller's copy (no objects shared with `conversation`).
    const data = JSON.stringify({ ...conversation, updatedAt: now, version: conversation.version + 1 });
    const updated = JSON.parse(data) as Conversation;
    const result = this.sql
      .statement(
        `UPDATE conversations SET customer_id = @customerId, mode = @mode, ticket_id = @ticketId, outcome = @outcome, data = @data,
           version = version + 1, updated_at = @updatedAt
         WHERE id = @id AND version = @expectedVersion`,
      )
      .run({ ...this.columns(updated, data), expectedVersion: conversation.version });
    if (result.changes === 0) {
      if (!(await this.get(conversation.id))) throw new NotFoundError('Conversation', conversation.id);
      throw new VersionConflictError('Conversation', conversation.id);
    }
    return updated;
  }

  /** The row's columns; `data` is the conversation as JSON text when the caller has it already. */
  private columns(c: Conversation, data = JSON.stringify(c)): Record<string, unknown> {
    return {
      id: c.id,
      channel: c.channel,
      externalId: c.externalId,
      customerId: c.customerId ?? null,
      mode: c.mode,
      ticketId: c.ticketId ?? null,
      outcome: c.outcome ?? null,
      data,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}
