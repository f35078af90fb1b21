import { MessageFactory, type ConversationReference } from 'botbuilder-core';
import type { NoticeText, NoticeWriter, ProactiveAdapter } from '../bot';
import type { ChannelId } from '../conversations/records';
import type { Claim, ClaimStep } from '../tickets/claim.records';
import type { Ticket } from '../tickets/records';
import type { ClaimComposer, ClaimReader, NoticeComposer, ParcelNotice } from '../proactive';
import type { OutboxItem } from '../store/records';
import type { Waybill } from '../tracking/records';
import type { ConversationRepository, CustomerRepository } from '../store/store.port';
import type { ParcelAnomaly } from '../tracking';
import { renderBody } from './email/email.mapping';
import { PermanentSendError, type OutboundSender } from './outbox/outbox.worker';

/** A web chat notice as the outbox keeps it: the text and its numbered choices as buttons. */
interface WebChatNoticePayload {
  text: string;
  buttons: { title: string; value: string }[];
  /** A ticket's progress update (src/channels/progress-delivery.ts) rather than a parcel's anomaly notice. */
  progress?: boolean;
}

/**
 * Turns an anomaly notice into the outbox payload of its channel: an SMS text, an email (subject, text and
 * HTML), a web chat message with the choices as buttons. The words come from the bot's NoticeWriter.
 */
export class ChannelNoticeComposer implements NoticeComposer, ClaimComposer {
  constructor(
    private readonly writer: NoticeWriter,
    private readonly courierName: string,
  ) {}

  compose(notice: ParcelNotice, anomaly: ParcelAnomaly, shipment: Waybill): Record<string, unknown> {
    return this.payload(notice.channel, this.writer.write(notice, anomaly, shipment));
  }

  composeClaim(reader: ClaimReader, claim: Claim, ticket: Ticket | undefined): Record<string, unknown> {
    return this.payload(reader.channel, this.writer.writeClaim(reader, claim, ticket));
  }

  composeClaimStep(
    reader: ClaimReader,
    claim: Claim,
    step: ClaimStep,
    ticket: Ticket | undefined,
  ): Record<string, unknown> {
    return this.payload(reader.channel, this.writer.writeClaimStep(reader, claim, step, ticket));
  }

  private payload(channel: ChannelId, written: NoticeText): Record<string, unknown> {
    switch (channel) {
      case 'email':
        return { subject: `[${this.courierName}] ${written.subject}`, ...renderBody([written.text], this.courierName) };
      case 'webchat': {
        const payload: WebChatNoticePayload = {
          text: written.text,
          buttons: written.choices.map((c) => ({ title: `${c.number}. ${c.title}`, value: String(c.number) })),
        };
        return { ...payload };
      }
      default:
        // SMS: the numbered choices are in the text; `notice` lets the sender check the opt-out at send time.
        return { text: written.text, notice: true };
    }
  }
}

/**
 * Sends queued web chat notices and progress updates into the customer's conversation, through the web chat adapter as any proactive
 * message (the conversation's stream keeps it, the transcript records it).
 */
export class WebChatNoticeSender implements OutboundSender {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly conversations: Pick<ConversationRepository, 'findByExternalId'>,
  ) {}

  async send(item: OutboxItem): Promise<{ providerId: string }> {
    const conversation = await this.conversations.findByExternalId('webchat', item.to);
    if (!conversation) throw new PermanentSendError(`no web chat conversation ${item.to}`);
    const { text, buttons, progress } = item.payload as unknown as WebChatNoticePayload;
    let id = '';
    await this.adapter.continueConversation(
      conversation.reference as Partial<ConversationReference>,
      async (context) => {
        const activity = buttons?.length
          ? MessageFactory.suggestedActions(
              buttons.map((b) => ({ type: 'imBack', title: b.title, value: b.value })),
              text,
            )
          : MessageFactory.text(text);
        const kind = progress ? { progress: true } : { notice: true };
        id = (await context.sendActivity({ ...activity, channelData: { author: 'bot', ...kind } }))?.id ?? '';
      },
    );
    return { providerId: `webchat:${id || item.id}` };
  }
}

/**
 * Checks a queued notice's number against the opt-outs when it is sent, not only when it was planned: a notice
 * waiting for the end of quiet hours must not go to a number that sent STOP in the meantime.
 */
export class OptOutGuardedSmsSender implements OutboundSender {
  constructor(
    private readonly sms: OutboundSender,
    private readonly customers: Pick<CustomerRepository, 'findByIdentity'>,
  ) {}

  async send(item: OutboxItem): Promise<{ providerId: string }> {
    if (item.payload.notice === true) {
      const owner = await this.customers.findByIdentity({ kind: 'phone', value: item.to });
      if (owner?.optedOut?.sms) throw new PermanentSendError('the number opted out (STOP) before the notice was sent');
    }
    return this.sms.send(item);
  }
}
