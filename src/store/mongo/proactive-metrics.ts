import type { MetricsQuery, ProactiveCounts, ProactivePeriod } from '../store.port';
import { mergeProactivePeriods, rangeCounts, type ProactivePer } from '../proactive-periods';
import type { MongoModels } from './schemas';

const countWhere = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const date = (field: string) => ({ $dateFromString: { dateString: field } });
const isSet = (field: string) => ({ $gt: [field, null] });
/** The 0-based nearest-rank position of the p-th percentile in an array of n sorted values. */
const rank = (p: number, n: unknown) => ({ $max: [0, { $subtract: [{ $ceil: { $multiply: [p, n] } }, 1] }] });

/** `+08:00` for 480: the time-zone form $dateToString and $dateTrunc take. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local day (or the Monday of the local week) of an ISO time field, `'range'` for the whole range. */
function periodOf(field: string, per: ProactivePer, utcOffsetMinutes: number): unknown {
  const timezone = offsetText(utcOffsetMinutes);
  if (per === 'range') return { $literal: 'range' };
  const at =
    per === 'day' ? date(field) : { $dateTrunc: { date: date(field), unit: 'week', startOfWeek: 'monday', timezone } };
  return { $dateToString: { date: at, format: '%Y-%m-%d', timezone } };
}

/**
 * The proactive KPIs' counts (ProactiveCounts) for the whole range (`per` 'range') or per local day or week: one
 * aggregation over the anomalies detected in the range, with their notices, those notices' outbox items (by the
 * outbox key the notice keeps), the parcel's claim and any tracking question about them; one over the tracking
 * questions asked in the range. The same definitions as the SQLite store's SQL (src/store/sqlite/proactive-metrics.ts).
 */
export async function mongoProactiveCounts(
  models: MongoModels,
  query: MetricsQuery,
  per: 'range',
): Promise<ProactiveCounts>;
export async function mongoProactiveCounts(
  models: MongoModels,
  query: MetricsQuery,
  per: 'day' | 'week',
): Promise<ProactivePeriod[]>;
export async function mongoProactiveCounts(
  models: MongoModels,
  query: MetricsQuery,
  per: ProactivePer,
): Promise<ProactiveCounts | ProactivePeriod[]> {
  const [anomalies, questions] = await Promise.all([
    anomalyCounts(models, query, per),
    questionCounts(models, query, per),
  ]);
  const periods = mergeProactivePeriods(anomalies, anomalies, questions);
  return per === 'range' ? rangeCounts(periods) : periods;
}

type AnomalyRow = Parameters<typeof mergeProactivePeriods>[0][number] &
  Parameters<typeof mergeProactivePeriods>[1][number];

function anomalyCounts(models: MongoModels, query: MetricsQuery, per: ProactivePer): Promise<AnomalyRow[]> {
  return models.anomalies.aggregate<AnomalyRow>([
    { $match: { detectedAt: { $gte: query.from, $lt: query.to } } },
    {
      $lookup: {
        from: 'notices',
        localField: '_id',
        foreignField: 'anomalyId',
        pipeline: [{ $project: { _id: 0, outboxKey: 1 } }],
        as: 'notices',
      },
    },
    {
      $lookup: {
        from: 'outbox',
        localField: 'notices.outboxKey',
        foreignField: 'idempotencyKey',
        pipeline: [{ $match: { sentAt: { $type: 'string' } } }, { $project: { _id: 0, sentAt: 1 } }],
        as: 'sent',
      },
    },
    {
      $lookup: {
        from: 'claims',
        localField: 'trackingNumber',
        foreignField: '_id',
        pipeline: [{ $project: { _id: 0, openedAt: 1 } }],
        as: 'claim',
      },
    },
    {
      $lookup: {
        from: 'tracking_questions',
        localField: '_id',
        foreignField: 'anomalyId',
        pipeline: [{ $limit: 1 }, { $project: { _id: 1 } }],
        as: 'asked',
      },
    },
    {
      $project: {
        level: 1,
        period: periodOf('$detectedAt', per, query.utcOffsetMinutes),
        planned: isSet('$plannedAt'),
        hasNotice: { $gt: [{ $size: '$notices' }, 0] },
        asked: { $gt: [{ $size: '$asked' }, 0] },
        firstSent: { $min: '$sent.sentAt' },
        claimOpenedAt: { $first: '$claim.openedAt' },
        detectedAt: 1,
      },
    },
    {
      $set: {
        minutes: {
          $cond: [
            isSet('$firstSent'),
            { $round: [{ $divide: [{ $subtract: [date('$firstSent'), date('$detectedAt')] }, 60_000] }, 3] },
            null,
          ],
        },
      },
    },
    { $sort: { minutes: 1 } },
    {
      $group: {
        _id: '$period',
        anomalies: { $sum: 1 },
        notified: countWhere(isSet('$firstSent')),
        unreachable: countWhere({
          $and: [{ $not: [isSet('$firstSent')] }, '$planned', { $not: ['$hasNotice'] }],
        }),
        level1: countWhere({ $eq: ['$level', 1] }),
        claimsWithin15: countWhere({
          $and: [
            { $eq: ['$level', 1] },
            isSet('$claimOpenedAt'),
            { $lte: [date('$claimOpenedAt'), { $add: [date('$detectedAt'), 15 * 60_000] }] },
          ],
        }),
        notifiedNeverAsked: countWhere({ $and: [isSet('$firstSent'), { $not: ['$asked'] }] }),
        minutes: { $push: '$minutes' },
      },
    },
    // Sorted ascending, the unsent (null) first: the sent ones are the last `notified` entries.
    { $set: { minutes: { $slice: ['$minutes', { $multiply: [-1, { $max: ['$notified', 1] }] }] } } },
    {
      $project: {
        _id: 0,
        period: '$_id',
        anomalies: 1,
        notified: 1,
        unreachable: 1,
        level1: 1,
        claimsWithin15: 1,
        notifiedNeverAsked: 1,
        noticeMinutesP50: {
          $cond: [{ $gt: ['$notified', 0] }, { $arrayElemAt: ['$minutes', rank(0.5, '$notified')] }, null],
        },
        noticeMinutesP95: {
          $cond: [{ $gt: ['$notified', 0] }, { $arrayElemAt: ['$minutes', rank(0.95, '$notified')] }, null],
        },
      },
    },
  ]);
}

type QuestionRow = Parameters<typeof mergeProactivePeriods>[2][number];

function questionCounts(models: MongoModels, query: MetricsQuery, per: ProactivePer): Promise<QuestionRow[]> {
  return models.trackingQuestions.aggregate<QuestionRow>([
    { $match: { askedAt: { $gte: query.from, $lt: query.to } } },
    {
      $group: {
        _id: periodOf('$askedAt', per, query.utcOffsetMinutes),
        trackingQuestions: { $sum: 1 },
        questionsOnAnomalies: countWhere(isSet('$anomalyId')),
        questionsAfterNotice: countWhere(isSet('$noticeSentAt')),
      },
    },
    { $project: { _id: 0, period: '$_id', trackingQuestions: 1, questionsOnAnomalies: 1, questionsAfterNotice: 1 } },
  ]);
}
