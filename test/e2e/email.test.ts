import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { OutboxWorker } from '../../src/channels/outbox/outbox.worker';
import { NodemailerEmailSender } from '../../src/channels/email/nodemailer.sender';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { ticketNumberDay } from '../../src/tickets/ticket-number';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { CaptureSmtp } from '../support/capture-smtp';
import { localSendersDns } from '../support/dns-stand-in';

const CUSTOMER = 'li.na@example.net';

describe('email channel: real SMTP on 127.0.0.1 in (nodemailer → our smtp-server) and out (our nodemailer → a capture server)', () => {
  let dataDir: string;
  let capture: CaptureSmtp;
  let app: RunningParcelCare;
  let customer: ReturnType<typeof nodemailer.createTransport>;

  beforeEach(async () => {
    capture = new CaptureSmtp();
    await capture.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-email-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMAIL_DOMAINS: 'courier.example',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '0',
      EMAIL_MAX_MB: '0.2',
      SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
      EMAIL_FROM: 'ParcelCare <support@courier.example>',
      AGENT_USERS: 'alice:alice-pass-1',
    });
    app = await startParcelCare(config, pino({ level: 'silent' }), undefined, {
      dnsResolver: localSendersDns().resolve,
    });
    customer = nodemailer.createTransport({ host: '127.0.0.1', port: app.smtpPort, secure: false, ignoreTLS: true });
  });
  afterEach(async () => {
    await app.close();
    await capture.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const inbound = async (from: string) => {
    const conversation = await app.store.conversations.findByExternalId('email', from);
    return conversation
      ? (await app.store.messages.listByConversation(conversation.id)).filter((m) => m.direction === 'in')
      : [];
  };

  it('answers in the same thread, reads only the new part of a reply, and files the complaint with the ticket in the subject', async () => {
    const first = await customer.sendMail({
      from: `李娜 <${CUSTOMER}>`,
      to: 'support@courier.example',
      subject: '快递延误',
      text: '你好，我的快递 SF2210478832106 延误了三天还没到，我要投诉。\n\n--\n李娜',
    });
    const [reply] = await capture.waitFor(1);
    expect(reply).toBeDefined();
    expect(reply!.to && !Array.isArray(reply!.to) ? reply!.to.value[0]?.address : undefined).toBe(CUSTOMER);
    expect(reply!.subject).toBe('Re: 快递延误');
    expect(reply!.inReplyTo).toBe(first.messageId);
    expect([reply!.references].flat()).toContain(first.messageId);
    expect(reply!.text).toContain('您希望我们怎么处理');
    expect(reply!.html).toContain('<p>');

    await customer.sendMail({
      from: CUSTOMER,
      to: 'support@courier.example',
      subject: 'Re: 快递延误',
      inReplyTo: reply!.messageId,
      references: [first.messageId, reply!.messageId as string],
      text: `赔偿\n\nOn Mon, Nov 23, 2026 at 10:00 AM ParcelCare <support@courier.example> wrote:\n> 您希望我们怎么处理？\n> 1. 赔偿`,
    });
    const [, summary] = await capture.waitFor(2);
    expect(summary!.text).toContain('诉求：赔偿');
    expect(summary!.text).toContain('确认提交吗');
    expect((await inbound(CUSTOMER)).map((m) => m.text)).toEqual([
      '快递延误\n你好，我的快递 SF2210478832106 延误了三天还没到，我要投诉。',
      '赔偿',
    ]);

    await customer.sendMail({ from: CUSTOMER, to: 'support@courier.example', subject: 'Re: 快递延误', text: '提交' });
    const [, , filed] = await capture.waitFor(3);
    expect(filed!.text).toContain('投诉已登记，工单号 C-');
    expect(filed!.subject).toMatch(/^Re: 快递延误 \[C-\d{8}-\d{4}\]$/);
    const [ticket] = await app.store.tickets.find({});
    expect(ticket).toMatchObject({ channel: 'email', category: 'delay', customer: { email: CUSTOMER } });
  });

  it('mails an agent’s acceptance and reply to an email customer, in the thread they wrote in, with the ticket in the subject', async () => {
    const first = await customer.sendMail({
      from: CUSTOMER,
      to: 'support@courier.example',
      subject: '找人工',
      text: '请转人工客服，我的快递 SF1402837465921 丢了。',
    });
    const [handedOff] = await capture.waitFor(1);
    // Ticket numbers carry the day in the courier's zone (Asia/Shanghai), which is not always the UTC day.
    expect(handedOff!.text).toContain(
      `已为您转接人工，工单号 C-${ticketNumberDay(new Date().toISOString(), 'Asia/Shanghai')}-`,
    );
    const [ticket] = await app.store.tickets.find({});
    const agent = (url: string, body: object) => request(app.url).post(url).auth('alice', 'alice-pass-1').send(body);
    await agent(`/agent/api/tickets/${ticket!.number}/actions`, { verb: 'accept' }).expect(200);
    await agent(`/agent/api/tickets/${ticket!.number}/messages`, { text: '您好，包裹已找到，明天派送。' }).expect(200);
    const [, accepted, reply] = await capture.waitFor(3);
    expect(accepted!.text).toContain(`客服 已接手您的工单 ${ticket!.number}`);
    expect(reply!.text).toContain('【客服】您好，包裹已找到，明天派送。');
    // Still the customer's thread: same subject with the ticket number, and a reference to their first mail.
    expect(reply!.subject).toBe(`Re: 找人工 [${ticket!.number}]`);
    expect([reply!.references].flat()).toContain(first.messageId);
  });

  it('accepts a redelivered Message-ID (250) as the same mail: no second turn, reply mail or stored photo', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const mail = {
      from: CUSTOMER,
      to: 'support@courier.example',
      subject: 'hello',
      text: 'hi',
      messageId: '<same-id@example.net>',
      attachments: [{ filename: 'box.png', content: png, contentType: 'image/png' }],
    };
    const photos = () =>
      fs.readdirSync(path.join(dataDir, 'uploads'), { recursive: true }).filter((f) => /\.png$/.test(String(f)));
    expect((await customer.sendMail(mail)).response).toMatch(/^250/);
    await capture.waitFor(1);
    expect((await customer.sendMail(mail)).response).toMatch(/^250/);
    await new Promise((r) => setTimeout(r, 300));
    expect(await inbound(CUSTOMER)).toEqual([
      expect.objectContaining({ transportId: '<same-id@example.net>', reply: 'email:reply:<same-id@example.net>' }),
    ]);
    expect(capture.mails).toHaveLength(1);
    expect(photos()).toHaveLength(1);
  });

  it('refuses mail for other domains and mail over the size limit, storing nothing', async () => {
    await expect(
      customer.sendMail({ from: CUSTOMER, to: 'someone@elsewhere.example', subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      customer.sendMail({ from: CUSTOMER, to: 'support@courier.example', subject: 'big', text: 'x'.repeat(400_000) }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await inbound(CUSTOMER)).toEqual([]);
    expect(await app.store.customers.findByIdentity({ kind: 'email', value: CUSTOMER })).toBeUndefined();
  });

  it('keeps photo attachments as evidence', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await customer.sendMail({
      from: CUSTOMER,
      to: 'support@courier.example',
      subject: '转人工',
      text: '转人工，包裹 SF1402837465921 里的杯子碎了，照片见附件',
      attachments: [
        { filename: 'cup.png', content: png, contentType: 'image/png' },
        { filename: 'receipt.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n'), contentType: 'application/pdf' },
        { filename: 'virus.exe', content: Buffer.from('MZ'), contentType: 'application/octet-stream' },
      ],
    });
    await capture.waitFor(1);
    const [ticket] = await app.store.tickets.find({});
    expect(ticket?.evidence).toEqual([
      expect.objectContaining({ name: 'cup.png', contentType: 'image/png' }),
      expect.objectContaining({ name: 'receipt.pdf', contentType: 'application/pdf' }),
    ]);
  });
});

