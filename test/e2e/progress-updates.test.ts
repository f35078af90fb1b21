import nodemailer from 'nodemailer';
import type { RunningParcelCare } from '../../src/index';
import { CaptureSmtp } from '../support/capture-smtp';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { TwilioStandIn } from '../support/twilio-stand-in';
import { postSignedSms } from '../support/twilio-webhook';
import { TestApp } from '../support/test-app';

const ACCOUNT = `AC${'3'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-tests';
const FROM = '+15005550006';
const PHONE = '+8613800138000';
const MAIL = 'li.na@example.net';
const HOUR = 3_600_000;

/**
 * Periodic progress updates (PROGRESS_UPDATE_HOURS) through a real server: a customer complains by SMS (a signed
 * Twilio webhook; replies to a local stand-in of Twilio's Messages API) or by email (real SMTP on 127.0.0.1 in and
 * out), nobody answers for an hour, and the scheduler's round tells them where their ticket stands, once per period.
 */
describe('progress updates by SMS and email, end to end (Twilio stand-in, real SMTP, the scheduler’s round)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let clock: TestClock;
  let standIn: TwilioStandIn;
  let capture: CaptureSmtp;
  let publicUrl: string;
  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    running = await TestApp.start({
      name: 'progress',
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      email: true,
      clock,
      env: {
        PROGRESS_UPDATE_HOURS: '1',
        SCHEDULER_INTERVAL_SECONDS: '1',
        // No SLA breach within the test's hours: only the progress updates speak.
        SLA_TARGETS: 'high=15h/48h,medium=15h/48h,low=15h/48h',
        // The demo parcels without their anomalies: no demo notice among the texts.
        DEMO_DATA: 'parcels',
      },
    });
    ({ app, publicUrl } = running);
    standIn = running.twilio;
    capture = running.smtp;
  });
  afterEach(() => running.close());

  const sms = (body: string) =>
    postSignedSms({ appUrl: app.url, publicUrl, token: TOKEN, account: ACCOUNT }, PHONE, FROM, body);
  const progressNotes = async (number: string) =>
    ((await app.store.tickets.getByNumber(number))?.history ?? []).filter((h) => h.action === 'progress update');
  /** Lets a few scheduler rounds pass (a second update for the same period would have come by now). */
  const fewRounds = () => new Promise((resolve) => setTimeout(resolve, 2500));

  it('texts an SMS customer where the ticket stands after an hour without news, once, and not after STOP', async () => {
    const filed = await sms('请转人工客服，我的快递 SF2210478832106 晚了三天还没到');
    const number = /C-\d{8}-\d{4}/.exec(filed.text)?.[0] as string;
    expect(number).toBeDefined();
    await fewRounds();
    expect(standIn.messages).toEqual([]); // within the hour: nothing

    clock.advance(HOUR);
    await eventually(async () => standIn.messages.length > 0, 'the progress SMS');
    await fewRounds();
    expect(standIn.messages).toEqual([
      expect.objectContaining({
        to: PHONE,
        body: expect.stringContaining(`您的工单 ${number} 仍在处理中（等待客服接单）`),
      }),
    ]);
    expect(standIn.messages[0]?.body).toContain('我们争取在 11月25日 10:00 前处理完毕');
    expect(await progressNotes(number)).toHaveLength(1);

    await sms('STOP');
    clock.advance(HOUR);
    await eventually(async () => (await progressNotes(number)).length === 2, 'the second period');
    await fewRounds();
    expect(standIn.messages).toHaveLength(1);
    expect((await progressNotes(number))[1]?.note).toBe('not sent: the customer opted out');
  });

  it('mails an email customer in their thread, with the ticket number in the subject, once per period', async () => {
    const customer = nodemailer.createTransport({
      host: '127.0.0.1',
      port: app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const first = await customer.sendMail({
      from: `李娜 <${MAIL}>`,
      to: 'support@courier.example',
      subject: '找人工',
      text: '请转人工客服，我的快递 SF2210478832106 晚了三天还没到。',
    });
    const [handedOff] = await capture.waitFor(1);
    const number = /C-\d{8}-\d{4}/.exec(handedOff?.text ?? '')?.[0] as string;
    expect(number).toBeDefined();

    clock.advance(HOUR);
    await eventually(async () => capture.mails.length >= 2, 'the progress mail');
    clock.advance(30 * 60_000); // half a period more: still the same period
    await fewRounds();
    expect(capture.mails).toHaveLength(2);
    const update = capture.mails[1]!;
    expect(update.subject).toBe(`Re: 找人工 [${number}]`);
    expect(update.inReplyTo).toBe(first.messageId);
    expect(update.text).toContain(
      `您的工单 ${number} 仍在处理中（等待客服接单）。我们争取在 11月25日 10:00 前处理完毕`,
    );
    expect(update.html).toContain('<p>');

    clock.advance(30 * 60_000); // a whole period after the first update
    await eventually(async () => capture.mails.length >= 3, 'the next period’s mail');
    await fewRounds();
    expect(capture.mails).toHaveLength(3);
    expect(await progressNotes(number)).toHaveLength(2);
  });
});
