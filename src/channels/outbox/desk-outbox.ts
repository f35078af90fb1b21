import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DELIVERY_CHANGE_EVENTS,
  DESK_ALERT_KINDS,
  type AgentDesk,
  type CustomerMessage,
  type DeliveryChangeEvent,
  type DeskAlert,
} from '../../bot';
import type { DeliveryChangeRequest } from '../../tracking';
import type { OutboxItem } from '../../store/records';
import type { ChannelId } from '../../conversations/records';
import type { Ticket } from '../../tickets/records';
import type { DeliveryChangeRepository, OutboxRepository, TicketRepository } from '../../store/store.port';
import { PermanentSendError, type OutboundSender } from './outbox.worker';

/** A desk call as the outbox keeps it: which call, on which ticket, with what. */
const deskCall = z.discriminatedUnion('call', [
  z.object({ call: z.literal('showTicket') }),
  z.object({
    call: z.literal('customerMessage'),
    message: z.object({
      text: z.string(),
      createdAt: z.string(),
      attachments: z.array(
        z.object({ name: z.string(), contentType: z.string(), size: z.number(), location: z.string() }),
      ),
    }),
  }),
  z.object({
    call: z.literal('alert'),
    alert: z.object({
      kind: z.enum(DESK_ALERT_KINDS),
      audience: z.enum(['assignee', 'supervisors']),
      text: z.string(),
    }),
  }),
]);
type DeskCall = z.infer<typeof deskCall>;

/** A change-delivery request's card as the outbox keeps it: which request, and why it is posted. */
const changeCall = z.object({
  call: z.literal('deliveryChange'),
  request: z.string(),
  event: z.enum(DELIVERY_CHANGE_EVENTS),
});

const digest = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

export interface OutboxDeskOptions {
  /** The remote desk's name (`teams`): the items' address, and part of their idempotency keys. */
  desk: string;
  /** The outbox channel its items go out on; the worker's sender for that channel is a DeskSender. */
  channel: ChannelId;
  outbox: Pick<OutboxRepository, 'enqueue'>;
  now: () => Date;
  /** Called after each enqueue, to have the worker send without waiting for its next poll. */
  onEnqueued?: () => void;
}

/**
 * The bot's side of a remote agent desk: each call is queued in the outbox, in the same turn (and the same
 * commit) as the change that caused it, and returns at once. The customer's answer never waits on Teams, and
 * Teams being down delays the card instead of losing it: the outbox worker delivers the call through a
 * DeskSender, with retries and backoff.
 *
 * @remarks Idempotency keys make a repeated call one item: the card of one ticket version is shown once, an
 * alert or a customer message once per content.
 */
export class OutboxDesk implements AgentDesk {
  readonly name: string;

  constructor(private readonly options: OutboxDeskOptions) {
    this.name = options.desk;
  }

  showTicket(ticket: Ticket): Promise<void> {
    return this.enqueue(ticket, `v${ticket.version}`, { call: 'showTicket' });
  }

  customerMessage(ticket: Ticket, message: CustomerMessage): Promise<void> {
    const { text, createdAt, attachments } = message;
    return this.enqueue(ticket, `message:${createdAt}:${digest(text)}`, {
      call: 'customerMessage',
      message: { text, createdAt, attachments },
    });
  }

  alert(ticket: Ticket, alert: DeskAlert): Promise<void> {
    return this.enqueue(ticket, `v${ticket.version}:${alert.kind}:${digest(alert.text)}`, { call: 'alert', alert });
  }

  /** Queued apart from tickets: once per request and event. */
  async deliveryChange(request: DeliveryChangeRequest, event: DeliveryChangeEvent): Promise<void> {
    const { desk, channel, outbox, now } = this.options;
    await outbox.enqueue(
      {
        channel,
        to: desk,
        payload: { call: 'deliveryChange', request: request.id, event },
        idempotencyKey: `desk:${desk}:change:${request.id}:${event}`,
      },
      now().toISOString(),
    );
    this.options.onEnqueued?.();
  }

  private async enqueue(ticket: Ticket, key: string, call: DeskCall): Promise<void> {
    const { desk, channel, outbox, now } = this.options;
    await outbox.enqueue(
      {
        channel,
        to: desk,
        payload: call,
        idempotencyKey: `desk:${desk}:${ticket.id}:${call.call}:${key}`,
        ticketId: ticket.id,
      },
      now().toISOString(),
    );
    this.options.onEnqueued?.();
  }
}

/**
 * The outbox worker's side: delivers a queued desk call to the real desk, with the ticket as it is now (a card
 * queued at hand-off shows the ticket's state when it is posted). A call the desk cannot take yet (another
 * process is posting the ticket's thread) fails and is retried like any send.
 */
export class DeskSender implements OutboundSender {
  constructor(
    private readonly desk: AgentDesk,
    private readonly tickets: Pick<TicketRepository, 'get'>,
    private readonly deliveryChanges: Pick<DeliveryChangeRepository, 'get'>,
  ) {}

  async send(item: OutboxItem): Promise<{ providerId: string }> {
    const change = changeCall.safeParse(item.payload);
    if (change.success) return this.sendChange(item, change.data);
    const parsed = deskCall.safeParse(item.payload);
    if (!parsed.success) throw new PermanentSendError(`not a desk call: ${parsed.error.message}`);
    const ticket = item.ticketId ? await this.tickets.get(item.ticketId) : undefined;
    if (!ticket) throw new PermanentSendError(`ticket ${item.ticketId ?? '(none)'} does not exist`);
    const call = parsed.data;
    switch (call.call) {
      case 'showTicket':
        await this.desk.showTicket(ticket);
        break;
      case 'customerMessage':
        await this.desk.customerMessage(ticket, call.message);
        break;
      case 'alert':
        await this.desk.alert(ticket, call.alert);
        break;
    }
    return { providerId: `${this.desk.name}:${item.id}` };
  }

  /**
   * Posts a request's card as it is now; one decided meanwhile (on the page, by the courier's systems) is posted no
   * more: nobody needs to act on it.
   */
  private async sendChange(item: OutboxItem, call: z.infer<typeof changeCall>): Promise<{ providerId: string }> {
    const request = await this.deliveryChanges.get(call.request);
    if (!request) throw new PermanentSendError(`delivery change request ${call.request} does not exist`);
    if (request.status === 'requested') await this.desk.deliveryChange(request, call.event);
    return { providerId: `${this.desk.name}:${item.id}` };
  }
}
