import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { localSendersDns } from '../support/dns-stand-in';

// Real SMTP conversations on 127.0.0.1 (nodemailer → ParcelCare's smtp-server), with hostile mails written out
// as raw MIME, since a mail library would not build them.

/** A 67-byte PNG: 1×1 pixel. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** JPEG bytes (the signature the upload store checks, then filler): a phone photo stand-in of `size` bytes. */
const photo = (size: number, seed: number): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, seed)]);

const base64Lines = (bytes: Buffer): string => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');

let counter = 0;
function headers(from: string, contentType: string): string {
  counter += 1;
  return [
    `From: ${from}`,
    'To: support@courier.example',
    `Subject: parcel SF1402837465921`,
    `Message-ID: <limits-${counter}-${Date.now()}@example.net>`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
    '',
    '',
  ].join('\r\n');
}

const textPart = 'Content-Type: text/plain; charset=utf-8\r\n\r\nMy parcel SF1402837465921 arrived broken.\r\n';

/** multipart/mixed with the text and `count` images. */
function mailWithImages(from: string, images: Buffer[], type = 'image/png'): string {
  const boundary = 'b-images';
  const parts = images.map(
    (bytes, i) =>
      `Content-Type: ${type}; name="p${i}.png"\r\nContent-Disposition: attachment; filename="p${i}.png"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(bytes)}\r\n`,
  );
  return `${headers(from, `multipart/mixed; boundary="${boundary}"`)}${[textPart, ...parts]
    .map((part) => `--${boundary}\r\n${part}`)
    .join('')}--${boundary}--\r\n`;
}

/** `count` text parts in one multipart/mixed. */
function mailWithParts(from: string, count: number): string {
  const parts = Array.from({ length: count }, (_, i) => `Content-Type: text/plain\r\n\r\npart ${i}\r\n`);
  return `${headers(from, 'multipart/mixed; boundary="b"')}${parts.map((p) => `--b\r\n${p}`).join('')}--b--\r\n`;
}

/** multipart/mixed inside multipart/mixed, `depth` times, with the text at the bottom. */
function nestedMail(from: string, depth: number): string {
  let body = textPart;
  for (let level = depth; level >= 1; level -= 1)
    body = `Content-Type: multipart/mixed; boundary="n${level}"\r\n\r\n--n${level}\r\n${body}--n${level}--\r\n`;
  const [head, ...rest] = body.split('\r\n\r\n');
  return `${headers(from, (head as string).replace('Content-Type: ', ''))}${rest.join('\r\n\r\n')}`;
}

