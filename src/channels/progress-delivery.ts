import type { ProgressComposer, ProgressMessage } from '../bot';
import type { EmailPayload } from './email/email.adapter';
import { renderBody, replySubject, type MailThread } from './email/email.mapping';

/**
 * Turns a progress update into the outbox payload of its channel: an SMS text (checked against STOP again when it
 * is sent), an email in the customer's thread with the ticket number in the subject, a web chat message.
 */
export class ChannelProgressComposer implements ProgressComposer {
  constructor(private readonly courierName: string) {}

  compose(message: ProgressMessage): Record<string, unknown> {
    switch (message.channel) {
      case 'email': {
        const thread = message.conversation.reference.thread as MailThread | undefined;
        const payload: EmailPayload = {
          subject: replySubject(thread?.subject ?? '', message.text, this.courierName, message.ticketNumber),
          ...renderBody([message.text], this.courierName),
          ...(thread ? { inReplyTo: thread.messageId, references: [...thread.references, thread.messageId] } : {}),
        };
        return { ...payload };
      }
      case 'webchat':
        return { text: message.text, buttons: [], progress: true };
      default:
        return { text: message.text, notice: true };
    }
  }
}
