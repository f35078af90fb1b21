import {
  ActivityHandler,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { HandoffService, Replies, TicketViews } from '../../bot';
import type { DeliveryChangeService } from '../../tracking';
import type { Store } from '../../store/store.port';
import { DomainError, NotPermittedError, type Agent } from '../../tickets';
import { actionFromCard, CardActionError, CARD_CONTENT_TYPE, ticketCard } from '../desk/ticket-card';
import { CHANGE_VERBS, deliveryChangeCard } from '../desk/delivery-change-card';
import { englishCount } from '../../english-count';

export interface TeamsAgentBotOptions {
  handoff: HandoffService;
  views: TicketViews;
  store: Pick<Store, 'conversations'>;
  /** Teams users (AAD object ids) who may act on any ticket and approve complex resolutions. */
  supervisors: readonly string[];
  /** Change-delivery requests: listed by the `delivery changes` command, decided on their cards. */
  deliveryChanges: DeliveryChangeService;
  replies: Replies;
  logger: Logger;
  timeZone: string;
}

/** What an agent writes to list the change-delivery requests waiting (with or without @mentioning the bot). */
const LIST_CHANGES = /^(改派|改派请求|delivery changes?)$/i;
/** Cards in one answer to the command: the newest waiting requests. */
const LISTED_CHANGES = 10;

/**
 * What agents do in Teams: a reply in a ticket's thread goes to the customer; the card's buttons
 * (Action.Execute) accept, resolve, transfer, escalate or approve, and answer with the updated card. Writing
 * `delivery changes` (改派) lists the change-delivery requests waiting, a card each with Confirm and Decline.
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
    if (LIST_CHANGES.test(text)) {
      await this.listDeliveryChanges(context);
      return;
    }
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

  /** Answers the `delivery changes` command: a card for each request waiting, the newest first. */
  private async listDeliveryChanges(context: TurnContext): Promise<void> {
    const { deliveryChanges, replies, timeZone } = this.options;
    const waiting = await deliveryChanges.list({ status: 'requested', limit: LISTED_CHANGES });
    if (waiting.length === 0) {
      await context.sendActivity('No delivery change requests are waiting. 没有待处理的改派请求。');
      return;
    }
    const cards = waiting.map((request) => ({
      contentType: CARD_CONTENT_TYPE,
      content: deliveryChangeCard(request, replies, timeZone),
    }));
    await context.sendActivity(
      MessageFactory.list(
        cards,
        `${englishCount(waiting.length, 'delivery change request', 'delivery change requests')} waiting · ${waiting.length} 个改派请求待处理`,
      ),
    );
  }

  /**
   * Confirms, declines or escalates a change-delivery request from its card (by the agent's AAD id and role),
   * once. Confirming a request marked for a supervisor is refused to anyone else (the clicker reads why).
   */
  private async decideDeliveryChange(
    context: TurnContext,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    const id = typeof data.request === 'string' ? data.request : '';
    const note = typeof data.note === 'string' ? data.note.trim() : '';
    if (!id) throw new CardActionError('the action names no request');
    if (note.length > 500) throw new CardActionError('a note may have at most 500 characters');
    const agent = this.agentOf(context);
    const decider = { by: `teams:${agent.id}`, supervisor: agent.supervisor };
    const { deliveryChanges } = this.options;
    let changed;
    if (verb === CHANGE_VERBS.escalate) changed = await deliveryChanges.escalate(id, decider, note);
    else {
      const decline = verb === CHANGE_VERBS.decline;
      if (decline && !note) throw new CardActionError('a decline needs a note: the customer is told why');
      changed = await deliveryChanges.decide(id, decline ? 'declined' : 'confirmed', decider, note);
    }
    return {
      statusCode: 200,
      type: CARD_CONTENT_TYPE,
      value: deliveryChangeCard(changed, this.options.replies, this.options.timeZone),
    };
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    try {
      if ((Object.values(CHANGE_VERBS) as string[]).includes(verb))
        return await this.decideDeliveryChange(context, verb, (data ?? {}) as Record<string, unknown>);
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
