import http from 'node:http';
import type net from 'node:net';

/** The picture the stand-in's media host serves (an MMS attachment). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A local stand-in for Twilio's Messages API and media host, speaking the documented REST shapes. */
export class TwilioStandIn {
  readonly messages: { to: string; from?: string; body: string; statusCallback?: string }[] = [];
  readonly mediaAuth: (string | undefined)[] = [];
  failNext = 0;

  constructor(private readonly account: string) {}

  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/media/photo.png') {
        this.mediaAuth.push(req.headers.authorization);
        res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
        return;
      }
      if (req.method === 'POST' && req.url === `/2010-04-01/Accounts/${this.account}/Messages.json`) {
        if (this.failNext > 0) {
          this.failNext -= 1;
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 20500, message: 'Internal Server Error', status: 500 }));
          return;
        }
        const form = new URLSearchParams(raw);
        const sid = `SM${String(this.messages.length + 1).padStart(32, '0')}`;
        this.messages.push({
          to: form.get('To') ?? '',
          from: form.get('From') ?? undefined,
          body: form.get('Body') ?? '',
          statusCallback: form.get('StatusCallback') ?? undefined,
        });
        res.writeHead(201, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            sid,
            status: 'queued',
            to: form.get('To'),
            body: form.get('Body'),
            account_sid: this.account,
          }),
        );
        return;
      }
      res.writeHead(404).end();
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
