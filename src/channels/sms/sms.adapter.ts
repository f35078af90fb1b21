import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity, type ResourceResponse } from 'botbuilder-core';
import type { Logger } from 'pino';
import { markRedelivery } from '../../bot';
import type { Customer } from '../../conversations/records';
import type { ConversationRepository, CustomerRepository, OutboxRepository } from '../../store/store.port';
import { collectOrSendLater, collectRepliesOf, StoreAndForwardAdapter } from '../turn-replies';
import { splitSms } from './sms.mapping';

export interface SmsAdapterOptions {
  outbox: Pick<OutboxRepository, 'enqueue'>;
  customers: Pick<CustomerRepository, 'findByIdentity'>;
  /** The customer the bot resolved during a turn, if it did: the opt-out check after the turn reuses it. */
  turnCustomer?: (context: TurnContext) => Customer | undefined;
  /** To file each outbound message under the ticket its conversation is about. */
  conversations: Pick<ConversationRepository, 'findByExternalId'>;
  now: () => Date;
  logger: Logger;
  /** Wakes the outbox worker after something was enqueued. */
  onEnqueued?: () => void;
}

/**
 * The SMS channel's BotAdapter. Replies made while answering a webhook are returned to Twilio in the TwiML
 * response; later messages (agent replies, notifications, surveys) go to the outbox and out through
 * Twilio's REST API. Nothing is sent to a number that opted out.
 * @remarks SMS cannot edit or delete a sent message.
 */
export class SmsAdapter extends StoreAndForwardAdapter {
  protected readonly channelName = 'SMS';

  constructor(private readonly options: SmsAdapterOptions) {
    super();
  }

  /**
   * Runs the bot on an inbound SMS and resolves with the texts to answer in TwiML, split into SMS parts.
   * @param options.redelivery the message is stored but was never answered: run its turn again.
   */
  async processInbound(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
    options: { redelivery?: boolean } = {},
  ): Promise<string[]> {
    const context = new TurnContext(this, activity);
    if (options.redelivery) markRedelivery(context);
    const replies = collectRepliesOf(context);
    await this.runMiddleware(context, logic);
    const customer = this.options.turnCustomer?.(context);
    if (customer ? customer.optedOut?.sms : await this.optedOut(activity.from?.id)) return [];
    return replies.flatMap(splitSms);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return collectOrSendLater(context, activities, (to, text) => this.sendLater(to, text));
  }

  /** Queues a text for a phone number in the outbox, one SMS-sized part per item. */
  private async sendLater(to: string, text: string): Promise<string> {
    if (await this.optedOut(to)) {
      this.options.logger.info({ to }, 'not sending SMS: the number opted out');
      return '';
    }
    const key = `sms:${randomUUID()}`;
    const now = this.options.now().toISOString();
    const ticketId = (await this.options.conversations.findByExternalId('sms', to))?.ticketId;
    for (const [index, part] of splitSms(text).entries()) {
      await this.options.outbox.enqueue(
        {
          channel: 'sms',
          to,
          payload: { text: part },
          idempotencyKey: `${key}:${index}`,
          ...(ticketId ? { ticketId } : {}),
        },
        now,
      );
    }
    this.options.onEnqueued?.();
    return key;
  }

  private async optedOut(phone: string | undefined): Promise<boolean> {
    if (!phone) return false;
    const customer = await this.options.customers.findByIdentity({ kind: 'phone', value: phone });
    return Boolean(customer?.optedOut?.sms);
  }
}
