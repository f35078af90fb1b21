import { createHash } from 'node:crypto';
import type { Attachment, TurnContext } from 'botbuilder-core';
import type { ParsedMail } from 'mailparser';
import type { Logger } from 'pino';
import type { MessageRepository, Store } from '../../store/store.port';
import { cutToLimit } from '../../bot';
import { InboundReplay } from '../inbound-replay';
import type { UploadStore } from '../webchat/uploads';
import type { EmailAdapter } from './email.adapter';
import { repliedToOf, senderOf, toActivity } from './email.mapping';
import type { SenderCheck } from './sender-auth';
import type { EmailThreadSignature } from './thread-signature';
import { rejectMail, type MailDelivery } from './smtp.inbound';

/**
 * Turns a parsed inbound mail into a bot turn: attachments kept as evidence, replies queued as threaded mail.
 * A mail delivered again with the same Message-ID (a sender's retry) is accepted without a second turn or reply.
 * A mail whose From is not authenticated (`checkSender`) is a conversation of its own, never its address's
 * (src/conversations/email-senders.ts); it is answered all the same, at that address. A reply to one of our mails
 * in such a conversation, from the address it belongs to, continues it (`threads`).
 */
export class EmailChannel {
  private readonly replay: InboundReplay;

  constructor(
    private readonly options: {
      adapter: EmailAdapter;
      messages: Pick<MessageRepository, 'findByTransportId' | 'recordReply'>;
      logic: (context: TurnContext) => Promise<void>;
      uploads: UploadStore;
      publicUrl: string;
      logger: Logger;
      /**
       * The mail's turn runs as one unit of work and is accepted (250) only once its writes are on disk; a turn
       * that fails keeps none of them and the sender is told 451 (smtp.inbound), so it delivers again.
       */
      store: Pick<Store, 'unitOfWork' | 'durable'>;
      /** Whether the From is the sender's (EMAIL_AUTH); asked before the turn's unit of work begins. */
      checkSender: SenderCheck;
      /** Finds the unverified conversation a mail replies to, by the signed ids of our mails it references. */
      threads: EmailThreadSignature;
      /**
       * The longest text (subject and visible body) the bot reads (EMAIL_MAX_TEXT_CHARS): a longer mail is cut and
       * answered with what to do, as web chat's long messages are — its readings cost more than linear time.
       */
      maxTextChars: number;
    },
  ) {
    this.replay = new InboundReplay(options.messages);
  }

  async receive(mail: ParsedMail, delivery: MailDelivery): Promise<void> {
    const messageId = mail.messageId;
    if (!mail.from?.value.length || !messageId) throw rejectMail('5.6.0 a mail needs From and Message-ID');
    // Answers go to the sender: an address that is not one plain mailbox could make them go to anyone.
    const from = senderOf(mail);
    if (!from) throw rejectMail('5.1.7 the From address must be one plain mailbox');
    const verdict = await this.options.checkSender(delivery.raw, mail, from, delivery.envelope);
    this.options.logger.info({ from, ...verdict }, 'inbound mail sender');
    const { store } = this.options;
    await store.unitOfWork(async () => {
      await this.replay.answer('email', messageId, (redelivery) =>
        this.answer(mail, from, verdict.authenticated, redelivery),
      );
      await store.durable();
    });
  }

  /** Runs the mail's turn; resolves with the outbox key of the reply mail ('' when there is none). */
  private async answer(mail: ParsedMail, from: string, authenticated: boolean, redelivery: boolean): Promise<string> {
    const continues = authenticated ? undefined : this.options.threads.conversationContinued(repliedToOf(mail), from);
    const read = toActivity(mail, { authenticated, ...(continues ? { continues } : {}) }, this.options.publicUrl);
    if (!read) throw rejectMail('5.6.0 unreadable mail');
    const activity = cutToLimit(read, this.options.maxTextChars);
    // Evidence is kept by conversation: an unauthenticated mail's files are not filed with its address's.
    const conversation = activity.conversation?.id ?? from;
    const folder = `email-${createHash('sha256').update(conversation).digest('hex').slice(0, 16)}`;
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
    if (attachments.length) activity.attachments = attachments;
    return this.options.adapter.processInbound(activity, this.options.logic, { redelivery });
  }
}
