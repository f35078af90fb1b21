import type { Logger } from 'pino';
import type { ChannelId, Conversation, Locale, Register } from '../conversations/records';
import type { Store } from '../store/store.port';
import { changeTicket, type BusinessHours } from '../tickets';
import type { Claim, ClaimStep } from '../tickets/claim.records';
import type { Ticket } from '../tickets/records';
import type { Waybill } from '../tracking/records';
import { ParcelAudience, type ParcelRecipient } from './parcel-audience';

/** Who a claim message is written for: their channel and language, and the parcel. */
export type ClaimReader = Pick<ParcelRecipient, 'channel' | 'locale' | 'register'> & { trackingNumber: string };

/**
 * Writes claim messages as outbox payloads of the recipient's channel. `ticket` is given only for the ticket's own
 * customer: nobody else learns its number, nor the reasons an agent gives for a decision.
 */
export interface ClaimComposer {
  /** The claim opened: its amount, what happens next. */
  composeClaim(reader: ClaimReader, claim: Claim, ticket: Ticket | undefined): Record<string, unknown>;
  /** A later step: approval requested of a supervisor, approved, rejected, paid. */
  composeClaimStep(
    reader: ClaimReader,
    claim: Claim,
    step: ClaimStep,
    ticket: Ticket | undefined,
  ): Record<string, unknown>;
}

export interface ClaimNewsOptions {
  store: Pick<Store, 'parcelLinks' | 'tickets' | 'conversations' | 'customers' | 'outbox'>;
  composer: ClaimComposer;
  /** When messages may go out (the courier's quiet hours turned around); others wait for the next opening. */
  hours: BusinessHours;
  /** Whether SMS can be sent: then the shipment's own phones are told too. */
  sms: boolean;
  /** The language of the courier's market, for recipients whose language nobody knows. */
  defaultLocale: Locale;
  /** Reads a parcel as it is now (who is on its waybill). */
  findShipment: (trackingNumber: string) => Promise<Waybill | undefined>;
  now: () => Date;
  logger: Logger;
  /** Wakes the outbox worker after messages were queued. */
  onEnqueued?: () => void;
}

/** Channels a claim message can go out on. */
const CUSTOMER_CHANNELS: readonly ChannelId[] = ['webchat', 'sms', 'email'];

/**
 * Tells a parcel's customers about its pre-compensation claim: that it opened (everyone linked to the parcel, as
 * for notices), and then each later step (approval requested of a supervisor, approved, rejected, paid) to everyone
 * who was told it opened, on the channel they were told on, in their language, through the outbox, after quiet hours.
 *
 * @remarks Each message has an outbox key per claim, step and recipient, so telling a step again sends nothing
 * twice. Before each step a recipient is checked again: still linked to the parcel (a phone still on the waybill)
 * and not opted out of that channel; SMS is checked against STOP once more when it is sent. Only the ticket's own
 * customer is given its number and an agent's reasons.
 */
export class ClaimNews {
  private readonly audience: ParcelAudience;

  constructor(private readonly options: ClaimNewsOptions) {
    this.audience = new ParcelAudience(options);
  }

  /**
   * Tells everyone linked to the parcel that its claim opened, each right after the anomaly's own notice to them
   * (`after`: when that notice is due, by recipient), and keeps on the claim who was told where.
   */
  async announce(claim: Claim, ticket: Ticket, shipment: Waybill, after = new Map<string, string>()): Promise<number> {
    const { store, composer, hours } = this.options;
    const now = this.options.now();
    const recipients = await this.audience.recipients(shipment);
    for (const recipient of recipients) {
      const own = recipient.customerId === ticket.customerId;
      await store.outbox.enqueue(
        {
          channel: recipient.channel,
          to: recipient.to,
          payload: composer.composeClaim(this.reader(recipient, claim), claim, own ? ticket : undefined),
          idempotencyKey: `claim:${claim.id}:${recipient.key}`,
          nextAttemptAt: after.get(recipient.key) ?? (hours.nextOpening(now) ?? now).toISOString(),
          ...(own ? { ticketId: ticket.id } : {}),
        },
        now.toISOString(),
      );
    }
    if (recipients.length === 0) return 0;
    await changeTicket(store, { now: this.options.now }, ticket.id, (current) => {
      if (current.claim?.id !== claim.id) return current;
      const told = current.claim.told ?? [];
      const added = recipients.filter((r) => !told.some((t) => t.key === r.key));
      return added.length ? { ...current, claim: { ...current.claim, told: [...told, ...added] } } : current;
    });
    this.options.onEnqueued?.();
    return recipients.length;
  }

