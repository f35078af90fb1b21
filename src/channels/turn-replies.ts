import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';

const TURN_REPLIES = Symbol('parcelcare.turnReplies');

/** Marks a turn whose replies go back in the transport's own response (TwiML, one reply mail). */
export function collectRepliesOf(context: TurnContext): string[] {
  const replies: string[] = [];
  context.turnState.set(TURN_REPLIES, replies);
  return replies;
}

/**
 * `sendActivities` for channels that answer a webhook synchronously and send anything later through the
 * outbox: message texts of a collecting turn are gathered; otherwise each goes to `sendLater` (which
 * returns the id it was queued under, or '' when nothing was sent).
 */
export async function collectOrSendLater(
  context: TurnContext,
  activities: Partial<Activity>[],
  sendLater: (to: string, text: string) => Promise<string>,
): Promise<ResourceResponse[]> {
  const collected = context.turnState.get(TURN_REPLIES) as string[] | undefined;
  const responses: ResourceResponse[] = [];
  for (const activity of activities) {
    const text = activity.type === 'message' ? activity.text?.trim() : undefined;
    if (!text) {
      responses.push({ id: '' });
    } else if (collected) {
      collected.push(text);
      responses.push({ id: `${context.activity.id ?? 'turn'}:reply-${collected.length}` });
    } else {
      responses.push({ id: await sendLater(activity.conversation?.id ?? context.activity.conversation.id, text) });
    }
  }
  return responses;
}

/**
 * A BotAdapter for store-and-forward channels (SMS, email): a sent message cannot be edited or deleted, and
 * proactive messages run a turn whose replies go out through the outbox.
 */
export abstract class StoreAndForwardAdapter extends BotAdapter {
  /** Name used in errors: "SMS cannot edit a sent message". */
  protected abstract readonly channelName: string;

  async updateActivity(): Promise<void> {
    throw new Error(`${this.channelName} cannot edit a sent message`);
  }

  async deleteActivity(): Promise<void> {
    throw new Error(`${this.channelName} cannot delete a sent message`);
  }

  /** Proactive messages (agent replies, notifications) to the conversation's address. */
  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
