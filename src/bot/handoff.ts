import type { ConversationReference, TurnContext } from 'botbuilder-core';
import type { Logger } from 'pino';
import type { Locale } from '../nlu';
import type { ChannelId, Conversation, Register } from '../conversations/records';
import type { Demand, ResponsibleParty, Ticket } from '../tickets/records';
import type { Store } from '../store/store.port';
import {
  localDateTime,
  OPEN_STATUSES,
  parseTicketNumber,
  TicketNotFoundError,
  UnknownAgentError,
  type Agent,
  claimAmountText,
  type BusinessHours,
  type ClaimService,
  type Clock,
  type DeadlineKind,
  type SlaNotifier,
  type SurveyAnswer,
  type SurveyService,
  type TicketService,
} from '../tickets';
import {
  customerConversations,
  latestCustomerConversation,
  type AgentDesk,
  type CustomerMessage,
  type DeskAlert,
} from './agent-desk';
import type { Replies, ReplyKey, ReplyVars } from './replies';
import type { ProgressNotifier } from './progress-updates';
import type { ClaimStep } from '../tickets/claim.records';

/** Tells a claim's later steps to the customers told it opened (src/proactive/claim-news.ts). */
export interface ClaimStepTeller {
  tellStep(ticket: Ticket, step: ClaimStep): Promise<number>;
}

/** What an adapter must offer for messages the customer did not prompt (agent replies, notices, surveys). */
export interface ProactiveAdapter {
  continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/** What an agent can do to a ticket from either desk. */
export type AgentAction =
  | { verb: 'accept' }
  /** `note` is internal (agents only); `customerMessage`, when given, is what the customer is told. */
  | { verb: 'resolve'; note: string; customerMessage?: string; responsibleParty: ResponsibleParty[] }
  | { verb: 'transfer'; to?: string; note?: string }
  | { verb: 'escalate'; note?: string }
  | { verb: 'approve' }
  /** A claim's amount is required when it is to be assessed; above the supervisor limit an agent's approval is a request. */
  | { verb: 'claim_approve'; amount?: number; note?: string }
  /** The reason is told to the customer. */
  | { verb: 'claim_reject'; reason: string }
  | { verb: 'claim_paid'; reference?: string }
  /** "Update the customer": where the ticket stands, in the agent's words, sent as a progress update. */
  | { verb: 'update'; customerMessage: string };

export interface HandoffOptions {
  store: Pick<Store, 'tickets' | 'conversations' | 'customers'>;
  tickets: TicketService;
  survey: SurveyService;
  /** Decisions on pre-compensation claims. */
  claims: ClaimService;
  /** Tells each decision to everyone told of the claim, through the outbox. */
  claimNews: ClaimStepTeller;
  /** Sends agents' "update the customer" messages (and the periodic updates) through the outbox. */
  progress: ProgressNotifier;
  desks: AgentDesk[];
  hours: BusinessHours;
  replies: Replies;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  /** Whether an agent id names a real agent (a transfer goes only to one); any id when not given. */
  agentExists?: (id: string) => boolean;
  /** How customers see agents named, by agent id (AGENT_DISPLAY_NAMES). */
  displayNames?: Readonly<Record<string, AgentDisplayName>>;
}

/** An agent's name for customers: in English, and in Chinese (both scripts). */
export interface AgentDisplayName {
  en: string;
  zh: string;
}

/** Author tag the transcript keeps for a message an agent wrote. */
export const agentAuthor = (agentId: string): string => `agent:${agentId}`;

/**
 * The handoff relay: hands tickets to the agent desks, carries what agents write and do back to the customer
 * on the customer's own channel, forwards the customer's messages to the desks, and runs the follow-ups
 * (SLA alerts, satisfaction survey). Desks call in here; nothing here knows which desk it is.
 */
export class HandoffService implements SlaNotifier {
  private readonly adapters = new Map<ChannelId, ProactiveAdapter>();

  constructor(private readonly options: HandoffOptions) {}

  /** Where progress updates go out (the agents' "update the customer", the periodic updates). */
  get progress(): ProgressNotifier {
    return this.options.progress;
  }

