import type { Store } from '../../src/store';

const T0 = '2026-11-23T02:00:00.000Z';
const later = (minutes: number): string => new Date(new Date(T0).getTime() + minutes * 60_000).toISOString();

/** The claim part of the store contract: one claim per parcel, its ticket recorded once, the anomalies without one. */
export function describeClaimContract(getStore: () => Store, openPeer: () => Promise<Store>): void {
  describe('claims', () => {
    it('registers one claim per parcel, across connections, and answers a repeat with the first', async () => {
      const store = getStore();
      const peer = await openPeer();
      const first = await store.claims.register({
        trackingNumber: 'SF1402837465921',
        claimId: 'claim-1',
        anomalyId: 'anomaly-1',
        detectedAt: T0,
        registeredAt: later(1),
      });
      await store.durable();
      const again = await peer.claims.register({
        trackingNumber: 'SF1402837465921',
        claimId: 'claim-2',
        registeredAt: later(2),
      });
      const expected = {
        trackingNumber: 'SF1402837465921',
        claimId: 'claim-1',
        anomalyId: 'anomaly-1',
        detectedAt: T0,
        registeredAt: later(1),
      };
      expect(first).toEqual({ stored: true, registration: expected });
      expect(again).toEqual({ stored: false, registration: expected });
      expect(await store.claims.get('YT6865635515058')).toBeUndefined();
    });

    it('records the ticket once and lists the claims left without one', async () => {
      const store = getStore();
      await store.claims.register({ trackingNumber: 'A0000000001', claimId: 'c1', registeredAt: T0 });
      await store.claims.register({ trackingNumber: 'A0000000002', claimId: 'c2', registeredAt: later(5) });
      expect((await store.claims.listUnopened(later(10), 10)).map((c) => c.claimId)).toEqual(['c1', 'c2']);
      expect((await store.claims.listUnopened(later(1), 10)).map((c) => c.claimId)).toEqual(['c1']);
      await store.claims.markOpened('A0000000001', 'ticket-1', later(2));
      await store.claims.markOpened('A0000000001', 'ticket-other', later(3));
      expect(await store.claims.get('A0000000001')).toEqual({
        trackingNumber: 'A0000000001',
        claimId: 'c1',
        registeredAt: T0,
        ticketId: 'ticket-1',
        openedAt: later(2),
      });
      expect((await store.claims.listUnopened(later(10), 10)).map((c) => c.claimId)).toEqual(['c2']);
    });

    it('finds the anomalies of a level in a window whose parcel has no claim, oldest first', async () => {
      const store = getStore();
      const record = (trackingNumber: string, level: 1 | 2, minutes: number) =>
        store.anomalies.record({
          trackingNumber,
          kind: level === 1 ? 'lost' : 'exception',
          occurrence: '',
          level,
          detectedAt: later(minutes),
          source: 'api',
        });
      await record('B0000000003', 1, 3);
      await record('B0000000001', 1, 1);
      await record('B0000000002', 1, 2);
      await record('B0000000004', 2, 2);
      await record('B0000000005', 1, -100);
      await store.claims.register({ trackingNumber: 'B0000000002', claimId: 'c-b2', registeredAt: later(2) });
      const found = await store.claims.unclaimedAnomalies({
        level: 1,
        detectedFrom: T0,
        detectedBy: later(60),
        limit: 10,
      });
      expect(found.map((a) => a.trackingNumber)).toEqual(['B0000000001', 'B0000000003']);
      expect(found[0]).toEqual(expect.objectContaining({ kind: 'lost', level: 1, id: expect.any(String) }));
      const first = await store.claims.unclaimedAnomalies({
        level: 1,
        detectedFrom: T0,
        detectedBy: later(60),
        limit: 1,
      });
      expect(first.map((a) => a.trackingNumber)).toEqual(['B0000000001']);
    });
  });
}
