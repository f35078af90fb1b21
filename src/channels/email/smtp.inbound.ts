import type { Logger } from 'pino';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface SmtpInboundOptions {
  host: string;
  port: number;
  /** Domains we accept mail for (`support@courier.example` → `courier.example`). */
  domains: string[];
  maxBytes: number;
  /** STARTTLS with this key and certificate; without them STARTTLS is not offered. */
  tls?: { key: Buffer; cert: Buffer };
  logger: Logger;
}

/** Stores and answers a mail; the SMTP transaction is acknowledged only after it resolves. */
export type MailReceiver = (mail: ParsedMail) => Promise<void>;

/** An SMTP error with the reply code the client sees. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Inbound email: an SMTP server (smtp-server) that accepts mail for the configured domains only, up to a
 * size limit it actually enforces (smtp-server's `size` is only advertised), and parses it with mailparser.
 * A mail is acknowledged (250) only once stored; a failure answers 451 so the sender retries.
 *
 * The port is bound (`listen`) before the rest of ParcelCare is built, so that a busy port is found before
 * anything is written; until `accept` hands it a receiver, a connection is answered 421 (try again later).
 */
export class SmtpInbound {
  private readonly server: SMTPServer;
  private onMail: MailReceiver | undefined;

  constructor(private readonly options: SmtpInboundOptions) {
    const domains = new Set(options.domains.map((d) => d.toLowerCase()));
    this.server = new SMTPServer({
      banner: 'ParcelCare',
      // Mail from the internet arrives unauthenticated; smtp-server requires AUTH unless told otherwise.
      authOptional: true,
      disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
      size: options.maxBytes,
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
      onData: (stream: SMTPServerDataStream, _session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          if (!stream.sizeExceeded) chunks.push(chunk);
        });
        stream.on('end', () => {
          if (stream.sizeExceeded) {
            callback(smtpError(552, `5.3.4 message exceeds the ${options.maxBytes} byte limit`));
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => (this.onMail as MailReceiver)(mail))
            .then(
              () => callback(),
              (err: unknown) => {
                const code =
                  typeof err === 'object' && err !== null && 'responseCode' in err ? Number(err.responseCode) : 451;
                if (code >= 500) callback(smtpError(code, (err as Error).message));
                else {
                  options.logger.error({ err }, 'inbound mail could not be stored; the sender will retry');
                  callback(smtpError(451, '4.3.0 temporary failure, please retry'));
                }
              },
            );
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

/** A refusal the SMTP client sees as permanent (5xx): the mail is malformed for us. */
export function rejectMail(message: string): Error {
  return smtpError(550, message);
}
