import { maskPii } from '../logger';
import { unverifiedPartsOf } from '../conversations/email-senders';
import type { Nlu } from '../nlu';
import type { ChannelId, Conversation, Message } from '../conversations/records';
import type { Ticket } from '../tickets/records';
import type { ScanEvent } from '../tracking/records';
import type { DeliveryChangeRequest } from '../tracking/delivery-change.records';
import type { Store } from '../store/store.port';
import type { Clock, TicketService } from '../tickets';
import { describeShipment, type ShipmentLookup } from '../tracking';

/** Everything an agent sees about a ticket: the same on a Teams card and on the agent page. */
export interface TicketView {
  ticket: Ticket;
  /**
   * Contact details masked: agents reply through the bot, they do not need the full number. `unverifiedSender`:
   * the address an email customer wrote from without an authenticated From (masked), shown marked as such.
   */
  customer: { name?: string; phone?: string; email?: string; unverifiedSender?: string };
  /** Where the customer is talking to us now (replies go there). */
  customerChannel: ChannelId;
  shipment?: {
    trackingNumber: string;
    carrier: string;
    route: string;
    status: string;
    promisedDate?: string;
    anomalies: string[];
    lastScans: ScanEvent[];
  };
  /** The NLU's reading of the customer's own words. */
  reading: { category: string; demand?: string; signals: string[] };
  /** The last messages of the transcript, oldest first. */
  recent: { at: string; who: string; text: string }[];
  evidence: { name: string; url: string }[];
  /** Deadlines already passed without being met. */
  breached: ('firstResponse' | 'resolution')[];
  /**
   * The same parcel reported by other customers (their own tickets), for agents only: never shown to either
   * customer. `customers` counts the other people, `tickets` lists their tickets, newest first.
   */
  related: { customers: number; tickets: Pick<Ticket, 'number' | 'status'>[] };
}

export const DESK_ALERT_KINDS = ['sla_warning', 'sla_breach', 'escalated', 'approval_needed', 'reopened'] as const;

/** An alert for the people working the desk. */
export interface DeskAlert {
  kind: (typeof DESK_ALERT_KINDS)[number];
  /** Who should act: the assignee (warnings) or the supervisors (everything else). */
  audience: 'assignee' | 'supervisors';
  text: string;
}

/**
 * The agent desk port: where handed-off tickets are worked. Teams and the built-in agent page implement it;
 * with both configured, each gets every call.
 *
 * @remarks The handoff relay calls the desks inside the customer's turn, so a desk must answer at once and
 * never wait on a remote service: a desk that makes outbound calls (Teams) is reached through the outbox
 * (`OutboxDesk` in src/channels/outbox/desk-outbox.ts), which queues the call in the turn's own writes and
 * delivers it later with retries. A desk that fails makes the turn fail.
 */
export interface AgentDesk {
  readonly name: string;
  /** A ticket was handed off or changed: post its card, or update it in place (showing its state by then). */
  showTicket(ticket: Ticket): Promise<void>;
  /** The customer wrote while the ticket is with the agents. */
  customerMessage(ticket: Ticket, message: CustomerMessage): Promise<void>;
  alert(ticket: Ticket, alert: DeskAlert): Promise<void>;
  /**
   * A customer's change-delivery request arrived (`requested`: for the agents) or an agent escalated it
   * (`escalated`: for the supervisors). It stands apart from tickets: it is decided on its own card.
   */
  deliveryChange(request: DeliveryChangeRequest, event: DeliveryChangeEvent): Promise<void>;
}

export const DELIVERY_CHANGE_EVENTS = ['requested', 'escalated'] as const;
export type DeliveryChangeEvent = (typeof DELIVERY_CHANGE_EVENTS)[number];

/** What the customer wrote, as the desks show it. */
export type CustomerMessage = Pick<Message, 'text' | 'attachments' | 'createdAt'>;

export const CUSTOMER_CHANNELS: readonly ChannelId[] = ['webchat', 'sms', 'email'];

/**
 * The ticket's conversations with its own customer, on customer channels, most recently used first. Nothing
 * meant for the ticket ever goes to a conversation of someone else (tickets from before complaints were kept
 * apart may list other people's conversations: they are skipped here).
 */
