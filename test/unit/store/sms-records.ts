import type { NewMessage } from '../../../src/conversations/records';
import type { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

/** An inbound SMS with `transportId` (its MessageSid) in `conversationId`. */
export const smsMessage = (conversationId: string, transportId: string): NewMessage => ({
  conversationId,
  channel: 'sms',
  direction: 'in',
  transportId,
  author: 'customer',
  text: 'where is SF1402837465921',
  attachments: [],
  createdAt: '2026-11-23T02:00:00.000Z',
});

/** Creates one SMS conversation, waits until it is durable, and returns its id. */
export async function smsConversation(store: SqliteStore): Promise<string> {
  const created = await store.conversations.create(
    { channel: 'sms', externalId: '+8613800138000', reference: {}, mode: 'bot' },
    '2026-11-23T02:00:00.000Z',
  );
  await store.durable();
  return created.id;
}
