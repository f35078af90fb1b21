import pino from 'pino';
import { AnomalyWatch, WatchedShipmentLookup } from '../../../src/proactive';
import type { Shipment } from '../../../src/tracking/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { DEFAULT_ANOMALY_TABLE, HttpShipmentLookup, summarize, type ParcelAnomaly } from '../../../src/tracking';
import { TestClock } from '../../support/test-clock';

const shipment = (events: Shipment['events']): Shipment => ({
  trackingNumber: 'SF1402837465921',
  carrier: 'sf',
  sender: {},
  recipient: {},
  origin: '深圳',
  destination: '上海',
  promisedDate: '2026-11-24',
  events,
  updatedAt: '2026-11-23T00:00:00.000Z',
});

describe('AnomalyWatch', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let heard: ParcelAnomaly[];
  let watch: AnomalyWatch;
  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    heard = [];
    watch = new AnomalyWatch({
      store,
      table: DEFAULT_ANOMALY_TABLE,
      timeZone: 'Asia/Shanghai',
      now: () => clock.now(),
      logger: pino({ level: 'silent' }),
      onDetected: async (anomaly) => void heard.push(anomaly),
    });
  });
  afterEach(() => store.close());

  const picked = { at: '2026-11-22T02:00:00.000Z', place: '深圳南山营业部', status: 'picked_up' };
  const failed = { at: '2026-11-23T01:00:00.000Z', place: '上海浦东营业部', status: 'delivery_failed' };

  it('passes on each anomaly once, however often the same scans come in', async () => {
    const parcel = shipment([picked, failed]);
    const first = await watch.scanned(summarize(parcel), [failed], 'api');
    const again = await watch.scanned(summarize(parcel), [failed], 'api');
    const fromProvider = await watch.scanned(summarize(parcel), parcel.events, 'provider');
    expect(first.map((a) => [a.kind, a.level, a.source, a.detectedAt])).toEqual([
      ['delivery_failed', 2, 'api', '2026-11-23T02:00:00.000Z'],
    ]);
    expect([again, fromProvider]).toEqual([[], []]);
    expect(heard).toEqual(first);
    expect(await store.anomalies.listByParcel(parcel.trackingNumber)).toEqual(first);
  });

  it('finds the time-based anomalies when the clock reaches them, once, and stops looking at a delivered parcel', async () => {
    const parcel = shipment([picked]);
    const find = async () => parcel;
    expect(await watch.scanned(summarize(parcel), [picked], 'api')).toEqual([]);
    expect(await watch.checkDue(find, { owner: 'test' })).toEqual([]);
    clock.set('2026-11-24T02:00:01Z'); // 48 h after the pick-up scan
    expect((await watch.checkDue(find, { owner: 'test' })).map((a) => [a.kind, a.source])).toEqual([
      ['no_scan', 'schedule'],
    ]);
    expect(await watch.checkDue(find, { owner: 'test' })).toEqual([]);
    clock.set('2026-11-24T16:00:00Z'); // the promised day (the 24th, +08:00) is over
    expect((await watch.checkDue(find, { owner: 'test' })).map((a) => a.kind)).toEqual(['past_promised_date']);
    parcel.events.push({ at: '2026-11-24T17:00:00.000Z', place: '上海浦东营业部', status: 'delivered' });
    await watch.scanned(summarize(parcel), parcel.events.slice(-1), 'api');
    expect(await store.anomalies.dueChecks('2030-01-01T00:00:00.000Z', 10)).toEqual([]);
    expect(heard.map((a) => a.kind)).toEqual(['no_scan', 'past_promised_date']);
  });

  it('leaves a look due sooner when a scan moves the next one later; that look finds nothing and moves on', async () => {
    const parcel = shipment([picked]);
    const find = async () => parcel;
    await watch.scanned(summarize(parcel), [picked], 'api'); // no scan for 48 h: due 2026-11-24T02:00 (+1 ms)
    const moved = { at: '2026-11-23T01:00:00.000Z', place: '上海浦东营业部', status: 'out_for_delivery' };
    parcel.events.push(moved);
    await watch.scanned(summarize(parcel), [moved], 'api');
    expect(await store.anomalies.dueChecks('2026-11-24T02:00:00.001Z', 10)).toEqual([parcel.trackingNumber]);
    clock.set('2026-11-24T02:00:01Z');
    expect(await watch.checkDue(find, { owner: 'test' })).toEqual([]);
    // The look moved the check to the next threshold: the end of the promised day (the 24th, +08:00).
    expect(await store.anomalies.dueChecks('2026-11-24T15:59:59.000Z', 10)).toEqual([]);
    expect(await store.anomalies.dueChecks('2026-11-24T15:59:59.001Z', 10)).toEqual([parcel.trackingNumber]);
    clock.set('2026-11-24T16:00:00Z');
    expect((await watch.checkDue(find, { owner: 'test' })).map((a) => a.kind)).toEqual(['past_promised_date']);
    expect(heard.map((a) => a.kind)).toEqual(['past_promised_date']);
  });

  it('brings the look forward when a scan makes a threshold fall due sooner', async () => {
    const parcel = shipment([picked]);
    await watch.scanned(summarize(parcel), [picked], 'api'); // no scan for 48 h: due 2026-11-24T02:00 (+1 ms)
    const atHub = { at: '2026-11-23T01:00:00.000Z', place: '上海转运中心', status: 'arrived_hub' };
    parcel.events.push(atHub);
    await watch.scanned(summarize(parcel), [atHub], 'api'); // stuck at the hub after 24 h: 2026-11-24T01:00
    expect(await store.anomalies.dueChecks('2026-11-24T01:00:00.000Z', 10)).toEqual([]);
    expect(await store.anomalies.dueChecks('2026-11-24T01:00:00.001Z', 10)).toEqual([parcel.trackingNumber]);
    clock.set('2026-11-24T01:00:01Z');
    expect((await watch.checkDue(async () => parcel, { owner: 'test' })).map((a) => a.kind)).toEqual(['stuck_at_hub']);
  });

  it('leaves the round to the process holding the lease', async () => {
    const parcel = shipment([picked]);
    await watch.scanned(summarize(parcel), [picked], 'api');
    clock.set('2026-11-25T00:00:00Z');
    await store.leases.tryAcquire('anomaly-checks', 'other-process', 60_000, clock.now().toISOString());
    expect(await watch.checkDue(async () => parcel, { owner: 'test' })).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('looks at every parcel the tracking provider answers for (its API answering through a stand-in fetch)', async () => {
    const parcel = shipment([picked, { ...failed, status: 'exception', description: 'Parcel not found at hub' }]);
    const provider = new HttpShipmentLookup('https://tracking.courier.example/v1', {
      fetch: async () => new Response(JSON.stringify(parcel), { status: 200 }),
    });
    const lookup = new WatchedShipmentLookup(provider, watch);
    expect(await lookup.find(parcel.trackingNumber)).toEqual(parcel);
    await lookup.find(parcel.trackingNumber);
    expect(heard.map((a) => [a.kind, a.level, a.source])).toEqual([['lost', 1, 'provider']]);
  });
});
