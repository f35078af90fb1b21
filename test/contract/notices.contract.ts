import type { Store } from '../../src/store';
import type { NewParcelNotice } from '../../src/proactive';

const T0 = '2026-11-23T02:00:00.000Z';
const later = (minutes: number): string => new Date(new Date(T0).getTime() + minutes * 60_000).toISOString();

const notice = (overrides: Partial<NewParcelNotice> = {}): NewParcelNotice => ({
  anomalyId: 'anomaly-1',
  trackingNumber: 'SF1402837465921',
  kind: 'delivery_failed',
  level: 2,
  recipient: 'customer:c1',
  customerId: 'c1',
  channel: 'webchat',
  to: 'dl-1',
  conversationId: 'conv-1',
  locale: 'zh-CN',
  detectedAt: T0,
  dueAt: T0,
  createdAt: T0,
  outboxKey: 'notice:anomaly-1:customer:c1',
  ...overrides,
});

/** The parcel-link and notice parts of the store contract. */
export function describeNoticeContract(getStore: () => Store, openPeer: () => Promise<Store>): void {
  describe('parcel links', () => {
    it('keeps one link per parcel and customer: the latest conversation, the strongest kind', async () => {
      const store = getStore();
      const link = {
        trackingNumber: 'SF1',
        customerId: 'c1',
        conversationId: 'conv-1',
        kind: 'proved' as const,
        at: T0,
      };
      await store.parcelLinks.link(link);
      await store.parcelLinks.link({ ...link, conversationId: 'conv-2', kind: 'asked', at: later(5) });
      await store.parcelLinks.link({ ...link, customerId: 'c2', kind: 'asked', at: later(1) });
      await store.parcelLinks.link({ ...link, trackingNumber: 'SF2', customerId: 'c3' });
      expect(await store.parcelLinks.listByParcel('SF1')).toEqual([
        { trackingNumber: 'SF1', customerId: 'c2', conversationId: 'conv-1', kind: 'asked', at: later(1) },
        { trackingNumber: 'SF1', customerId: 'c1', conversationId: 'conv-2', kind: 'proved', at: later(5) },
      ]);
      await store.parcelLinks.link({ ...link, customerId: 'c2', kind: 'complained', at: later(9) });
      expect((await store.parcelLinks.listByParcel('SF1')).map((l) => [l.customerId, l.kind])).toEqual([
        ['c1', 'proved'],
        ['c2', 'complained'],
      ]);
    });
  });

  describe('notices', () => {
    it('stores one notice per anomaly and recipient, across connections', async () => {
      const store = getStore();
      const peer = await openPeer();
      const first = await store.notices.create(notice());
      await store.durable();
      const again = await peer.notices.create(notice({ dueAt: later(60), outboxKey: 'other' }));
      expect(first).toEqual({ stored: true, notice: { ...notice(), id: expect.any(String) } });
      expect(again).toEqual({ stored: false, notice: first.notice });
      const other = await store.notices.create(notice({ recipient: 'phone:+85291234567', customerId: undefined }));
      expect(other.stored).toBe(true);
      expect((await store.notices.listByAnomaly('anomaly-1')).map((n) => n.recipient)).toEqual([
        'customer:c1',
        'phone:+85291234567',
      ]);
    });

    it('puts a notice on the first day with room under the daily cap, counting the recipient’s notices about the parcel', async () => {
      const store = getStore();
      const day = (n: number) => ({
        dueAt: later(n * 1440 + 60),
        dayStart: later(n * 1440),
        dayEnd: later((n + 1) * 1440),
      });
      const cap = { limit: 2, slots: [day(0), day(1), day(2)] };
      const due = async (overrides: Partial<NewParcelNotice>) =>
        (await store.notices.create(notice(overrides), cap)).notice.dueAt;
      // Day 0 already holds one notice (due in it without a cap); others' notices and other parcels do not count.
      await store.notices.create(notice({ anomalyId: 'a0', dueAt: later(30) }));
      await store.notices.create(notice({ anomalyId: 'o1', dueAt: later(30), recipient: 'customer:c2' }));
      await store.notices.create(notice({ anomalyId: 'o2', dueAt: later(30), trackingNumber: 'SF2' }));
      expect(await due({ anomalyId: 'a1' })).toBe(day(0).dueAt);
      expect(await due({ anomalyId: 'a2' })).toBe(day(1).dueAt);
      expect(await due({ anomalyId: 'a3' })).toBe(day(1).dueAt);
      expect(await due({ anomalyId: 'a4' })).toBe(day(2).dueAt);
      // Planning a notice again takes no place: it is the one stored before.
      expect(await due({ anomalyId: 'a2' })).toBe(day(1).dueAt);
      expect(await due({ anomalyId: 'a5' })).toBe(day(2).dueAt);
      // Every day full: the last one.
      expect(await due({ anomalyId: 'a6' })).toBe(day(2).dueAt);
      expect(await due({ anomalyId: 'a7', recipient: 'customer:c2' })).toBe(day(0).dueAt);
    });

    it('finds the latest unanswered notice gone out to a conversation or a recipient, and records one answer', async () => {
      const store = getStore();
      const early = (await store.notices.create(notice({ anomalyId: 'a1', dueAt: later(0) }))).notice;
      const late = (await store.notices.create(notice({ anomalyId: 'a2', dueAt: later(10) }))).notice;
      await store.notices.create(notice({ anomalyId: 'a3', dueAt: later(600) })); // not gone out yet
      const sms = (
        await store.notices.create(
          notice({ anomalyId: 'a4', recipient: 'phone:+85291234567', conversationId: undefined, dueAt: later(5) }),
        )
      ).notice;
      const open = (q: Partial<Parameters<Store['notices']['findOpen']>[0]>) =>
        store.notices.findOpen({ recipients: [], since: later(-60), dueBy: later(20), ...q });
      expect((await open({ conversationId: 'conv-1' }))?.id).toBe(late.id);
      expect((await open({ recipients: ['phone:+85291234567'] }))?.id).toBe(sms.id);
      expect(await open({ recipients: ['phone:+10000000000'] })).toBeUndefined();
      expect(await open({})).toBeUndefined();
      await store.notices.answer(late.id, 'redeliver', later(15));
      await store.notices.answer(late.id, 'human', later(16)); // the first answer stays
      expect((await open({ conversationId: 'conv-1' }))?.id).toBe(early.id);
      expect((await store.notices.listByAnomaly('a2'))[0]?.answer).toEqual({ choice: 'redeliver', at: later(15) });
      expect(await open({ conversationId: 'conv-1', since: later(1) })).toBeUndefined();
    });
  });
}
