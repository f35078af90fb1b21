import type { Logger } from 'pino';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { attachmentRefusal, MailRefused, messageTooBig, MimeShapeWatch, type MailLimits } from './mail-limits';
import type { SmtpEnvelope } from './sender-auth';

export interface SmtpInboundOptions {
  host: string;
  port: number;
  /** Domains we accept mail for (`support@courier.example` → `courier.example`). */
  domains: string[];
  /** Over any of these a mail is refused for good (5xx) and nothing of it is stored. */
  limits: MailLimits;
  /** STARTTLS with this key and certificate; without them STARTTLS is not offered. */
  tls?: { key: Buffer; cert: Buffer };
  logger: Logger;
}

/** A mail as it came: its bytes (what DKIM signed) and the SMTP session's word on who sent it. */
export interface MailDelivery {
  raw: Buffer;
  envelope: SmtpEnvelope;
}

/** Stores and answers a mail; the SMTP transaction is acknowledged only after it resolves. */
export type MailReceiver = (mail: ParsedMail, delivery: MailDelivery) => Promise<void>;

/** An SMTP error with the reply code the client sees. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Inbound email: an SMTP server (smtp-server) that accepts mail for the configured domains only, and parses it
 * with mailparser. A mail over a limit (size, MIME parts, nesting, attachments: mail-limits.ts) is refused for
 * good (552/554 with the reason) before anything of it is stored; sizes, parts and depth are checked while it
 * arrives. A mail within them is acknowledged (250) only once stored; a failure answers 451 so the sender retries.
 *
 * The port is bound (`listen`) before the rest of ParcelCare is built, so that a busy port is found before
 * anything is written; until `accept` hands it a receiver, a connection is answered 421 (try again later).
 */
export class SmtpInbound {
  private readonly server: SMTPServer;
  private onMail: MailReceiver | undefined;

  constructor(private readonly options: SmtpInboundOptions) {
    const domains = new Set(options.domains.map((d) => d.toLowerCase()));
    const { limits } = options;
    this.server = new SMTPServer({
      banner: 'ParcelCare',
      // Mail from the internet arrives unauthenticated; smtp-server requires AUTH unless told otherwise.
      authOptional: true,
      disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
      // Advertised in EHLO (SIZE) and checked against MAIL FROM's SIZE=; the bytes themselves are counted below.
      size: options.limits.maxBytes,
      logger: false,
      disableReverseLookup: true,
      onConnect: (_session, callback) => {
        if (this.onMail) return callback();
        callback(smtpError(421, '4.3.2 ParcelCare is starting, try again in a moment'));
      },
      onRcptTo: (address, _session: SMTPServerSession, callback) => {
        const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
        if (!domains.has(domain)) return callback(smtpError(550, `5.1.1 we do not accept mail for ${domain}`));
        callback();
      },
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
        // Answered once: early for a mail over a limit (smtp-server drains the rest of it), else when stored.
        let answered = false;
        const answer = (err?: Error): void => {
          if (answered) return;
          answered = true;
          callback(err ?? null);
        };
        const chunks: Buffer[] = [];
        const shape = new MimeShapeWatch(limits);
        const refuse = (refusal: MailRefused): void => {
          chunks.length = 0;
          options.logger.info({ code: refusal.responseCode, reason: refusal.message }, 'inbound mail refused');
          answer(refusal);
        };
        stream.on('data', (chunk: Buffer) => {
          if (answered) return;
          if (stream.sizeExceeded) return refuse(messageTooBig(limits));
          chunks.push(chunk);
          shape.write(chunk);
          if (shape.refusal) refuse(shape.refusal);
        });
        stream.on('end', () => {
          if (answered) return;
          if (stream.sizeExceeded) return refuse(messageTooBig(limits));
          void shape.end().then(() => {
            if (shape.refusal) return refuse(shape.refusal);
            this.receive(Buffer.concat(chunks), envelopeOf(session), refuse).then(() => answer(), answer);
          });
        });
      },
    });
    // Before the port is bound, an error is listen()'s to report (a busy port), not a connection's.
    this.server.on('error', (err) => {
      if (this.server.server.listening) options.logger.warn({ err }, 'SMTP connection error');
    });
  }

  /** Starts listening; resolves with the port (useful with port 0). */
  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.server.off('error', reject);
        const address = this.server.server.address();
        resolve(typeof address === 'object' && address ? address.port : this.options.port);
      });
    });
  }

  /** Parses a mail within the limits and hands it on; rejects with the reply the sender gets when that fails. */
  private async receive(raw: Buffer, envelope: SmtpEnvelope, refuse: (refusal: MailRefused) => void): Promise<void> {
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw);
    } catch (err) {
      // mailparser reads what MIME allows; what it cannot read will not parse on a second delivery either.
      return refuse(new MailRefused(554, `5.6.0 Message refused: it cannot be parsed (${(err as Error).message})`));
    }
    const refusal = attachmentRefusal(mail, this.options.limits);
    if (refusal) return refuse(refusal);
    try {
      await (this.onMail as MailReceiver)(mail, { raw, envelope });
    } catch (err) {
      const code = typeof err === 'object' && err !== null && 'responseCode' in err ? Number(err.responseCode) : 451;
      if (code >= 500) throw smtpError(code, (err as Error).message);
      this.options.logger.error({ err }, 'inbound mail could not be stored; the sender will retry');
      throw smtpError(451, '4.3.0 temporary failure, please retry');
    }
  }

  /** Hands every mail from now on to `onMail`. */
  accept(onMail: MailReceiver): void {
    this.onMail = onMail;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.server.listening) return resolve();
      this.server.close(() => resolve());
    });
  }
}

/** Who the SMTP session says sent the mail: SPF is checked for this address, HELO name and MAIL FROM. */
function envelopeOf(session: SMTPServerSession): SmtpEnvelope {
  const { mailFrom } = session.envelope;
  return {
    ip: session.remoteAddress,
    helo: session.hostNameAppearsAs ?? '',
    mailFrom: mailFrom ? mailFrom.address : '',
  };
}

/** A refusal the SMTP client sees as permanent (5xx): the mail is malformed for us. */
export function rejectMail(message: string): Error {
  return smtpError(550, message);
}
