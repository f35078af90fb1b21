import http from 'node:http';
import net from 'node:net';
import {
  createMailTransport,
  NodemailerEmailSender,
  SMTP_TIMEOUTS_MS,
} from '../../../src/channels/email/nodemailer.sender';
import { OUTBOX_DEFAULTS } from '../../../src/channels/outbox/outbox.worker';
import { createTwilioClient, TWILIO_TIMEOUT_MS, TwilioSmsSender } from '../../../src/channels/sms/twilio.sender';
import type { OutboxItem } from '../../../src/store';

const ITEM: OutboxItem = {
  id: 'o1',
  channel: 'sms',
  to: '+8613800138000',
  payload: { text: 'hello', subject: 'Re: C-20261123-0001' },
  idempotencyKey: 'k1',
  status: 'sending',
  attempts: 1,
  nextAttemptAt: '2026-11-23T02:00:00.000Z',
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
};

/** Accepts connections and never says a word: a hung SMTP relay, or a Messages API that never answers. */
async function silentServer(server: net.Server): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('sender timeouts: each provider call ends well before the outbox stops waiting and long before its lease', () => {
  it('keeps every sender timeout below the outbox deadline, and the deadline below the lease', () => {
    for (const ms of [TWILIO_TIMEOUT_MS, ...Object.values(SMTP_TIMEOUTS_MS)])
      expect(ms).toBeLessThanOrEqual(OUTBOX_DEFAULTS.sendTimeoutMs / 2);
    expect(OUTBOX_DEFAULTS.sendTimeoutMs).toBeLessThanOrEqual(OUTBOX_DEFAULTS.leaseMs / 2);
  });

  it('gives up on a local stand-in of the Messages API that never answers, after the client’s timeout', async () => {
    const standIn = await silentServer(http.createServer(() => undefined));
    const sender = new TwilioSmsSender({
      client: createTwilioClient(`AC${'1'.repeat(32)}`, 'token', {
        apiBaseUrl: `http://127.0.0.1:${standIn.port}`,
        timeoutMs: 300,
      }),
      from: '+15005550006',
    });
    await expect(sender.send(ITEM)).rejects.toThrow(/timeout/i);
    await standIn.stop();
  }, 15_000); // twilio's own default would wait 30 s: passing at all shows the 300 ms applied

  it('gives up on a local SMTP relay on 127.0.0.1 that never greets, after the greeting timeout', async () => {
    const relay = await silentServer(net.createServer());
    const transport = createMailTransport(`smtp://127.0.0.1:${relay.port}`, { greetingTimeout: 300 });
    const sender = new NodemailerEmailSender(transport, 'service@courier.example');
    await expect(sender.send({ ...ITEM, channel: 'email', to: 'li@example.com' })).rejects.toThrow(/greeting/i);
    transport.close();
    await relay.stop();
  }, 15_000); // nodemailer's own default would wait 30 s for the greeting
});
