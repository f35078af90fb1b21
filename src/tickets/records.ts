import type { Attachment, ChannelId } from '../conversations/records';
import type { Party } from '../tracking/records';
import type { Claim } from './claim.records';

/**
 * The complaint ticket and its vocabulary (categories, priorities, statuses, demands, responsible parties),
 * from the courier's complaint-handling rules in DESIGN.md.
 *
 * Times are ISO-8601 strings in UTC (`2026-11-23T07:42:12.000Z`) so that records survive a JSON round trip
 * unchanged and compare correctly as strings.
 */

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

/**
 * `withdrawn`: a ticket opened only for a hand-off whose request for a person the customer took back before any
 * agent replied (no complaint of theirs in it), or a complaint the customer took back before any agent took or
 * answered it — closed by the customer, never a resolved complaint.
 */
export type TicketStatus = 'open' | 'pending_agent' | 'in_progress' | 'resolved' | 'closed' | 'reopened' | 'withdrawn';

/** A ticket still being worked on: it counts in the backlog and a new complaint on its parcel joins it. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['open', 'pending_agent', 'in_progress', 'reopened'];

export type Demand = 'compensation' | 'refund' | 'redelivery' | 'apology' | 'explanation';

export type ResponsibleParty = 'courier' | 'station' | 'transport' | 'customer_service' | 'customer';

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

/** Who a complaining customer is to the parcel. */
export type CustomerSide = 'sender' | 'recipient' | 'other';

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
  /**
   * Who the customer is to the parcel: the party whose phone they proved, or `other` when they said it is someone
   * else's (a friend's, a relative's — people complain for others); absent when neither is known.
   */
  customerIs?: CustomerSide;
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
  /** Further demands named beside `demand` ("a refund and an apology"), in the order said; older tickets have none. */
  moreDemands?: Demand[];
  evidence: Attachment[];
  status: TicketStatus;
  /**
   * `handoff`: opened by a request for a person (carrying what the conversation knew), not by a complaint the
   * customer filed; withdrawing that request withdraws the ticket, unless a complaint joined it meanwhile.
   */
  origin?: 'handoff';
  assignee?: string;
  responsibleParty?: ResponsibleParty[];
  deadlines: { firstResponse: string; resolution: string };
  firstResponseAt?: string;
  /**
   * When the customer last heard from us about the ticket: its filing, an agent taking it, an agent's message or
   * "update the customer", a reopening, a periodic progress update. The next periodic update counts from here.
   */
  customerUpdatedAt?: string;
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
  /** The parcel's pre-compensation claim, when one was opened on this ticket (src/tickets/claim.records.ts). */
  claim?: Claim;
  /** Where the ticket lives on the agent desks: the Teams thread and its card, once posted. */
  desk?: { teams?: { conversationId: string; cardActivityId: string } };
  /**
   * The follow-up: the satisfaction question (CSAT; `score` 1–5 when given) and, once it is answered, the 0–10
   * recommendation question (`nps`; src/tickets/recommendation.ts).
   */
  satisfaction?: {
    score?: number;
    satisfied?: boolean;
    surveyedAt?: string;
    answeredAt?: string;
    npsAskedAt?: string;
    nps?: number;
    npsAnsweredAt?: string;
  };
  conversationIds: string[];
  history: TicketEvent[];
  version: number;
}

export type NewTicket = Omit<Ticket, 'id' | 'number' | 'createdAt' | 'updatedAt' | 'version'> & {
  /** Creation time; also decides the date part of the ticket number. */
  createdAt: string;
};
