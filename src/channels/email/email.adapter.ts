import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import type { ConversationRepository, OutboxRepository } from '../../store/store.port';
import { collectOrSendLater, collectRepliesOf, StoreAndForwardAdapter } from '../turn-replies';
import type { MailThread } from './email.mapping';
import { renderBody, replySubject } from './email.mapping';

export interface EmailAdapterOptions {
  outbox: Pick<OutboxRepository, 'enqueue'>;
  /** To file each outbound mail under the ticket its conversation is about. */
  conversations: Pick<ConversationRepository, 'findByExternalId'>;
  now: () => Date;
  courierName: string;
  /** Wakes the outbox worker after something was enqueued. */
  onEnqueued?: () => void;
}

/** What an outbound email carries in the outbox. */
export interface EmailPayload {
  subject: string;
  text: string;
  html: string;
  inReplyTo?: string;
  references?: string[];
}

/**
 * The email channel's BotAdapter. The replies of one inbound mail go out as one reply mail, threaded to it
 * (In-Reply-To, References, "Re:" subject with the ticket number); proactive messages are mails of their own
 * in the same thread. Everything goes through the outbox.
 * @remarks Email cannot edit or delete a sent message.
 */
export class EmailAdapter extends StoreAndForwardAdapter {
  protected readonly channelName = 'email';

  constructor(private readonly options: EmailAdapterOptions) {
    super();
  }

  /** Runs the bot on an inbound mail; the turn's replies are queued as one threaded reply. */
  async processInbound(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    const replies = collectRepliesOf(context);
    await this.runMiddleware(context, logic);
    if (replies.length === 0) return;
    const thread = (activity.channelData as { thread?: MailThread } | undefined)?.thread;
    await this.enqueue(activity.from?.id as string, replies, thread, `email:reply:${activity.id ?? randomUUID()}`);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const thread = (context.activity.channelData as { thread?: MailThread } | undefined)?.thread;
    return collectOrSendLater(context, activities, async (to, text) => {
      const key = `email:${randomUUID()}`;
      await this.enqueue(to, [text], thread, key);
      return key;
    });
  }

  private async enqueue(to: string, paragraphs: string[], thread: MailThread | undefined, key: string): Promise<void> {
    const body = renderBody(paragraphs, this.options.courierName);
    const payload: EmailPayload = {
      subject: replySubject(thread?.subject ?? '', paragraphs.join('\n'), this.options.courierName),
      ...body,
      ...(thread ? { inReplyTo: thread.messageId, references: [...thread.references, thread.messageId] } : {}),
    };
    const ticketId = (await this.options.conversations.findByExternalId('email', to))?.ticketId;
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
