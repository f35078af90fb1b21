import type { PipelineStage } from 'mongoose';
import type { MetricsCounts, MetricsQuery } from '../store.port';
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

/** The local day (or the Monday of the local week) of an ISO time field. */
function periodOf(field: string, per: 'day' | 'week', utcOffsetMinutes: number): unknown {
  const timezone = offsetText(utcOffsetMinutes);
  const at =
    per === 'day' ? date(field) : { $dateTrunc: { date: date(field), unit: 'week', startOfWeek: 'monday', timezone } };
  return { $dateToString: { date: at, format: '%Y-%m-%d', timezone } };
}

/**
 * The proactive KPIs' counts for the whole range and per local day and week: one aggregation over the anomalies
 * detected in the range, with their notices, those notices' outbox items (by the outbox key the notice keeps), the
 * parcel's claim and any tracking question about them, each anomaly looked up once and then grouped three ways
 * ($facet); one over the tracking questions asked in the range, the same way. The same definitions as the SQLite
 * store's SQL (src/store/sqlite/proactive-metrics.ts).
 */
export async function mongoProactiveCounts(
  models: MongoModels,
  query: MetricsQuery,
): Promise<Pick<MetricsCounts, 'proactive' | 'proactiveDaily' | 'proactiveWeekly'>> {
  const [anomalies, questions] = await Promise.all([anomalyCounts(models, query), questionCounts(models, query)]);
  const periods = (per: ProactivePer) => mergeProactivePeriods(anomalies[per], anomalies[per], questions[per]);
  return { proactive: rangeCounts(periods('range')), proactiveDaily: periods('day'), proactiveWeekly: periods('week') };
}

/** The rows of each kind of period, from a $facet with one pipeline per kind. */
type PerPeriod<Row> = Record<ProactivePer, Row[]>;
const PERIODS: ProactivePer[] = ['range', 'day', 'week'];

/** Runs `grouped(per)` for each kind of period over the same documents, as a $facet. */
function facetByPeriod(grouped: (per: ProactivePer) => PipelineStage.FacetPipelineStage[]): PipelineStage.Facet {
  return { $facet: Object.fromEntries(PERIODS.map((per) => [per, grouped(per)])) };
}

/** The field holding each document's period (set by `periodFields`). */
const periodField = (per: ProactivePer): unknown => (per === 'range' ? { $literal: 'range' } : `$${per}`);
const periodFields = (field: string, offset: number) => ({
  day: periodOf(field, 'day', offset),
  week: periodOf(field, 'week', offset),
});

type AnomalyRow = Parameters<typeof mergeProactivePeriods>[0][number] &
  Parameters<typeof mergeProactivePeriods>[1][number];

async function anomalyCounts(models: MongoModels, query: MetricsQuery): Promise<PerPeriod<AnomalyRow>> {
  const [facets] = await models.anomalies.aggregate<PerPeriod<AnomalyRow>>([
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
        ...periodFields('$detectedAt', query.utcOffsetMinutes),
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
    facetByPeriod((per) => [
      {
        $group: {
          _id: periodField(per),
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
    ]),
  ]);
  return facets ?? { range: [], day: [], week: [] };
}

type QuestionRow = Parameters<typeof mergeProactivePeriods>[2][number];

async function questionCounts(models: MongoModels, query: MetricsQuery): Promise<PerPeriod<QuestionRow>> {
  const [facets] = await models.trackingQuestions.aggregate<PerPeriod<QuestionRow>>([
    { $match: { askedAt: { $gte: query.from, $lt: query.to } } },
    { $project: { anomalyId: 1, noticeSentAt: 1, ...periodFields('$askedAt', query.utcOffsetMinutes) } },
    facetByPeriod((per) => [
      {
        $group: {
          _id: periodField(per),
          trackingQuestions: { $sum: 1 },
          questionsOnAnomalies: countWhere(isSet('$anomalyId')),
          questionsAfterNotice: countWhere(isSet('$noticeSentAt')),
        },
      },
      { $project: { _id: 0, period: '$_id', trackingQuestions: 1, questionsOnAnomalies: 1, questionsAfterNotice: 1 } },
    ]),
  ]);
  return facets ?? { range: [], day: [], week: [] };
}
