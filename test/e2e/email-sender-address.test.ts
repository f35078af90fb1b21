import nodemailer from 'nodemailer';
import { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

let counter = 0;
/** A raw mail as a sender's server delivers it: the From header is whatever that server (or an attacker) wrote. */
function rawMail(from: string, subject = 'parcel SF1402837465921 is late'): string {
  counter += 1;
  return [
    `From: ${from}`,
    'To: support@courier.example',
    `Subject: ${subject}`,
    `Message-ID: <sender-address-${counter}-${Date.now()}@example.net>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Where is my parcel SF1402837465921?',
    '',
  ].join('\r\n');
}

/**
 * The sender's address is the email customer's identity and where the answer goes: it must be one plain
 * mailbox. mailparser reads `<a@x;b@y>` as the single "address" `a@x;b@y`, which nodemailer then sends to as two
 * recipients — one inbound mail would make ParcelCare mail anyone the sender lists. Real SMTP on 127.0.0.1 in
 * (nodemailer → our smtp-server) and out (a capture relay that records each mail's envelope).
 */
describe('an inbound mail’s sender must be one plain mailbox (real SMTP in and out)', () => {
  let running: TestApp;
  let sender: ReturnType<typeof nodemailer.createTransport>;
  beforeAll(async () => {
    running = await TestApp.start({ name: 'email-sender-address', email: true });
    sender = nodemailer.createTransport({
      host: '127.0.0.1',
      port: running.app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    sender.close();
    await running.close();
  });

  const deliver = (from: string) =>
    sender.sendMail({
      envelope: { from: 'bounce@example.net', to: ['support@courier.example'] },
      raw: rawMail(from),
    });

  it.each([
    ['two addresses joined by ;', '<customer@example.net;someone.else@example.org>'],
    ['two addresses joined by ,', '"x" <customer@example.net,someone.else@example.org>'],
    ['a quoted local part', '"customer@example.net someone.else"@example.org'],
    ['no domain', '<customer>'],
  ])('refuses %s (550) and answers nobody', async (_name, from) => {
    const before = running.smtp.envelopes.length;
    await expect(deliver(from)).rejects.toMatchObject({ responseCode: 550 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.smtp.envelopes.slice(before)).toEqual([]);
    expect(await running.app.store.outbox.listByStatus('pending', 100)).toEqual([]);
  });

  it('answers a plain address, to that address only', async () => {
    const before = running.smtp.envelopes.length;
    await deliver('Li Na <Li.Na@example.net>');
    const mails = await running.smtp.waitFor(before + 1);
    expect(mails.length).toBeGreaterThan(before);
    expect(running.smtp.envelopes.slice(before)).toEqual([['li.na@example.net']]);
  });
});
