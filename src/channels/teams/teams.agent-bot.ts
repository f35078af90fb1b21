import {
  ActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { HandoffService, TicketViews } from '../../bot';
import type { Store } from '../../store/store.port';
import { DomainError, NotPermittedError, type Agent } from '../../tickets';
import { actionFromCard, CardActionError, CARD_CONTENT_TYPE, ticketCard } from '../desk/ticket-card';

export interface TeamsAgentBotOptions {
  handoff: HandoffService;
  views: TicketViews;
  store: Pick<Store, 'conversations'>;
  /** Teams users (AAD object ids) who may act on any ticket and approve complex resolutions. */
  supervisors: readonly string[];
  logger: Logger;
  timeZone: string;
}

/**
 * What agents do in Teams: a reply in a ticket's thread goes to the customer; the card's buttons
 * (Action.Execute) accept, resolve, transfer, escalate or approve, and answer with the updated card.
 */
export class TeamsAgentBot extends ActivityHandler {
  constructor(private readonly options: TeamsAgentBotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.relayAgentMessage(context);
      await next();
    });
  }

  /**
   * The Teams user behind an activity, by AAD object id only: a display name is chosen by its owner and can be
   * shared by anyone in the tenant, so it names the agent to customers but grants nothing.
   */
  private agentOf(context: TurnContext): Agent {
    const from = context.activity.from;
    const id = from.aadObjectId?.trim();
    if (!id) throw new NotPermittedError('this Teams account has no Entra (AAD) identity; agents must sign in');
    const name = from.name?.trim();
    return { id, supervisor: this.options.supervisors.includes(id), ...(name ? { name } : {}) };
  }

  private async ticketOfThread(context: TurnContext): Promise<string | undefined> {
    const conversation = await this.options.store.conversations.findByExternalId(
      'msteams',
      context.activity.conversation.id,
    );
    return conversation?.ticketId;
  }

  private async relayAgentMessage(context: TurnContext): Promise<void> {
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    if (!text) return;
    const ticketId = await this.ticketOfThread(context);
    if (!ticketId) {
      await context.sendActivity('This thread is not linked to a ticket; reply in the thread of the ticket card.');
      return;
    }
    try {
      await this.options.handoff.agentMessage(ticketId, this.agentOf(context), text);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      await context.sendActivity(`Not sent to the customer: ${err.message}`);
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    try {
      const { ticket, action } = actionFromCard(verb, (data ?? {}) as Record<string, unknown>);
      const updated = await this.options.handoff.act(ticket, this.agentOf(context), action);
      const view = await this.options.views.build(updated);
      return { statusCode: 200, type: CARD_CONTENT_TYPE, value: ticketCard(view, this.options.timeZone) };
    } catch (err) {
      if (!(err instanceof DomainError) && !(err instanceof CardActionError)) throw err;
      this.options.logger.info({ verb, reason: err.message }, 'card action refused');
      // Teams shows a message response to the agent who clicked and leaves the card as it was. The protocol's
      // value is then a plain string, which botbuilder's type (a JSON object) does not allow for.
      const message = err.message as unknown as Record<string, unknown>;
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message };
    }
  }
}