  /** Registers the adapter that reaches customers on a channel. */
  connect(channel: ChannelId, adapter: ProactiveAdapter): void {
    this.adapters.set(channel, adapter);
  }

  /** Marks the ticket for an agent, puts the conversation in handoff mode and shows the ticket on the desks. */
  async start(
    ticketId: string,
    conversation: Conversation,
    reason: string,
  ): Promise<{ ticket: Ticket; conversation: Conversation }> {
    const { store, tickets, clock } = this.options;
    const ticket = await tickets.requestAgent(ticketId, 'bot', reason);
    const handedOff = await store.conversations.update(
      { ...conversation, mode: 'handoff', ticketId: ticket.id, outcome: 'handed_off' },
      clock.now().toISOString(),
    );
    await this.refresh(ticket);
    return { ticket, conversation: handedOff };
  }

  /**
   * The customer withdrew their request for a person before an agent took the ticket: it leaves the queue (and
   * every desk shows so) and the conversation is the bot's again. A ticket opened only for the hand-off is
   * closed as withdrawn (ticket.service.ts): the conversation no longer has it, and it ends `cancelled` unless
   * the bot does something more for the customer; a complaint ticket stays the conversation's, filed.
   * False when an agent has it already.
   */
  async withdraw(
    ticketId: string,
    conversation: Conversation,
  ): Promise<{ withdrawn: boolean; ticket: Ticket; conversation: Conversation }> {
    const { store, tickets, clock } = this.options;
    const { ticket, withdrawn } = await tickets.withdrawAgentRequest(
      ticketId,
      'customer',
      'the customer no longer wants a person',
    );
    if (!withdrawn) return { withdrawn, ticket, conversation };
    // No agent worked the conversation: it is not a hand-off (bot containment).
    const { outcome: _handedOff, ticketId: _ticket, ...rest } = conversation;
    const back = await store.conversations.update(
      ticket.status === 'withdrawn'
        ? { ...rest, mode: 'bot', outcome: 'cancelled' }
        : { ...rest, mode: 'bot', ticketId: ticket.id, outcome: 'filed' },
      clock.now().toISOString(),
    );
    await this.refresh(ticket);
    return { withdrawn, ticket, conversation: back };
  }

  /**
   * The customer takes back the complaint itself (complaint-withdrawn.ts): closed as withdrawn when no agent took or
   * answered it yet — it leaves the queue, every desk is told and the conversation is the bot's again (its ticket
   * kept, so "is it cancelled?" finds it); otherwise the request is noted for the agent who has it.
   */
  async withdrawComplaint(
    ticketId: string,
    conversation: Conversation,
    said: string,
  ): Promise<{ withdrawn: boolean; ticket: Ticket; conversation: Conversation }> {
    const { store, tickets, clock } = this.options;
    const { ticket, withdrawn } = await tickets.withdrawComplaint(ticketId, 'customer', said);
    if (!withdrawn) return { withdrawn, ticket, conversation };
    const { outcome: _filed, ...rest } = conversation;
    const back = await store.conversations.update(
      { ...rest, mode: 'bot', ticketId: ticket.id, outcome: 'cancelled' },
      clock.now().toISOString(),
    );
    await this.refresh(ticket);
    return { withdrawn, ticket, conversation: back };
  }

  /**
   * The customer changes what they want of an open complaint (filed-demand-change.ts): the ticket's demands are
   * changed (ticket.service.ts) and every desk shows them.
   */
  async changeDemands(ticketId: string, customerId: string, demands: Demand[], said: string): Promise<boolean> {
    const { ticket, changed } = await this.options.tickets.changeDemands(ticketId, customerId, demands, said);
    if (changed) await this.refresh(ticket);
    return changed;
  }

  /** When agents are next at work, if they are off now. */
  nextOpening(): Date | undefined {
    const now = this.options.clock.now();
    return this.options.hours.isOpen(now) ? undefined : this.options.hours.nextOpening(now);
  }

