import type { Store } from '../../src/store';
import type { NewParcelAnomaly } from '../../src/tracking';

const T0 = '2026-11-23T02:00:00.000Z';
const later = (minutes: number): string => new Date(new Date(T0).getTime() + minutes * 60_000).toISOString();

const anomaly = (overrides: Partial<NewParcelAnomaly> = {}): NewParcelAnomaly => ({
  trackingNumber: 'SF1402837465921',
  kind: 'exception',
  occurrence: '',
  level: 2,
  detectedAt: T0,
  scan: { at: T0, place: '上海转运中心', status: 'exception', description: '地址不详' },
  source: 'api',
  ...overrides,
});

/** The anomaly part of the store contract: each anomaly of a parcel once, and the parcels due a look. */
export function describeAnomalyContract(getStore: () => Store, openPeer: () => Promise<Store>): void {
  describe('anomalies', () => {
    it('records an anomaly once, across connections, and answers a repeat with the first record', async () => {
      const store = getStore();
      const peer = await openPeer();
      const first = await store.anomalies.record(anomaly());
      await store.durable();
      const again = await peer.anomalies.record(anomaly({ detectedAt: later(5), source: 'provider' }));
      expect(first.stored).toBe(true);
      expect(first.anomaly).toEqual({ ...anomaly(), id: expect.any(String) });
      expect(again).toEqual({ stored: false, anomaly: first.anomaly });
      expect(await store.anomalies.get(first.anomaly.id)).toEqual(first.anomaly);
      expect(await store.anomalies.get('nope')).toBeUndefined();
    });

    it('keeps kinds, occurrences and parcels apart, oldest first', async () => {
      const store = getStore();
      const stored = [
        await store.anomalies.record(anomaly()),
        await store.anomalies.record(anomaly({ kind: 'no_scan', occurrence: T0, detectedAt: later(1) })),
        await store.anomalies.record(anomaly({ kind: 'no_scan', occurrence: later(60), detectedAt: later(2) })),
        await store.anomalies.record(anomaly({ trackingNumber: 'YT6865635515058', detectedAt: later(3) })),
      ];
      expect(stored.map((s) => s.stored)).toEqual([true, true, true, true]);
      const mine = await store.anomalies.listByParcel('SF1402837465921');
      expect(mine.map((a) => [a.kind, a.occurrence])).toEqual([
        ['exception', ''],
        ['no_scan', T0],
        ['no_scan', later(60)],
      ]);
      expect(await store.anomalies.listByParcel('JT0001234567890')).toEqual([]);
    });

    it('lists anomalies whose notices are not planned yet until they are marked', async () => {
      const store = getStore();
      const a = (await store.anomalies.record(anomaly({ detectedAt: later(1) }))).anomaly;
      const b = (await store.anomalies.record(anomaly({ kind: 'lost', level: 1, detectedAt: later(2) }))).anomaly;
      await store.anomalies.record(anomaly({ kind: 'damaged', level: 1, detectedAt: later(30) }));
      expect((await store.anomalies.listUnplanned(later(10), 10)).map((x) => x.id)).toEqual([a.id, b.id]);
      expect((await store.anomalies.listUnplanned(later(10), 1)).map((x) => x.id)).toEqual([a.id]);
      await store.anomalies.markPlanned(a.id, later(3));
      await store.anomalies.markPlanned(a.id, later(9)); // the first plan stays
      expect((await store.anomalies.listUnplanned(later(10), 10)).map((x) => x.id)).toEqual([b.id]);
      expect((await store.anomalies.get(a.id))?.plannedAt).toBe(later(3));
    });

    it('schedules, moves and clears the look at a parcel’s time-based anomalies', async () => {
      const store = getStore();
      await store.anomalies.scheduleChecks([
        { trackingNumber: 'SF1', dueAt: later(10) },
        { trackingNumber: 'SF2', dueAt: later(5) },
        { trackingNumber: 'SF3', dueAt: later(50) },
      ]);
      expect(await store.anomalies.dueChecks(later(10), 10)).toEqual(['SF2', 'SF1']);
      await store.anomalies.scheduleChecks([{ trackingNumber: 'SF1', dueAt: later(40) }]);
      await store.anomalies.scheduleChecks([{ trackingNumber: 'SF2', dueAt: undefined }]);
      await store.anomalies.scheduleChecks([]);
      expect(await store.anomalies.dueChecks(later(10), 10)).toEqual([]);
      expect(await store.anomalies.dueChecks(later(60), 1)).toEqual(['SF1']);
    });

    it('keeps a look due sooner when asked to, and still brings one forward or clears it', async () => {
      const store = getStore();
      await store.anomalies.scheduleChecks([{ trackingNumber: 'SF1', dueAt: later(10) }]);
      await store.anomalies.scheduleChecks(
        [
          { trackingNumber: 'SF1', dueAt: later(40) },
          { trackingNumber: 'SF2', dueAt: later(20) },
          { trackingNumber: 'SF3', dueAt: later(30) },
        ],
        { keepEarlier: true },
      );
      expect(await store.anomalies.dueChecks(later(60), 10)).toEqual(['SF1', 'SF2', 'SF3']);
      expect(await store.anomalies.dueChecks(later(10), 10)).toEqual(['SF1']);
      await store.anomalies.scheduleChecks(
        [
          { trackingNumber: 'SF2', dueAt: later(5) },
          { trackingNumber: 'SF3', dueAt: undefined },
        ],
        { keepEarlier: true },
      );
      expect(await store.anomalies.dueChecks(later(60), 10)).toEqual(['SF2', 'SF1']);
    });

    it('keeps the later of two checks for one parcel in one call', async () => {
      const store = getStore();
      await store.anomalies.scheduleChecks([
        { trackingNumber: 'SF1', dueAt: later(5) },
        { trackingNumber: 'SF1', dueAt: later(40) },
        { trackingNumber: 'SF2', dueAt: later(5) },
        { trackingNumber: 'SF2', dueAt: undefined },
      ]);
      expect(await store.anomalies.dueChecks(later(10), 10)).toEqual([]);
      expect(await store.anomalies.dueChecks(later(60), 10)).toEqual(['SF1']);
    });
  });
}
