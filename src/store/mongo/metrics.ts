import type { PipelineStage } from 'mongoose';
import type { Priority, Ticket, TicketStatus } from '../../tickets/records';
import type { CountedKey, MetricsCounts, MetricsQuery, MetricsRepository } from '../store.port';
import type { MongoModels } from './schemas';
import { INTERNAL_FIELDS, toTicket } from './tickets';
import { OPEN_STATUSES } from '../../tickets/records';
import { mongoProactiveCounts, offsetText } from './proactive-metrics';

const CUSTOMER_CHANNELS = ['webchat', 'sms', 'email'];
const HOT_SPOTS = 10;
const WITHDRAWN: TicketStatus = 'withdrawn';

function onlyKeys(rows: unknown[] | undefined, keys: CountedKey[]): { day: string; key: string; count: number }[] {
  const wanted = new Set(keys.map((k) => k.key));
  return ((rows ?? []) as { day: string; key: string; count: number }[])
    .filter((r) => wanted.has(r.key))
    .sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
}

/** Aggregation expressions over a ticket document (times are ISO strings, so they compare as strings). */
const countWhere = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const isSet = (field: string) => ({ $gt: [field, null] });
/** The ISO time (as toISOString writes it) `days` days from an ISO time field. */
const isoDaysFrom = (field: string, days: number) => ({
  $dateToString: {
    date: { $dateAdd: { startDate: { $dateFromString: { dateString: field } }, unit: 'day', amount: days } },
    format: '%Y-%m-%dT%H:%M:%S.%LZ',
  },
});
const countHistory = (condition: unknown) => ({
  $size: { $filter: { input: { $ifNull: ['$history', []] }, as: 'e', cond: condition } },
});

/**
 * KPI counts as aggregation pipelines over the tickets and conversations collections (indexes in
 * schemas.ts: createdAt, status/priority). The same definitions as the SQLite store's SQL.
 */
export class MongoMetrics implements MetricsRepository {
  constructor(private readonly models: MongoModels) {}

