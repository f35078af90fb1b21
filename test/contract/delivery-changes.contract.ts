import type { Store } from '../../src/store';
import type { NewDeliveryChange } from '../../src/tracking';

const T0 = '2026-11-23T02:00:00.000Z';
const later = (minutes: number): string => new Date(new Date(T0).getTime() + minutes * 60_000).toISOString();

const request = (overrides: Partial<NewDeliveryChange> = {}): NewDeliveryChange => ({
  requestKey: 'conv-1:activity-1',
  trackingNumber: 'SF1402837465921',
  kind: 'hold',
  details: { place: 'convenience_store', placeName: '7-11' },
  words: '改到7-11取貨',
  customerId: 'c1',
  conversationId: 'conv-1',
  channel: 'webchat',
  locale: 'zh-TW',
  createdAt: T0,
  ...overrides,
});

/** The change-delivery request part of the store contract. */
export function describeDeliveryChangeContract(getStore: () => Store, openPeer: () => Promise<Store>): void {
  describe('delivery change requests', () => {
    it('stores one request per conversation turn, across connections', async () => {
      const store = getStore();
      const peer = await openPeer();
      const first = await store.deliveryChanges.create(request());
      await store.durable();
      const again = await peer.deliveryChanges.create(request({ kind: 'expedite', details: {} }));
      expect(first).toEqual({
        stored: true,
        request: { ...request(), id: expect.any(String), status: 'requested', updatedAt: T0 },
      });
      expect(again).toEqual({ stored: false, request: first.request });
      expect(await store.deliveryChanges.list({ limit: 10 })).toEqual([first.request]);
    });

    it('lists newest first, by status or parcel', async () => {
      const store = getStore();
      const a = (await store.deliveryChanges.create(request())).request;
      const b = (
        await store.deliveryChanges.create(
          request({ requestKey: 'conv-1:2', kind: 'redeliver', details: { date: '2026-11-24' }, createdAt: later(1) }),
        )
      ).request;
      const c = (
        await store.deliveryChanges.create(
          request({ requestKey: 'conv-2:1', trackingNumber: 'YT6865635515058', createdAt: later(2) }),
        )
      ).request;
      await store.deliveryChanges.decide(a.id, 'declined', { by: 'alice', at: later(3), note: 'no 7-11 nearby' });
      expect((await store.deliveryChanges.list({ limit: 10 })).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
      expect((await store.deliveryChanges.list({ status: 'requested', limit: 10 })).map((r) => r.id)).toEqual([
        c.id,
        b.id,
      ]);
      expect(
        (await store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 1 })).map((r) => r.id),
      ).toEqual([b.id]);
    });

    it('decides a request once: the first decision stays, from any connection', async () => {
      const store = getStore();
      const peer = await openPeer();
      const { request: stored } = await store.deliveryChanges.create(request());
      await store.durable();
      const confirmed = await store.deliveryChanges.decide(stored.id, 'confirmed', { by: 'alice', at: later(5) });
      await store.durable();
      expect(confirmed).toEqual({
        ...stored,
        status: 'confirmed',
        updatedAt: later(5),
        decision: { by: 'alice', at: later(5) },
      });
      expect(await peer.deliveryChanges.decide(stored.id, 'declined', { by: 'bob', at: later(6) })).toBeUndefined();
      expect(await peer.deliveryChanges.get(stored.id)).toEqual(confirmed);
      expect(await store.deliveryChanges.decide('no-such-id', 'declined', { by: 'bob', at: later(6) })).toBeUndefined();
      expect(await store.deliveryChanges.get('no-such-id')).toBeUndefined();
    });

    it('keeps the supervisor rule a request was recorded under, and escalates a waiting request once', async () => {
      const store = getStore();
      const peer = await openPeer();
      const { request: stored } = await store.deliveryChanges.create(
        request({
          kind: 'change_address',
          details: { address: '苏州市星湖街328号' },
          supervisor: 'change_address_other_city',
        }),
      );
      await store.durable();
      expect(stored.supervisor).toBe('change_address_other_city');
      const escalation = { by: 'agent:alice', at: later(2), note: '客户说是搬家' };
      const escalated = await store.deliveryChanges.escalate(stored.id, escalation);
      await store.durable();
      expect(escalated).toEqual({ ...stored, updatedAt: later(2), escalation });
      expect(await peer.deliveryChanges.escalate(stored.id, { by: 'agent:bob', at: later(3) })).toBeUndefined();
      expect(await peer.deliveryChanges.get(stored.id)).toEqual(escalated);
      // Still waiting: a supervisor decides it, and a decided request is escalated no more.
      const confirmed = await peer.deliveryChanges.decide(stored.id, 'confirmed', { by: 'agent:sue', at: later(4) });
      expect(confirmed).toMatchObject({ status: 'confirmed', escalation });
      const other = (await store.deliveryChanges.create(request({ requestKey: 'conv-1:2' }))).request;
      await store.deliveryChanges.decide(other.id, 'declined', { by: 'alice', at: later(5), note: 'no' });
      expect(await store.deliveryChanges.escalate(other.id, { by: 'agent:bob', at: later(6) })).toBeUndefined();
      expect(await store.deliveryChanges.escalate('no-such-id', { by: 'agent:bob', at: later(6) })).toBeUndefined();
    });

    it('withdraws a waiting request once, from any connection; a decided one stays decided', async () => {
      const store = getStore();
      const peer = await openPeer();
      const { request: first } = await store.deliveryChanges.create(request());
      const { request: second } = await store.deliveryChanges.create(
        request({ requestKey: 'conv-1:2', kind: 'redeliver', details: { date: '2026-11-24' }, replaces: [first.id] }),
      );
      await store.durable();
      expect(second.replaces).toEqual([first.id]);
      const withdrawal = { at: later(1), replacedBy: second.id };
      const withdrawn = await store.deliveryChanges.withdraw(first.id, withdrawal);
      await store.durable();
      expect(withdrawn).toEqual({ ...first, status: 'withdrawn', updatedAt: later(1), withdrawal });
      // Withdrawn: no agent decides it, and it is withdrawn no second time.
      expect(await peer.deliveryChanges.decide(first.id, 'confirmed', { by: 'alice', at: later(2) })).toBeUndefined();
      expect(await peer.deliveryChanges.withdraw(first.id, { at: later(3) })).toBeUndefined();
      expect(await peer.deliveryChanges.get(first.id)).toEqual(withdrawn);
      expect((await peer.deliveryChanges.list({ status: 'requested', limit: 10 })).map((r) => r.id)).toEqual([
        second.id,
      ]);
      expect((await peer.deliveryChanges.list({ status: 'withdrawn', limit: 10 })).map((r) => r.id)).toEqual([
        first.id,
      ]);
      // Decided first: the customer's withdrawal finds nothing waiting.
      await peer.deliveryChanges.decide(second.id, 'declined', { by: 'bob', at: later(4) });
      expect(await store.deliveryChanges.withdraw(second.id, { at: later(5) })).toBeUndefined();
      expect((await store.deliveryChanges.get(second.id))?.status).toBe('declined');
      expect(await store.deliveryChanges.withdraw('no-such-id', { at: later(5) })).toBeUndefined();
    });
  });
}