  /** A ticket by its number (`C-…`) or id. @throws TicketNotFoundError */
  async find(reference: string): Promise<Ticket> {
    const { tickets } = this.options.store;
    const number = parseTicketNumber(reference)?.number;
    const ticket = number ? await tickets.getByNumber(number) : await tickets.get(reference);
    if (!ticket) throw new TicketNotFoundError(reference);
    return ticket;
  }

  /** Applies an agent's action and tells whoever needs to know (customer, supervisors, every desk). */
  async act(reference: string, agent: Agent, action: AgentAction): Promise<Ticket> {
    const { tickets } = this.options;
    const before = await this.find(reference);
    let ticket: Ticket;
    switch (action.verb) {
      case 'accept':
        ticket = await tickets.accept(before.id, agent);
        // A filed ticket taken from the queue: from now on the customer's answers go to the agent, not the bot —
        // also where the chat had moved on to another of their tickets that no person is talking on.
        await this.talkOn(ticket);
        if (before.status !== 'in_progress' || before.assignee !== agent.id)
          await this.tellCustomer(
            ticket,
            'handoff.accepted',
            (locale) => ({ agent: this.shownName(agent, locale), number: ticket.number }),
            'bot',
          );
        break;
      case 'resolve': {
        const outcome = await tickets.resolve(before.id, agent, action);
        ticket = outcome.ticket;
        if (outcome.needsApproval)
          await this.alert(ticket, {
            kind: 'approval_needed',
            audience: 'supervisors',
            text: `${ticket.number}: ${agent.id} proposes to resolve (${action.responsibleParty.join(', ')}): ${action.note}`,
          });
        else await this.resolved(ticket);
        break;
      }
      case 'approve':
        ticket = await tickets.approve(before.id, agent);
        await this.resolved(ticket);
        break;
      case 'transfer':
        if (action.to?.trim() && this.options.agentExists && !this.options.agentExists(action.to.trim()))
          throw new UnknownAgentError(action.to.trim());
        ticket = await tickets.transfer(before.id, agent, action.to, action.note);
        break;
      case 'claim_approve':
      case 'claim_reject':
      case 'claim_paid':
        ticket = await this.decideClaim(before, agent, action);
        break;
      case 'update': {
        ticket = await tickets.updateCustomer(before.id, agent, action.customerMessage);
        const outcome = await this.options.progress.agentUpdate(
          ticket,
          (locale) => this.shownName(agent, locale),
          action.customerMessage,
        );
        // The agents see on the ticket that the customer could not be told.
        if (!outcome.sent)
          ticket = await tickets.addNote(ticket.id, 'system', 'customer update not sent', outcome.reason);
        break;
      }
      case 'escalate':
        ticket = await tickets.escalate(before.id, agent, action.note ?? 'escalated by the agent');
        await this.alert(ticket, {
          kind: 'escalated',
          audience: 'supervisors',
          text: `${ticket.number} escalated to level ${ticket.level} by ${agent.id}${action.note ? `: ${action.note}` : ''}`,
        });
        break;
    }
    await this.refresh(ticket);
    return ticket;
  }

  /** A claim just opened on the ticket: it goes to the agents' queue (if nobody works it) and onto every desk. */
  async claimOpened(ticket: Ticket): Promise<Ticket> {
    const queued = ['open', 'reopened'].includes(ticket.status)
      ? await this.options.tickets.requestAgent(ticket.id, 'system', 'pre-compensation claim opened')
      : ticket;
    await this.refresh(queued);
    return queued;
  }