describe('NodemailerEmailSender through the outbox, against a capture SMTP server that first refuses', () => {
  it('retries while the relay refuses and delivers once it accepts', async () => {
    const capture = new CaptureSmtp();
    await capture.start();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-mail-out-'));
    const store = SqliteStore.open({ file: path.join(dir, 'db'), timeZone: 'Asia/Shanghai' });
    let now = new Date('2026-11-23T02:00:00Z');
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: capture.port,
      secure: false,
      ignoreTLS: true,
    });
    const worker = new OutboxWorker({
      store,
      senders: { email: new NodemailerEmailSender(transport, 'ParcelCare <support@courier.example>') },
      now: () => now,
      logger: pino({ level: 'silent' }),
      baseDelayMs: 1000,
      random: () => 0.5,
    });
    const item = await store.outbox.enqueue(
      {
        channel: 'email',
        to: CUSTOMER,
        payload: {
          subject: 'Re: 快递延误 [C-20261123-0001]',
          text: '已处理',
          html: '<p>已处理</p>',
          inReplyTo: '<a@example.net>',
          references: ['<a@example.net>'],
        },
        idempotencyKey: 'mail-1',
      },
      now.toISOString(),
    );
    capture.refusing = true;
    await worker.runOnce();
    expect(await store.outbox.get(item.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/451/),
    });
    capture.refusing = false;
    now = new Date(now.getTime() + 2_000);
    await worker.runOnce();
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(capture.mails).toHaveLength(1);
    expect(capture.mails[0]).toMatchObject({
      subject: 'Re: 快递延误 [C-20261123-0001]',
      inReplyTo: '<a@example.net>',
      text: '已处理',
    });
    await store.close();
    await capture.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
