import { Schema, type Connection, type Model } from 'mongoose';

/**
 * MongoDB collections. Documents are the store's records with `_id` in place of `id`; nested parts
 * (history, evidence, references) are kept as they are. Every index names the queries it serves.
 */
const base = { versionKey: false, strict: false, minimize: false } as const;

const customerSchema = new Schema(
  {
    _id: String,
    // "kind:value" of every identity; a unique multikey index makes an identity belong to one customer.
    identityKeys: { type: [String], default: [] },
    version: Number,
  },
  base,
);
// CustomerRepository.findByIdentity, create/linkIdentity duplicate detection.
customerSchema.index(
  { identityKeys: 1 },
  { unique: true, partialFilterExpression: { identityKeys: { $type: 'string' } } },
);

const conversationSchema = new Schema(
  { _id: String, channel: String, externalId: String, customerId: String, version: Number },
  base,
);
// ConversationRepository.findByExternalId and its duplicate check.
conversationSchema.index({ channel: 1, externalId: 1 }, { unique: true });
// ConversationRepository.listByCustomer.
conversationSchema.index({ customerId: 1, createdAt: 1 });

const messageSchema = new Schema(
  {
    _id: String,
    conversationId: String,
    ticketId: String,
    channel: String,
    transportId: String,
    createdAt: String,
    seq: Number,
  },
  base,
);
// MessageRepository.append idempotency and findByTransportId.
messageSchema.index({ channel: 1, transportId: 1 }, { unique: true });
// MessageRepository.listByConversation (transcript, newest N).
messageSchema.index({ conversationId: 1, createdAt: 1, seq: 1 });
// MessageRepository.listByTicket.
messageSchema.index({ ticketId: 1, createdAt: 1, seq: 1 });

const streamActivitySchema = new Schema(
  { _id: String, conversationId: String, sequence: Number, clientActivityId: String },
  base,
);
// ActivityStreamRepository.list (by watermark, newest N); one sequence number per conversation.
streamActivitySchema.index({ conversationId: 1, sequence: 1 }, { unique: true });
// ActivityStreamRepository.append: a post retried with the same clientActivityID is stored once.
streamActivitySchema.index(
  { conversationId: 1, clientActivityId: 1 },
  { unique: true, partialFilterExpression: { clientActivityId: { $type: 'string' } } },
);

const ticketSchema = new Schema(
  {
    _id: String,
    number: String,
    numberDay: String,
    numberSeq: Number,
    createdAt: String,
    customerId: String,
    status: String,
    priority: String,
    trackingNumbers: [String],
    version: Number,
  },
  base,
);
// TicketRepository.create: the highest number of a day, which the next ticket's number follows.
ticketSchema.index({ numberDay: 1, numberSeq: -1 });
// TicketRepository.getByNumber; numbers are unique (and create relies on it when two processes pick one).
ticketSchema.index({ number: 1 }, { unique: true });
// TicketRepository.findOpenByTracking, find({trackingNumber}).
ticketSchema.index({ trackingNumbers: 1, status: 1 });
// TicketRepository.find({customerId}) — a customer's own tickets, newest first; MongoMetrics' repeat complaints (the
// customer's other tickets within 30 days: an equality and a range).
ticketSchema.index({ customerId: 1, createdAt: -1 });
// TicketRepository.find by date range; KPI aggregations by creation time.
ticketSchema.index({ createdAt: -1 });
// TicketRepository.create/update: one open ticket per customer and parcel ("customer:tracking number" keys,
// present only while the ticket is open).
ticketSchema.index(
  { openComplaintKeys: 1 },
  { unique: true, partialFilterExpression: { openComplaintKeys: { $type: 'string' } } },
);
// Agent queue and SLA scans: open tickets by status, priority and deadline.
ticketSchema.index({ status: 1, priority: 1, 'deadlines.resolution': 1 });

// A parcel's summary (waybill and where it stands); its scans are in scan_events.
const shipmentSchema = new Schema({ _id: String, carrier: String }, base);

const scanEventSchema = new Schema(
  { trackingNumber: String, at: String, place: String, status: String, seq: Number, scan: Schema.Types.Mixed },
  base,
);
// ShipmentRepository.addEvents: each scan of a parcel once, however many pushes and processes bring it (an unordered
// bulk insert whose duplicate-key errors are the scans stored already); get's history and the parcel's standing
// read the parcel's scans through its prefix (sorted by at and seq in memory: a parcel has tens of scans).
scanEventSchema.index({ trackingNumber: 1, at: 1, place: 1, status: 1 }, { unique: true });

