import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { CaptureSmtp } from '../support/capture-smtp';
import { localSendersDns } from '../support/dns-stand-in';

const CUSTOMER = 'wang.fang@example.net';

// Real SMTP on 127.0.0.1 in (nodemailer → our smtp-server) and out (our nodemailer → a capture server). Before
// EMAIL_MAX_TEXT_CHARS, the bot read a mail's whole text: its readings are not linear in the text's length, and a
// 200,000-character body held the server (every customer's turn) for 2.5 minutes of CPU.
describe('email channel: a mail longer than EMAIL_MAX_TEXT_CHARS is answered with what to do and never read', () => {
  let dataDir: string;
  let capture: CaptureSmtp;
  let app: RunningParcelCare;
  let customer: ReturnType<typeof nodemailer.createTransport>;

  beforeAll(async () => {
    capture = new CaptureSmtp();
    await capture.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-email-long-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMAIL_DOMAINS: 'courier.example',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '0',
      EMAIL_MAX_TEXT_CHARS: '3000',
      SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
      EMAIL_FROM: 'ParcelCare <support@courier.example>',
    });
    app = await startParcelCare(config, pino({ level: 'silent' }), undefined, {
      dnsResolver: localSendersDns().resolve,
    });
    customer = nodemailer.createTransport({ host: '127.0.0.1', port: app.smtpPort, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    await app.close();
    await capture.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const inbound = async () => {
    const conversation = await app.store.conversations.findByExternalId('email', CUSTOMER);
    return conversation
      ? (await app.store.messages.listByConversation(conversation.id)).filter((m) => m.direction === 'in')
      : [];
  };

  it('cuts the text, answers in the mail’s language with the limit, files nothing, and reads the next mail as usual', async () => {
    const padded = `我的快递 SF2210478832106 延误了三天，我要投诉，要求赔偿。${' '.repeat(60_000)}请尽快处理`;
    await customer.sendMail({ from: CUSTOMER, to: 'support@courier.example', subject: '投诉', text: padded });
    const [tooLong] = await capture.waitFor(1);
    expect(tooLong!.text).toContain('超过了我单封邮件能读取的 3,000 个字符');
    expect(tooLong!.text).toContain('单号、发生了什么、希望我们怎么处理');
    // Not the web chat's advice to send several messages or to email us: this is a mail.
    expect(tooLong!.text).not.toContain('发邮件到');
    const [stored] = await inbound();
    expect(stored!.text.length).toBeLessThanOrEqual(3001);
    expect((await app.store.tickets.find({})).filter((t) => t.channel === 'email')).toEqual([]);

    await customer.sendMail({
      from: CUSTOMER,
      to: 'support@courier.example',
      subject: 'Re: 投诉',
      text: '我的快递 SF2210478832106 延误了三天，我要投诉',
    });
    const [, asked] = await capture.waitFor(2);
    expect(asked!.text).toContain('您希望我们怎么处理');
  });

  it('answers a mail of two million characters at once: only its head is searched for the visible text', async () => {
    const started = Date.now();
    await customer.sendMail({
      from: 'li.lei@example.net',
      to: 'support@courier.example',
      subject: 'parcel',
      text: `My parcel is late${'. \t'.repeat(700_000)}x\n> quoted`,
    });
    const [, , tooLong] = await capture.waitFor(3);
    expect(tooLong!.text).toContain('more than the 3,000 I can read in one mail');
    // (Generous for a shared machine: without the limits this mail held the server for hours.)
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
