import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A capture SMTP server standing in for the courier's mail relay; it can refuse mail to simulate an outage. */
export class CaptureSmtp {
  readonly mails: ParsedMail[] = [];
  /** Each accepted mail's envelope recipients (RCPT TO), in the order the mails came. */
  readonly envelopes: string[][] = [];
  refusing = false;
  /** The reply to a mail while refusing: 451 (try later) or a 5xx the outbox gives up on at once. */
  refusal: { code: number; message: string } = { code: 451, message: '4.3.2 try again later' };
  port = 0;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (this.refusing)
          return callback(Object.assign(new Error(this.refusal.message), { responseCode: this.refusal.code }));
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          this.mails.push(mail);
          this.envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        }, callback);
      });
    },
  });
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
  async waitFor(count: number): Promise<ParsedMail[]> {
    for (let i = 0; i < 200 && this.mails.length < count; i += 1) await new Promise((r) => setTimeout(r, 25));
    return this.mails;
  }
}
