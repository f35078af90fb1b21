import request from 'supertest';
import type { RunningParcelCare } from '../../src/index';
import type { Shipment } from '../../src/tracking/records';
import { ALICE, CAROL, type AgentLogin } from '../support/agent-desk-app';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { TestClock } from '../support/test-clock';
import { TwilioStandIn } from '../support/twilio-stand-in';
import { postSignedSms } from '../support/twilio-webhook';
import { TestApp } from '../support/test-app';

const KEY = 'courier-systems-key-0001';
const ACCOUNT = `AC${'2'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-tests';
const FROM = '+15005550006';
const PARCEL = 'SF5550000000011';
const SENDER = '+8613811112222';
const RECIPIENT = '+85291234567';

/**
 * A lost parcel whose only customers are the phones on its waybill: the claim opens on a ticket of the sender's
 * phone, both phones are told by SMS (a local stand-in of Twilio's Messages API), and each later decision reaches
 * them by SMS too — the sender under the ticket's number, the recipient under the parcel's, until she sends STOP.
 */
describe('claim decisions by SMS to the waybill’s phones, end to end (events API, agent page, Twilio stand-in)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let standIn: TwilioStandIn;
  let publicUrl: string;
  beforeEach(async () => {
    running = await TestApp.start({
      name: 'claim-news',
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      clock: new TestClock(new Date('2026-11-23T02:00:00Z')), // 10:00 in Shanghai
      env: {
        SHIPMENTS_API_KEY: KEY,
        DEMO_DATA: 'false',
        AGENT_USERS: `${ALICE.join(':')},${CAROL.join(':')}:supervisor`,
        CLAIM_SUPERVISOR_AMOUNT: '500',
      },
    });
    ({ app, publicUrl } = running);
    standIn = running.twilio;
    const parcel: Shipment = {
      trackingNumber: PARCEL,
      carrier: 'sf',
      sender: { name: '张伟', phone: SENDER },
      recipient: { name: '李娜', phone: RECIPIENT },
      origin: '深圳',
      destination: '香港',
      declaredValue: { amount: 800, currency: 'CNY', insured: true },
      events: [{ at: '2026-11-22T02:00:00.000Z', place: '深圳转运中心', status: 'in_transit' }],
      updatedAt: '2026-11-22T02:00:00.000Z',
    };
    await app.store.shipments.upsert(parcel);
  });
  afterEach(() => running.close());

  const act = (who: AgentLogin, number: string, verb: string, data: object = {}) =>
    request(app.url).post(`/agent/api/tickets/${number}/actions`).auth(who[0], who[1]).send({ verb, data }).expect(200);
  const smsTo = (phone: string) => standIn.messages.filter((m) => m.to === phone).map((m) => m.body);
  /** Waits until the stand-in got `count` messages in all, then a moment longer for any that should not come. */
  const settle = async (count: number) => {
    await eventually(async () => standIn.messages.length >= count, `${count} SMS`);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(standIn.messages).toHaveLength(count);
  };

  it('tells both phones every decision, the sender with the ticket’s number, and stops at STOP', async () => {
    const stranger = await WebChatCustomer.start(app.url);
    await stranger.ask('我的快递 SF1402837465921 到哪了');
    await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .send({ trackingNumber: PARCEL, events: [{ at: '2026-11-23T01:50:00Z', place: '上海转运中心', status: 'lost' }] })
      .expect(200);
    const [ticket] = (await app.store.tickets.find({ trackingNumber: PARCEL })).filter((t) => t.claim);
    expect(ticket?.conversationIds).toEqual([]); // nobody has written about it: the sender's phone owns it
    const number = ticket!.number;
    // The anomaly's notice and the claim's, to each phone.
    await settle(4);
    expect(smsTo(SENDER)[1]).toContain(`您的工单号是 ${number}`);
    expect(smsTo(RECIPIENT)[1]).toContain(`我們已為您的包裹 ${PARCEL} 主動發起預賠付申請`);

    // A customer who asks about the parcel only now was not told of the claim, and hears none of its decisions.
    const late = await WebChatCustomer.start(app.url);
    await late.ask(`我的快递 ${PARCEL} 到哪了`);

    await act(ALICE, number, 'accept');
    await act(ALICE, number, 'claim_approve', { note: '保价单据齐全' }); // 800 > 500: a supervisor approves
    await settle(6);
    expect(smsTo(SENDER)[2]).toBe(
      `工单 ${number} 的赔付申请（CNY 800.00）已提交主管审批，这一金额需要主管批准。结果出来后我们会在这里告诉您。`,
    );
    expect(smsTo(RECIPIENT)[2]).toBe(
      `包裹 ${PARCEL} 的賠付申請（CNY 800.00）已送交主管審核，這一金額需要主管核准。結果出來後我們會在這裡告訴您。`,
    );

    await act(CAROL, number, 'claim_approve');
    await settle(8);
    expect(smsTo(SENDER)[3]).toBe(`好消息：工单 ${number} 的赔付申请已批准，金额 CNY 800.00。到账后我们会再通知您。`);
    expect(smsTo(RECIPIENT)[3]).toBe(
      `好消息：包裹 ${PARCEL} 的賠付申請已核准，金額 CNY 800.00。入帳後我們會再通知您。`,
    );

    // The recipient sends STOP (a signed Twilio webhook): the payment reaches the sender only.
    await postSignedSms({ appUrl: app.url, publicUrl, token: TOKEN, account: ACCOUNT }, RECIPIENT, FROM, 'STOP');
    await act(ALICE, number, 'claim_paid', { reference: 'PAY-9' });
    await settle(9);
    expect(smsTo(SENDER)[4]).toBe(`工单 ${number} 的赔付款（CNY 800.00）已支付。`);
    expect(smsTo(RECIPIENT)).toHaveLength(4);
    for (const body of smsTo(RECIPIENT)) expect(body).not.toContain(number);
    expect(new Set(standIn.messages.map((m) => m.to))).toEqual(new Set([SENDER, RECIPIENT]));
    const claimWords = /赔付|賠付|compensation/;
    expect((await late.newReplies()).filter((t) => claimWords.test(t))).toEqual([]);
    expect((await stranger.newReplies()).filter((t) => claimWords.test(t))).toEqual([]);
  });
});
