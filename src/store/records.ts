import type { ChannelId, Message } from '../conversations/records';
import type { TicketStatus } from '../tickets/records';

/**
 * Records the store keeps for its own machinery (web chat streams, the outbox, bot state) and the shapes its
 * port speaks in. The domain's own records live with their domains: `src/conversations/records.ts`,
 * `src/tickets/records.ts`, `src/tracking/records.ts`.
 *
 * Times are ISO-8601 strings in UTC (`2026-11-23T07:42:12.000Z`) so that records survive a JSON round trip
 * unchanged and compare correctly as strings.
 */

/**
 * One activity of a web chat (Direct Line) conversation, in the order its clients read them by watermark. The
 * conversation's stream lives in the store, so any process can serve it and a restart loses none of it.
 */
export interface StreamActivity {
  /** The Direct Line conversation id. */
  conversationId: string;
  /** 0, 1, 2 … within the conversation, assigned by the store at append. */
  sequence: number;
  /** Web Chat's `channelData.clientActivityID` of a customer's post: a retried post is stored once. */
  clientActivityId?: string;
  /** The activity as clients receive it (without its id, which the channel derives from the sequence). */
  activity: Record<string, unknown>;
  createdAt: string;
}

export type NewStreamActivity = Omit<StreamActivity, 'sequence'>;

/** What `messages.append` did: a retried transport delivery is reported, not stored twice. */
export type AppendResult = { stored: true; message: Message } | { stored: false; duplicateOf: Message };

export interface TicketQuery {
  customerId?: string;
  status?: TicketStatus[];
  trackingNumber?: string;
  createdFrom?: string;
  createdTo?: string;
  limit?: number;
  /**
   * `newest` (default): newest first. `queue`: the agents' order — high priority first, then the deadline that
   * comes next (the first response until there is one, then the resolution), then the oldest.
   */
  order?: 'newest' | 'queue';
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string;
  channel: ChannelId;
  /** Address on that channel: phone number, email address, conversation id. */
  to: string;
  /** Channel-specific payload (text, subject, threading headers, media). */
  payload: Record<string, unknown>;
  /** Caller-chosen key: enqueueing the same key twice keeps one item. */
  idempotencyKey: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  providerId?: string;
  /** When it went out (handed to the provider); unset while it waits, for quiet hours among others. */
  sentAt?: string;
  /** The provider's latest delivery report (queued, sent, delivered, undelivered, failed …). */
  delivery?: { status: string; at: string; errorCode?: string };
  ticketId?: string;
  createdAt: string;
  updatedAt: string;
  /** The process that holds the send, and until when. */
  claimedBy?: string;
  claimedUntil?: string;
}

export type NewOutboxItem = Pick<OutboxItem, 'channel' | 'to' | 'payload' | 'idempotencyKey' | 'ticketId'> & {
  nextAttemptAt?: string;
};

/** A botbuilder state document with its eTag, as kept by the store. */
export interface StateDocument {
  key: string;
  document: Record<string, unknown>;
  eTag: string;
}