describe('inbound mail over the limits: a permanent 5xx naming the reason, and nothing stored or written', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let sender: ReturnType<typeof nodemailer.createTransport>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-mail-limits-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      EMAIL_DOMAINS: 'courier.example',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '0',
      // The defaults for parts (100), depth (10) and attachments (10); sizes small enough to test quickly.
      EMAIL_MAX_MB: '1',
      EMAIL_MAX_ATTACHMENT_MB: '0.1',
    });
    app = await startParcelCare(config, pino({ level: 'silent' }), undefined, {
      dnsResolver: localSendersDns().resolve,
    });
    sender = nodemailer.createTransport({ host: '127.0.0.1', port: app.smtpPort, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    sender.close();
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every table's row count (read beside the server, as another process would) and every stored file. */
  const snapshot = async (): Promise<{ rows: Record<string, number>; files: string[] }> => {
    await app.store.durable();
    const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const rows = Object.fromEntries(
      tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
    db.close();
    const uploads = path.join(dataDir, 'uploads');
    const files = fs.existsSync(uploads) ? (fs.readdirSync(uploads, { recursive: true }) as string[]) : [];
    return { rows, files };
  };

  const send = (from: string, raw: string) =>
    sender.sendMail({ envelope: { from, to: ['support@courier.example'] }, raw });

  it.each([
    [
      'two thousand parts',
      (from: string) => mailWithParts(from, 2000),
      554,
      '5.6.0 Message refused: more than 100 MIME parts',
    ],
    [
      'parts nested 60 deep',
      (from: string) => nestedMail(from, 60),
      554,
      '5.6.0 Message refused: MIME parts nested more than 10 deep',
    ],
    [
      '900 tiny images (148 kB)',
      (from: string) =>
        mailWithImages(
          from,
          Array.from({ length: 900 }, () => TINY_PNG),
        ),
      554,
      '5.6.0 Message refused: more than 100 MIME parts',
    ],
    [
      '12 photos (within the part limit, over the attachment limit)',
      (from: string) =>
        mailWithImages(
          from,
          Array.from({ length: 12 }, (_, i) => photo(2000, i)),
          'image/jpeg',
        ),
      554,
      '5.6.0 Message refused: 12 attachments, the limit is 10',
    ],
    [
      'one photo over the size limit per attachment',
      (from: string) => mailWithImages(from, [photo(20_000, 1), photo(150_000, 2)], 'image/jpeg'),
      552,
      '5.3.4 Message too big for system: attachment 2 is 146 kB, the limit is 102 kB per attachment',
    ],
    [
      'a message over the total size (not declared in MAIL FROM)',
      (from: string) => mailWithParts(from, 1).replace('part 0', 'x'.repeat(1_200_000)),
      552,
      '5.3.4 Message too big for system: the limit is 1 MB',
    ],
  ])('refuses %s', async (_name, build, code, reason) => {
    const from = `sender-${counter}@example.net`;
    const raw = build(from);
    const before = await snapshot();
    const refused = send(from, raw);
    await expect(refused).rejects.toMatchObject({ responseCode: code, response: `${code} ${reason}` });
    expect(await snapshot()).toEqual(before);
  });

  it('still takes a normal mail with three photos, storing the message and the photos', async () => {
    const before = await snapshot();
    const from = 'li.na@example.net';
    const sent = await send(
      from,
      mailWithImages(from, [photo(60_000, 1), photo(80_000, 2), photo(90_000, 3)], 'image/jpeg'),
    );
    expect(sent.response).toMatch(/^250/);
    const after = await snapshot();
    expect(after.files.filter((f) => f.endsWith('.jpg'))).toHaveLength(3);
    expect(after.rows.messages).toBeGreaterThan(before.rows.messages as number);
    const conversation = await app.store.conversations.findByExternalId('email', from);
    const [inbound] = (await app.store.messages.listByConversation(conversation!.id)).filter(
      (m) => m.direction === 'in',
    );
    expect(inbound?.attachments).toHaveLength(3);
  });

  it('advertises the total limit with the SIZE extension and refuses a larger declared size at MAIL FROM', async () => {
    const socket = net.connect(app.smtpPort as number, '127.0.0.1');
    const replies: string[] = [];
    let buffered = '';
    const next = (): Promise<string> =>
      new Promise((resolve) => {
        const take = (): void => {
          // A reply ends with a line whose code is followed by a space (RFC 5321 §4.2).
          const end = /^\d{3} .*\r\n/m.exec(buffered);
          if (!end) return void socket.once('data', (chunk: Buffer) => ((buffered += chunk.toString()), take()));
          const reply = buffered.slice(0, end.index + end[0].length);
          buffered = buffered.slice(reply.length);
          replies.push(reply);
          resolve(reply.trimEnd());
        };
        take();
      });
    try {
      expect(await next()).toMatch(/^220 /);
      socket.write('EHLO client.example.net\r\n');
      expect(await next()).toMatch(/^250[ -]SIZE 1048576\r?$/m);
      socket.write('MAIL FROM:<a@example.net> SIZE=2000000\r\n');
      expect(await next()).toMatch(/^552 .*exceeds fixed maximum message size 1048576/);
    } finally {
      socket.destroy();
    }
  });
});