const outboxSchema = new Schema(
  { _id: String, idempotencyKey: String, status: String, nextAttemptAt: String, claimedUntil: String },
  base,
);
// OutboxRepository.enqueue idempotency; the proactive KPIs' look-up of each notice's outbox item (by its key).
outboxSchema.index({ idempotencyKey: 1 }, { unique: true });
// OutboxRepository.recordDelivery (Twilio status callbacks name the message by its SID).
outboxSchema.index({ providerId: 1 }, { sparse: true });
// OutboxRepository.claimDue (pending and due) and listByStatus.
outboxSchema.index({ status: 1, nextAttemptAt: 1 });

const leaseSchema = new Schema({ _id: String, owner: String, expiresAt: String }, base);

const anomalySchema = new Schema(
  { _id: String, trackingNumber: String, kind: String, occurrence: String, detectedAt: String, plannedAt: String },
  base,
);
// AnomalyRepository.record: each anomaly of a parcel once, however many processes detect it; listByParcel.
anomalySchema.index({ trackingNumber: 1, kind: 1, occurrence: 1 }, { unique: true });
// AnomalyRepository.listUnplanned (anomalies whose notices are not queued yet), KPIs by detection time.
anomalySchema.index({ detectedAt: 1 });
// ClaimRepository.unclaimedAnomalies (level-1 anomalies detected lately).
anomalySchema.index({ level: 1, detectedAt: 1 });

const anomalyCheckSchema = new Schema({ _id: String, dueAt: String }, base);
// AnomalyRepository.dueChecks.
anomalyCheckSchema.index({ dueAt: 1 });

const parcelLinkSchema = new Schema({ _id: String, trackingNumber: String, customerId: String, at: String }, base);
// ParcelLinkRepository.listByParcel (who is told of a parcel's anomaly).
parcelLinkSchema.index({ trackingNumber: 1, at: 1 });

const noticeSchema = new Schema(
  {
    _id: String,
    anomalyId: String,
    recipient: String,
    trackingNumber: String,
    conversationId: String,
    dueAt: String,
    answeredAt: String,
  },
  base,
);
// NoticeRepository.create: one notice per anomaly and recipient, however many processes plan it; listByAnomaly; the
// proactive KPIs' look-up of each anomaly's notices.
noticeSchema.index({ anomalyId: 1, recipient: 1 }, { unique: true });
// NoticeRepository.findOpen by recipient; seeding a day's count of the daily cap (noticeDaySchema).
noticeSchema.index({ recipient: 1, trackingNumber: 1, dueAt: 1 });
// NoticeRepository.findOpen by conversation.
noticeSchema.index({ conversationId: 1, dueAt: 1 }, { sparse: true });

// One document per recipient, parcel and local day: how many notices are due that day. The daily cap takes a place
// with one conditional update (`count < cap`), so that two processes cannot both take a day's last one.
const noticeDaySchema = new Schema({ _id: String, count: Number, expiresAt: Date }, base);
// Days long past are of no use to the cap: MongoDB removes them.
noticeDaySchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

const deliveryChangeSchema = new Schema(
  { _id: String, requestKey: String, trackingNumber: String, status: String, createdAt: String },
  base,
);
// DeliveryChangeRepository.create: one request per conversation turn, however often the turn is retried.
deliveryChangeSchema.index({ requestKey: 1 }, { unique: true });
// DeliveryChangeRepository.list by status (the ops list), newest first.
deliveryChangeSchema.index({ status: 1, createdAt: -1 });
// DeliveryChangeRepository.list by parcel.
deliveryChangeSchema.index({ trackingNumber: 1, createdAt: -1 });
const claimSchema = new Schema(
  { _id: String, claimId: String, detectedAt: String, registeredAt: String, ticketId: String, openedAt: String },
  base,
);
// ClaimRepository.register: `_id` is the tracking number, so a parcel has one claim whatever registers it.
// ClaimRepository.listUnopened (claims whose ticket is not recorded yet).
claimSchema.index({ registeredAt: 1 }, { partialFilterExpression: { ticketId: { $exists: false } } });
// The proactive KPIs: claims by their anomaly's detection time.
claimSchema.index({ detectedAt: 1 }, { sparse: true });

