import type { RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';
import { WebChatCustomer } from '../support/directline-client';
import { eventually } from '../support/eventually';
import { scanPusher } from '../support/events-api';
import { TestClock } from '../support/test-clock';
import { TestApp } from '../support/test-app';

const KEY = 'courier-systems-key-0001';

/**
 * Customers in web chat (Direct Line over HTTP) ask about parcels; the courier's systems push a scan that shows
 * an anomaly; the outbox delivers the notice into the conversation of each customer linked to that parcel.
 */
describe('proactive notices, end to end (real server, Direct Line, events API, outbox)', () => {
  let running: TestApp;
  let app: RunningParcelCare;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    running = await TestApp.start({ name: 'notices', clock, env: { SHIPMENTS_API_KEY: KEY } });
    app = running.app;
  });
  afterEach(() => running.close());

  const push = scanPusher({ url: () => app.url, key: KEY, now: () => clock.now(), place: '上海浦东营业部' });

  /** Everything the customer was shown since the last call, once the outbox had time to deliver. */
  const notices = async (customer: WebChatCustomer): Promise<string[]> =>
    (await customer.newReplies()).filter((text) => text.includes('1. '));

  it('tells the customers who asked about the parcel, in their language, and nobody else', async () => {
    const alice = await WebChatCustomer.start(app.url);
    const bob = await WebChatCustomer.start(app.url);
    const carol = await WebChatCustomer.start(app.url, 'en');
    await alice.ask(`我的快递 ${DEMO_TRACKING.normal} 到哪了`);
    await bob.ask(`我的快递 ${DEMO_TRACKING.stuck} 到哪了`);
    await carol.ask(`Where is my parcel ${DEMO_TRACKING.normal}?`);

    await push(DEMO_TRACKING.normal, 'exception', '派送失败，电话无人接听');
    await push(DEMO_TRACKING.normal, 'exception', '派送失败，电话无人接听'); // the courier's retry

    let forAlice: string[] = [];
    let forCarol: string[] = [];
    await eventually(async () => {
      forAlice.push(...(await notices(alice)));
      forCarol.push(...(await notices(carol)));
      return forAlice.length > 0 && forCarol.length > 0;
    }, 'the notices in both conversations');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a second notice would have come by now
    forAlice = [...forAlice, ...(await notices(alice))];
    forCarol = [...forCarol, ...(await notices(carol))];
    expect(forAlice).toEqual([
      expect.stringContaining(`您的包裹 ${DEMO_TRACKING.normal} 有新情况：本次派送未能成功。`),
    ]);
    expect(forAlice[0]).toContain('1. 预约时间重新派送');
    expect(forCarol).toEqual([
      expect.stringContaining(
        `An update on your parcel ${DEMO_TRACKING.normal}: the delivery attempt did not succeed.`,
      ),
    ]);
    expect(await bob.newReplies()).toEqual([]);
    // Alice's notice holds nothing of the sender's or recipient's (names, phones, addresses).
    for (const secret of ['张伟', '李娜', '2222', '4444', '科技园', '世纪大道'])
      expect(forAlice[0]).not.toContain(secret);
    const [anomaly] = await app.store.anomalies.listByParcel(DEMO_TRACKING.normal);
    expect((await app.store.notices.listByAnomaly(anomaly!.id)).map((n) => n.channel)).toEqual(['webchat', 'webchat']);
  });

  it('keeps a notice found at night until the quiet hours end', async () => {
    const alice = await WebChatCustomer.start(app.url);
    await alice.ask(`我的快递 ${DEMO_TRACKING.normal} 到哪了`);
    clock.set('2026-11-23T15:00:00Z'); // 23:00 in Shanghai
    await push(DEMO_TRACKING.normal, 'damaged');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await notices(alice)).toEqual([]);
    clock.set('2026-11-24T00:00:00Z'); // 08:00
    let shown: string[] = [];
    await eventually(async () => (shown = await notices(alice)).length > 0, 'the notice after quiet hours');
    expect(shown).toEqual([expect.stringContaining('包裹在运输中破损')]);
  });
});
