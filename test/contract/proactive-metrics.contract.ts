import type { Store } from '../../src/store';
import { computeKpis } from '../../src/tickets';
import { recordTrackingQuestion } from '../../src/proactive';

const WEEK = { from: '2026-11-15T16:00:00.000Z', to: '2026-11-22T16:00:00.000Z' };
const at = (iso: string, minutes = 0): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * The proactive KPIs against a hand-computed week: five anomalies detected in it (and one before it).
 * X1 (level 2): notices sent 4 and 10 minutes after detection → notified, first after 4 min.
 * X2 (level 1, lost): notice sent after 30 min; its claim opened after 10 min → within 15.
 * X3 (level 1, damaged): planned, nobody to tell → unreachable; claim opened after 20 min → late.
 * X4 (level 2): its notice waits for quiet hours → waiting. X5 (level 2): not planned yet → waiting.
 * Expected: 2 of 5 notified (40%), 1 unreachable, 2 waiting; minutes [4, 30] → p50 4, p95 30; claims 1 of 2.
 *
 * Tracking questions (local days, UTC+8), each recorded as the bot records a tracking answer:
 * Q1 X1's parcel 2 min after detection, before its notice went out (at 4) → on an anomaly, not after a notice;
 * Q2 X1's parcel after 60 min → after the notice; Q4 X4's parcel (notice waiting) → on an anomaly, not after;
 * Q5 a parcel with no anomaly; Q6 X2's parcel, delivered → no open anomaly; Q8 on Monday 09:00 about the parcel
 * notified the week before → after the notice; Q9 on Sunday 23:00, no anomaly; Q7 after the week → not counted.
 * Expected: 7 questions, 4 on anomalies, 2 after the notice (deflection 50%, lower is better); of the notified
 * anomalies X1 was asked about and X2 never was (Q6 was about a delivered parcel) → 1 notified and never asked.
 */
const NOTHING = {
  anomalies: 0,
  notified: 0,
  unreachable: 0,
  waiting: 0,
  noticeMinutesP50: null,
  noticeMinutesP95: null,
  level1: 0,
  claimsWithin15: 0,
  trackingQuestions: 0,
  questionsOnAnomalies: 0,
  questionsAfterNotice: 0,
  notifiedNeverAsked: 0,
};

/** The week of anomalies, notices, claims and tracking questions described above (also used by the e2e tests). */
export async function loadProactiveWeek(store: Store): Promise<void> {
  const anomaly = async (n: number, level: 1 | 2, detectedAt: string) =>
    (
      await store.anomalies.record({
        trackingNumber: `SF${9_000_000_000_000 + n}`,
        kind: level === 1 ? 'lost' : 'delivery_failed',
        occurrence: '',
        level,
        detectedAt,
        source: 'api',
      })
    ).anomaly;
  const notify = async (
    anomalyId: string,
    trackingNumber: string,
    recipient: string,
    detectedAt: string,
    sentAt?: string,
  ) => {
    const outboxKey = `notice:${anomalyId}:${recipient}`;
    const dueAt = sentAt ?? '2026-11-25T01:00:00.000Z';
    await store.notices.create({
      anomalyId,
      trackingNumber,
      kind: 'delivery_failed',
      level: 2,
      recipient,
      channel: 'sms',
      to: '+8613800000000',
      locale: 'zh-CN',
      detectedAt,
      dueAt,
      createdAt: detectedAt,
      outboxKey,
    });
    await store.outbox.enqueue(
      {
        channel: 'sms',
        to: '+8613800000000',
        payload: { text: 'notice' },
        idempotencyKey: outboxKey,
        nextAttemptAt: dueAt,
      },
      detectedAt,
    );
    if (!sentAt) return;
    for (const item of await store.outbox.claimDue({ now: sentAt, owner: 'test', leaseMs: 60_000, limit: 10 }))
      await store.outbox.markSent(item.id, 'test', `SM${item.id}`, sentAt);
  };
  const claim = async (trackingNumber: string, anomalyId: string, detectedAt: string, openedAt: string) => {
    await store.claims.register({
      trackingNumber,
      claimId: `claim-${trackingNumber}`,
      anomalyId,
      detectedAt,
      registeredAt: detectedAt,
    });
    await store.claims.markOpened(trackingNumber, `ticket-${trackingNumber}`, openedAt);
  };
  const d = [
    '2026-11-17T02:00:00.000Z',
    '2026-11-18T02:00:00.000Z',
    '2026-11-19T02:00:00.000Z',
    '2026-11-20T02:00:00.000Z',
    '2026-11-21T02:00:00.000Z',
  ] as const;
  const x1 = await anomaly(1, 2, d[0]);
  await notify(x1.id, x1.trackingNumber, 'customer:c1', d[0], at(d[0], 4));
  await notify(x1.id, x1.trackingNumber, 'phone:+8613800000000', d[0], at(d[0], 10));
  const x2 = await anomaly(2, 1, d[1]);
  await notify(x2.id, x2.trackingNumber, 'customer:c2', d[1], at(d[1], 30));
  await claim(x2.trackingNumber, x2.id, d[1], at(d[1], 10));
  const x3 = await anomaly(3, 1, d[2]);
  await claim(x3.trackingNumber, x3.id, d[2], at(d[2], 20));
  const x4 = await anomaly(4, 2, d[3]);
  await notify(x4.id, x4.trackingNumber, 'customer:c4', d[3]);
  await anomaly(5, 2, d[4]);
  const before = await anomaly(6, 2, '2026-11-10T02:00:00.000Z');
  await notify(before.id, before.trackingNumber, 'customer:c6', before.detectedAt, at(before.detectedAt, 1));
  for (const x of [x1, x2, x3, x4, before]) await store.anomalies.markPlanned(x.id, x.detectedAt);
  const ask = (trackingNumber: string, askedAt: string, delivered = false) =>
    recordTrackingQuestion(store, { trackingNumber, channel: 'webchat', askedAt, delivered });
  await ask(x1.trackingNumber, at(d[0], 2));
  await ask(x1.trackingNumber, at(d[0], 60));
  await ask(x4.trackingNumber, at(d[3], 5));
  await ask('SF9000000000007', d[4]);
  await ask(x2.trackingNumber, at(d[1], 120), true);
  await ask(before.trackingNumber, '2026-11-16T01:00:00.000Z');
  await ask('SF9000000000008', '2026-11-22T15:00:00.000Z');
  await ask(x1.trackingNumber, '2026-11-23T01:00:00.000Z');
}