// Tracking questions the bot answered (the deflection KPI): metric rows, no words and nobody's identity.
const trackingQuestionSchema = new Schema(
  { _id: String, askedAt: String, trackingNumber: String, channel: String, anomalyId: String, noticeSentAt: String },
  base,
);
// The proactive KPIs: tracking questions by the time they were asked.
trackingQuestionSchema.index({ askedAt: 1 });
// The proactive KPIs: notified anomalies no tracking question was about.
trackingQuestionSchema.index({ anomalyId: 1 }, { sparse: true });

const stateSchema = new Schema({ _id: String, document: Schema.Types.Mixed, eTag: String }, base);

export interface MongoModels {
  customers: Model<Record<string, unknown>>;
  conversations: Model<Record<string, unknown>>;
  messages: Model<Record<string, unknown>>;
  activityStreams: Model<Record<string, unknown>>;
  tickets: Model<Record<string, unknown>>;
  shipments: Model<Record<string, unknown>>;
  scanEvents: Model<Record<string, unknown>>;
  outbox: Model<Record<string, unknown>>;
  leases: Model<Record<string, unknown>>;
  botState: Model<Record<string, unknown>>;
  anomalies: Model<Record<string, unknown>>;
  anomalyChecks: Model<Record<string, unknown>>;
  parcelLinks: Model<Record<string, unknown>>;
  notices: Model<Record<string, unknown>>;
  noticeDays: Model<Record<string, unknown>>;
  deliveryChanges: Model<Record<string, unknown>>;
  claims: Model<Record<string, unknown>>;
  trackingQuestions: Model<Record<string, unknown>>;
}

export function createModels(connection: Connection): MongoModels {
  const model = (name: string, schema: Schema, collection: string): Model<Record<string, unknown>> =>
    connection.model<Record<string, unknown>>(name, schema, collection);
  return {
    customers: model('Customer', customerSchema, 'customers'),
    conversations: model('Conversation', conversationSchema, 'conversations'),
    messages: model('Message', messageSchema, 'messages'),
    activityStreams: model('StreamActivity', streamActivitySchema, 'webchat_activities'),
    tickets: model('Ticket', ticketSchema, 'tickets'),
    shipments: model('Shipment', shipmentSchema, 'shipments'),
    scanEvents: model('ScanEvent', scanEventSchema, 'scan_events'),
    outbox: model('OutboxItem', outboxSchema, 'outbox'),
    leases: model('Lease', leaseSchema, 'leases'),
    botState: model('BotState', stateSchema, 'bot_state'),
    anomalies: model('Anomaly', anomalySchema, 'anomalies'),
    anomalyChecks: model('AnomalyCheck', anomalyCheckSchema, 'anomaly_checks'),
    parcelLinks: model('ParcelLink', parcelLinkSchema, 'parcel_links'),
    notices: model('Notice', noticeSchema, 'notices'),
    noticeDays: model('NoticeDay', noticeDaySchema, 'notice_days'),
    deliveryChanges: model('DeliveryChange', deliveryChangeSchema, 'delivery_changes'),
    claims: model('Claim', claimSchema, 'claims'),
    trackingQuestions: model('TrackingQuestion', trackingQuestionSchema, 'tracking_questions'),
  };
}

/** True for MongoDB's duplicate-key error (E11000). */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 11000;
}

/**
 * True for a duplicate-key error on the index of `field`: the server names the index's keys in `keyPattern`
 * (and, in every version, the index in its message: `index: number_1 dup key: …`).
 */
export function isDuplicateKeyOn(err: unknown, field: string): boolean {
  if (!isDuplicateKey(err)) return false;
  const { keyPattern, message } = err as { keyPattern?: unknown; message?: unknown };
  if (keyPattern && typeof keyPattern === 'object') return field in keyPattern;
  return typeof message === 'string' && message.includes(` index: ${field}_1 `);
}

/** A lean document to a store record: `_id` becomes `id`. */
export function fromDocument<T>(doc: Record<string, unknown> | null | undefined, idField = 'id'): T | undefined {
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  return { ...rest, [idField]: _id } as T;
}
