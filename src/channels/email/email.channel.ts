import { createHash } from 'node:crypto';
import type { Attachment, TurnContext } from 'botbuilder';
import type { ParsedMail } from 'mailparser';
import type { Logger } from 'pino';
import type { UploadStore } from '../webchat/uploads';
import type { EmailAdapter } from './email.adapter';
import { toActivity } from './email.mapping';
import { rejectMail } from './smtp.inbound';

/** Turns a parsed inbound mail into a bot turn: attachments kept as evidence, replies queued as threaded mail. */
export class EmailChannel {
  constructor(
    private readonly options: {
      adapter: EmailAdapter;
      logic: (context: TurnContext) => Promise<void>;
      uploads: UploadStore;
      publicUrl: string;
      logger: Logger;
      /** Resolves once the turn's writes are on disk (Store.durable): the mail is accepted only then. */
      durable: () => Promise<void>;
    },
  ) {}

  async receive(mail: ParsedMail): Promise<void> {
    const from = mail.from?.value[0]?.address?.toLowerCase();
    if (!from || !mail.messageId) throw rejectMail('5.6.0 a mail needs From and Message-ID');
    const folder = `email-${createHash('sha256').update(from).digest('hex').slice(0, 16)}`;
    const attachments: Attachment[] = [];
    for (const part of mail.attachments) {
      const saved = this.options.uploads.saveBuffer(
        folder,
        part.content,
        part.contentType,
        part.filename ?? 'attachment',
        this.options.publicUrl,
        { documents: true },
      );
      if (saved) attachments.push(saved);
      else
        this.options.logger.info(
          { type: part.contentType },
          'mail attachment not kept: not a photo or PDF, or too large',
        );
    }
    const activity = toActivity(mail, attachments, this.options.publicUrl);
    if (!activity) throw rejectMail('5.6.0 unreadable mail');
    await this.options.adapter.processInbound(activity, this.options.logic);
    await this.options.durable();
  }
}