  async counts(query: MetricsQuery): Promise<MetricsCounts> {
    // A hand-off the customer withdrew was no complaint (src/tickets/records.ts): no KPI counts it.
    const match: Record<string, unknown> = {
      createdAt: { $gte: query.from, $lt: query.to },
      status: { $ne: WITHDRAWN },
    };
    if (query.channel) match.channel = query.channel;
    if (query.category) match.category = query.category;
    // A resolution is also a response (the same rule as the SQLite store).
    const firstResponseMissed = {
      $gt: [
        {
          $ifNull: [{ $min: ['$firstResponseAt', '$resolvedAt'] }, { $ifNull: ['$closedAt', query.now] }],
        },
        '$deadlines.firstResponse',
      ],
    };
    const resolutionMissed = {
      $gt: [{ $ifNull: ['$resolvedAt', { $ifNull: ['$closedAt', query.now] }] }, '$deadlines.resolution'],
    };
    const missed = { $or: [firstResponseMissed, resolutionMissed] };
    const responseMinutes = {
      $divide: [
        {
          $subtract: [
            { $dateFromString: { dateString: '$firstResponseAt' } },
            { $dateFromString: { dateString: '$createdAt' } },
          ],
        },
        60_000,
      ],
    };
    const day = {
      $dateToString: {
        date: { $dateFromString: { dateString: '$createdAt' } },
        format: '%Y-%m-%d',
        timezone: offsetText(query.utcOffsetMinutes),
      },
    };
    const top = (field: string): PipelineStage.FacetPipelineStage[] => [
      { $match: { [field]: { $ne: null } } },
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
      { $sort: { count: -1, _id: 1 } },
      { $limit: HOT_SPOTS },
      { $project: { _id: 0, key: '$_id', count: 1 } },
    ];
    const [facets] = await this.models.tickets.aggregate<Record<string, unknown[]>>([
      { $match: match },
      {
        $facet: {
          totals: [
            {
              $group: {
                _id: null,
                tickets: { $sum: 1 },
                resolved: countWhere(isSet('$resolvedAt')),
                resolvedInTime: countWhere({
                  $and: [isSet('$resolvedAt'), { $lte: ['$resolvedAt', '$deadlines.resolution'] }],
                }),
                surveyed: countWhere(isSet('$satisfaction.satisfied')),
                satisfied: countWhere({ $eq: ['$satisfaction.satisfied', true] }),
                // Numbers only: in aggregation a missing answer (null) would compare below 6.
                recommendations: countWhere({ $isNumber: '$satisfaction.nps' }),
                promoters: countWhere({
                  $and: [{ $isNumber: '$satisfaction.nps' }, { $gte: ['$satisfaction.nps', 9] }],
                }),
                detractors: countWhere({
                  $and: [{ $isNumber: '$satisfaction.nps' }, { $lte: ['$satisfaction.nps', 6] }],
                }),
                firstContactResolved: countWhere({
                  $and: [
                    isSet('$resolvedAt'),
                    {
                      $eq: [
                        countHistory({
                          $or: [
                            { $eq: ['$$e.to', 'reopened'] },
                            { $in: ['$$e.action', ['transferred', 'repeat complaint']] },
                          ],
                        }),
                        0,
                      ],
                    },
                  ],
                }),
                responded: countWhere(isSet('$firstResponseAt')),
                responseMinutesTotal: { $sum: { $cond: [isSet('$firstResponseAt'), responseMinutes, 0] } },
                firstResponseBreaches: countWhere(firstResponseMissed),
                resolutionBreaches: countWhere(resolutionMissed),
                breachedTickets: countWhere(missed),
                customers: { $addToSet: '$customerId' },
              },
            },
            { $addFields: { complainants: { $size: '$customers' } } },
            { $project: { _id: 0, customers: 0 } },
          ],
          responseTimes: [
            { $match: { firstResponseAt: { $ne: null } } },
            { $project: { minutes: responseMinutes } },
            { $sort: { minutes: 1 } },
            { $group: { _id: null, all: { $push: '$minutes' } } },
            {
              $project: {
                median: { $arrayElemAt: ['$all', { $floor: { $divide: [{ $subtract: [{ $size: '$all' }, 1] }, 2] } }] },
              },
            },
          ],
          repeat: [
            {
              // Another ticket of the customer's within 30 days either side: an equality and a range on the
              // customerId/createdAt index, the bounds worked out as the SQLite store does (ISO strings).
              $lookup: {
                from: 'tickets',
                localField: 'customerId',
                foreignField: 'customerId',
                let: { id: '$_id', from: isoDaysFrom('$createdAt', -30), to: isoDaysFrom('$createdAt', 30) },
                pipeline: [
                  {
                    $match: {
                      $expr: {
                        $and: [
                          { $ne: ['$_id', '$$id'] },
                          { $ne: ['$status', WITHDRAWN] },
                          { $gte: ['$createdAt', '$$from'] },
                          { $lte: ['$createdAt', '$$to'] },
                        ],
                      },
                    },
                  },
                  { $limit: 1 },
                  { $project: { _id: 1 } },
                ],
                as: 'other',
              },
            },
            {
              $match: {
                $expr: {
                  $or: [
                    { $gt: [{ $size: '$other' }, 0] },
                    { $gt: [countHistory({ $eq: ['$$e.action', 'repeat complaint'] }), 0] },
                  ],
                },
              },
            },
            { $group: { _id: '$customerId' } },
            { $count: 'n' },
          ],
          byCategory: top('category'),
          byStation: top('station'),
          byRoute: top('route'),
          daily: [
            {
              $group: {
                _id: day,
                tickets: { $sum: 1 },
                resolved: countWhere(isSet('$resolvedAt')),
                breached: countWhere(missed),
              },
            },
            { $sort: { _id: 1 } },
            { $project: { _id: 0, day: '$_id', tickets: 1, resolved: 1, breached: 1 } },
          ],
          dailyByStation: [
            { $match: { station: { $ne: null } } },
            { $group: { _id: { day, key: '$station' }, count: { $sum: 1 } } },
            { $project: { _id: 0, day: '$_id.day', key: '$_id.key', count: 1 } },
          ],
          dailyByRoute: [
            { $match: { route: { $ne: null } } },
            { $group: { _id: { day, key: '$route' }, count: { $sum: 1 } } },
            { $project: { _id: 0, day: '$_id.day', key: '$_id.key', count: 1 } },
          ],
          dailyByCategory: [
            { $group: { _id: { day, category: '$category' }, count: { $sum: 1 } } },
            { $sort: { '_id.day': 1, '_id.category': 1 } },
            { $project: { _id: 0, day: '$_id.day', category: '$_id.category', count: 1 } },
          ],
          breached: [
            { $match: { $expr: missed } },
            { $sort: { createdAt: 1 } },
            { $limit: 200 },
            {
              $project: {
                _id: 0,
                number: 1,
                priority: 1,
                category: 1,
                createdAt: 1,
                assignee: 1,
                firstResponseDue: '$deadlines.firstResponse',
                firstResponseAt: 1,
                resolutionDue: '$deadlines.resolution',
                resolvedAt: 1,
              },
            },
          ],
        },
      },
    ]);
    const totals = (facets?.totals?.[0] ?? {}) as Partial<MetricsCounts>;
    const backlog: Record<Priority, number> = { high: 0, medium: 0, low: 0 };
    const backlogMatch: Record<string, unknown> = { status: { $in: [...OPEN_STATUSES] } };
    if (query.channel) backlogMatch.channel = query.channel;
    if (query.category) backlogMatch.category = query.category;
    for (const row of await this.models.tickets.aggregate<{ _id: Priority; n: number }>([
      { $match: backlogMatch },
      { $group: { _id: '$priority', n: { $sum: 1 } } },
    ]))
      backlog[row._id] = row.n;
    return {
      tickets: totals.tickets ?? 0,
      resolved: totals.resolved ?? 0,
      resolvedInTime: totals.resolvedInTime ?? 0,
      surveyed: totals.surveyed ?? 0,
      satisfied: totals.satisfied ?? 0,
      recommendations: totals.recommendations ?? 0,
      promoters: totals.promoters ?? 0,
      detractors: totals.detractors ?? 0,
      firstContactResolved: totals.firstContactResolved ?? 0,
      complainants: totals.complainants ?? 0,
      repeatComplainants: ((facets?.repeat?.[0] as { n?: number } | undefined)?.n ?? 0) as number,
      ...(await this.conversationCounts(query)),
      responded: totals.responded ?? 0,
      responseMinutesTotal: totals.responseMinutesTotal ?? 0,
      responseMinutesMedian: ((facets?.responseTimes?.[0] as { median?: number } | undefined)?.median ?? null) as
        number | null,
      firstResponseBreaches: totals.firstResponseBreaches ?? 0,
      resolutionBreaches: totals.resolutionBreaches ?? 0,
      breachedTickets: totals.breachedTickets ?? 0,
      backlog,
      byCategory: (facets?.byCategory ?? []) as CountedKey[],
      byStation: (facets?.byStation ?? []) as CountedKey[],
      byRoute: (facets?.byRoute ?? []) as CountedKey[],
      daily: (facets?.daily ?? []) as MetricsCounts['daily'],
      dailyByCategory: (facets?.dailyByCategory ?? []) as MetricsCounts['dailyByCategory'],
      // Only the hot ones, ordered by day and key, as the SQLite store returns them.
      dailyByStation: onlyKeys(facets?.dailyByStation, (facets?.byStation ?? []) as CountedKey[]),
      dailyByRoute: onlyKeys(facets?.dailyByRoute, (facets?.byRoute ?? []) as CountedKey[]),
      ...(await mongoProactiveCounts(this.models, query)),
      breached: (facets?.breached ?? []) as MetricsCounts['breached'],
    };
  }

