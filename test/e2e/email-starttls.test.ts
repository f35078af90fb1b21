import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import selfsigned from 'selfsigned';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { localSendersDns } from '../support/dns-stand-in';

describe('inbound SMTP with STARTTLS from a configured key and certificate', () => {
  let dataDir: string;
  let app: RunningParcelCare;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-tls-'));
    // A throw-away self-signed certificate for 127.0.0.1, made for this run only.
    const pems = await Promise.resolve(
      selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
        notAfterDate: new Date(Date.now() + 86_400_000),
        keySize: 2048,
      }),
    );
    fs.writeFileSync(path.join(dataDir, 'key.pem'), pems.private);
    fs.writeFileSync(path.join(dataDir, 'cert.pem'), pems.cert);
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMAIL_DOMAINS: 'courier.example',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '0',
        SMTP_TLS_KEY: path.join(dataDir, 'key.pem'),
        SMTP_TLS_CERT: path.join(dataDir, 'cert.pem'),
      }),
      pino({ level: 'silent' }),
      undefined,
      { dnsResolver: localSendersDns().resolve },
    );
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('upgrades the connection with STARTTLS and accepts the mail over it', async () => {
    const client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: app.smtpPort,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
    });
    const info = await client.sendMail({
      from: 'tls.user@example.net',
      to: 'support@courier.example',
      subject: 'hi',
      text: 'hello over TLS',
    });
    expect(info.accepted).toEqual(['support@courier.example']);
    const conversation = await app.store.conversations.findByExternalId('email', 'tls.user@example.net');
    expect(
      (await app.store.messages.listByConversation(conversation!.id)).find((m) => m.direction === 'in')?.text,
    ).toBe('hi\nhello over TLS');
  });
});
