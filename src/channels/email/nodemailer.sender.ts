import type { Transporter } from 'nodemailer';
import type { OutboxItem } from '../../store/records';
import { PermanentSendError, type OutboundSender } from '../outbox/outbox.worker';
import type { EmailPayload } from './email.adapter';

/** Sends outbox mail through an SMTP relay with nodemailer, keeping the thread headers. */
export class NodemailerEmailSender implements OutboundSender {
  constructor(
    private readonly transport: Transporter,
    private readonly from: string,
  ) {}

  async send(item: OutboxItem): Promise<{ providerId: string }> {
    const mail = item.payload as unknown as EmailPayload;
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: item.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references?.length ? { references: mail.references } : {}),
      });
      return { providerId: String(info.messageId) };
    } catch (err) {
      // 5xx from the relay (unknown mailbox, rejected sender) will not change on retry; 4xx and network errors may.
      const code =
        typeof err === 'object' && err !== null && 'responseCode' in err ? Number(err.responseCode) : undefined;
      if (code !== undefined && code >= 500 && code < 600)
        throw new PermanentSendError(`the mail relay refused the message (${code})`, { cause: err });
      throw err;
    }
  }
}
