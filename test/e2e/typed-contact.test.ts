import request from 'supertest';
import { DEMO_TRACKING } from '../../src/tracking';
import { eventually } from '../support/eventually';
import { scanPusher } from '../support/events-api';
import { WebChatCustomer } from '../support/directline-client';
import { TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { postSignedSms } from '../support/twilio-webhook';

const ACCOUNT = `AC${'6'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-typed-contact';
const FROM = '+15005550006';
/** The sender's phone on DEMO_TRACKING.normal (张伟, 深圳 → 李娜, 上海). */
const VICTIM = '+8613811112222';
const RECIPIENT = '+8613933334444';
const KEY = 'courier-systems-key-typed-contact';
const NAMES = /张伟|李娜|科技园路|世纪大道/;
jest.setTimeout(120_000);

/**
 * A phone typed into web chat as a contact is where agents reach the customer, nothing more: anyone can type
 * anyone's number. Before, it became the web chat customer's phone identity, so it proved a link to every parcel
 * with that phone and the phone's owner, texting later, wrote into the typist's customer record.
 */
describe('a phone typed as a contact proves nothing and joins nothing (real server; Direct Line and signed Twilio webhooks)', () => {
  let running: TestApp;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    running = await TestApp.start({
      name: 'typed-contact',
      clock,
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      env: { SHIPMENTS_API_KEY: KEY },
    });
  });
  afterEach(() => running.close());

  const sms = (body: string) =>
    postSignedSms(
      { appUrl: running.url, publicUrl: running.publicUrl, token: TOKEN, account: ACCOUNT },
      VICTIM,
      FROM,
      body,
    ).then((r) => r.text);

  it('shows no names for a parcel with that phone, and keeps the phone owner’s texts and tickets out of the typist’s reach', async () => {
    const typist = await WebChatCustomer.start(running.url);
    await typist.newReplies();
    await typist.ask(`快递 ${DEMO_TRACKING.stuck} 一直不动，我要投诉`);
    expect(await typist.ask(`电话 ${VICTIM.slice(3)}`)).toContain(VICTIM);
    await typist.ask('提交');
    // C-20261123-0001 is the demo's lost parcel's claim, opened at start (README: Demo parcels).
    expect(await typist.ask('提交')).toContain('C-20261123-0002');

    // The typed phone is the sender's on another parcel: its names and addresses stay hidden.
    const tracked = await typist.ask(`${DEMO_TRACKING.normal} 到哪了`);
    expect(tracked).toContain('后 4 位');
    expect(tracked).not.toMatch(NAMES);

    // The phone's owner texts a complaint of their own.
    await sms(`快递 ${DEMO_TRACKING.delayed} 晚了三天了，我要投诉，要求赔偿`);
    expect(await sms('提交')).toContain('C-20261123-0003');
    const typistsTicket = await running.app.store.tickets.getByNumber('C-20261123-0002');
    const ownersTicket = await running.app.store.tickets.getByNumber('C-20261123-0003');
    expect(ownersTicket?.customerId).not.toBe(typistsTicket?.customerId);
    const owner = await running.app.store.customers.findByIdentity({ kind: 'phone', value: VICTIM });
    expect(owner?.id).toBe(ownersTicket?.customerId);

    // The typist asking about it hears nothing of it.
    expect(await typist.ask('C-20261123-0003 进度如何')).not.toMatch(/C-20261123-0003（|延误|高优先级/);
    expect(typist.seen.map((a) => a.text).join('\n')).not.toMatch(/晚了三天|SF2210478832106/);
  });

  it('does not let the typist answer a notice sent by SMS to that phone, nor change the parcel’s delivery with it', async () => {
    const typist = await WebChatCustomer.start(running.url);
    await typist.newReplies();
    await typist.ask(`快递 ${DEMO_TRACKING.stuck} 一直不动，我要投诉`);
    await typist.ask(`电话 ${RECIPIENT.slice(3)}`);
    await typist.ask('提交');
    await typist.ask('提交');
    // The delivery fails; the waybill's recipient is told by SMS, with "2" to hold it at the outlet.
    await scanPusher({ url: () => running.url, key: KEY, now: () => clock.now(), place: '上海浦东营业部' })(
      DEMO_TRACKING.normal,
      'delivery_failed',
    );
    await eventually(
      async () => running.twilio.messages.some((m) => m.to === RECIPIENT && m.body.includes('2.')),
      'the SMS notice to the recipient',
    );
    const answer = await typist.ask('2');
    expect(answer).not.toContain(DEMO_TRACKING.normal);
    const changes = await request(running.url)
      .get('/api/delivery-changes?status=all')
      .set('X-Api-Key', KEY)
      .expect(200);
    expect(changes.body.requests).toEqual([]);
  });
});
