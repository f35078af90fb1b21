import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import { markRedelivery } from '../../bot';
import type { DirectLineConversations } from './directline.conversations';

export const BOT_ACCOUNT = { id: 'parcelcare', name: 'ParcelCare', role: 'bot' } as const;

/**
 * The web chat channel's BotAdapter: runs a turn for each activity a Direct Line client posts, and turns the
 * bot's replies into activities in that conversation's stream.
 */
export class WebChatAdapter extends BotAdapter {
  constructor(private readonly conversations: DirectLineConversations) {
    super();
  }

  /**
   * Runs the bot on an inbound activity; resolves when the turn (and its replies) is done.
   * @param options.redelivery the activity is stored but was never answered: run its turn again.
   */
  async processActivity(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
    options: { redelivery?: boolean } = {},
  ): Promise<void> {
    const context = new TurnContext(this, activity);
    if (options.redelivery) markRedelivery(context);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const { id: _id, ...reply } = activity;
      const stored = await this.conversations.append(conversationId, {
        ...reply,
        channelId: 'webchat',
        from: { ...BOT_ACCOUNT },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      });
      responses.push({ id: stored.activity.id as string });
    }
    return responses;
  }

  /** Web Chat shows the updated activity when it arrives again with the same id. */
  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    await this.conversations.append(conversationId, { ...activity, from: { ...BOT_ACCOUNT } });
  }

  /**
   * @remarks Direct Line clients cannot retract an activity they have already received; deletion is refused.
   */
  async deleteActivity(): Promise<void> {
    throw new Error('the web chat channel cannot delete activities');
  }

  /** Proactive messages (agent replies, notifications) into a conversation, whichever process serves it. */
  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation' },
      reference,
      true,
    );
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }
}
