import {
  describeRequest,
  type AgentDesk,
  type CustomerMessage,
  type DeliveryChangeEvent,
  type DeskAlert,
  type HandoffService,
  type Replies,
  type TicketViews,
} from '../../bot';
import type { DeliveryChangeRequest } from '../../tracking';
import type { Ticket } from '../../tickets/records';
import type { Store } from '../../store/store.port';
import {
  DomainError,
  NotPermittedError,
  localDateTime,
  OPEN_STATUSES,
  parseTicketNumber,
  TicketNotFoundError,
  UnknownAgentError,
  ClaimAmountError,
  type Agent,
  type Clock,
} from '../../tickets';
import { actionFromCard, CardActionError, MAX_AGENT_MESSAGE_CHARS, ticketCard } from '../desk/ticket-card';
import { BadQueryError, readQuery, wholeNumber } from '../query-params';

/** One entry of the page's notification feed. */
export interface PageNotice {
  seq: number;
  at: string;
  /** The ticket's number; for a change-delivery request, the parcel's tracking number. */
  ticket: string;
  kind: DeskAlert['kind'] | 'customer_message' | 'ticket_changed' | 'delivery_change';
  audience: DeskAlert['audience'] | 'all';
  /** The assignee the notice is for, when it is for one agent. */
  agent?: string;
  text: string;
}

const MAX_NOTICES = 500;

/**
 * The built-in agent desk as seen by the handoff relay: the queue and tickets come straight from the store,
 * so this side only keeps a feed of what happened (alerts, customer messages) for the page to show.
 */
export class AgentPageDesk implements AgentDesk {
  readonly name = 'agent page';
  private readonly notices: PageNotice[] = [];
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly replies: Replies,
  ) {}

  async showTicket(ticket: Ticket): Promise<void> {
    // A withdrawn hand-off is said as such: nobody is to pick it up or call the customer about it.
    const status =
      ticket.status === 'withdrawn' ? 'withdrawn by the customer before any agent replied (closed)' : ticket.status;
    this.push(ticket, 'ticket_changed', 'all', `${ticket.number} is ${status}`);
  }

  async customerMessage(ticket: Ticket, message: CustomerMessage): Promise<void> {
    this.push(ticket, 'customer_message', 'all', `${ticket.number}: ${message.text}`);
  }

  async alert(ticket: Ticket, alert: DeskAlert): Promise<void> {
    this.push(ticket, alert.kind, alert.audience, alert.text);
  }

  /** A new request is for every agent (it also shows in the page's list); an escalated one for the supervisors. */
  async deliveryChange(request: DeliveryChangeRequest, event: DeliveryChangeEvent): Promise<void> {
    const what = describeRequest(this.replies, 'en', request);
    const approval = request.supervisor ? ' (needs supervisor approval)' : '';
    const text =
      event === 'requested'
        ? `Delivery change for ${request.trackingNumber}: ${what}${approval}`
        : `Delivery change for ${request.trackingNumber} escalated by ${request.escalation?.by ?? 'an agent'}: ${what}`;
    this.push(
      { number: request.trackingNumber },
      'delivery_change',
      event === 'requested' ? 'all' : 'supervisors',
      text,
    );
  }

  /** Notices after `since` that this agent should see (supervisors see everything). */
  noticesFor(agent: Agent, since: number): PageNotice[] {
    return this.notices.filter(
      (n) =>
        n.seq > since &&
        (agent.supervisor || n.audience === 'all' || (n.audience === 'assignee' && n.agent === agent.id)),
    );
  }

  get latest(): number {
    return this.seq;
  }

  private push(
    ticket: Pick<Ticket, 'number' | 'assignee'>,
    kind: PageNotice['kind'],
    audience: PageNotice['audience'],
    text: string,
  ): void {
    this.seq += 1;
    this.notices.push({
      seq: this.seq,
      at: this.clock.now().toISOString(),
      ticket: ticket.number,
      kind,
      audience,
      ...(ticket.assignee ? { agent: ticket.assignee } : {}),
      text,
    });
    if (this.notices.length > MAX_NOTICES) this.notices.splice(0, this.notices.length - MAX_NOTICES);
  }
}

/** A transport-free answer; server.ts turns it into the HTTP response. */
export interface PageResponse {
  status: number;
  body: unknown;
}

/** The head of the queue the page shows (the store orders it: priority, then the next deadline). */
const QUEUE_LENGTH = 200;
/** A ticket's id as it may appear in a URL instead of its number: a UUID. */
const TICKET_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

/** Text for the page with every UTC timestamp in it (SLA notes in the history) written in the courier's zone. */
const localTimesIn = (text: string, timeZone: string): string =>
  text.replace(ISO_INSTANT, (iso) => localDateTime(iso, timeZone));

/** The deadline that matters next: the first response until there is one, then the resolution. */
const nextDeadline = (t: Ticket): string => (t.firstResponseAt ? t.deadlines.resolution : t.deadlines.firstResponse);

/**
 * The agent page's API: the queue ordered by priority and deadline, a ticket with the same context as the
 * Teams card, chatting with the customer and the card's actions. Callers are already authenticated.
 */
export class AgentPageApi {
  constructor(
    private readonly options: {
      store: Pick<Store, 'tickets' | 'messages'>;
      handoff: HandoffService;
      views: TicketViews;
      desk: AgentPageDesk;
      clock: Clock;
      timeZone: string;
    },
  ) {}

