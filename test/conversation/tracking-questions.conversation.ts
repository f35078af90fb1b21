import type { NewTrackingQuestion } from '../../src/proactive';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal;

/**
 * Every tracking answer the bot gives is kept as a metric row for the deflection KPI — a plain question, a parcel's
 * status told at the start of a complaint, on any channel — with the parcel's open anomaly and whether its notice
 * had gone out, and nothing of the message or of who asked.
 */
describe('tracking answers recorded for the deflection KPI (bot level, real store)', () => {
  let h: BotHarness;
  let recorded: NewTrackingQuestion[];
  beforeEach(async () => {
    h = await botHarness();
    recorded = [];
    const record = h.store.trackingQuestions.record.bind(h.store.trackingQuestions);
    // Watch what reaches the store's port (the row is stored all the same).
    h.store.trackingQuestions.record = async (question) => {
      recorded.push(question);
      return record(question);
    };
  });
  afterEach(() => h.close());

  /** An anomaly of the parcel with a notice to somebody that went out `sentAfterMinutes` after detection. */
  async function notifiedAnomaly(sentAfterMinutes?: number) {
    const detectedAt = h.clock.now().toISOString();
    const { anomaly } = await h.store.anomalies.record({
      trackingNumber: PARCEL,
      kind: 'delivery_failed',
      occurrence: '',
      level: 2,
      detectedAt,
      source: 'api',
    });
    const outboxKey = `notice:${anomaly.id}:phone:+8613833334444`;
    await h.store.notices.create({
      anomalyId: anomaly.id,
      trackingNumber: PARCEL,
      kind: 'delivery_failed',
      level: 2,
      recipient: 'phone:+8613833334444',
      channel: 'sms',
      to: '+8613833334444',
      locale: 'zh-CN',
      detectedAt,
      dueAt: detectedAt,
      createdAt: detectedAt,
      outboxKey,
    });
    await h.store.outbox.enqueue(
      {
        channel: 'sms',
        to: '+8613833334444',
        payload: { text: 'notice' },
        idempotencyKey: outboxKey,
        nextAttemptAt: detectedAt,
      },
      detectedAt,
    );
    if (sentAfterMinutes !== undefined) await sendDueNotices(sentAfterMinutes);
    return anomaly;
  }

  /** `minutes` later, the outbox sends what is due (as its worker would); resolves with when. */
  async function sendDueNotices(minutes: number): Promise<string> {
    h.clock.advance(minutes * 60_000);
    const sentAt = h.clock.now().toISOString();
    for (const item of await h.store.outbox.claimDue({ now: sentAt, owner: 'test', leaseMs: 60_000, limit: 10 }))
      await h.store.outbox.markSent(item.id, 'test', `SM${item.id}`, sentAt);
    return sentAt;
  }

  it('records a plain tracking question with the time, parcel and channel only', async () => {
    await send(h.adapter(), `我的快递 ${PARCEL} 到哪了`);
    expect(recorded).toEqual([{ askedAt: h.clock.now().toISOString(), trackingNumber: PARCEL, channel: 'webchat' }]);
  });

  it('names the open anomaly, and the notice only once it had gone out before the question', async () => {
    const anomaly = await notifiedAnomaly();
    await send(h.adapter({ user: 'early' }), `${PARCEL} 到哪了`);
    expect(recorded.at(-1)).toEqual({
      askedAt: h.clock.now().toISOString(),
      trackingNumber: PARCEL,
      channel: 'webchat',
      anomalyId: anomaly.id,
    });
    const sentAt = await sendDueNotices(5);
    h.clock.advance(60_000);
    await send(h.adapter({ user: 'late', channelId: 'sms' }), `where is my parcel ${PARCEL}`);
    expect(recorded.at(-1)).toEqual({
      askedAt: h.clock.now().toISOString(),
      trackingNumber: PARCEL,
      channel: 'sms',
      anomalyId: anomaly.id,
      noticeSentAt: sentAt,
    });
    const counts = await h.store.metrics.counts({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      now: h.clock.now().toISOString(),
      utcOffsetMinutes: 480,
    });
    expect(counts.proactive).toMatchObject({
      trackingQuestions: 2,
      questionsOnAnomalies: 2,
      questionsAfterNotice: 1,
      notifiedNeverAsked: 0,
    });
  });

  it('records the status told at the start of a complaint once, like a question', async () => {
    await notifiedAnomaly(3);
    await send(h.adapter(), `我要投诉，快递 ${PARCEL} 一直没送到，太慢了`);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ trackingNumber: PARCEL, channel: 'webchat', noticeSentAt: expect.any(String) });
  });

  it('records no open anomaly for a delivered parcel', async () => {
    await h.store.anomalies.record({
      trackingNumber: DEMO_TRACKING.delivered,
      kind: 'exception',
      occurrence: '',
      level: 2,
      detectedAt: '2026-11-20T02:00:00.000Z',
      source: 'api',
    });
    await send(h.adapter(), `${DEMO_TRACKING.delivered} 到哪了`);
    expect(recorded).toEqual([
      { askedAt: h.clock.now().toISOString(), trackingNumber: DEMO_TRACKING.delivered, channel: 'webchat' },
    ]);
  });
});
