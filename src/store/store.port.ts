import type {
  AppendResult,
  NewOutboxItem,
  NewStreamActivity,
  OutboxItem,
  StateDocument,
  StreamActivity,
  TicketQuery,
} from './records';
import type {
  ChannelId,
  Conversation,
  Customer,
  Identity,
  Message,
  NewConversation,
  NewCustomer,
  NewMessage,
} from '../conversations/records';
import type { Priority, TicketCategory, NewTicket, Ticket } from '../tickets/records';
import type { ScanEvent, Shipment, ShipmentSummary } from '../tracking/records';
import type { NewParcelAnomaly, ParcelAnomaly } from '../tracking/anomaly.records';
import type { NewParcelNotice, NoticeChoice, ParcelLink, ParcelNotice } from '../proactive/notice.records';
import type {
  DeliveryChangeOutcome,
  DeliveryChangeRequest,
  DeliveryChangeStatus,
  DeliveryChangeWithdrawal,
  NewDeliveryChange,
} from '../tracking/delivery-change.records';
import type { ClaimRegistration } from '../tickets/claim.records';
import type { NewTrackingQuestion } from '../proactive/tracking-question.records';

/**
 * The storage port. Everything else reaches persistence through these repositories; the SQLite and MongoDB
 * adapters implement them with the same behaviour, checked by one contract suite (test/contract).
 *
 * @remarks Updates take the version the caller read and fail with `VersionConflictError` when somebody
 * else wrote in between (optimistic concurrency). Reads return copies: changing a returned record changes
 * nothing until it is passed to an update.
 */