export async function customerConversations(
  conversations: Pick<Store['conversations'], 'get'>,
  ticket: Pick<Ticket, 'conversationIds' | 'customerId'>,
): Promise<Conversation[]> {
  const found = await Promise.all(ticket.conversationIds.map((id) => conversations.get(id)));
  return found
    .filter((c): c is Conversation =>
      Boolean(c && c.customerId === ticket.customerId && CUSTOMER_CHANNELS.includes(c.channel)),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The customer's conversation on this ticket they used last: where replies and notices go. */
export async function latestCustomerConversation(
  conversations: Pick<Store['conversations'], 'get'>,
  ticket: Pick<Ticket, 'conversationIds' | 'customerId'>,
): Promise<Conversation | undefined> {
  return (await customerConversations(conversations, ticket))[0];
}

const RECENT_MESSAGES = 8;

/** Builds ticket views from the store, the shipment lookup and the NLU. */
export class TicketViews {
  constructor(
    private readonly options: {
      store: Pick<Store, 'conversations' | 'messages'>;
      tickets: Pick<TicketService, 'relatedTickets'>;
      shipments: ShipmentLookup;
      nlu: Nlu;
      clock: Clock;
    },
  ) {}

  async build(ticket: Ticket): Promise<TicketView> {
    const { store, clock } = this.options;
    const now = clock.now();
    const conversations = await customerConversations(store.conversations, ticket);
    const latest = conversations[0];
    const unverified = conversations
      .map((c) => (c.channel === 'email' ? unverifiedPartsOf(c.externalId) : undefined))
      .find((parts) => parts !== undefined);
    const messages = await store.messages.listByTicket(ticket.id);
    const reading = this.options.nlu.read(ticket.description, now);
    const signals = reading.result.signals;
    const breached = (['firstResponse', 'resolution'] as const).filter((kind) => {
      const met = kind === 'firstResponse' ? ticket.firstResponseAt : ticket.resolvedAt;
      return !met && new Date(ticket.deadlines[kind]).getTime() <= now.getTime();
    });
    return {
      ticket,
      customer: {
        ...(ticket.customer.name ? { name: ticket.customer.name } : {}),
        ...(ticket.customer.phone ? { phone: maskPii(ticket.customer.phone) } : {}),
        ...(ticket.customer.email ? { email: maskPii(ticket.customer.email) } : {}),
        ...(unverified ? { unverifiedSender: maskPii(unverified.address) } : {}),
      },
      customerChannel: latest?.channel ?? ticket.channel,
      ...(await this.shipmentOf(ticket, now)),
      reading: {
        category: reading.complaintCategory ?? reading.result.category ?? ticket.category,
        // Every demand the customer named ("refund, apology"), the first the one they settled on.
        ...(ticket.demand ? { demand: [ticket.demand, ...(ticket.moreDemands ?? [])].join(', ') } : {}),
        signals: [
          ...(signals.anger >= 0.5 ? [`anger ${signals.anger.toFixed(1)}`] : []),
          ...(signals.urgent ? ['urgent'] : []),
          ...(signals.escalationThreat ? [`threat: ${signals.escalationThreat}`] : []),
          ...(signals.severe ? ['severe'] : []),
          ...(signals.minor ? ['minor'] : []),
          ...(signals.daysLate ? [`${signals.daysLate} days late`] : []),
        ],
      },
      recent: messages.slice(-RECENT_MESSAGES).map((m) => ({
        at: m.createdAt,
        who: m.direction === 'in' ? 'customer' : m.author,
        text: maskPii(m.text),
      })),
      evidence: ticket.evidence.map((e) => ({ name: e.name, url: e.location })),
      breached,
      related: await this.relatedOf(ticket),
    };
  }

  private async relatedOf(ticket: Ticket): Promise<TicketView['related']> {
    const related = await this.options.tickets.relatedTickets(ticket);
    return {
      customers: new Set(related.map((t) => t.customerId)).size,
      tickets: related.map((t) => ({ number: t.number, status: t.status })),
    };
  }

  private async shipmentOf(ticket: Ticket, now: Date): Promise<Pick<TicketView, 'shipment'>> {
    const trackingNumber = ticket.trackingNumbers[0];
    if (!trackingNumber) return {};
    try {
      const shipment = await this.options.shipments.find(trackingNumber);
      if (!shipment) return {};
      const view = describeShipment(shipment, now);
      return {
        shipment: {
          trackingNumber,
          carrier: shipment.carrier,
          route: `${shipment.origin} → ${shipment.destination}`,
          status: view.status,
          ...(view.promisedDate ? { promisedDate: view.promisedDate } : {}),
          anomalies: view.anomalies,
          lastScans: shipment.events.slice(-3).reverse(),
        },
      };
    } catch {
      // The card still goes out without the shipment when the tracking provider is down.
      return {};
    }
  }
}