  /** @param query the request's query string: `since`, the last notice the page has seen. */
  async queue(agent: Agent, query: Record<string, unknown>): Promise<PageResponse> {
    let since: number;
    try {
      since = readQuery({ since: wholeNumber.optional() }, query).since ?? 0;
    } catch (err) {
      if (err instanceof BadQueryError) return { status: 400, body: { error: err.message } };
      throw err;
    }
    const now = this.options.clock.now().getTime();
    // Every open ticket, handed off or not: filed complaints the bot kept are followed up by an agent too.
    const tickets = await this.options.store.tickets.find({
      status: [...OPEN_STATUSES],
      order: 'queue',
      limit: QUEUE_LENGTH,
    });
    const { handoff, timeZone } = this.options;
    return {
      status: 200,
      body: {
        // What customers see this agent called, so agents know how they appear (never their sign-in name).
        me: { ...agent, shownAs: [...new Set([handoff.shownName(agent, 'en'), handoff.shownName(agent, 'zh-CN')])] },
        timeZone,
        tickets: tickets.map((t) => ({
          number: t.number,
          priority: t.priority,
          status: t.status,
          level: t.level,
          category: t.category,
          channel: t.channel,
          assignee: t.assignee ?? null,
          description: t.description.slice(0, 140),
          createdAt: t.createdAt,
          nextDeadline: nextDeadline(t),
          nextDeadlineWhen: localDateTime(nextDeadline(t), timeZone),
          overdue: new Date(nextDeadline(t)).getTime() <= now,
          awaitingApproval: Boolean(t.pendingResolution) || t.claim?.status === 'approval_requested',
          claim: t.claim ? t.claim.status : null,
        })),
        notices: this.options.desk
          .noticesFor(agent, since)
          .map((n) => ({ ...n, when: localDateTime(n.at, timeZone), text: localTimesIn(n.text, timeZone) })),
        latest: this.options.desk.latest,
      },
    };
  }

  async ticket(number: string): Promise<PageResponse> {
    return this.guard(number, async () => {
      const ticket = await this.options.handoff.find(number);
      const view = await this.options.views.build(ticket);
      const messages = await this.options.store.messages.listByTicket(ticket.id);
      return {
        status: 200,
        body: {
          number: ticket.number,
          status: ticket.status,
          card: ticketCard(view, this.options.timeZone),
          timeZone: this.options.timeZone,
          messages: messages.map((m) => ({
            at: m.createdAt,
            when: localDateTime(m.createdAt, this.options.timeZone),
            direction: m.direction,
            author: m.author,
            text: m.text,
            attachments: m.attachments.map((a) => ({ name: a.name, url: a.location })),
          })),
          history: ticket.history.map((h) => ({
            ...h,
            when: localDateTime(h.at, this.options.timeZone),
            ...(h.note ? { note: localTimesIn(h.note, this.options.timeZone) } : {}),
          })),
        },
      };
    });
  }

  async sendMessage(agent: Agent, number: string, body: unknown): Promise<PageResponse> {
    const text = typeof (body as { text?: unknown })?.text === 'string' ? (body as { text: string }).text.trim() : '';
    if (!text) return { status: 400, body: { error: 'text is required' } };
    if (text.length > MAX_AGENT_MESSAGE_CHARS)
      return { status: 413, body: { error: `a message may have at most ${MAX_AGENT_MESSAGE_CHARS} characters` } };
    return this.guard(number, async () => {
      const ticket = await this.options.handoff.agentMessage(number, agent, text);
      return { status: 200, body: { number: ticket.number, status: ticket.status } };
    });
  }

  async act(agent: Agent, number: string, body: unknown): Promise<PageResponse> {
    const { verb, data } = (body ?? {}) as { verb?: unknown; data?: unknown };
    if (typeof verb !== 'string') return { status: 400, body: { error: 'verb is required' } };
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    return this.guard(number, async () => {
      const { action } = actionFromCard(verb, { ...fields, ticket: number });
      const ticket = await this.options.handoff.act(number, agent, action);
      return {
        status: 200,
        body: {
          number: ticket.number,
          status: ticket.status,
          awaitingApproval: Boolean(ticket.pendingResolution),
          // Who was told of the claim (their phones and addresses) is the notices' business, not the page's.
          ...(ticket.claim ? { claim: { ...ticket.claim, told: undefined } } : {}),
        },
      };
    });
  }

  /**
   * Runs work on one ticket: a reference that cannot name a ticket is a 400, domain refusals become 4xx with
   * the reason; anything else is a real failure.
   */
  private async guard(reference: string, work: () => Promise<PageResponse>): Promise<PageResponse> {
    if (!parseTicketNumber(reference) && !TICKET_ID.test(reference))
      return { status: 400, body: { error: 'number: not a ticket number such as C-20261123-0042' } };
    try {
      return await work();
    } catch (err) {
      if (err instanceof TicketNotFoundError) return { status: 404, body: { error: err.message } };
      if (err instanceof NotPermittedError) return { status: 403, body: { error: err.message, rule: err.code } };
      if (err instanceof CardActionError || err instanceof UnknownAgentError || err instanceof ClaimAmountError)
        return { status: 400, body: { error: err.message } };
      if (err instanceof DomainError) return { status: 409, body: { error: err.message } };
      throw err;
    }
  }
}