  /**
   * An agent's decision on the ticket's claim: the customers told of the claim hear the outcome (and that a
   * supervisor must approve it), the supervisors a request for them.
   */
  private async decideClaim(
    before: Ticket,
    agent: Agent,
    action: Extract<AgentAction, { verb: 'claim_approve' | 'claim_reject' | 'claim_paid' }>,
  ): Promise<Ticket> {
    const { claims, claimNews } = this.options;
    if (action.verb === 'claim_reject') {
      const ticket = await claims.reject(before.id, agent, action.reason);
      await claimNews.tellStep(ticket, 'rejected');
      return ticket;
    }
    if (action.verb === 'claim_paid') {
      const ticket = await claims.markPaid(before.id, agent, action.reference);
      await claimNews.tellStep(ticket, 'paid');
      return ticket;
    }
    const { ticket, needsSupervisor } = await claims.approve(before.id, agent, action);
    if (needsSupervisor)
      await this.alert(ticket, {
        kind: 'approval_needed',
        audience: 'supervisors',
        text: `${ticket.number}: ${agent.id} asks to approve the claim at ${claimAmountText(ticket.claim?.approvalRequest?.amount)} (above the supervisor limit)${action.note ? `: ${action.note}` : ''}`,
      });
    await claimNews.tellStep(ticket, needsSupervisor ? 'approval_requested' : 'approved');
    return ticket;
  }

  /** Relays what an agent wrote to the customer, on the customer's channel. */
  async agentMessage(reference: string, agent: Agent, text: string): Promise<Ticket> {
    const before = await this.find(reference);
    // Answering a ticket nobody holds takes it: the customer stops hearing that it waits for an agent.
    if (!before.assignee && before.status !== 'in_progress' && OPEN_STATUSES.includes(before.status))
      await this.act(before.id, agent, { verb: 'accept' });
    const ticket = await this.options.tickets.agentReplied(before.id, agent);
    await this.tellCustomer(
      ticket,
      'handoff.agentSays',
      (locale) => ({ agent: this.shownName(agent, locale), text }),
      agentAuthor(agent.id),
    );
    if (!before.firstResponseAt) await this.refresh(ticket);
    return ticket;
  }

  /** The customer wrote during handoff: every desk shows it to the agent. */
  async customerWrote(ticketId: string, message: CustomerMessage): Promise<void> {
    const ticket = await this.options.store.tickets.get(ticketId);
    if (!ticket) return;
    for (const desk of this.options.desks) await desk.customerMessage(ticket, message);
  }

  /** Applies a survey answer; an unsatisfied customer's ticket goes back to the desks, to a supervisor. */
  async answerSurvey(ticket: Ticket, answer: SurveyAnswer, conversation: Conversation): Promise<Ticket | undefined> {
    const updated = await this.options.survey.answer(ticket.id, answer);
    if (!updated) return undefined;
    if (updated.status === 'reopened') {
      const { store, clock } = this.options;
      await store.conversations.update(
        { ...conversation, mode: 'handoff', ticketId: updated.id, outcome: 'handed_off' },
        clock.now().toISOString(),
      );
      await this.alert(updated, {
        kind: 'reopened',
        audience: 'supervisors',
        text: `${updated.number} reopened: the customer is not satisfied${answer.score ? ` (score ${answer.score})` : ''}`,
      });
    }
    await this.refresh(updated);
    return updated;
  }

  /** Whether the ticket waits for the customer's 0–10 recommendation answer. */
  awaitsRecommendation(ticket: Ticket): boolean {
    return this.options.survey.awaitsRecommendation(ticket);
  }

  /** Records the customer's 0–10 recommendation answer; undefined when it was not awaited (any more). */
  async answerRecommendation(ticket: Ticket, score: number): Promise<Ticket | undefined> {
    return this.options.survey.answerRecommendation(ticket.id, score);
  }

  /** Asks every customer whose ticket is due a survey, and closes the ones left unanswered too long. */
  async runSurveys(): Promise<{ asked: number; closed: number }> {
    const due = await this.options.survey.takeDue();
    for (const ticket of due)
      await this.tellCustomer(ticket, 'survey.ask', { number: ticket.number }, 'bot').catch((err: unknown) =>
        this.options.logger.error({ err, ticket: ticket.number }, 'could not send the survey'),
      );
    const closed = await this.options.survey.closeUnanswered();
    for (const ticket of closed) await this.refresh(ticket);
    return { asked: due.length, closed: closed.length };
  }

  // SlaNotifier: the monitor calls these after writing the step into the ticket's history.
  async warn(ticket: Ticket, deadline: DeadlineKind, dueAt: string): Promise<void> {
    await this.alert(ticket, {
      kind: 'sla_warning',
      audience: 'assignee',
      text: `${ticket.number}: ${deadlineName(deadline)} due ${this.localTime(dueAt)} (80% of the time used)${ticket.assignee ? ` — ${ticket.assignee}` : ''}`,
    });
  }

