import type { Attachment, ChannelId, Customer } from '../conversations/records';
import type {
  CustomerSide,
  Demand,
  Priority,
  Resolution,
  ResponsibleParty,
  Ticket,
  TicketCategory,
  TicketStatus,
} from './records';
import type { Party } from '../tracking/records';
import { DuplicateError, VersionConflictError } from '../store/errors';
import type { Store } from '../store/store.port';
import { OPEN_STATUSES } from './records';
import {
  InvalidTransitionError,
  NotAssigneeError,
  SupervisorOnlyError,
  TicketNotFoundError,
  TicketNotYoursError,
} from './errors';
import { decidePriority, higherPriority, type PriorityFacts } from './priority';
import { deadlinesFor, earlier, DEFAULT_SLA, type Deadlines, type SlaTargets } from './sla';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ComplaintInput {
  customer: Customer;
  channel: ChannelId;
  conversationId: string;
  trackingNumbers: string[];
  carrier?: string;
  category: TicketCategory;
  /** The customer's own words. */
  description: string;
  demand?: Demand;
  /** Further demands beside `demand` ("退款+道歉"): the ticket keeps every one. */
  moreDemands?: Demand[];
  evidence: Attachment[];
  facts: Omit<PriorityFacts, 'category' | 'repeat'>;
  sender?: Party;
  recipient?: Party;
  /** Who the customer is to the parcel (see `Ticket.customerIs`). */
  customerIs?: CustomerSide;
  station?: string;
  route?: string;
  /** Who files it: 'bot' for the intake dialog. */
  by: string;
  /** `handoff` when the ticket is opened only to hand the conversation to a person (see `Ticket.origin`). */
  origin?: 'handoff';
}

export interface ComplaintOutcome {
  ticket: Ticket;
  /** True when the complaint joined the same customer's open ticket on the parcel instead of opening one. */
  joined: boolean;
  reasons: string[];
}

const REPEAT_WINDOW_MS = 7 * 24 * 3_600_000;
const RELATED_WINDOW_MS = 30 * 24 * 3_600_000;

/** Someone working the agent desk. */
export interface Agent {
  /** Stable identity: the page account's name, or the Teams user's AAD object id. */
  id: string;
  supervisor: boolean;
  /** How customers see the agent named, when it differs from the id (a Teams display name). */
  name?: string;
}

/** The rule for a held ticket: only its assignee or a supervisor works on it. @throws NotAssigneeError */
export function assertMayWorkOn(ticket: Ticket, agent: Agent, what: string): void {
  if (ticket.assignee && ticket.assignee !== agent.id && !agent.supervisor)
    throw new NotAssigneeError(ticket.number, ticket.assignee, what);
}

/** What happened to a resolution: applied, or waiting for a supervisor's approval. */
export interface ResolveOutcome {
  ticket: Ticket;
  needsApproval: boolean;
}

/**
 * The courier's simple-vs-complex rule: a high-priority ticket, or one with several responsible parties, is
 * complex and its resolution needs a supervisor's approval.
 */
export function isComplex(ticket: Pick<Ticket, 'priority'>, parties: readonly ResponsibleParty[]): boolean {
  return ticket.priority === 'high' || new Set(parties).size > 1;
}

/** A resolution as the ticket's history keeps it: the internal note, the parties and what the customer was told. */
const resolutionNote = (resolution: Resolution, parties: readonly ResponsibleParty[]): string =>
  `${resolution.note} (responsible: ${parties.join(', ')})${
    resolution.customerMessage ? `; told the customer: "${resolution.customerMessage}"` : ''
  }`;

/** Which status may follow which (DESIGN.md lifecycle). */
const TRANSITIONS: Record<TicketStatus, TicketStatus[]> = {
  open: ['pending_agent', 'in_progress', 'resolved', 'withdrawn'],
  pending_agent: ['in_progress', 'resolved', 'withdrawn'],
  in_progress: ['pending_agent', 'resolved'],
  resolved: ['closed', 'reopened'],
  reopened: ['pending_agent', 'in_progress', 'resolved'],
  closed: [],
  withdrawn: [],
};

/**
 * A ticket that exists only for the customer's request for a person: opened by the hand-off, with no complaint
 * joined to it and no claim opened on it since.
 */
export const openedOnlyForHandoff = (ticket: Ticket): boolean =>
  ticket.origin === 'handoff' && !ticket.claim && !ticket.history.some((e) => e.action === 'repeat complaint');

