import type { Logger } from 'pino';
import type { ChannelId, Conversation, Locale, Register } from '../conversations/records';
import type { Ticket } from '../tickets/records';
import type { Store } from '../store/store.port';
import type { BusinessHours, ProgressSchedule } from '../tickets';
import { latestCustomerConversation } from './agent-desk';
import type { ReplyKey, ReplyVars, Replies } from './replies';

/** A progress update in words, for the channel it goes out on. */
export interface ProgressMessage {
  channel: ChannelId;
  text: string;
  /** The ticket it is about, when it is about one (an email's subject names it). */
  ticketNumber?: string;
  /** The customer's conversation it goes to (an email keeps to its thread). */
  conversation: Conversation;
}

/** Writes a progress update's outbox payload on its channel (SMS text, threaded email, web chat message). */
export interface ProgressComposer {
  compose(message: ProgressMessage): Record<string, unknown>;
}

export interface ProgressNotifierOptions {
  store: Pick<Store, 'conversations' | 'customers' | 'outbox'>;
  composer: ProgressComposer;
  replies: Replies;
  /** When messages the customer did not prompt may go out (QUIET_HOURS turned around); others wait. */
  sendingHours: BusinessHours;
  /** The language of the courier's market, for a customer whose language nobody knows. */
  defaultLocale: Locale;
  now: () => Date;
  logger: Logger;
  /** Wakes the outbox worker after an update was queued. */
  onEnqueued?: () => void;
}

/** Why an update did not go out, for the ticket's history. */
export type NotSent = 'no customer conversation' | 'the customer opted out';

export type SendOutcome = { sent: true } | { sent: false; reason: NotSent };

/**
 * Sends progress updates about a ticket to its own customer, on the channel they last used for it, in their
 * language, through the outbox (and other messages the customer did not prompt in a turn, `tell`): an update found during quiet hours waits for their end, nothing goes to a
 * channel the customer opted out of (SMS is checked again when it is sent), and an update's idempotency key
 * makes queueing it twice (a retry, a second process) send it once.
 */
export class ProgressNotifier {
  constructor(private readonly options: ProgressNotifierOptions) {}

  /** Queues the catalog's `key` for the ticket's customer; resolves with why not when it cannot go. */
  async send(
    ticket: Ticket,
    key: ReplyKey,
    vars: (locale: Locale) => ReplyVars,
    idempotencyKey: string,
  ): Promise<SendOutcome> {
    const { store, replies } = this.options;
    const conversation = await latestCustomerConversation(store.conversations, ticket);
    if (!conversation) return { sent: false, reason: 'no customer conversation' };
    return this.tell(
      conversation,
      (locale, register) => replies.t(locale, key, vars(locale), register),
      idempotencyKey,
      { ticket },
    );
  }

  /**
   * Queues words for one of the customer's conversations, in its language and register, on its channel: after quiet hours, or
   * `atOnce` for an answer the customer waits for (a decision on their own request).
   */
  async tell(
    conversation: Conversation,
    write: (locale: Locale, register?: Register) => string,
    idempotencyKey: string,
    options: { ticket?: Pick<Ticket, 'id' | 'number'>; atOnce?: boolean } = {},
  ): Promise<SendOutcome> {
    const { store, composer, now } = this.options;
    const customer = conversation.customerId ? await store.customers.get(conversation.customerId) : undefined;
    if (customer?.optedOut?.[conversation.channel]) return { sent: false, reason: 'the customer opted out' };
    const text = write(conversation.locale ?? customer?.locale ?? this.options.defaultLocale, conversation.register);
    const { ticket } = options;
    const at = now();
    await store.outbox.enqueue(
      {
        channel: conversation.channel,
        to: conversation.externalId,
        payload: composer.compose({
          channel: conversation.channel,
          text,
          ...(ticket ? { ticketNumber: ticket.number } : {}),
          conversation,
        }),
        idempotencyKey,
        ...(ticket ? { ticketId: ticket.id } : {}),
        nextAttemptAt: (options.atOnce ? at : (this.options.sendingHours.nextOpening(at) ?? at)).toISOString(),
      },
      at.toISOString(),
    );
    this.options.onEnqueued?.();
    return { sent: true };
  }

  /** An agent's "update the customer", in the agent's words under the ticket's number. */
  async agentUpdate(ticket: Ticket, agentName: (locale: Locale) => string, text: string): Promise<SendOutcome> {
    const at = ticket.customerUpdatedAt ?? this.options.now().toISOString();
    return this.send(
      ticket,
      'progress.update',
      (locale) => ({ number: ticket.number, agent: agentName(locale), text }),
      `progress:update:${ticket.id}:${at}`,
    );
  }

  /**
   * The periodic update: the ticket's status and its resolution deadline as they are — ahead, or missed (and then
   * whether a supervisor has it). Keyed by the period (the update it counts from).
   */
  async periodic(ticket: Ticket, since: string, timeZone: string): Promise<SendOutcome> {
    const { replies, now } = this.options;
    const overdue = Date.parse(ticket.deadlines.resolution) <= now().getTime();
    const key: ReplyKey = !overdue
      ? 'progress.onTrack'
      : ticket.level > 0
        ? 'progress.overdueEscalated'
        : 'progress.overdue';
    return this.send(
      ticket,
      key,
      (locale) => ({
        number: ticket.number,
        status: replies.t(locale, `ticketStatus.${ticket.status}` as ReplyKey),
        deadline: replies.dateTime(locale, ticket.deadlines.resolution, timeZone),
      }),
      `progress:${ticket.id}:${since}`,
    );
  }
}

/**
 * One round of periodic progress updates (run by the follow-up scheduler): every open ticket whose customer has
 * heard nothing for PROGRESS_UPDATE_HOURS gets one update, recorded in its history — all of them, page by page.
 */
export class ProgressRound {
  constructor(
    private readonly options: {
      schedule: ProgressSchedule;
      notifier: ProgressNotifier;
      timeZone: string;
      logger: Logger;
    },
  ) {}

  async runOnce(): Promise<{ progressUpdates: number }> {
    const { schedule, notifier, timeZone, logger } = this.options;
    let sent = 0;
    for await (const page of schedule.duePages())
      for (const { ticket, since } of page) {
        try {
          // Queued first, then recorded: a crash in between queues the same key again, which sends nothing twice.
          const outcome = await notifier.periodic(ticket, since, timeZone);
          const note = outcome.sent
            ? `told the customer: ${ticket.status}, deadline ${ticket.deadlines.resolution}`
            : `not sent: ${outcome.reason}`;
          if ((await schedule.recordSent(ticket.id, since, note)) && outcome.sent) sent += 1;
        } catch (err) {
          logger.error({ err, ticket: ticket.number }, 'could not send a progress update');
        }
      }
    return { progressUpdates: sent };
  }
}