  async breach(ticket: Ticket, deadline: DeadlineKind, dueAt: string): Promise<void> {
    await this.alert(ticket, {
      kind: 'sla_breach',
      audience: 'supervisors',
      text: `${ticket.number}: ${deadlineName(deadline)} deadline ${this.localTime(dueAt)} missed; escalated to level ${ticket.level}`,
    });
    await this.refresh(ticket);
  }

  /**
   * The customer asks for a supervisor on their open ticket ("I want a supervisor to look at this"): the ticket is
   * escalated one level — once: a ticket escalated already stays where it is — with the customer's words, and the
   * supervisors are alerted on every desk.
   * @returns the ticket as it stands, and whether this request escalated it.
   */
  async supervisorAsked(ticket: Ticket, words: string): Promise<{ ticket: Ticket; escalated: boolean }> {
    if (ticket.level > 0) return { ticket, escalated: false };
    const escalated = await this.options.tickets.escalate(
      ticket.id,
      'system',
      `the customer asked for a supervisor: ${words}`,
    );
    await this.alert(escalated, {
      kind: 'escalated',
      audience: 'supervisors',
      text: `${escalated.number}: the customer asked for a supervisor — escalated to level ${escalated.level}`,
    });
    await this.refresh(escalated);
    return { ticket: escalated, escalated: true };
  }

  /** A time in desk alerts: the courier's zone, as the cards show deadlines. */
  private localTime(iso: string): string {
    return `${localDateTime(iso, this.options.timeZone)} (${this.options.timeZone})`;
  }

  /**
   * Shows the ticket's current state on every desk. Desks answer at once (remote ones queue the call in the
   * outbox), so a desk that fails is a failure of the turn, not something to log and forget.
   */
  async refresh(ticket: Ticket): Promise<void> {
    for (const desk of this.options.desks) await desk.showTicket(ticket);
  }

  private async alert(ticket: Ticket, alert: DeskAlert): Promise<void> {
    for (const desk of this.options.desks) await desk.alert(ticket, alert);
  }

  /** Switches the customer's conversations that are about the ticket from one mode to the other. */
  private async setMode(ticket: Ticket, from: Conversation['mode'], to: Conversation['mode']): Promise<void> {
    const { store, clock } = this.options;
    for (const conversation of await customerConversations(store.conversations, ticket)) {
      if (conversation.mode === from && conversation.ticketId === ticket.id)
        await store.conversations.update(
          // An agent taking the ticket makes the conversation a hand-off (bot containment) for good.
          { ...conversation, mode: to, ...(to === 'handoff' ? { outcome: 'handed_off' as const } : {}) },
          clock.now().toISOString(),
        );
    }
  }

  /**
   * The agent who took the ticket talks with its customer on each of their chats about it, unless a person is talking
   * on another of their tickets there already. A second parcel's complaint filed during a hand-off leaves the chat on
   * the first ticket (file-complaint.ts); accepted first, the chat must follow it, or the customer's words would go
   * to the first ticket's queue and the bot would keep answering for the agent who is there.
   */
  private async talkOn(ticket: Ticket): Promise<void> {
    const { store, clock } = this.options;
    for (const conversation of await customerConversations(store.conversations, ticket)) {
      const elsewhere = conversation.ticketId && conversation.ticketId !== ticket.id;
      if (!elsewhere) {
        if (conversation.mode === 'bot' && conversation.ticketId === ticket.id)
          await store.conversations.update(
            { ...conversation, mode: 'handoff', outcome: 'handed_off' },
            clock.now().toISOString(),
          );
        continue;
      }
      const other = await store.tickets.get(conversation.ticketId as string);
      if (conversation.mode === 'handoff' && other?.status === 'in_progress') continue;
      await store.conversations.update(
        { ...conversation, mode: 'handoff', ticketId: ticket.id, outcome: 'handed_off' },
        clock.now().toISOString(),
      );
    }
  }