/**
 * The ticket lifecycle: filing complaints (with priority, deadlines and repeat detection), status changes
 * with history, and the customer's view of their own tickets.
 */
export class TicketService {
  constructor(
    private readonly store: Pick<Store, 'tickets' | 'messages'>,
    private readonly clock: Clock = systemClock,
    private readonly sla: SlaTargets = DEFAULT_SLA,
  ) {}

  /**
   * Files a complaint. A ticket belongs to one customer: a complaint joins the same customer's open ticket on the
   * parcel (noted in its history, raised to high priority); otherwise it gets a ticket of its own, high priority
   * when the same customer complained about the parcel in the last 7 days. Another customer's ticket on the
   * parcel is never joined nor disclosed; agents see such tickets as related (`relatedTickets`).
   * @remarks Two complaints of one customer at the same moment (SMS and email, two processes) end in one ticket:
   * the store refuses a second open ticket of the customer on the parcel, and the loser joins the winner's.
   */
  async fileComplaint(input: ComplaintInput): Promise<ComplaintOutcome> {
    for (let attempt = 0; ; attempt += 1) {
      const open = await this.openTicketOf(input.customer.id, input.trackingNumbers);
      if (open) return { ticket: await this.join(open.id, input), joined: true, reasons: ['repeat complaint joined'] };
      try {
        return await this.create(input);
      } catch (err) {
        // The same customer's complaint on the parcel was filed in between: join it (read again).
        if (!(err instanceof DuplicateError) || attempt >= 3) throw err;
      }
    }
  }

  /**
   * The deadlines a complaint with these facts would get if filed now (no repeat counted): what the customer is
   * told when they ask, before submitting, how long an answer takes.
   */
  deadlinesIf(input: Pick<ComplaintInput, 'category' | 'facts'>): Deadlines {
    const { priority } = decidePriority({ ...input.facts, category: input.category, repeat: false });
    return deadlinesFor(priority, this.clock.now().toISOString(), this.sla);
  }

  /**
   * Other customers' tickets on the same parcels in the last 30 days, newest first: the same problem reported by
   * someone else, for agents only.
   */
  async relatedTickets(ticket: Pick<Ticket, 'id' | 'customerId' | 'trackingNumbers'>): Promise<Ticket[]> {
    const since = new Date(this.clock.now().getTime() - RELATED_WINDOW_MS).toISOString();
    const found = await this.ticketsOnParcels(ticket.trackingNumbers, since);
    return found.filter((t) => t.customerId !== ticket.customerId && t.id !== ticket.id);
  }

  private async create(input: ComplaintInput): Promise<ComplaintOutcome> {
    const at = this.clock.now().toISOString();
    const since = new Date(this.clock.now().getTime() - REPEAT_WINDOW_MS).toISOString();
    const recent = await this.ticketsOnParcels(input.trackingNumbers, since);
    // A hand-off the customer withdrew was no complaint: a complaint after it is their first.
    const repeat = recent.some((t) => t.customerId === input.customer.id && t.status !== 'withdrawn');
    const decision = decidePriority({ ...input.facts, category: input.category, repeat });
    const ticket = await this.store.tickets.create({
      createdAt: at,
      channel: input.channel,
      customerId: input.customer.id,
      customer: {
        ...(input.customer.name ? { name: input.customer.name } : {}),
        ...(input.customer.phone ? { phone: input.customer.phone } : {}),
        ...(input.customer.email ? { email: input.customer.email } : {}),
      },
      ...(input.sender ? { sender: input.sender } : {}),
      ...(input.recipient ? { recipient: input.recipient } : {}),
      ...(input.customerIs ? { customerIs: input.customerIs } : {}),
      trackingNumbers: input.trackingNumbers,
      ...(input.carrier ? { carrier: input.carrier } : {}),
      ...(input.station ? { station: input.station } : {}),
      ...(input.route ? { route: input.route } : {}),
      category: input.category,
      priority: decision.priority,
      level: 0,
      description: input.description,
      ...(input.demand ? { demand: input.demand } : {}),
      ...(input.demand && input.moreDemands?.length ? { moreDemands: input.moreDemands } : {}),
      evidence: input.evidence,
      status: 'open',
      ...(input.origin ? { origin: input.origin } : {}),
      deadlines: deadlinesFor(decision.priority, at, this.sla),
      // The bot tells the customer the new ticket's number and deadline in the same turn.
      customerUpdatedAt: at,
      conversationIds: [input.conversationId],
      history: [
        {
          at,
          by: input.by,
          action: 'created',
          to: 'open',
          note: `priority ${decision.priority}: ${decision.reasons.join(', ')}`,
        },
      ],
    });
    await this.store.messages.assignTicket(input.conversationId, ticket.id);
    return { ticket, joined: false, reasons: decision.reasons };
  }

