import pino from 'pino';
import { NoticeWriter, Replies } from '../../../src/bot';
import { ChannelNoticeComposer, OptOutGuardedSmsSender } from '../../../src/channels/notice-delivery';
import { PermanentSendError } from '../../../src/channels/outbox/outbox.worker';
import { NoticePlanner } from '../../../src/proactive';
import type { ChannelId, Locale, Register } from '../../../src/conversations/records';
import type { OutboxItem } from '../../../src/store/records';
import type { Shipment } from '../../../src/tracking/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { BusinessHours } from '../../../src/tickets';
import { DEFAULT_ANOMALY_TABLE, type ParcelAnomaly } from '../../../src/tracking';
import { sampleTicket } from '../../contract/store-harness';
import { TestClock } from '../../support/test-clock';

const ZONE = 'Asia/Shanghai';
const P1 = 'SF1402837465921';
const P2 = 'YT6865635515058';

const shipment = (trackingNumber: string): Shipment => ({
  trackingNumber,
  carrier: 'sf',
  sender: { name: '张伟', phone: '+8613811112222', address: '深圳市南山区科技园路1号' },
  recipient: { name: '李娜', phone: '+85291234567', address: '香港九龙旺角弥敦道7号' },
  origin: '深圳',
  destination: '香港',
  promisedDate: '2026-11-25',
  events: [{ at: '2026-11-23T01:00:00.000Z', place: '香港九龙派送站', status: 'delivery_failed' }],
  updatedAt: '2026-11-23T01:00:00.000Z',
});

