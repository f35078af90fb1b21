import { randomUUID } from 'node:crypto';
import {
  MessageFactory,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import {
  latestCustomerConversation,
  type AgentDesk,
  type CustomerMessage,
  type DeliveryChangeEvent,
  type DeskAlert,
  type Replies,
  type TicketViews,
} from '../../bot';
import type { DeliveryChangeRequest } from '../../tracking';
import type { Ticket } from '../../tickets/records';
import type { Store } from '../../store/store.port';
import type { Clock, TicketService } from '../../tickets';
import { DuplicateError } from '../../store/errors';
import { emailSenderLabel, isUnverifiedEmailConversation } from '../../conversations/email-senders';
import { maskPii } from '../../logger';
import { CARD_CONTENT_TYPE, ticketCard } from '../desk/ticket-card';
import { deliveryChangeCard } from '../desk/delivery-change-card';

export interface TeamsDeskOptions {
  adapter: CloudAdapter;
  /** The bot's app id; any non-empty string in anonymous mode (botbuilder needs one to create threads). */
  appId: string;
  /** The Bot Connector endpoint for the tenant's region, e.g. https://smba.trafficmanager.net/teams/. */
  serviceUrl: string;
  /** The agents' channel (`19:…@thread.tacv2`): each handed-off ticket gets a thread there. */
  agentsChannelId: string;
  /** Where SLA breaches, escalations and approvals go; the agents' channel when unset. */
  supervisorsChannelId?: string;
  tenantId?: string;
  tickets: TicketService;
  /** Builds the card's content from the ticket as it is when the card is posted. */
  views: TicketViews;
  /** The reply catalog, for what a change-delivery request asks in both languages. */
  replies: Replies;
  store: Pick<Store, 'conversations' | 'tickets' | 'leases'>;
  clock: Clock;
  logger: Logger;
  timeZone: string;
}

const HANDED_OFF: Ticket['status'][] = ['pending_agent', 'in_progress', 'reopened'];
const DEFAULT_AUDIENCE = null as unknown as string;
/** How long one process may hold the right to open a ticket's thread (far above the Bot Connector's answer). */
const THREAD_LEASE_MS = 120_000;

type TeamsThread = NonNullable<NonNullable<Ticket['desk']>['teams']>;

/** A desk call that has to wait (another process is posting the ticket's thread): retried later. */
export class DeskNotReadyError extends Error {
  readonly code = 'DESK_NOT_READY';
}

/**
 * The Teams agent desk: a thread per handed-off ticket in the agents' channel, opened by the ticket's
 * Adaptive Card, which is updated in place as the ticket changes; the customer's messages are posted into
 * the thread; alerts go to the thread (for the assignee) or to the supervisors' channel.
 *
 * @remarks Every call goes to the Bot Connector, so the bot reaches this desk through the outbox (OutboxDesk),
 * never inside a customer's turn. Calls may then arrive out of order and from several processes: whichever
 * call comes first opens the ticket's thread, under a lease; a call meeting another process's lease fails
 * with DeskNotReadyError and is retried later.
 */
export class TeamsDesk implements AgentDesk {
  readonly name = 'teams';
  /** Calls for one ticket run one after another in this process. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly owner = `teams-desk-${randomUUID()}`;

  constructor(private readonly options: TeamsDeskOptions) {}

  showTicket(ticket: Ticket): Promise<void> {
    return this.serialize(ticket.id, async () => {
      const thread = await this.threadOf(ticket.id);
      // A new thread opens with the current card; an existing one has its card updated in place.
      if (!thread) {
        await this.threadFor(ticket);
        return;
      }
      const card = await this.cardOf(ticket.id);
      await this.inThread(thread.conversationId, async (context) => {
        await context.updateActivity({ ...card, id: thread.cardActivityId });
      });
    });
  }

  customerMessage(ticket: Ticket, message: CustomerMessage): Promise<void> {
    return this.serialize(ticket.id, async () => {
      const thread = await this.threadFor(ticket);
      if (!thread) return;
      const latest = await latestCustomerConversation(this.options.store.conversations, ticket);
      // An unverified email sender is named by their address and the mark, as on the card.
      const where =
        latest && isUnverifiedEmailConversation(latest.externalId)
          ? `${latest.channel} · ${emailSenderLabel(latest.externalId, maskPii)}`
          : (latest?.channel ?? ticket.channel);
      const attachments = message.attachments.map((a) => `[${a.name}](${a.location})`).join(' ');
      await this.inThread(thread.conversationId, async (context) => {
        await context.sendActivity(`**Customer** (${where}): ${message.text} ${attachments}`.trim());
      });
    });
  }

  alert(ticket: Ticket, alert: DeskAlert): Promise<void> {
    return this.serialize(ticket.id, async () => {
      const thread = alert.audience === 'assignee' ? await this.threadFor(ticket) : undefined;
      if (thread) {
        await this.inThread(thread.conversationId, async (context) => {
          await context.sendActivity(`⚠ ${alert.text}`);
        });
        return;
      }
      const channel = this.options.supervisorsChannelId ?? this.options.agentsChannelId;
      await this.newThread(channel, MessageFactory.text(`🚨 ${alert.text}`));
    });
  }

  /**
   * Posts a change-delivery request's card as a new thread: a new request in the agents' channel, an escalated one in
   * the supervisors'. Its buttons (Confirm, Decline, Escalate) come back as card actions to the agent bot.
   */
  async deliveryChange(request: DeliveryChangeRequest, event: DeliveryChangeEvent): Promise<void> {
    const { agentsChannelId, supervisorsChannelId, replies, timeZone } = this.options;
    const channel = event === 'escalated' ? (supervisorsChannelId ?? agentsChannelId) : agentsChannelId;
    const card = MessageFactory.attachment({
      contentType: CARD_CONTENT_TYPE,
      content: deliveryChangeCard(request, replies, timeZone),
    });
    card.text =
      event === 'escalated'
        ? `改派请求转主管 Delivery change escalated by ${request.escalation?.by ?? 'an agent'}`
        : `新的改派请求 New delivery change request${request.supervisor ? ' · 需主管批准 needs supervisor approval' : ''}`;
    await this.newThread(channel, card);
  }

  /**
   * The ticket's thread; for a handed-off ticket without one, posts its card as a new thread in the agents'
   * channel first. Calls reach the desk in any order (a customer message may come before the hand-off card),
   * and from any process: the thread is opened under a lease, and only if none was recorded meanwhile.
   */
  private async threadFor(ticket: Ticket): Promise<TeamsThread | undefined> {
    const existing = await this.threadOf(ticket.id);
    if (existing || !HANDED_OFF.includes(ticket.status)) return existing;
    const { leases, tickets } = this.options.store;
    const lease = `teams-thread:${ticket.id}`;
    const now = this.options.clock.now().toISOString();
    if (!(await leases.tryAcquire(lease, this.owner, THREAD_LEASE_MS, now)))
      throw new DeskNotReadyError(`another process is posting the Teams thread of ${ticket.number}`);
    try {
      const current = await tickets.get(ticket.id);
      if (!current || current.desk?.teams || !HANDED_OFF.includes(current.status)) return current?.desk?.teams;
      const conversationId = await this.newThread(this.options.agentsChannelId, await this.cardOf(ticket.id));
      const thread = { conversationId, cardActivityId: conversationId.split(';messageid=')[1] ?? '' };
      await this.options.tickets.setDeskThread(ticket.id, thread);
      await this.linkThread(conversationId, ticket.id);
      return thread;
    } finally {
      await leases.release(lease, this.owner);
    }
  }

  /** The ticket's card as of now (the ticket may have changed since the call was queued). */
  private async cardOf(ticketId: string): Promise<Partial<Activity>> {
    const ticket = await this.options.store.tickets.get(ticketId);
    if (!ticket) throw new Error(`ticket ${ticketId} no longer exists`);
    return MessageFactory.attachment({
      contentType: CARD_CONTENT_TYPE,
      content: ticketCard(await this.options.views.build(ticket), this.options.timeZone),
    });
  }

  /** The ticket's thread as stored now (the call may predate the thread). */
  private async threadOf(ticketId: string): Promise<TeamsThread | undefined> {
    return (await this.options.store.tickets.get(ticketId))?.desk?.teams;
  }

  /** Starts a thread in a channel with this first message; resolves with the thread's conversation id. */
  private async newThread(channelId: string, activity: Partial<Activity>): Promise<string> {
    const { adapter, appId, serviceUrl, tenantId } = this.options;
    let conversationId = '';
    await adapter.createConversationAsync(
      appId,
      'msteams',
      serviceUrl,
      // null picks the Bot Connector's default OAuth scope (connectorFactoryImpl: audience ?? default); an empty
      // string would be sent as the token's scope and fail against Azure. botbuilder types it as a string.
      DEFAULT_AUDIENCE,
      {
        isGroup: true,
        bot: { id: appId, name: 'ParcelCare' },
        channelData: { channel: { id: channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
        // ConversationParameters types the first message as a full Activity; the connector needs only these fields.
        activity: activity as Activity,
        ...(tenantId ? { tenantId } : {}),
      },
      async (context) => {
        conversationId = context.activity.conversation.id;
      },
    );
    if (!conversationId) throw new Error('Teams did not return a thread id');
    return conversationId;
  }

  /** Runs `logic` in a ticket's thread (replies land in the thread, updates change its messages). */
  private async inThread(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: this.options.serviceUrl,
      bot: { id: this.options.appId, name: 'ParcelCare' },
      conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '' },
    };
    await this.options.adapter.continueConversationAsync(this.options.appId, reference, logic);
  }

  /** Records the thread as a conversation of the ticket, so agents' replies in it find the ticket. */
  private async linkThread(conversationId: string, ticketId: string): Promise<void> {
    const now = this.options.clock.now().toISOString();
    try {
      await this.options.store.conversations.create(
        {
          channel: 'msteams',
          externalId: conversationId,
          reference: {
            channelId: 'msteams',
            serviceUrl: this.options.serviceUrl,
            conversation: { id: conversationId },
          },
          mode: 'handoff',
          ticketId,
        },
        now,
      );
    } catch (err) {
      if (!(err instanceof DuplicateError)) throw err;
    }
  }

  private serialize(ticketId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(ticketId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(ticketId, next);
    void next
      .finally(() => {
        if (this.queues.get(ticketId) === next) this.queues.delete(ticketId);
      })
      .catch(() => undefined);
    return next;
  }
}
