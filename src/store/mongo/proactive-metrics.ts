import type { MetricsQuery, ProactiveCounts } from '../store.port';
import type { MongoModels } from './schemas';

const countWhere = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const date = (field: string) => ({ $dateFromString: { dateString: field } });
const isSet = (field: string) => ({ $gt: [field, null] });
/** The 0-based nearest-rank position of the p-th percentile in an array of n sorted values. */
const rank = (p: number, n: unknown) => ({ $max: [0, { $subtract: [{ $ceil: { $multiply: [p, n] } }, 1] }] });

/**
 * The proactive KPIs' counts (ProactiveCounts) as one aggregation over the anomalies detected in the range, with
 * their notices, those notices' outbox items (by the outbox key the notice keeps) and the parcel's claim. The same
 * definitions as the SQLite store's SQL (src/store/sqlite/proactive-metrics.ts).
 */
export async function mongoProactiveCounts(models: MongoModels, query: MetricsQuery): Promise<ProactiveCounts> {
  const [row] = await models.anomalies.aggregate<Omit<ProactiveCounts, 'waiting'>>([
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
      $project: {
        level: 1,
        planned: isSet('$plannedAt'),
        hasNotice: { $gt: [{ $size: '$notices' }, 0] },
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
        _id: null,
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
        minutes: { $push: '$minutes' },
      },
    },
    // Sorted ascending, the unsent (null) first: the sent ones are the last `notified` entries.
    { $set: { minutes: { $slice: ['$minutes', { $multiply: [-1, { $max: ['$notified', 1] }] }] } } },
    {
      $project: {
        _id: 0,
        anomalies: 1,
        notified: 1,
        unreachable: 1,
        level1: 1,
        claimsWithin15: 1,
        noticeMinutesP50: {
          $cond: [{ $gt: ['$notified', 0] }, { $arrayElemAt: ['$minutes', rank(0.5, '$notified')] }, null],
        },
        noticeMinutesP95: {
          $cond: [{ $gt: ['$notified', 0] }, { $arrayElemAt: ['$minutes', rank(0.95, '$notified')] }, null],
        },
      },
    },
  ]);
  if (!row)
    return {
      anomalies: 0,
      notified: 0,
      unreachable: 0,
      waiting: 0,
      noticeMinutesP50: null,
      noticeMinutesP95: null,
      level1: 0,
      claimsWithin15: 0,
    };
  return { ...row, waiting: row.anomalies - row.notified - row.unreachable };
}
