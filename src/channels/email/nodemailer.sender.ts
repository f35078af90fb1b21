import nodemailer, { type Transporter } from 'nodemailer';
import { mailboxOf } from '../../conversations/email-senders';
import type { OutboxItem } from '../../store/records';
import { PermanentSendError, type OutboundSender } from '../outbox/outbox.worker';
import type { EmailPayload } from './email.adapter';

/**
 * SMTP timeouts, well below the outbox's deadline and lease (outbox.worker.ts). nodemailer's own defaults are
 * 2 min to connect, 30 s for the greeting and 10 min of socket inactivity: a hung relay would hold a send
 * long past any lease.
 */
export const SMTP_TIMEOUTS_MS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 15_000,
  dnsTimeout: 10_000,
};

/** A nodemailer SMTP transport for the relay at `relayUrl` (`smtp://user:pass@host:587`), with those timeouts. */
export function createMailTransport(relayUrl: string, timeouts: Partial<typeof SMTP_TIMEOUTS_MS> = {}): Transporter {
  // The URL's own settings win; the timeouts apply where it sets none (nodemailer merges `url` that way).
  return nodemailer.createTransport({ url: relayUrl, ...SMTP_TIMEOUTS_MS, ...timeouts });
}

/**
 * Sends outbox mail through an SMTP relay with nodemailer, keeping the thread headers. An item is addressed to
 * its conversation; the mail goes to that conversation's mailbox (`mailboxOf`).
 */
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
        to: mailboxOf(item.to),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
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