  /**
   * A ticket resolved while a person works another of the customer's tickets from the same chat: the chat goes on
   * with that person (not back to the bot, which would answer in their place).
   */
  private async backToLiveAgent(ticket: Ticket): Promise<void> {
    const { store, clock } = this.options;
    const live = await store.tickets.find({ customerId: ticket.customerId, status: ['in_progress'], limit: 50 });
    for (const conversation of await customerConversations(store.conversations, ticket)) {
      if (conversation.mode !== 'bot' || conversation.ticketId !== ticket.id) continue;
      const other = live.find((t) => t.id !== ticket.id && t.conversationIds.includes(conversation.id));
      if (other)
        await store.conversations.update(
          { ...conversation, mode: 'handoff', ticketId: other.id },
          clock.now().toISOString(),
        );
    }
  }

  /**
   * Tells the customer their ticket is resolved: the agent's message to them, or the catalog's resolution
   * message in their language. The internal note never leaves the desks.
   */
  private async resolved(ticket: Ticket): Promise<void> {
    await this.setMode(ticket, 'handoff', 'bot');
    await this.backToLiveAgent(ticket);
    const message = ticket.resolution?.customerMessage;
    await this.tellCustomer(
      ticket,
      message ? 'handoff.resolved' : 'handoff.resolvedDefault',
      { number: ticket.number, message: message ?? '' },
      'bot',
    );
  }

  /**
   * Sends a message to the ticket's own customer on the channel they last used for this ticket, in their language.
   * @throws when no adapter is connected for that channel (a configuration error worth surfacing).
   */
  async tellCustomer(
    ticket: Ticket,
    key: ReplyKey,
    vars: ReplyVars | ((locale: Locale) => ReplyVars),
    author: string,
  ): Promise<void> {
    const conversation = await latestCustomerConversation(this.options.store.conversations, ticket);
    if (!conversation) {
      this.options.logger.warn({ ticket: ticket.number }, 'no customer conversation to reach');
      return;
    }
    await this.tellConversation(
      conversation,
      (locale, register) =>
        this.options.replies.t(locale, key, typeof vars === 'function' ? vars(locale) : vars, register),
      author,
    );
  }

  /**
   * Sends a message the customer did not prompt into one of their conversations, in its language and register (SMS and email
   * go through the outbox, web chat into the conversation's stored stream).
   * @throws when no adapter is connected for that channel (a configuration error worth surfacing).
   */
  async tellConversation(
    conversation: Conversation,
    write: (locale: Locale, register?: Register) => string,
    author: string,
  ): Promise<void> {
    const adapter = this.adapters.get(conversation.channel);
    if (!adapter) throw new Error(`no adapter connected for the ${conversation.channel} channel`);
    const text = write(await this.localeOf(conversation), conversation.register);
    await adapter.continueConversation(conversation.reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivity({ type: 'message', text, channelData: { author } });
    });
  }

  /**
   * The agent as the customer sees them: their configured display name, else their Teams display name, else
   * "customer service" — never the sign-in name, which is half of a credential.
   */
  shownName(agent: Agent, locale: Locale): string {
    const configured = this.options.displayNames?.[agent.id];
    const name = configured ? (locale === 'en' ? configured.en : configured.zh) : agent.name;
    if (!name) return this.options.replies.t(locale, 'agent.unnamed');
    // Chinese sets a Latin name apart from the characters around it ("客服 Alice Wang", "客服小林").
    const gap = locale !== 'en' && /^[A-Za-z0-9]/.test(name) ? ' ' : '';
    return this.options.replies.t(locale, 'agent.named', { name: `${gap}${name}` });
  }

  private async localeOf(conversation: Conversation): Promise<Locale> {
    if (conversation.locale) return conversation.locale;
    const customer = conversation.customerId
      ? await this.options.store.customers.get(conversation.customerId)
      : undefined;
    return customer?.locale ?? 'zh-CN';
  }
}

const deadlineName = (deadline: DeadlineKind): string =>
  deadline === 'firstResponse' ? 'first response' : 'resolution';
