import {
  MessageFactory,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { AgentDesk, CustomerMessage, DeskAlert, TicketView } from '../../bot';
import type { Ticket } from '../../store/records';
import type { Store } from '../../store/store.port';
import type { Clock, TicketService } from '../../tickets';
import { DuplicateError } from '../../store/errors';
import { CARD_CONTENT_TYPE, ticketCard } from '../desk/ticket-card';

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
  store: Pick<Store, 'conversations' | 'tickets'>;
  clock: Clock;
  logger: Logger;
  timeZone: string;
}

const HANDED_OFF: Ticket['status'][] = ['pending_agent', 'in_progress', 'reopened'];
const DEFAULT_AUDIENCE = null as unknown as string;

/**
 * The Teams agent desk: a thread per handed-off ticket in the agents' channel, opened by the ticket's
 * Adaptive Card, which is updated in place as the ticket changes; the customer's messages are posted into
 * the thread; alerts go to the thread (for the assignee) or to the supervisors' channel.
 */
export class TeamsDesk implements AgentDesk {
  readonly name = 'teams';
  /** Calls for one ticket run one after another, so a ticket never gets two threads. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: TeamsDeskOptions) {}

  showTicket(view: TicketView): Promise<void> {
    return this.serialize(view.ticket.id, async () => {
      const card = MessageFactory.attachment({
        contentType: CARD_CONTENT_TYPE,
        content: ticketCard(view, this.options.timeZone),
      });
      const thread = await this.threadOf(view.ticket.id);
      if (thread) {
        await this.inThread(thread.conversationId, async (context) => {
          await context.updateActivity({ ...card, id: thread.cardActivityId });
        });
        return;
      }
      if (!HANDED_OFF.includes(view.ticket.status)) return;
      const conversationId = await this.newThread(this.options.agentsChannelId, card);
      const cardActivityId = conversationId.split(';messageid=')[1] ?? '';
      await this.options.tickets.setDeskThread(view.ticket.id, { conversationId, cardActivityId });
      await this.linkThread(conversationId, view.ticket.id);
    });
  }

  customerMessage(view: TicketView, message: CustomerMessage): Promise<void> {
    return this.serialize(view.ticket.id, async () => {
      const thread = await this.threadOf(view.ticket.id);
      if (!thread) return;
      const attachments = message.attachments.map((a) => `[${a.name}](${a.location})`).join(' ');
      await this.inThread(thread.conversationId, async (context) => {
        await context.sendActivity(`**Customer** (${view.customerChannel}): ${message.text} ${attachments}`.trim());
      });
    });
  }

  alert(view: TicketView, alert: DeskAlert): Promise<void> {
    return this.serialize(view.ticket.id, async () => {
      const thread = await this.threadOf(view.ticket.id);
      if (alert.audience === 'assignee' && thread) {
        await this.inThread(thread.conversationId, async (context) => {
          await context.sendActivity(`⚠ ${alert.text}`);
        });
        return;
      }
      const channel = this.options.supervisorsChannelId ?? this.options.agentsChannelId;
      await this.newThread(channel, MessageFactory.text(`🚨 ${alert.text}`));
    });
  }

  /** The ticket's thread as stored now (a view may predate the thread). */
  private async threadOf(ticketId: string): Promise<{ conversationId: string; cardActivityId: string } | undefined> {
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