export interface Store {
  readonly kind: 'sqlite' | 'mongodb';
  readonly customers: CustomerRepository;
  readonly conversations: ConversationRepository;
  readonly messages: MessageRepository;
  readonly activityStreams: ActivityStreamRepository;
  readonly tickets: TicketRepository;
  readonly shipments: ShipmentRepository;
  readonly outbox: OutboxRepository;
  readonly leases: LeaseRepository;
  readonly botState: BotStateRepository;
  readonly metrics: MetricsRepository;
  readonly anomalies: AnomalyRepository;
  readonly parcelLinks: ParcelLinkRepository;
  readonly notices: NoticeRepository;
  readonly deliveryChanges: DeliveryChangeRepository;
  readonly claims: ClaimRepository;
  readonly trackingQuestions: TrackingQuestionRepository;
  /** Resolves when the store answers a trivial query; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  /**
   * Resolves once the writes of the caller's unit of work (see `unitOfWork`) are on disk; rejects when any of
   * them was rolled back. Await it before acknowledging a write to the outside world (a webhook's 200, an
   * SMTP 250, a message handed to Twilio): the embedded store commits writes in groups, a moment after they
   * were made. Outside a unit of work it covers the writes still pending at the call.
   * @throws StoreUnavailableError when those writes could not be committed.
   */
  durable(): Promise<void>;
  /**
   * Runs `work` (a request, an inbound mail, a turn) as one unit: `durable()` inside it answers for every write
   * it made, however many event-loop turns it spanned. When `work` throws, the embedded store rolls back its
   * writes that are not committed yet (with those of the units sharing their batch, which then cannot become
   * durable either) and rethrows. MongoDB acknowledges each write on its own: a failed unit keeps what it wrote.
   */
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface CustomerRepository {
  /** @throws DuplicateError when one of the identities already belongs to another customer. */
  create(customer: NewCustomer, now: string): Promise<Customer>;
  get(id: string): Promise<Customer | undefined>;
  findByIdentity(identity: Identity): Promise<Customer | undefined>;
  /**
   * Adds an identity to a customer; adding one it already has is a no-op.
   * @throws DuplicateError when the identity belongs to another customer.
   */
  linkIdentity(customerId: string, identity: Identity, now: string): Promise<Customer>;
  /** @throws VersionConflictError, NotFoundError */
  update(customer: Customer, now: string): Promise<Customer>;
}

export interface ConversationRepository {
  /** @throws DuplicateError when (channel, externalId) exists already. */
  create(conversation: NewConversation, now: string): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  findByExternalId(channel: Conversation['channel'], externalId: string): Promise<Conversation | undefined>;
  listByCustomer(customerId: string): Promise<Conversation[]>;
  /** @throws VersionConflictError, NotFoundError */
  update(conversation: Conversation, now: string): Promise<Conversation>;
}

export interface MessageRepository {
  /** Stores a message unless its (channel, transportId) is known already; then reports the earlier one. */
  append(message: NewMessage): Promise<AppendResult>;
  findByTransportId(channel: Message['channel'], transportId: string): Promise<Message | undefined>;
  /**
   * Keeps the answer given to the transport for an inbound message, for replay when the transport retries
   * (see `Message.reply`). Nothing happens when no message has that transport id.
   */
  recordReply(channel: Message['channel'], transportId: string, reply: string): Promise<void>;
  /** Oldest first. `limit` keeps the newest `limit` messages. */
  listByConversation(conversationId: string, options?: { limit?: number }): Promise<Message[]>;
  listByTicket(ticketId: string): Promise<Message[]>;
  /** Links every message of a conversation that has no ticket yet to this ticket. */
  assignTicket(conversationId: string, ticketId: string): Promise<number>;
}

/** Web chat conversations' activity streams (what Direct Line clients read by watermark). */
export interface ActivityStreamRepository {
  /**
   * Appends an activity under the conversation's next sequence number, unique however many processes append
   * at once. With a `clientActivityId` the conversation has already, stores nothing and returns the earlier
   * entry (`stored: false`).
   */
  append(entry: NewStreamActivity): Promise<{ stored: boolean; entry: StreamActivity }>;
  /**
   * Oldest first, at most `limit`: the entries after sequence number `after`, or the newest `limit` when it is
   * omitted.
   */
  list(conversationId: string, options: { after?: number; limit: number }): Promise<StreamActivity[]>;
}

export interface TicketRepository {
  /**
   * Takes the next number for the day of `createdAt` (`C-YYYYMMDD-NNNN`) and stores the ticket.
   * Numbers stay unique however many tickets are created at once, in any number of processes, and leave no gaps:
   * a create that is refused or fails takes no number.
   * A customer has at most one open ticket per parcel: an open ticket whose customer already has an open one on
   * any of its tracking numbers is refused, atomically, so that simultaneous complaints cannot both get through.
   * Other customers' tickets on the parcel do not count. A ticket reopened later is never refused.
   * @throws DuplicateError when the customer has an open ticket on one of the parcels; nothing is stored.
   */
  create(ticket: NewTicket): Promise<Ticket>;
  get(id: string): Promise<Ticket | undefined>;
  getByNumber(number: string): Promise<Ticket | undefined>;
  /** Tickets not resolved or closed that mention this tracking number, newest first. */
  findOpenByTracking(trackingNumber: string): Promise<Ticket[]>;
  /** Newest first, or in the agents' queue order (`order: 'queue'`). */
  find(query: TicketQuery): Promise<Ticket[]>;
  /** @throws VersionConflictError, NotFoundError */
  update(ticket: Ticket, now: string): Promise<Ticket>;
}

/**
 * Shipments: each parcel's waybill and its scans, a scan stored once by its parcel, instant, place and status.
 * Scan times are kept as `toISOString` writes them; a parcel's history reads back in time order (scans of one
 * instant in the order they were stored).
 */
export interface ShipmentRepository {
  /**
   * Inserts or replaces a shipment, its scans included (a scan given twice is stored once); resolves with it as
   * stored.
   */
  upsert(shipment: Shipment): Promise<Shipment>;
  /** The shipment with its whole history, oldest scan first. */
  get(trackingNumber: string): Promise<Shipment | undefined>;
  /** The parcel's summary (its waybill and where it stands), without reading its history. */
  summary(trackingNumber: string): Promise<ShipmentSummary | undefined>;
  /** The tracking numbers among these that no shipment has, each once, in the order given. */
  missing(trackingNumbers: string[]): Promise<string[]>;
  /**
   * Adds scan events to a known shipment, skipping ones it has already (same instant, place and status) —
   * atomically, however many processes add the same scans at once; resolves with the parcel's summary as it is
   * now (not its history: see `get`) and the scans that were new to it, in time order.
   * @throws NotFoundError when the shipment is unknown; nothing is stored.
   */
  addEvents(trackingNumber: string, events: ScanEvent[], now: string): Promise<ScansAdded>;
  /**
   * `addEvents` for each update in turn (an update for a parcel named earlier in the list sees the scans added
   * there), resolving with each update's result in the same order: a courier's batch of pushed scans in one
   * call. Every shipment must be known before anything is stored. The embedded store adds them all in one
   * transaction, so all or none; MongoDB adds each parcel's scans as `addEvents` does.
   * @throws NotFoundError when a shipment is unknown; nothing is stored.
   */
  addEventsToMany(updates: readonly ScanUpdate[], now: string): Promise<ScansAdded[]>;
  count(): Promise<number>;
  /** The carriers of the stored shipments (their codes, e.g. `sf`), each once, in code order. */
  carriers(): Promise<string[]>;
}

/** Scan events pushed for one shipment. */
export interface ScanUpdate {
  trackingNumber: string;
  events: ScanEvent[];
}

/** A parcel's summary after scans were added (not its history), and the scans that were new to it, in time order. */
export interface ScansAdded {
  shipment: ShipmentSummary;
  added: ScanEvent[];
}

/** When to look at a parcel's time-based anomalies next; `dueAt` undefined stops looking. */
export interface AnomalyCheck {
  trackingNumber: string;
  dueAt: string | undefined;
}

/**
 * Parcels' anomalies, each recorded once however many events, restarts and processes report it, and the
 * parcels whose time-based anomalies (no scan, past the promise, stuck at a hub) are due to be looked at.
 */
export interface AnomalyRepository {
  /**
   * Stores the anomaly unless the parcel has one of the same kind and occurrence; then stores nothing and
   * returns the earlier one (`stored: false`). Atomic: of simultaneous records of one anomaly, one is stored.
   */
  record(anomaly: NewParcelAnomaly): Promise<{ stored: boolean; anomaly: ParcelAnomaly }>;
  get(id: string): Promise<ParcelAnomaly | undefined>;
  /** Oldest first. */
  listByParcel(trackingNumber: string): Promise<ParcelAnomaly[]>;
  /** Anomalies whose notices are not planned yet, detected at or before `detectedBy`, oldest first. */
  listUnplanned(detectedBy: string, limit: number): Promise<ParcelAnomaly[]>;
  markPlanned(id: string, at: string): Promise<void>;
  /**
   * When to look at each parcel's time-based anomalies next, in the order given (of two for one parcel, the later
   * in the list wins). With `keepEarlier`, a look due sooner than the one given stays as it is: that look finds
   * nothing due and schedules the next one itself. Scans coming in move a parcel's next look later nearly every
   * time, so they need not rewrite it each time (a parcel gets an extra look now and then instead).
   */
  scheduleChecks(checks: readonly AnomalyCheck[], options?: { keepEarlier?: boolean }): Promise<void>;
  /** Parcels due a look at `now`, the longest due first. */
  dueChecks(now: string, limit: number): Promise<string[]>;
}

/** Customers linked to parcels (asked about, proved a link to, complained about). */
export interface ParcelLinkRepository {
  /**
   * Links the customer to the parcel, or refreshes the link: the latest conversation and time are kept, and the
   * strongest kind (complained over proved over asked).
   */
  link(link: ParcelLink): Promise<void>;
  listByParcel(trackingNumber: string): Promise<ParcelLink[]>;
}

/** Which notice a customer's message may be answering (`NoticeRepository.findOpen`). */
export interface OpenNoticeQuery {
  /** The conversation the message came in on. */
  conversationId?: string;
  /** The recipients a notice to this customer would name (`customer:<id>`, `phone:<number>`). */
  recipients: string[];
  /** Notices due before this are too old to be answered. */
  since: string;
  /** Notices due after this have not gone out yet. */
  dueBy: string;
}

/** One local day a capped notice may go out on: at `dueAt`, counted against the notices due in [dayStart, dayEnd). */
export interface NoticeSlot {
  dueAt: string;
  dayStart: string;
  dayEnd: string;
}

/** The daily cap per recipient and parcel, and the days a notice may take, earliest first. */
export interface NoticeDailyCap {
  limit: number;
  slots: NoticeSlot[];
}

/** Notices about anomalies, one per anomaly and recipient. */
export interface NoticeRepository {
  /**
   * Stores the notice unless one exists for its anomaly and recipient; then returns that one (`stored: false`).
   * With a `cap`, the notice is due at the first slot whose day holds fewer than `cap.limit` notices to the same
   * recipient about the same parcel (the last slot when every one is full), in place of its own `dueAt`.
   * Atomic across processes: of simultaneous notices competing for a day's last place, one gets it.
   */
  create(notice: NewParcelNotice, cap?: NoticeDailyCap): Promise<{ stored: boolean; notice: ParcelNotice }>;
  /**
   * The latest notice gone out (due by `dueBy`) since `since` to the conversation or to one of the recipients,
   * and not answered yet.
   */
  findOpen(query: OpenNoticeQuery): Promise<ParcelNotice | undefined>;
  /** Records the customer's choice; an answered notice keeps its first answer. */
  answer(id: string, choice: NoticeChoice, at: string): Promise<void>;
  listByAnomaly(anomalyId: string): Promise<ParcelNotice[]>;
  /** When the first notice about the anomaly went out (its outbox item's `sentAt`); undefined while none has. */
  firstSentAt(anomalyId: string): Promise<string | undefined>;
}

/**
 * Tracking questions the bot answered, as metric rows for the deflection KPI (`TrackingQuestion`: no words, no
 * customer). Nothing prunes them, as nothing prunes the tickets, notices and anomalies they are counted with.
 */
export interface TrackingQuestionRepository {
  record(question: NewTrackingQuestion): Promise<void>;
}

/** Customers' change-delivery requests (hold, redeliver, change address, expedite). */
export interface DeliveryChangeRepository {
  /** Stores the request unless one with its `requestKey` exists; then returns that one (`stored: false`). */
  create(request: NewDeliveryChange): Promise<{ stored: boolean; request: DeliveryChangeRequest }>;
  get(id: string): Promise<DeliveryChangeRequest | undefined>;
  /** Newest first, optionally only one status or one parcel. */
  list(query: {
    status?: DeliveryChangeStatus;
    trackingNumber?: string;
    limit: number;
  }): Promise<DeliveryChangeRequest[]>;
  /**
   * Confirms or declines the request if it is still `requested` (one atomic write: of two deciders one wins);
   * resolves with the decided request, or `undefined` when it was not `requested` (or does not exist).
   */
  decide(
    id: string,
    status: DeliveryChangeOutcome,
    decision: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined>;
  /**
   * Marks the request withdrawn by the customer if it is still `requested` (one atomic write: a decision made at
   * the same moment wins or loses whole); resolves with it, or `undefined` when it was not `requested`.
   */
  withdraw(id: string, withdrawal: DeliveryChangeWithdrawal): Promise<DeliveryChangeRequest | undefined>;
  /**
   * Marks a request escalated to the supervisors if it is still `requested` and not escalated (one atomic write);
   * resolves with it, or `undefined` when it was decided or escalated already (or does not exist).
   */
  escalate(
    id: string,
    escalation: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined>;
}

/**
 * Which parcels have a pre-compensation claim: one per parcel, registered before its ticket is touched, so that of
 * every process, event and request that would open one, one does. The claim itself lives on its ticket.
 */
export interface ClaimRepository {
  /**
   * Registers the parcel's claim unless it has one; then stores nothing and returns that one (`stored: false`).
   * Atomic: of simultaneous registrations for one parcel, one is stored.
   */
  register(registration: Omit<ClaimRegistration, 'ticketId' | 'openedAt'>): Promise<{
    stored: boolean;
    registration: ClaimRegistration;
  }>;
  get(trackingNumber: string): Promise<ClaimRegistration | undefined>;
  /** Records the ticket the claim was opened on; the first one recorded stays. */
  markOpened(trackingNumber: string, ticketId: string, openedAt: string): Promise<void>;
  /** Claims registered at or before `registeredBy` whose ticket is not recorded yet (a process stopped between). */
  listUnopened(registeredBy: string, limit: number): Promise<ClaimRegistration[]>;
  /** Anomalies of `level` detected in [detectedFrom, detectedBy] whose parcel has no claim, oldest first. */
  unclaimedAnomalies(query: UnclaimedAnomalyQuery): Promise<ParcelAnomaly[]>;
}

/** Which anomalies still wait for their parcel's claim (`ClaimRepository.unclaimedAnomalies`). */
export interface UnclaimedAnomalyQuery {
  level: number;
  detectedFrom: string;
  detectedBy: string;
  limit: number;
}

export interface OutboxRepository {
  /** Stores a message to send. Enqueueing an `idempotencyKey` again returns the existing item unchanged. */
  enqueue(item: NewOutboxItem, now: string): Promise<OutboxItem>;
  get(id: string): Promise<OutboxItem | undefined>;
  /**
   * Claims up to `limit` due items (pending, or sending with an expired claim) for `owner` until
   * `now + leaseMs`, the longest due first (then in the order they were queued). An item is claimed by one
   * owner at a time; each claim counts an attempt.
   */
  claimDue(options: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxItem[]>;
  markSent(id: string, owner: string, providerId: string, now: string): Promise<OutboxItem>;
  /** Records a failed attempt: back to pending at `nextAttemptAt`, or `failed` for good when it is omitted. */
  markFailed(id: string, owner: string, error: string, now: string, nextAttemptAt?: string): Promise<OutboxItem>;
  listByStatus(status: OutboxItem['status'], limit?: number): Promise<OutboxItem[]>;
  /** Records the provider's delivery report (Twilio status callback) on the item it sent; undefined if unknown. */
  recordDelivery(
    providerId: string,
    deliveryStatus: string,
    now: string,
    errorCode?: string,
  ): Promise<OutboxItem | undefined>;
}

export interface LeaseRepository {
  /**
   * Claims the named lease for `owner` until `now + ttlMs`. Succeeds when nobody holds it, when its
   * holder's lease has expired, or when `owner` holds it already (renewal).
   */
  tryAcquire(name: string, owner: string, ttlMs: number, now: string): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

/**
 * Documents behind botbuilder's `Storage` interface (dialog stacks, user and conversation state).
 * eTags follow botbuilder's rules: writing with `*` or without an eTag overwrites; writing with an eTag
 * that is no longer current fails with `VersionConflictError`.
 */
export interface BotStateRepository {
  read(keys: string[]): Promise<StateDocument[]>;
  /** @returns the new eTag. */
  write(key: string, document: Record<string, unknown>, expectedETag: string | undefined): Promise<string>;
  delete(keys: string[]): Promise<void>;
}

/** Which tickets (opened in [from, to)) and conversations (started in it) the KPIs cover. */
export interface MetricsQuery {
  from: string;
  to: string;
  channel?: ChannelId;
  category?: TicketCategory;
  /** Deadlines not yet met count as missed only once `now` is past them. */
  now: string;
  /** The courier's offset from UTC, for daily buckets in local days. */
  utcOffsetMinutes: number;
}

export interface CountedKey {
  key: string;
  count: number;
}

/**
 * The raw counts behind the KPIs, computed by the store (SQL, aggregation pipelines), never by loading every
 * ticket. The formulas (rates, CSAT …) live in `src/tickets/kpis.ts`.
 */
export interface MetricsCounts {
  tickets: number;
  /** Tickets with a resolution (closed ones included), and those resolved by their resolution deadline. */
  resolved: number;
  resolvedInTime: number;
  /** Answered surveys, and the satisfied ones. */
  surveyed: number;
  satisfied: number;
  /** Answers to the 0–10 recommendation question, and of them promoters (9–10) and detractors (0–6). */
  recommendations: number;
  promoters: number;
  detractors: number;
  /** Resolved with no reopening, no transfer and no repeat complaint joined. */
  firstContactResolved: number;
  /** Distinct customers with a ticket in the range, and those with another complaint within 30 days. */
  complainants: number;
  repeatComplainants: number;
  /** Customer conversations started in the range, and those settled without an agent. */
  conversations: number;
  contained: number;
  /** Tickets with a first response, and the minutes to it (sum and median). */
  responded: number;
  responseMinutesTotal: number;
  responseMinutesMedian: number | null;
  firstResponseBreaches: number;
  resolutionBreaches: number;
  breachedTickets: number;
  /** Open tickets now, by priority (not limited to the range). */
  backlog: Record<Priority, number>;
  byCategory: CountedKey[];
  byStation: CountedKey[];
  byRoute: CountedKey[];
  /** Per local day: tickets opened, of them resolved, of them with a missed deadline. */
  daily: { day: string; tickets: number; resolved: number; breached: number }[];
  dailyByCategory: { day: string; category: TicketCategory; count: number }[];
  /** Per local day, for the hot stations and routes (those in byStation / byRoute). */
  dailyByStation: { day: string; key: string; count: number }[];
  dailyByRoute: { day: string; key: string; count: number }[];
  /** The proactive-service counts over the anomalies detected (and tracking questions asked) in the range. */
  proactive: ProactiveCounts;
  /** The same per local day and per local week (Monday to Sunday, cut at the range's ends), oldest first. */
  proactiveDaily: ProactivePeriod[];
  proactiveWeekly: ProactivePeriod[];
  /** Tickets that missed a deadline, oldest first (at most 200). */
  breached: {
    number: string;
    priority: Priority;
    category: TicketCategory;
    createdAt: string;
    assignee?: string;
    firstResponseDue: string;
    firstResponseAt?: string;
    resolutionDue: string;
    resolvedAt?: string;
  }[];
}

/**
 * Anomalies detected in the range and what came of them. Every anomaly is in exactly one of `notified` (at least
 * one notice about it was sent), `unreachable` (planned, and nobody could be told: no linked customer on a channel
 * a notice can use, no phone on the waybill, or all opted out) and `waiting` (not sent yet: quiet hours, the daily
 * cap, an outbox retry, a send that failed for good, or not planned yet).
 */
export interface ProactiveCounts {
  anomalies: number;
  notified: number;
  unreachable: number;
  waiting: number;
  /** Minutes from detection to the first notice sent, over the notified anomalies (nearest-rank percentiles). */
  noticeMinutesP50: number | null;
  noticeMinutesP95: number | null;
  /** Level-1 anomalies, and those whose parcel had a claim opened no later than 15 minutes after detection. */
  level1: number;
  claimsWithin15: number;
  /** Tracking questions asked in the range; of them, about a parcel with an open anomaly; of those, after a notice. */
  trackingQuestions: number;
  questionsOnAnomalies: number;
  questionsAfterNotice: number;
  /** Anomalies notified (counted in `notified`) that no tracking question was ever about. */
  notifiedNeverAsked: number;
}

/** Proactive counts of one local day or week (`period`: the day, or the week's Monday). */
export interface ProactivePeriod extends ProactiveCounts {
  period: string;
}

export interface MetricsRepository {
  counts(query: MetricsQuery): Promise<MetricsCounts>;
  /** The tickets of the range, oldest first, a page at a time (CSV export). */
  tickets(query: MetricsQuery): AsyncIterable<Ticket>;
}
