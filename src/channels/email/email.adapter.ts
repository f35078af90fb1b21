import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity, type ResourceResponse } from 'botbuilder-core';
import { markRedelivery } from '../../bot';
import { VersionConflictError } from '../../store/errors';
import type { ConversationRepository, OutboxRepository, TicketRepository } from '../../store/store.port';
import { collectOrSendLater, collectRepliesOf, StoreAndForwardAdapter } from '../turn-replies';
import type { MailThread } from './email.mapping';
import { renderBody, replySubject } from './email.mapping';
import type { EmailThreadSignature } from './thread-signature';

export interface EmailAdapterOptions {
  outbox: Pick<OutboxRepository, 'enqueue'>;
  /**
   * To file each outbound mail under the ticket its conversation is about, and to keep the conversation's
   * latest thread so that later mails (agents' replies, notices, surveys) stay in it.
   */
  conversations: Pick<ConversationRepository, 'findByExternalId' | 'update'>;
  /** The ticket's number goes in the subject of every mail about it. */
  tickets: Pick<TicketRepository, 'get'>;
  now: () => Date;
  courierName: string;
  /** Wakes the outbox worker after something was enqueued. */
  onEnqueued?: () => void;
  /** Signs the ids of mail in an unverified conversation, so that a reply to it continues it. */
  threads: EmailThreadSignature;
}

const threadOf = (activity: Partial<Activity>): MailThread | undefined =>
  (activity.channelData as { thread?: MailThread } | undefined)?.thread;

/** What an outbound email carries in the outbox. */
export interface EmailPayload {
  subject: string;
  text: string;
  html: string;
  /** Set for a mail in an unverified conversation: signed (thread-signature.ts); else the relay's own. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
}

/**
 * The email channel's BotAdapter. The replies of one inbound mail go out as one reply mail, threaded to it
 * (In-Reply-To, References, "Re:" subject with the ticket number); proactive messages are mails of their own
 * in the same thread. In an unverified sender's conversation our Message-ID and first References entry are signed
 * (thread-signature.ts), so that their reply continues it. Everything goes through the outbox.
 * @remarks Email cannot edit or delete a sent message.
 */
export class EmailAdapter extends StoreAndForwardAdapter {
  protected readonly channelName = 'email';

  constructor(private readonly options: EmailAdapterOptions) {
    super();
  }

  /**
   * Runs the bot on an inbound mail; the turn's replies are queued as one threaded reply.
   * @param options.redelivery the mail is stored but was never answered: run its turn again.
   * @returns the reply's outbox key, '' when the turn had nothing to say.
   */
  async processInbound(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
    options: { redelivery?: boolean } = {},
  ): Promise<string> {
    const context = new TurnContext(this, activity);
    if (options.redelivery) markRedelivery(context);
    const replies = collectRepliesOf(context);
    await this.runMiddleware(context, logic);
    const thread = threadOf(context.activity);
    if (thread) await this.rememberThread(activity.from?.id as string, thread);
    if (replies.length === 0) return '';
    const key = `email:reply:${activity.id ?? randomUUID()}`;
    await this.enqueue(activity.from?.id as string, replies, thread, key);
    return key;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return collectOrSendLater(context, activities, async (to, text) => {
      // A proactive turn carries no mail: answer in the thread the customer last wrote in.
      const thread =
        threadOf(context.activity) ??
        ((await this.options.conversations.findByExternalId('email', to))?.reference.thread as MailThread | undefined);
      const key = `email:${randomUUID()}`;
      await this.enqueue(to, [text], thread, key);
      return key;
    });
  }

  /** Keeps the customer's latest mail on the conversation (a concurrent writer's change is re-read). */
  private async rememberThread(address: string, thread: MailThread): Promise<void> {
    const now = this.options.now().toISOString();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const conversation = await this.options.conversations.findByExternalId('email', address);
      if (!conversation) return;
      try {
        await this.options.conversations.update(
          { ...conversation, reference: { ...conversation.reference, thread } },
          now,
        );
        return;
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
      }
    }
  }

  private async enqueue(to: string, paragraphs: string[], thread: MailThread | undefined, key: string): Promise<void> {
    const body = renderBody(paragraphs, this.options.courierName);
    const ticketId = (await this.options.conversations.findByExternalId('email', to))?.ticketId;
    const ticketNumber = ticketId ? (await this.options.tickets.get(ticketId))?.number : undefined;
    const { threads } = this.options;
    const messageId = threads.messageId(to);
    const threadId = threads.threadId(to);
    const references = [
      ...new Set([...(threadId ? [threadId] : []), ...(thread ? [...thread.references, thread.messageId] : [])]),
    ];
    const payload: EmailPayload = {
      subject: replySubject(thread?.subject ?? '', paragraphs.join('\n'), this.options.courierName, ticketNumber),
      ...body,
      ...(messageId ? { messageId } : {}),
      ...(thread ? { inReplyTo: thread.messageId } : {}),
      ...(references.length ? { references } : {}),
    };
    await this.options.outbox.enqueue(
      {
        channel: 'email',
        to,
        payload: payload as unknown as Record<string, unknown>,
        idempotencyKey: key,
        ...(ticketId ? { ticketId } : {}),
      },
      this.options.now().toISOString(),
    );
    this.options.onEnqueued?.();
  }
}