  /** Moves a ticket to another status, recording who and why. */
  async transition(ticketId: string, to: TicketStatus, by: string, note?: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (!TRANSITIONS[ticket.status].includes(to)) throw new InvalidTransitionError(ticket.status, to);
      const next: Ticket = {
        ...ticket,
        status: to,
        history: [...ticket.history, { at, by, action: 'status', from: ticket.status, to, ...(note ? { note } : {}) }],
      };
      if (to === 'resolved') next.resolvedAt = at;
      if (to === 'closed') next.closedAt = at;
      return next;
    });
  }

  /** Hands the ticket to the agent desk (pending_agent), unless an agent has it already. */
  async requestAgent(ticketId: string, by: string, reason: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (ticket.status === 'pending_agent' || ticket.status === 'in_progress') return ticket;
      if (!TRANSITIONS[ticket.status].includes('pending_agent'))
        throw new InvalidTransitionError(ticket.status, 'pending_agent');
      return {
        ...ticket,
        status: 'pending_agent',
        history: [
          ...ticket.history,
          { at, by, action: 'handoff requested', from: ticket.status, to: 'pending_agent', note: reason },
        ],
      };
    });
  }

  /**
   * The customer no longer wants a person, before any agent took the ticket or replied: it leaves the agents'
   * queue. A ticket opened only for the hand-off (`openedOnlyForHandoff`) and never answered is closed as `withdrawn` — its SLA
   * stops, and it counts as no complaint; a complaint ticket goes back to the status it had before the hand-off
   * was asked for (the complaint stays, with what they wrote).
   * Unchanged (and `withdrawn: false`) when an agent has it or it is not waiting.
   */
  async withdrawAgentRequest(
    ticketId: string,
    by: string,
    reason: string,
  ): Promise<{ ticket: Ticket; withdrawn: boolean }> {
    let withdrawn = false;
    const ticket = await this.mutate(ticketId, (current, at) => {
      withdrawn = false; // read again after a concurrent write: decided anew
      if (current.status !== 'pending_agent' || current.assignee) return current;
      withdrawn = true;
      // An agent who answered it once (then passed it back to the queue) has worked on it: it stays.
      if (openedOnlyForHandoff(current) && !current.firstResponseAt)
        return {
          ...current,
          status: 'withdrawn',
          closedAt: at,
          history: [
            ...current.history,
            {
              at,
              by,
              action: 'withdrawn',
              from: 'pending_agent',
              to: 'withdrawn',
              note: `${reason}; the ticket was opened only for the hand-off`,
            },
          ],
        };
      const asked = [...current.history].reverse().find((e) => e.action === 'handoff requested');
      const back: TicketStatus = asked?.from === 'reopened' ? 'reopened' : 'open';
      return {
        ...current,
        status: back,
        history: [
          ...current.history,
          { at, by, action: 'handoff withdrawn', from: 'pending_agent', to: back, note: reason },
        ],
      };
    });
    return { ticket, withdrawn };
  }

  /**
   * The customer takes back a complaint they filed. Before any agent took it or answered it (open, or waiting in the
   * agents' queue) and with no claim opened on it, it is closed as `withdrawn` (its SLA stops; it leaves the queue;
   * it counts as no complaint). Otherwise someone is already on it: it stays as it is, the request noted for the agent to settle
   * with the customer (`withdrawn: false`).
   */
  async withdrawComplaint(
    ticketId: string,
    by: string,
    reason: string,
  ): Promise<{ ticket: Ticket; withdrawn: boolean }> {
    let withdrawn = false;
    const ticket = await this.mutate(ticketId, (current, at) => {
      const waiting = current.status === 'open' || current.status === 'pending_agent';
      withdrawn = waiting && !current.assignee && !current.firstResponseAt && !current.claim;
      if (withdrawn)
        return {
          ...current,
          status: 'withdrawn',
          closedAt: at,
          history: [
            ...current.history,
            {
              at,
              by,
              action: 'withdrawn',
              from: current.status,
              to: 'withdrawn',
              note: `${reason}; withdrawn by the customer`,
            },
          ],
        };
      if (!OPEN_STATUSES.includes(current.status)) return current;
      return {
        ...current,
        history: [...current.history, { at, by, action: 'withdrawal asked', note: reason }],
      };
    });
    return { ticket, withdrawn };
  }

  /**
   * The customer changes what they want after filing ("道歉就不用了，退差额给我"): the ticket's demands become `demands`
   * (the first is `demand`), with the old and new ones and the customer's words in its history. Only the ticket's own
   * customer, and only while it is open; a closed ticket is returned unchanged (`changed: false`).
   * @throws TicketNotYoursError when `customerId` did not file it
   */
  async changeDemands(
    ticketId: string,
    customerId: string,
    demands: Demand[],
    said: string,
  ): Promise<{ ticket: Ticket; changed: boolean }> {
    let changed = false;
    const ticket = await this.mutate(ticketId, (current, at) => {
      if (current.customerId !== customerId) throw new TicketNotYoursError(current.number);
      const before = [current.demand, ...(current.moreDemands ?? [])].filter(Boolean).join(', ') || 'none';
      const after = demands.join(', ') || 'none';
      if (!OPEN_STATUSES.includes(current.status) || before === after) return current;
      changed = true;
      const [demand, ...moreDemands] = demands;
      const { demand: _old, moreDemands: _oldMore, ...rest } = current;
      return {
        ...rest,
        ...(demand ? { demand } : {}),
        ...(moreDemands.length > 0 ? { moreDemands } : {}),
        history: [
          ...current.history,
          { at, by: 'customer', action: 'demand changed', note: `${before} → ${after}: ${said}` },
        ],
      };
    });
    return { ticket, changed };
  }

  /** A parcel the customer names after the ticket was opened: it joins the ticket's tracking numbers. */
  async addParcel(ticketId: string, trackingNumber: string, by: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) =>
      ticket.trackingNumbers.includes(trackingNumber)
        ? ticket
        : {
            ...ticket,
            trackingNumbers: [...ticket.trackingNumbers, trackingNumber],
            history: [...ticket.history, { at, by, action: 'parcel added', note: trackingNumber }],
          },
    );
  }

  /** An agent takes the ticket: in progress, assigned to them; accepting counts as the first response. */
  async accept(ticketId: string, agent: Agent): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (ticket.status === 'in_progress' && ticket.assignee === agent.id) return ticket;
      if (ticket.status === 'in_progress') assertMayWorkOn(ticket, agent, 'take over');
      if (!OPEN_STATUSES.includes(ticket.status)) throw new InvalidTransitionError(ticket.status, 'in_progress');
      return {
        ...ticket,
        status: 'in_progress',
        assignee: agent.id,
        firstResponseAt: ticket.firstResponseAt ?? at,
        customerUpdatedAt: at,
        history: [...ticket.history, { at, by: agent.id, action: 'accepted', from: ticket.status, to: 'in_progress' }],
      };
    });
  }

  /**
   * An agent wrote to the customer: the first such message is the ticket's first response; every one is news for
   * the customer (the periodic progress update counts from it).
   */
  async agentReplied(ticketId: string, agent: Agent): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (!OPEN_STATUSES.includes(ticket.status)) throw new InvalidTransitionError(ticket.status, 'a reply');
      assertMayWorkOn(ticket, agent, 'reply to');
      if (ticket.firstResponseAt) return { ...ticket, customerUpdatedAt: at };
      return {
        ...ticket,
        firstResponseAt: at,
        customerUpdatedAt: at,
        history: [...ticket.history, { at, by: agent.id, action: 'first response' }],
      };
    });
  }

  /**
   * An agent's "update the customer": where the ticket stands, in the agent's words, recorded in the history with
   * what the customer is told (the relay sends it). Like a reply, it is a response to the customer.
   */
  async updateCustomer(ticketId: string, agent: Agent, message: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (!OPEN_STATUSES.includes(ticket.status)) throw new InvalidTransitionError(ticket.status, 'an update');
      assertMayWorkOn(ticket, agent, 'update the customer on');
      return {
        ...ticket,
        firstResponseAt: ticket.firstResponseAt ?? at,
        customerUpdatedAt: at,
        history: [...ticket.history, { at, by: agent.id, action: 'customer updated', note: message }],
      };
    });
  }

  /**
   * Resolves a ticket with a note and the responsible party. The agent who holds it resolves a simple ticket;
   * a complex one waits for a supervisor's approval (a supervisor's own resolution applies at once).
   */
  async resolve(
    ticketId: string,
    agent: Agent,
    resolution: { note: string; customerMessage?: string; responsibleParty: ResponsibleParty[] },
  ): Promise<ResolveOutcome> {
    let needsApproval = false;
    const ticket = await this.mutate(ticketId, (current, at) => {
      if (!OPEN_STATUSES.includes(current.status)) throw new InvalidTransitionError(current.status, 'resolved');
      if (!agent.supervisor && current.assignee !== agent.id)
        throw new NotAssigneeError(current.number, current.assignee, 'resolve');
      const parties = [...new Set(resolution.responsibleParty)];
      needsApproval = !agent.supervisor && isComplex(current, parties);
      const recorded: Resolution = {
        note: resolution.note,
        ...(resolution.customerMessage?.trim() ? { customerMessage: resolution.customerMessage.trim() } : {}),
        by: agent.id,
        at,
      };
      if (needsApproval) {
        return {
          ...current,
          pendingResolution: { ...recorded, responsibleParty: parties },
          history: [
            ...current.history,
            {
              at,
              by: agent.id,
              action: 'resolution proposed',
              note: `${resolutionNote(recorded, parties)}; awaiting supervisor approval`,
            },
          ],
        };
      }
      return this.resolved(current, recorded, parties, agent.id);
    });
    return { ticket, needsApproval };
  }

  /** A supervisor approves the resolution an agent proposed on a complex ticket. */
  async approve(ticketId: string, supervisor: Agent): Promise<Ticket> {
    if (!supervisor.supervisor) throw new SupervisorOnlyError('approve a resolution');
    return this.mutate(ticketId, (ticket, at) => {
      const proposed = ticket.pendingResolution;
      if (!proposed || !OPEN_STATUSES.includes(ticket.status))
        throw new InvalidTransitionError(ticket.status, 'resolved');
      const { responsibleParty, ...resolution } = proposed;
      return this.resolved(ticket, { ...resolution, at }, responsibleParty, supervisor.id);
    });
  }

  /** Hands the ticket to another agent, or back to the queue (`to` undefined) for anyone to accept. */
  async transfer(ticketId: string, agent: Agent, to: string | undefined, note?: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (!OPEN_STATUSES.includes(ticket.status)) throw new InvalidTransitionError(ticket.status, 'a transfer');
      assertMayWorkOn(ticket, agent, 'transfer');
      const { assignee: _previous, ...rest } = ticket;
      const target = to?.trim() || undefined;
      return {
        ...rest,
        ...(target ? { assignee: target } : {}),
        status: target ? ticket.status : 'pending_agent',
        history: [
          ...ticket.history,
          {
            at,
            by: agent.id,
            action: 'transferred',
            from: ticket.assignee ?? 'queue',
            to: target ?? 'queue',
            ...(note ? { note } : {}),
          },
        ],
      };
    });
  }

  /**
   * Raises the ticket's escalation level, for a supervisor's attention. An agent escalates only a ticket they
   * hold (or nobody holds); the SLA monitor escalates as `system`.
   */
  async escalate(ticketId: string, by: Agent | 'system', note: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => {
      if (!OPEN_STATUSES.includes(ticket.status)) throw new InvalidTransitionError(ticket.status, 'an escalation');
      if (by !== 'system') assertMayWorkOn(ticket, by, 'escalate');
      return {
        ...ticket,
        level: ticket.level + 1,
        history: [
          ...ticket.history,
          {
            at,
            by: by === 'system' ? by : by.id,
            action: 'escalated',
            from: `level ${ticket.level}`,
            to: `level ${ticket.level + 1}`,
            note,
          },
        ],
      };
    });
  }

  /** Remembers where the ticket's Teams thread and card are. */
  async setDeskThread(ticketId: string, teams: { conversationId: string; cardActivityId: string }): Promise<Ticket> {
    return this.mutate(ticketId, (ticket) => ({ ...ticket, desk: { ...ticket.desk, teams } }));
  }

  private resolved(ticket: Ticket, resolution: Resolution, parties: ResponsibleParty[], by: string): Ticket {
    const { pendingResolution: _approved, ...rest } = ticket;
    return {
      ...rest,
      status: 'resolved',
      resolvedAt: resolution.at,
      resolution,
      responsibleParty: parties,
      history: [
        ...ticket.history,
        {
          at: resolution.at,
          by,
          action: ticket.pendingResolution ? 'resolution approved' : 'resolved',
          from: ticket.status,
          to: 'resolved',
          note: resolutionNote(resolution, parties),
        },
      ],
    };
  }

  /** Adds evidence (photos) to a ticket. */
  async addEvidence(ticketId: string, attachments: Attachment[], by: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => ({
      ...ticket,
      evidence: [...ticket.evidence, ...attachments],
      history: [
        ...ticket.history,
        { at, by, action: 'evidence added', note: attachments.map((a) => a.name).join(', ') },
      ],
    }));
  }

  /** Adds a note to the ticket's history (e.g. a reply that could not be delivered). */
  async addNote(ticketId: string, by: string, action: string, note: string): Promise<Ticket> {
    return this.mutate(ticketId, (ticket, at) => ({
      ...ticket,
      history: [...ticket.history, { at, by, action, note }],
    }));
  }

  /** The customer's tickets, newest first. */
  async forCustomer(customerId: string, limit = 10): Promise<Ticket[]> {
    return this.store.tickets.find({ customerId, limit });
  }

  /** The customer's own tickets on a parcel, newest first: never another customer's on the same parcel. */
  async forCustomerOnParcel(customerId: string, trackingNumber: string, limit = 5): Promise<Ticket[]> {
    const tickets = await this.store.tickets.find({ customerId, trackingNumber, limit });
    return tickets.filter((ticket) => ticket.customerId === customerId);
  }

  /** A ticket by number, only for the customer who filed it. */
  async byNumberForCustomer(number: string, customerId: string): Promise<Ticket> {
    const ticket = await this.store.tickets.getByNumber(number);
    if (!ticket) throw new TicketNotFoundError(number);
    if (ticket.customerId !== customerId) throw new TicketNotYoursError(number);
    return ticket;
  }

  private async join(ticketId: string, input: ComplaintInput): Promise<Ticket> {
    const joined = await this.mutate(ticketId, (ticket, at) => {
      const priority: Priority = higherPriority(ticket.priority, 'high');
      const raised = deadlinesFor(priority, ticket.createdAt, this.sla);
      return {
        ...ticket,
        priority,
        deadlines: {
          firstResponse: earlier(ticket.deadlines.firstResponse, raised.firstResponse),
          resolution: earlier(ticket.deadlines.resolution, raised.resolution),
        },
        evidence: [...ticket.evidence, ...input.evidence],
        conversationIds: ticket.conversationIds.includes(input.conversationId)
          ? ticket.conversationIds
          : [...ticket.conversationIds, input.conversationId],
        history: [
          ...ticket.history,
          {
            at,
            by: input.by,
            action: 'repeat complaint',
            note: `${input.category}: ${input.description}`.slice(0, 500),
            ...(priority !== ticket.priority ? { from: ticket.priority, to: priority } : {}),
          },
        ],
      };
    });
    await this.store.messages.assignTicket(input.conversationId, joined.id);
    return joined;
  }

  /** The customer's own open ticket on any of the parcels (the newest), however old it is. */
  private async openTicketOf(customerId: string, trackingNumbers: string[]): Promise<Ticket | undefined> {
    const found: Ticket[] = [];
    for (const trackingNumber of trackingNumbers)
      found.push(
        ...(await this.store.tickets.find({ customerId, trackingNumber, status: [...OPEN_STATUSES], limit: 1 })),
      );
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  }

  /** Every customer's tickets on the parcels created since `since`, newest first. */
  private async ticketsOnParcels(trackingNumbers: string[], since: string): Promise<Ticket[]> {
    const found = new Map<string, Ticket>();
    for (const trackingNumber of trackingNumbers) {
      for (const ticket of await this.store.tickets.find({ trackingNumber, createdFrom: since }))
        found.set(ticket.id, ticket);
    }
    return [...found.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private mutate(ticketId: string, change: (ticket: Ticket, at: string) => Ticket): Promise<Ticket> {
    return changeTicket(this.store, this.clock, ticketId, change);
  }
}

/**
 * Read-change-write of one ticket with optimistic concurrency: a concurrent writer makes it re-read and re-apply
 * `change` (which may throw a domain error to refuse). `change` returning the ticket unchanged writes nothing.
 */
export async function changeTicket(
  store: Pick<Store, 'tickets'>,
  clock: Clock,
  ticketId: string,
  change: (ticket: Ticket, at: string) => Ticket,
): Promise<Ticket> {
  for (let attempt = 0; ; attempt += 1) {
    const ticket = await store.tickets.get(ticketId);
    if (!ticket) throw new TicketNotFoundError(ticketId);
    const at = clock.now().toISOString();
    const next = change(ticket, at);
    if (next === ticket) return ticket;
    try {
      return await store.tickets.update(next, at);
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= 4) throw err;
    }
  }
}
