import net from 'node:net';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { SmtpInbound } from '../../src/channels/email/smtp.inbound';
import { bindListeners, StartingHttpServer, StartupError, type Listener } from '../../src/startup-checks';

describe('listeners bound before ParcelCare is ready', () => {
  it('answer HTTP 503 with Retry-After until the app is handed over, then the app', async () => {
    const web = new StartingHttpServer('127.0.0.1', 0);
    const port = await web.listen();
    try {
      const early = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('1');
      expect(await early.json()).toEqual({ status: 'starting' });
      web.serve((_req, res) => res.end('ready'));
      const later = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(later.status).toBe(200);
      expect(await later.text()).toBe('ready');
    } finally {
      await web.close();
    }
  });

  it('answer SMTP 421 (try again later) until a receiver is handed over, then take the mail', async () => {
    const smtp = new SmtpInbound({
      host: '127.0.0.1',
      port: 0,
      domains: ['courier.example'],
      limits: { maxBytes: 1_048_576, maxParts: 10, maxDepth: 3, maxAttachments: 2, maxAttachmentBytes: 500_000 },
      logger: pino({ level: 'silent' }),
    });
    const port = await smtp.listen();
    const sender = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const mail = { from: 'li@example.cn', to: 'help@courier.example', subject: 'parcel', text: 'where is it?' };
    try {
      await expect(sender.sendMail(mail)).rejects.toMatchObject({ responseCode: 421 });
      const received: string[] = [];
      smtp.accept(async (parsed) => {
        received.push(parsed.text ?? '');
      });
      await expect(sender.sendMail(mail)).resolves.toMatchObject({ response: expect.stringMatching(/^250/) });
      expect(received).toEqual(['where is it?\n']);
    } finally {
      sender.close();
      await smtp.close();
    }
  });

  it('close the ones already bound when a later one cannot bind, and name its variable', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const busyPort = (busy.address() as net.AddressInfo).port;
    const web = new StartingHttpServer('127.0.0.1', 0);
    const smtpLike: Listener = {
      portVariable: 'SMTP_PORT',
      hostVariable: 'SMTP_HOST',
      host: '127.0.0.1',
      port: busyPort,
      listen: () =>
        new Promise((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(busyPort, '127.0.0.1', () => resolve(busyPort));
        }),
      close: async () => undefined,
    };
    try {
      const failure = bindListeners([web, smtpLike]);
      await expect(failure).rejects.toBeInstanceOf(StartupError);
      await expect(failure).rejects.toMatchObject({
        variable: 'SMTP_PORT',
        message: `cannot listen on 127.0.0.1:${busyPort}: the port is in use (EADDRINUSE); set SMTP_PORT to a free port`,
      });
      expect(web.server.listening).toBe(false);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
