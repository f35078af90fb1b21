import type { ParcelAnomaly } from '../../src/tracking';
import type { Shipment } from '../../src/tracking/records';
import type { StoreHarness } from './store-harness';
import { inTwoProcesses, TWO_PROCESSES_MS } from './two-processes';

const T0 = '2026-11-23T02:00:00.000Z';
const PARCELS = 2;
/** Anomalies of each parcel each process plans. */
const EACH = 12;

/**
 * The daily cap of notices per recipient and parcel, with two real processes planning notices at once. Seen to fail
 * against the count-then-insert variant (the planner counting the day's notices, then storing one): both processes
 * counted the same day's last place free, and parcels got two notices on a day with a cap of one.
 */
export function describeNoticeCapContract(getHarness: () => StoreHarness): void {
  describe('daily notice cap across two real processes', () => {
    it(
      'never lets a customer get more notices about a parcel in a day than the cap, however the two processes meet',
      async () => {
        const { store, target } = getHarness();
        const customer = await store.customers.create({ identities: [{ kind: 'webchat', value: 'yu' }] }, T0);
        const conversation = await store.conversations.create(
          {
            channel: 'webchat',
            externalId: 'dl-yu',
            customerId: customer.id,
            reference: {},
            mode: 'bot',
            locale: 'en',
          },
          T0,
        );
        // Each process plans twelve anomalies of each parcel, parcel after parcel, while the other plans twelve others of
        // the same parcel. With a cap of one a day, each parcel's 24 notices must fall on 24 different days.
        const work: Record<'A' | 'B', { anomaly: ParcelAnomaly; shipment: Shipment }[]> = { A: [], B: [] };
        const parcels: string[] = [];
        for (let i = 0; i < PARCELS; i += 1) {
          const shipment: Shipment = {
            trackingNumber: `SF${String(4_000_000_000_000 + i)}`,
            carrier: 'sf',
            sender: {},
            recipient: {},
            origin: '深圳',
            destination: '上海',
            events: [{ at: T0, place: '上海转运中心', status: 'exception' }],
            updatedAt: T0,
          };
          parcels.push(shipment.trackingNumber);
          await store.shipments.upsert(shipment);
          await store.parcelLinks.link({
            trackingNumber: shipment.trackingNumber,
            customerId: customer.id,
            conversationId: conversation.id,
            kind: 'proved',
            at: T0,
          });
          for (const worker of ['A', 'B'] as const)
            for (let j = 0; j < EACH; j += 1) {
              const { anomaly } = await store.anomalies.record({
                trackingNumber: shipment.trackingNumber,
                kind: 'no_scan',
                occurrence: `${worker}${j}`,
                level: 2,
                detectedAt: T0,
                source: 'schedule',
              });
              work[worker].push({ anomaly, shipment });
            }
        }
        await store.durable();
        const [a, b] = await inTwoProcesses<{ due: string[] }>(target, 'notices', () => ({
          anomalies: work,
          dailyCap: 1,
          now: T0,
        }));
        expect(a.due.length + b.due.length).toBe(2 * EACH * PARCELS);
        // With 24/7 sending hours a notice is due now, or at the start of a later local day: two notices due at the
        // same instant share a day.
        const overCap: string[] = [];
        for (const trackingNumber of parcels) {
          const due: string[] = [];
          for (const anomaly of await store.anomalies.listByParcel(trackingNumber))
            for (const notice of await store.notices.listByAnomaly(anomaly.id)) due.push(notice.dueAt);
          if (due.length !== 2 * EACH || new Set(due).size !== due.length)
            overCap.push(`${trackingNumber}: ${due.join(', ')}`);
        }
        expect(overCap).toEqual([]);
        // Every notice is in the outbox, once.
        expect(await store.outbox.listByStatus('pending', 4 * EACH * PARCELS)).toHaveLength(2 * EACH * PARCELS);
      },
      TWO_PROCESSES_MS,
    );
  });
}