export function describeProactiveMetricsContract(getStore: () => Store): void {
  describe('proactive KPIs (against a hand-computed week)', () => {
    it('counts anomalies notified, nobody to tell and waiting, the time to the first notice sent and claims within 15 minutes', async () => {
      const store = getStore();
      await loadProactiveWeek(store);

      const counts = await store.metrics.counts({ ...WEEK, now: '2026-11-23T02:00:00.000Z', utcOffsetMinutes: 480 });
      expect(counts.proactive).toEqual({
        anomalies: 5,
        notified: 2,
        unreachable: 1,
        waiting: 2,
        noticeMinutesP50: 4,
        noticeMinutesP95: 30,
        level1: 2,
        claimsWithin15: 1,
        trackingQuestions: 7,
        questionsOnAnomalies: 4,
        questionsAfterNotice: 2,
        notifiedNeverAsked: 1,
      });
      expect(computeKpis(counts, WEEK).proactive).toMatchObject({
        noticeRate: 0.4,
        noticeMinutes: { p50: 4, p95: 30 },
        claimsWithin15Rate: 0.5,
        askedAfterNoticeRate: 0.5,
      });
      // Per local day: each anomaly on its day, each question on the day it was asked.
      const none = { ...NOTHING, waiting: 0 };
      expect(counts.proactiveDaily).toEqual([
        { ...none, period: '2026-11-16', trackingQuestions: 1, questionsOnAnomalies: 1, questionsAfterNotice: 1 },
        {
          ...none,
          period: '2026-11-17',
          anomalies: 1,
          notified: 1,
          noticeMinutesP50: 4,
          noticeMinutesP95: 4,
          trackingQuestions: 2,
          questionsOnAnomalies: 2,
          questionsAfterNotice: 1,
        },
        {
          ...none,
          period: '2026-11-18',
          anomalies: 1,
          notified: 1,
          noticeMinutesP50: 30,
          noticeMinutesP95: 30,
          level1: 1,
          claimsWithin15: 1,
          trackingQuestions: 1,
          notifiedNeverAsked: 1,
        },
        { ...none, period: '2026-11-19', anomalies: 1, unreachable: 1, level1: 1 },
        { ...none, period: '2026-11-20', anomalies: 1, waiting: 1, trackingQuestions: 1, questionsOnAnomalies: 1 },
        { ...none, period: '2026-11-21', anomalies: 1, waiting: 1, trackingQuestions: 1 },
        { ...none, period: '2026-11-22', trackingQuestions: 1 },
      ]);
      // Monday 16 to Sunday 22 is one local week, named by its Monday.
      expect(counts.proactiveWeekly).toEqual([{ period: '2026-11-16', ...counts.proactive }]);
      // An outbox item sent keeps when it went out.
      const sent = await store.outbox.listByStatus('sent', 10);
      expect(sent.map((item) => item.sentAt).sort()).toEqual(
        [
          '2026-11-17T02:04:00.000Z',
          '2026-11-17T02:10:00.000Z',
          '2026-11-18T02:30:00.000Z',
          '2026-11-10T02:01:00.000Z',
        ].sort(),
      );
    });

    it('has no rate and no time when nothing was detected', async () => {
      const counts = await getStore().metrics.counts({
        ...WEEK,
        now: '2026-11-23T02:00:00.000Z',
        utcOffsetMinutes: 480,
      });
      expect(computeKpis(counts, WEEK).proactive).toEqual({
        noticeRate: null,
        noticeMinutes: { p50: null, p95: null },
        claimsWithin15Rate: null,
        askedAfterNoticeRate: null,
        daily: [],
        weekly: [],
        counts: NOTHING,
      });
    });
  });
}