  /**
   * Tells a step of the ticket's claim to everyone who was told it opened (a claim that kept no list: everyone
   * linked to the parcel now), and always to the ticket's own customer. Resolves with how many were queued.
   */
  async tellStep(ticket: Ticket, step: ClaimStep): Promise<number> {
    const { store, composer, hours } = this.options;
    const claim = ticket.claim;
    if (!claim) return 0;
    const shipment = await this.options.findShipment(claim.trackingNumber);
    const audience = claim.told ?? (shipment ? await this.audience.recipients(shipment) : []);
    const owner = audience.some((r) => r.customerId === ticket.customerId) ? undefined : await this.ownerOf(ticket);
    const now = this.options.now();
    let queued = 0;
    for (const recipient of owner ? [...audience, owner] : audience) {
      if (!(await this.audience.mayStillHear(recipient, claim.trackingNumber, shipment))) continue;
      const own = recipient.customerId === ticket.customerId;
      const conversation = recipient.conversationId
        ? await store.conversations.get(recipient.conversationId)
        : undefined;
      // The conversation's language and register now (the customer may have changed either since the claim opened).
      const reader: ClaimReader = {
        ...this.reader(recipient, claim),
        ...(conversation?.locale ? voiceOf(conversation.locale, conversation.register) : {}),
      };
      await store.outbox.enqueue(
        {
          channel: recipient.channel,
          to: recipient.to,
          payload: composer.composeClaimStep(reader, claim, step, own ? ticket : undefined),
          idempotencyKey: `claim:${claim.id}:${step}:${recipient.key}`,
          nextAttemptAt: (hours.nextOpening(now) ?? now).toISOString(),
          ...(own ? { ticketId: ticket.id } : {}),
        },
        now.toISOString(),
      );
      queued += 1;
    }
    if (queued > 0) this.options.onEnqueued?.();
    else this.options.logger.warn({ ticket: ticket.number, step }, 'nobody to tell about the claim');
    return queued;
  }

  private reader(recipient: ParcelRecipient, claim: Claim): ClaimReader {
    return {
      channel: recipient.channel,
      trackingNumber: claim.trackingNumber,
      ...voiceOf(recipient.locale, recipient.register),
    };
  }

  /** The ticket's customer in the conversation on the ticket they used last (a claim that was never announced). */
  private async ownerOf(ticket: Ticket): Promise<ParcelRecipient | undefined> {
    const { conversations, customers } = this.options.store;
    const theirs = await Promise.all(ticket.conversationIds.map((id) => conversations.get(id)));
    const latest = theirs
      .filter((c): c is Conversation => c?.customerId === ticket.customerId && CUSTOMER_CHANNELS.includes(c.channel))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!latest) return undefined;
    const customer = await customers.get(ticket.customerId);
    return {
      key: `customer:${ticket.customerId}`,
      customerId: ticket.customerId,
      channel: latest.channel,
      to: latest.externalId,
      conversationId: latest.id,
      locale: latest.locale ?? customer?.locale ?? this.options.defaultLocale,
    };
  }
}

/** The language and register someone is written to in. */
const voiceOf = (locale: Locale, register: Register | undefined): Pick<ClaimReader, 'locale' | 'register'> => ({
  locale,
  ...(register ? { register } : {}),
});
