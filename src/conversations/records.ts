/**
 * The customer side of the domain: who writes (customers and their identities on each channel), from where
 * (channels, conversations) and what (messages, attachments). The store keeps these records; the SQLite and
 * MongoDB adapters convert rows and documents to and from them at their boundary.
 *
 * Times are ISO-8601 strings in UTC (`2026-11-23T07:42:12.000Z`) so that records survive a JSON round trip
 * unchanged and compare correctly as strings.
 */

/** Channels a customer can write from, plus the agent-side channels. */
export type ChannelId = 'webchat' | 'sms' | 'email' | 'msteams' | 'agentdesk';

export type Locale = 'zh-CN' | 'zh-TW' | 'en';

/**
 * How a customer writes within their locale: `yue` is Cantonese written in Traditional characters (Hong Kong).
 * A register overrides a few of its locale's replies (`src/bot/replies/zh-TW.yue.json`); the rest stay as they are.
 */
export type Register = 'yue';

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

/**
 * Where a customer conversation got to, for bot containment (defined in src/tickets/containment.ts):
 * `answered` (tracking, FAQ or ticket status answered), `unanswered` (not understood, no answer, a number not
 * found), `intake` (a complaint being taken down: abandoned if it stays so), `cancelled` (the customer called
 * the complaint off), `filed` (a ticket was filed) or `handed_off` (a person took or was asked to take over).
 */
export type ConversationOutcome = 'answered' | 'unanswered' | 'intake' | 'cancelled' | 'filed' | 'handed_off';

export interface Conversation {
  id: string;
  channel: ChannelId;
  /** The transport's own id for the conversation (Direct Line conversation id, phone number pair, mail thread). */
  externalId: string;
  customerId?: string;
  /** A Bot Framework ConversationReference, kept opaque here: the bot layer owns its shape. */
  reference: Record<string, unknown>;
  locale?: Locale;
  /** The register the customer writes in (Cantonese): what reaches them outside a turn uses it too. */
  register?: Register;
  mode: ConversationMode;
  /** The ticket this conversation is currently about, once there is one. */
  ticketId?: string;
  /** Where the conversation got to (none yet: the customer has asked for nothing, e.g. only said hello). */
  outcome?: ConversationOutcome;
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