  async *tickets(query: MetricsQuery): AsyncIterable<Ticket> {
    // A hand-off the customer withdrew was no complaint (src/tickets/records.ts): no KPI counts it.
    const match: Record<string, unknown> = {
      createdAt: { $gte: query.from, $lt: query.to },
      status: { $ne: WITHDRAWN },
    };
    if (query.channel) match.channel = query.channel;
    if (query.category) match.category = query.category;
    for await (const doc of this.models.tickets.find(match, INTERNAL_FIELDS).sort({ createdAt: 1 }).lean().cursor())
      yield toTicket(doc) as Ticket;
  }

  private async conversationCounts(query: MetricsQuery): Promise<{ conversations: number; contained: number }> {
    // Conversations that asked for something (an outcome), started in the range.
    const match: Record<string, unknown> = {
      createdAt: { $gte: query.from, $lt: query.to },
      channel: query.channel ? query.channel : { $in: CUSTOMER_CHANNELS },
      outcome: { $ne: null },
    };
    const [row] = await this.models.conversations.aggregate<{ conversations: number; contained: number }>([
      { $match: match },
      { $lookup: { from: 'tickets', localField: 'ticketId', foreignField: '_id', as: 'ticket' } },
      { $set: { ticket: { $first: '$ticket' } } },
      ...(query.category ? [{ $match: { 'ticket.category': query.category } }] : []),
      {
        $group: {
          _id: null,
          conversations: { $sum: 1 },
          // The definition: src/tickets/containment.ts (the same rule as the SQLite store).
          contained: countWhere({
            $and: [
              { $eq: [{ $ifNull: ['$ticket.firstResponseAt', null] }, null] },
              { $eq: [{ $ifNull: ['$ticket.assignee', null] }, null] },
              {
                $or: [
                  { $eq: ['$outcome', 'answered'] },
                  {
                    $and: [
                      { $eq: ['$outcome', 'filed'] },
                      { $in: [{ $ifNull: ['$ticket.status', null] }, ['resolved', 'closed']] },
                    ],
                  },
                ],
              },
            ],
          }),
        },
      },
    ]);
    return { conversations: row?.conversations ?? 0, contained: row?.contained ?? 0 };
  }
}