describe('NoticePlanner (real SQLite store, the bot’s notice writer, the channels’ payloads)', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let planner: NoticePlanner;
  const make = (options: { sms?: boolean; dailyCap?: number } = {}) =>
    new NoticePlanner({
      store,
      composer: new ChannelNoticeComposer(
        new NoticeWriter({
          replies: new Replies(),
          timeZone: ZONE,
          table: DEFAULT_ANOMALY_TABLE,
          now: () => clock.now(),
        }),
        'ParcelCare Express',
      ),
      hours: BusinessHours.parse('Mon-Sun 08:00-21:00', ZONE),
      timeZone: ZONE,
      dailyCap: options.dailyCap ?? 3,
      sms: options.sms ?? false,
      defaultLocale: 'zh-CN',
      now: () => clock.now(),
      logger: pino({ level: 'silent' }),
    });
  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: ZONE });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    planner = make();
  });
  afterEach(() => store.close());

  /** A customer with one conversation on a channel, linked to a parcel by asking about it there. */
  async function customerAsking(
    name: string,
    channel: ChannelId,
    externalId: string,
    parcel: string | undefined,
    locale: Locale = 'zh-CN',
    register?: Register,
  ) {
    const now = clock.now().toISOString();
    const customer = await store.customers.create(
      {
        name,
        identities: [
          { kind: channel === 'sms' ? 'phone' : channel === 'email' ? 'email' : 'webchat', value: externalId },
        ],
      },
      now,
    );
    const conversation = await store.conversations.create(
      {
        channel,
        externalId,
        customerId: customer.id,
        reference: { conversation: { id: externalId } },
        mode: 'bot',
        locale,
        ...(register ? { register } : {}),
      },
      now,
    );
    if (parcel)
      await store.parcelLinks.link({
        trackingNumber: parcel,
        customerId: customer.id,
        conversationId: conversation.id,
        kind: 'asked',
        at: now,
      });
    return { customer, conversation };
  }

  async function anomaly(trackingNumber: string, kind: ParcelAnomaly['kind'] = 'delivery_failed') {
    const parcel = shipment(trackingNumber);
    const { anomaly: recorded } = await store.anomalies.record({
      trackingNumber,
      kind,
      occurrence: '',
      level: kind === 'lost' ? 1 : 2,
      detectedAt: clock.now().toISOString(),
      scan: parcel.events[0],
      source: 'api',
    });
    return { anomaly: recorded, parcel };
  }

  const outbox = async (): Promise<OutboxItem[]> => store.outbox.listByStatus('pending', 100);

  it('tells only the customers linked to the parcel, and names nothing but the parcel and its status', async () => {
    const a = await customerAsking('Alice', 'webchat', 'dl-alice', P1);
    await customerAsking('Bob', 'webchat', 'dl-bob', P2);
    const c = await customerAsking('Carol', 'email', 'carol@example.com', undefined, 'en');
    // Carol is linked by her complaint about P1, not by asking.
    await store.tickets.create(
      sampleTicket({ customerId: c.customer.id, trackingNumbers: [P1], conversationIds: [c.conversation.id] }),
    );
    const { anomaly: found, parcel } = await anomaly(P1);
    const notices = await planner.plan(found, parcel);

    expect(notices.map((n) => [n.recipient, n.channel, n.to, n.locale])).toEqual([
      [`customer:${a.customer.id}`, 'webchat', 'dl-alice', 'zh-CN'],
      [`customer:${c.customer.id}`, 'email', 'carol@example.com', 'en'],
    ]);
    const items = await outbox();
    expect(items.map((i) => [i.channel, i.to])).toEqual([
      ['webchat', 'dl-alice'],
      ['email', 'carol@example.com'],
    ]);
    const all = JSON.stringify(items.map((i) => i.payload));
    expect(all).toContain(P1);
    for (const other of [P2, 'Alice', 'Bob', 'Carol', '张伟', '李娜', '1111', '4567', '科技园', '弥敦道', 'dl-bob'])
      expect(all).not.toContain(other);
    expect(items[0]?.payload).toEqual({
      text: [
        `您的包裹 ${P1} 有新情况：本次派送未能成功。`,
        '（最新扫描：香港九龙派送站，11月23日 09:00）',
        '快递员会再次派送；您可以预约时间，或到网点自取。',
        '预计送达：11月25日。',
        '请回复数字或直接告诉我们您的需要：',
        '1. 预约时间重新派送',
        '2. 暂存网点，我自己去取',
        '3. 转人工客服',
      ].join('\n'),
      buttons: [
        { title: '1. 预约时间重新派送', value: '1' },
        { title: '2. 暂存网点，我自己去取', value: '2' },
        { title: '3. 转人工客服', value: '3' },
      ],
    });
    expect(items[1]?.payload).toMatchObject({
      subject: `[ParcelCare Express] Parcel ${P1}: delivery attempt failed`,
      text: expect.stringContaining('Reply with a number or in your own words:\n1. Deliver again at a time I choose'),
    });
  });

  it('writes to a Hong Kong customer in the Cantonese they write, and to a Taiwan customer in Mandarin', async () => {
    const hk = await customerAsking('Ka Yan', 'webchat', 'dl-kayan', P1, 'zh-TW', 'yue');
    const tw = await customerAsking('Mei', 'webchat', 'dl-mei', P1, 'zh-TW');
    const { anomaly: found, parcel } = await anomaly(P1);
    const notices = await planner.plan(found, parcel);
    expect(notices.map((n) => [n.to, n.locale, n.register])).toEqual([
      ['dl-kayan', 'zh-TW', 'yue'],
      ['dl-mei', 'zh-TW', undefined],
    ]);
    const text = (to: string) => async () => String((await outbox()).find((i) => i.to === to)?.payload.text ?? '');
    const cantonese = await text(hk.conversation.externalId)();
    expect(cantonese).toContain(`你嘅速遞 ${P1} 有新情況：今次派件唔成功。`);
    expect(cantonese).toContain('唔該覆數字');
    const mandarin = await text(tw.conversation.externalId)();
    expect(mandarin).toContain(`您的包裹 ${P1} 有新狀況：本次派送未能成功。`);
    expect(mandarin).not.toMatch(/[嘅唔咗]/);
  });

  it('sends one notice per anomaly and customer, however often it is planned', async () => {
    await customerAsking('Alice', 'webchat', 'dl-alice', P1);
    const { anomaly: found, parcel } = await anomaly(P1);
    const first = await planner.plan(found, parcel);
    const again = await planner.plan(found, parcel);
    expect(again).toEqual(first);
    expect(await outbox()).toHaveLength(1);
    expect((await store.anomalies.get(found.id))?.plannedAt).toBe(clock.now().toISOString());
  });

  it('also texts the shipment’s phones when SMS is on, in their market’s language, never an opted-out number', async () => {
    planner = make({ sms: true });
    const stopped = await store.customers.create(
      { phone: '+8613811112222', identities: [{ kind: 'phone', value: '+8613811112222' }] },
      clock.now().toISOString(),
    );
    await store.customers.update(
      { ...stopped, optedOut: { sms: clock.now().toISOString() } },
      clock.now().toISOString(),
    );
    const { anomaly: found, parcel } = await anomaly(P1);
    const notices = await planner.plan(found, parcel);
    // The sender's number sent STOP; the Hong Kong recipient is written to in Traditional Chinese.
    expect(notices.map((n) => [n.recipient, n.channel, n.locale])).toEqual([['phone:+85291234567', 'sms', 'zh-TW']]);
    expect((await outbox())[0]?.payload).toEqual({
      text: expect.stringContaining(`您的包裹 ${P1} 有新狀況：本次派送未能成功。`),
      notice: true,
    });
  });

  it('makes a notice wait for the end of quiet hours instead of dropping it', async () => {
    clock.set('2026-11-23T14:30:00Z'); // 22:30 in Shanghai
    await customerAsking('Alice', 'webchat', 'dl-alice', P1);
    const { anomaly: found, parcel } = await anomaly(P1);
    const [notice] = await planner.plan(found, parcel);
    expect(notice?.dueAt).toBe('2026-11-24T00:00:00.000Z'); // 08:00 the next morning
    const claim = (now: string) => store.outbox.claimDue({ now, owner: 'test', leaseMs: 60_000, limit: 10 });
    expect(await claim('2026-11-23T23:59:00.000Z')).toEqual([]);
    expect((await claim('2026-11-24T00:00:00.000Z')).map((i) => i.idempotencyKey)).toEqual([notice?.outboxKey]);
  });

  it('keeps to the daily cap per parcel: the notice over it goes out the next morning', async () => {
    planner = make({ dailyCap: 1 });
    await customerAsking('Alice', 'webchat', 'dl-alice', P1);
    const failed = await anomaly(P1, 'delivery_failed');
    const late = await anomaly(P1, 'past_promised_date');
    const other = await anomaly(P2, 'lost');
    await store.parcelLinks.link({
      trackingNumber: P2,
      customerId: (await store.parcelLinks.listByParcel(P1))[0]!.customerId,
      conversationId: (await store.parcelLinks.listByParcel(P1))[0]!.conversationId,
      kind: 'proved',
      at: clock.now().toISOString(),
    });
    const [first] = await planner.plan(failed.anomaly, failed.parcel);
    const [second] = await planner.plan(late.anomaly, late.parcel);
    const [elsewhere] = await planner.plan(other.anomaly, other.parcel);
    expect([first?.dueAt, second?.dueAt, elsewhere?.dueAt]).toEqual([
      '2026-11-23T02:00:00.000Z',
      '2026-11-24T00:00:00.000Z',
      '2026-11-23T02:00:00.000Z',
    ]);
  });

  it('plans anomalies left unplanned (a crash between recording and planning), once', async () => {
    await customerAsking('Alice', 'webchat', 'dl-alice', P1);
    const { parcel } = await anomaly(P1);
    clock.advance(30_000);
    expect(await planner.planLeftOver(async () => parcel)).toBe(0); // too fresh: its own request may still plan it
    clock.advance(60_000);
    expect(await planner.planLeftOver(async () => parcel)).toBe(1);
    expect(await planner.planLeftOver(async () => parcel)).toBe(0);
    expect(await outbox()).toHaveLength(1);
  });

  it('checks the opt-out again when a queued SMS notice is sent', async () => {
    const sent: string[] = [];
    const guard = new OptOutGuardedSmsSender(
      { send: async (item) => (sent.push(item.to), { providerId: 'SM1' }) },
      store.customers,
    );
    const item = (to: string, payload: Record<string, unknown>) => ({ to, payload }) as OutboxItem;
    const customer = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613811112222' }], optedOut: { sms: clock.now().toISOString() } },
      clock.now().toISOString(),
    );
    expect(customer.optedOut?.sms).toBeDefined();
    await expect(guard.send(item('+8613811112222', { text: 'x', notice: true }))).rejects.toThrow(PermanentSendError);
    await guard.send(item('+8613933334444', { text: 'x', notice: true }));
    expect(sent).toEqual(['+8613933334444']);
  });
});
