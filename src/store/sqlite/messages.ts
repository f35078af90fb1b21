import type { SqlSession } from './sql-session';
import type { AppendResult } from '../records';
import type { Message, NewMessage } from '../../conversations/records';
import { newId } from '../shared';
import type { MessageRepository } from '../store.port';

interface MessageRow {
  id: string;
  conversation_id: string;
  ticket_id: string | null;
  channel: Message['channel'];
  direction: Message['direction'];
  transport_id: string;
  author: string;
  text: string;
  attachments: string;
  created_at: string;
  reply: string | null;
}

function toDomain(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    ...(row.ticket_id ? { ticketId: row.ticket_id } : {}),
    channel: row.channel,
    direction: row.direction,
    transportId: row.transport_id,
    author: row.author,
    text: row.text,
    attachments: JSON.parse(row.attachments) as Message['attachments'],
    createdAt: row.created_at,
    ...(row.reply !== null ? { reply: row.reply } : {}),
  };
}

export class SqliteMessages implements MessageRepository {
  constructor(private readonly sql: SqlSession) {}

  async append(input: NewMessage): Promise<AppendResult> {
    const id = newId();
    // ON CONFLICT DO NOTHING makes a retried delivery a no-op in one statement, even across processes.
    const result = this.sql
      .statement(
        `INSERT INTO messages (id, conversation_id, ticket_id, channel, direction, transport_id, author, text, attachments, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (channel, transport_id) DO NOTHING`,
      )
      .run(
        id,
        input.conversationId,
        input.ticketId ?? null,
        input.channel,
        input.direction,
        input.transportId,
        input.author,
        input.text,
        JSON.stringify(input.attachments),
        input.createdAt,
      );
    if (result.changes === 0) {
      const existing = await this.findByTransportId(input.channel, input.transportId);
      if (existing) return { stored: false, duplicateOf: existing };
    }
    return { stored: true, message: { ...input, attachments: input.attachments.map((a) => ({ ...a })), id } };
  }

  async findByTransportId(channel: Message['channel'], transportId: string): Promise<Message | undefined> {
    const row = this.sql
      .statement('SELECT * FROM messages WHERE channel = ? AND transport_id = ?')
      .get(channel, transportId) as MessageRow | undefined;
    return row ? toDomain(row) : undefined;
  }

  async recordReply(channel: Message['channel'], transportId: string, reply: string): Promise<void> {
    this.sql
      .statement('UPDATE messages SET reply = ? WHERE channel = ? AND transport_id = ?')
      .run(reply, channel, transportId);
  }

  async listByConversation(conversationId: string, options: { limit?: number } = {}): Promise<Message[]> {
    const limit = options.limit ?? -1;
    const rows = this.sql
      .statement(
        `SELECT * FROM (SELECT rowid AS seq, * FROM messages WHERE conversation_id = ?
           ORDER BY created_at DESC, seq DESC LIMIT ?) ORDER BY created_at, seq`,
      )
      .all(conversationId, limit) as MessageRow[];
    return rows.map(toDomain);
  }

  async listByTicket(ticketId: string): Promise<Message[]> {
    const rows = this.sql
      .statement('SELECT * FROM messages WHERE ticket_id = ? ORDER BY created_at, rowid')
      .all(ticketId) as MessageRow[];
    return rows.map(toDomain);
  }

  async assignTicket(conversationId: string, ticketId: string): Promise<number> {
    return this.sql
      .statement('UPDATE messages SET ticket_id = ? WHERE conversation_id = ? AND ticket_id IS NULL')
      .run(ticketId, conversationId).changes;
  }
}
