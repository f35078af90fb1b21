/**
 * Plain records kept by the store. They are the shapes the domain works with; the SQLite and MongoDB
 * adapters convert rows and documents to and from them at their boundary.
 *
 * Times are ISO-8601 strings in UTC (`2026-11-23T07:42:12.000Z`) so that records survive a JSON round trip
 * unchanged and compare correctly as strings.
 */

/** Channels a customer can write from, plus the agent-side channels. */
export type ChannelId = 'webchat' | 'sms' | 'email' | 'msteams' | 'agentdesk';

export type Locale = 'zh-CN' | 'zh-TW' | 'en';

/** How a customer is known on one channel. */
export type IdentityKind = 'phone' | 'email' | 'webchat' | 'teams';

export interface Identity {
  kind: IdentityKind;
  /** Normalised value: E.164 phone, lower-case email, web chat user id, Teams user id. */
  value: string;
}

export interface Customer {
  id: string;
  name?: string;
  phone?: string;
  email?: string;
  locale?: Locale;
  identities: Identity[];
  /** Channels the customer has opted out of (SMS STOP), with when. Nothing is sent there. */
  optedOut?: Partial<Record<ChannelId, string>>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type NewCustomer = Omit<Customer, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export type ConversationMode = 'bot' | 'handoff';

export interface Conversation {
  id: string;
  channel: ChannelId;
  /** The transport's own id for the conversation (Direct Line conversation id, phone number pair, mail thread). */
  externalId: string;
  customerId?: string;
  /** A Bot Framework ConversationReference, kept opaque here: the bot layer owns its shape. */
  reference: Record<string, unknown>;
  locale?: Locale;
  mode: ConversationMode;
  /** The ticket this conversation is currently about, once there is one. */
  ticketId?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type NewConversation = Omit<Conversation, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export type MessageDirection = 'in' | 'out';

export interface Attachment {
  name: string;
  contentType: string;
  size: number;
  /** Where the bytes are kept: a path under DATA_DIR or a URL. */
  location: string;
}

export interface Message {
  id: string;
  conversationId: string;
  ticketId?: string;
  channel: ChannelId;
  direction: MessageDirection;
  /** The transport's own id (Twilio MessageSid, email Message-ID, Direct Line activity id); unique per channel. */
  transportId: string;
  /** Who wrote it: 'customer', 'bot', or an agent's id. */
  author: string;
  text: string;
  attachments: Attachment[];
  createdAt: string;
  /**
   * What the transport was answered for this inbound message (the TwiML for Twilio, the Direct Line response),
   * recorded when its turn finished: a retried delivery gets the same answer again. Absent while the turn runs
   * and when it never finished.
   */
  reply?: string;
}

export type NewMessage = Omit<Message, 'id' | 'reply'>;

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

export type TicketCategory =
  | 'delay'
  | 'lost'
  | 'damaged'
  | 'attitude'
  | 'info_error'
  | 'packaging'
  | 'value_added'
  | 'fee'
  | 'special_request'
  | 'other';

export const TICKET_CATEGORIES: readonly TicketCategory[] = [
  'delay',
  'lost',
  'damaged',
  'attitude',
  'info_error',
  'packaging',
  'value_added',
  'fee',
  'special_request',
  'other',
];

export type Priority = 'high' | 'medium' | 'low';

export type TicketStatus = 'open' | 'pending_agent' | 'in_progress' | 'resolved' | 'closed' | 'reopened';

export type Demand = 'compensation' | 'refund' | 'redelivery' | 'apology' | 'explanation';

export type ResponsibleParty = 'courier' | 'station' | 'transport' | 'customer_service' | 'customer';

export interface Party {
  name?: string;
  phone?: string;
  address?: string;
}

/** One entry in a ticket's history: every state change and notable event, with who and when. */
export interface TicketEvent {
  at: string;
  /** 'bot', 'customer', 'system', or an agent's / supervisor's id. */
  by: string;
  action: string;
  from?: string;
  to?: string;
  note?: string;
}

/** A resolution as recorded: the internal note, what the customer is told (if written), who and when. */
export interface Resolution {
  note: string;
  customerMessage?: string;
  by: string;
  at: string;
}

export interface Ticket {
  id: string;
  /** Human-friendly number, `C-YYYYMMDD-NNNN`. */
  number: string;
  createdAt: string;
  updatedAt: string;
  channel: ChannelId;
  customerId: string;
  customer: Party & { email?: string };
  sender?: Party;
  recipient?: Party;
  trackingNumbers: string[];
  carrier?: string;
  /** Where the parcel's problem sits, for hot-spot counts. */
  station?: string;
  route?: string;
  category: TicketCategory;
  priority: Priority;
  /** Escalation level: 0 normal, raised by SLA breaches and dissatisfaction. */
  level: number;
  description: string;
  demand?: Demand;
  evidence: Attachment[];
  status: TicketStatus;
  assignee?: string;
  responsibleParty?: ResponsibleParty[];
  deadlines: { firstResponse: string; resolution: string };
  firstResponseAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  /**
   * How the ticket was settled. `note` is the agents' internal note (history and desks only, never shown to the
   * customer); `customerMessage` is what the customer was told, when the agent wrote one (otherwise the reply
   * catalog's resolution message in the customer's language).
   */
  resolution?: Resolution;
  /**
   * A resolution an agent proposed on a complex ticket (high priority or several responsible parties); it
   * takes effect when a supervisor approves it.
   */
  pendingResolution?: Resolution & { responsibleParty: ResponsibleParty[] };
  /** Where the ticket lives on the agent desks: the Teams thread and its card, once posted. */
  desk?: { teams?: { conversationId: string; cardActivityId: string } };
  satisfaction?: { score?: number; satisfied?: boolean; surveyedAt?: string; answeredAt?: string };
  conversationIds: string[];
  history: TicketEvent[];
  version: number;
}

export type NewTicket = Omit<Ticket, 'id' | 'number' | 'createdAt' | 'updatedAt' | 'version'> & {
  /** Creation time; also decides the date part of the ticket number. */
  createdAt: string;
};

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

export interface ScanEvent {
  at: string;
  place: string;
  /** Courier status code, e.g. picked_up, in_transit, out_for_delivery, delivered, returned, exception. */
  status: string;
  description?: string;
}

export interface Shipment {
  trackingNumber: string;
  carrier: string;
  sender: Party;
  recipient: Party;
  origin: string;
  destination: string;
  promisedDate?: string;
  events: ScanEvent[];
  updatedAt: string;
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
