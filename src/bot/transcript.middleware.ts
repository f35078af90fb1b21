import { randomUUID } from 'node:crypto';
import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder-core';
import type { Logger } from 'pino';
import type { Attachment } from '../conversations/records';
import type { Store } from '../store/store.port';
import type { Clock } from '../tickets';
import { channelOf, UPLOAD_REFUSED_EVENT } from './channels';
import type { CustomerDirectory } from './customer-directory';

function attachmentsOf(activity: Partial<Activity>): Attachment[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentUrl)
    .map((a) => ({
      name: a.name ?? 'attachment',
      contentType: a.contentType,
      size: 0,
      location: a.contentUrl as string,
    }));
}

const REDELIVERY = Symbol('parcelcare.redelivery');

/**
 * Marks a turn as the transport's retry of a message that is stored but was never answered (its first turn
 * did not finish): the transcript lets it run again instead of dropping it as a repeated delivery.
 */
export function markRedelivery(context: TurnContext): void {
  context.turnState.set(REDELIVERY, true);
}

function authorOf(activity: Partial<Activity>): string {
  const author = (activity.channelData as { author?: unknown } | undefined)?.author;
  return typeof author === 'string' && author ? author : 'bot';
}

/**
 * Keeps the transcript and makes inbound messages idempotent: every message in and out is stored with its
 * conversation (and ticket, once there is one); an inbound message whose transport id was seen before is
 * acknowledged without running the bot again, unless its channel marked it as a redelivery of a message that
 * was never answered (`markRedelivery`).
 */
export class TranscriptMiddleware implements Middleware {
  constructor(
    private readonly store: Pick<Store, 'messages'>,
    private readonly directory: CustomerDirectory,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const repeated = activity.type === 'message' && !(await this.recordInbound(context));
    if (repeated && context.turnState.get(REDELIVERY) !== true) {
      this.logger.info(
        { channel: channelOf(activity.channelId), transportId: activity.id },
        'repeated delivery ignored',
      );
      return;
    }
    // A refused upload is the channel's answer to a request that changed nothing: the customer reads why in
    // the chat, and the store stays as it was.
    if (activity.type === 'event' && activity.name === UPLOAD_REFUSED_EVENT) return next();
    // Replies of every turn are recorded, the greeting on a conversation update included.
    context.onSendActivities((ctx, activities, sendNext) => this.recordOutbound(ctx, activities, sendNext));
    await next();
  }

  /** Stores the inbound message; false when its transport id was seen before. */
  private async recordInbound(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const { conversation } = await this.directory.resolve(context);
    const stored = await this.store.messages.append({
      conversationId: conversation.id,
      ...(conversation.ticketId ? { ticketId: conversation.ticketId } : {}),
      channel: channelOf(activity.channelId),
      direction: 'in',
      transportId: activity.id ?? randomUUID(),
      author: 'customer',
      text: activity.text ?? '',
      attachments: attachmentsOf(activity),
      createdAt: this.clock.now().toISOString(),
    });
    return stored.stored;
  }

  private async recordOutbound(
    ctx: TurnContext,
    activities: Partial<Activity>[],
    sendNext: () => Promise<ResourceResponse[]>,
  ): Promise<ResourceResponse[]> {
    const responses = await sendNext();
    // The ticket may have been created during this turn: read the conversation as the bot left it.
    const current = await this.directory.resolve(ctx);
    for (const [index, sent] of activities.entries()) {
      if (sent.type !== 'message') continue;
      const outbound = {
        conversationId: current.conversation.id,
        ...(current.conversation.ticketId ? { ticketId: current.conversation.ticketId } : {}),
        channel: channelOf(ctx.activity.channelId),
        direction: 'out' as const,
        transportId: responses[index]?.id || `out-${randomUUID()}`,
        // Agent replies relayed by the handoff carry their author; everything else is the bot's.
        author: authorOf(sent),
        text: sent.text ?? '',
        attachments: attachmentsOf(sent),
        createdAt: this.clock.now().toISOString(),
      };
      // Some adapters reuse or omit ids for outbound activities; the transcript keeps every message anyway.
      const result = await this.store.messages.append(outbound);
      if (!result.stored) await this.store.messages.append({ ...outbound, transportId: `out-${randomUUID()}` });
    }
    return responses;
  }
}
