import type { ChannelId } from '../conversations/records';
import type { Store } from '../store/store.port';

/**
 * Records one tracking answer the bot gave as a tracking question (the deflection KPI): the parcel's open anomaly
 * at that moment — its latest one, unless the parcel is delivered — and whether a notice about it had gone out.
 */
export async function recordTrackingQuestion(
  store: Pick<Store, 'anomalies' | 'notices' | 'trackingQuestions'>,
  question: { trackingNumber: string; channel: ChannelId; askedAt: string; delivered: boolean },
): Promise<void> {
  const { trackingNumber, channel, askedAt, delivered } = question;
  const anomalies = delivered ? [] : await store.anomalies.listByParcel(trackingNumber);
  const open = anomalies.filter((a) => a.detectedAt <= askedAt).at(-1);
  const sentAt = open ? await store.notices.firstSentAt(open.id) : undefined;
  await store.trackingQuestions.record({
    askedAt,
    trackingNumber,
    channel,
    ...(open ? { anomalyId: open.id } : {}),
    ...(sentAt && sentAt <= askedAt ? { noticeSentAt: sentAt } : {}),
  });
}
