import nodemailer from 'nodemailer';
import request from 'supertest';
import type { RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';
import { CaptureSmtp } from '../support/capture-smtp';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { scanPusher } from '../support/events-api';
import { TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { TwilioStandIn } from '../support/twilio-stand-in';
import { postSignedSms } from '../support/twilio-webhook';

const KEY = 'courier-systems-key-0001';
const PARCEL = DEMO_TRACKING.normal; // recipient +8613933334444
const RECIPIENT = '+8613933334444';
const ACCOUNT = `AC${'2'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-notice-tests';
const FROM = '+15005550006';

/**
 * Answers to anomaly notices on every channel, end to end: the courier's systems push a scan, the notice goes out
 * through the outbox, the customer answers on their channel, and the bot acts; operations decide change-delivery
 * requests through the API and the customer hears the outcome on their channel.
 */
describe('answers to notices, end to end (real server; Direct Line, signed Twilio webhooks, SMTP)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let clock: TestClock;
  let standIn: TwilioStandIn;
  let capture: CaptureSmtp;
  let publicUrl: string;

  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    running = await TestApp.start({
      name: 'notice-answers',
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      email: true,
      clock,
      env: { SHIPMENTS_API_KEY: KEY, AGENT_USERS: 'alice:alice-pass-1' },
    });
    ({ app, publicUrl } = running);
    standIn = running.twilio;
    capture = running.smtp;
  });
  afterEach(() => running.close());

  const pushScan = scanPusher({ url: () => app.url, key: KEY, now: () => clock.now(), place: '上海浦东营业部' });
  const push = (status: string, description?: string) => pushScan(PARCEL, status, description);

  /** A text from the shipment's recipient, the way Twilio posts it, signed with the twilio package's routine. */
  const sms = (body: string) =>
    postSignedSms({ appUrl: app.url, publicUrl, token: TOKEN, account: ACCOUNT }, RECIPIENT, FROM, body);
  const twiml = (xml: string) => [...xml.matchAll(/<Message>([^<]*)<\/Message>/g)].map((m) => m[1]).join('');

  it('web chat (zh-CN): the notice’s button "2" holds the parcel; the courier’s systems confirm it and the chat hears so', async () => {
    const alice = await WebChatCustomer.start(app.url);
    await alice.ask(`我的快递 ${PARCEL} 到哪了`);
    await alice.ask('4444');
    await push('exception', '派送失败，电话无人接听');
    let notice: string[] = [];
    await eventually(async () => (notice = await alice.newReplies()).length > 0, 'the notice in the chat');
    expect(notice[0]).toContain('2. 暂存网点，我自己去取');
    expect(alice.seen.at(-1)?.channelData).toMatchObject({ notice: true });

    expect(await alice.ask('2')).toContain(`${PARCEL} 暂存在哪里`);
    expect(await alice.ask('暂存网点自取')).toContain('已请我们的团队把包裹暂存在派送网点，由您自取');

    const listed = await request(app.url).get('/api/delivery-changes').set('X-Api-Key', KEY).expect(200);
    expect(listed.body.requests).toEqual([
      expect.objectContaining({
        trackingNumber: PARCEL,
        kind: 'hold',
        details: { place: 'outlet' },
        status: 'requested',
        anomalyKind: 'delivery_failed',
        channel: 'webchat',
      }),
    ]);
    const id = listed.body.requests[0].id as string;
    await request(app.url)
      .post(`/api/delivery-changes/${id}/decision`)
      .set('X-Api-Key', KEY)
      .send({ decision: 'confirm', note: '请携带证件到上海浦东营业部领取', by: 'ops-desk-3' })
      .expect(200);
    // Decided once: a second decision (a retry, another operator) is refused and changes nothing.
    await request(app.url)
      .post(`/api/delivery-changes/${id}/decision`)
      .set('X-Api-Key', KEY)
      .send({ decision: 'decline', note: 'no' })
      .expect(409);
    await request(app.url).get('/api/delivery-changes').set('X-Api-Key', 'wrong-key').expect(401);
    let told: string[] = [];
    await eventually(async () => (told = await alice.newReplies()).length > 0, 'the decision in the chat');
    expect(told).toEqual([
      `包裹 ${PARCEL} 有好消息：您的请求（把包裹暂存在派送网点，由您自取）已确认。客服补充：请携带证件到上海浦东营业部领取。`,
    ]);
    expect((await app.store.deliveryChanges.get(id))?.decision?.by).toBe('api:ops-desk-3');
    // It came through the outbox (durable, retried, sent once under the decision's key), like SMS and email.
    const sent = (await app.store.outbox.listByStatus('sent', 100)).filter((i) =>
      i.idempotencyKey.startsWith('change:'),
    );
    expect(sent).toEqual([
      expect.objectContaining({ channel: 'webchat', idempotencyKey: `change:${id}:confirmed`, attempts: 1 }),
    ]);
  });

  it('SMS (zh-CN): the recipient answers the notice with "1", then a time; an agent declines on the agent page and the SMS says why', async () => {
    await push('delivery_failed');
    // The shipment's sender and recipient are told by SMS; the recipient answers.
    const toRecipient = () => standIn.messages.filter((m) => m.to === RECIPIENT).map((m) => m.body);
    await eventually(() => toRecipient().length > 0, 'the notice by SMS');
    expect(toRecipient()[0]).toContain('1. 预约时间重新派送');

    // The recipient's own phone proves the link: no last 4 digits asked.
    expect(twiml((await sms('1')).text)).toContain(`${PARCEL} 什么时候给您派送`);
    expect(twiml((await sms('明天晚上6点以后')).text)).toContain('已请我们的团队');

    const agent = request.agent(app.url);
    const listed = await agent.get('/agent/api/delivery-changes').auth('alice', 'alice-pass-1').expect(200);
    expect(listed.body.requests).toEqual([
      expect.objectContaining({
        kind: 'redeliver',
        details: { date: '2026-11-24', after: '18:00' },
        channel: 'sms',
        words: '明天晚上6点以后',
      }),
    ]);
    const id = listed.body.requests[0].id as string;
    await agent
      .post(`/agent/api/delivery-changes/${id}/decision`)
      .auth('alice', 'alice-pass-1')
      .send({ decision: 'decline' })
      .expect(400); // a decline says why
    await agent
      .post(`/agent/api/delivery-changes/${id}/decision`)
      .auth('alice', 'alice-pass-1')
      .send({ decision: 'decline', note: '明晚该区域不派送' })
      .expect(200);
    await eventually(() => toRecipient().length >= 2, 'the decision by SMS');
    expect(toRecipient()[1]).toContain(`抱歉，包裹 ${PARCEL} 无法`);
    expect(toRecipient()[1]).toContain('客服补充：明晚该区域不派送。');
    expect((await app.store.deliveryChanges.get(id))?.decision?.by).toBe('agent:alice');
  });

  it('email (en): "I want to claim" in reply to a loss notice joins the claim ticket opened on detection, mailed back in the thread', async () => {
    const customer = nodemailer.createTransport({
      host: '127.0.0.1',
      port: app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    await customer.sendMail({
      from: 'carol@example.net',
      to: 'support@courier.example',
      subject: 'My parcel',
      text: `Hello, where is my parcel ${PARCEL}?`,
    });
    await capture.waitFor(1);
    await push('lost');
    const [, notice] = await capture.waitFor(2);
    expect(notice?.text).toContain('1. Start a claim');
    await customer.sendMail({
      from: 'carol@example.net',
      to: 'support@courier.example',
      subject: `Re: ${notice?.subject ?? ''}`,
      inReplyTo: notice?.messageId,
      text: 'I want to claim, it was a birthday present.',
    });
    // A loss is a level-1 anomaly: the claim was opened on detection and she was told so before she asked.
    const [, , opened, answer] = await capture.waitFor(4);
    const ticketNumber = /ticket number is (C-\d{8}-\d{4})/.exec(opened?.text ?? '')?.[1];
    expect(ticketNumber).toBeDefined();
    expect(answer?.text).toContain(`open ticket on this parcel, ${ticketNumber}`);
    const [ticket] = await app.store.tickets.find({ trackingNumber: PARCEL });
    expect(ticket).toMatchObject({
      channel: 'email',
      category: 'lost',
      priority: 'high',
      demand: 'compensation',
      status: 'pending_agent',
    });
    expect(ticket?.number).toBe(ticketNumber);
    expect(ticket?.claim?.status).toBe('opened');
    // Her words join the claim's ticket (one ticket on the parcel, not a second one).
    expect(JSON.stringify(ticket)).toContain('it was a birthday present');
    expect(await app.store.tickets.find({ trackingNumber: PARCEL })).toHaveLength(1);
  });
});
