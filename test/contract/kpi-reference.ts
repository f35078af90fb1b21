import type {
  CountedKey,
  MetricsCounts,
  MetricsQuery,
  ProactiveCounts,
  ProactivePeriod,
} from '../../src/store/store.port';
import type { Ticket, TicketCategory } from '../../src/tickets/records';
import type { KpiDataset } from './kpi-dataset';

/**
 * The KPI counts worked out the plain way, record by record, from what was generated (the definitions in
 * docs/supervisors.md), to hold the stores' SQL and aggregation pipelines to. Everything but the conversations and the backlog.
 */
export type ReferenceCounts = Omit<MetricsCounts, 'conversations' | 'contained' | 'backlog'>;

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString();
/** Minutes between two ISO times to the third decimal, as both stores round them. */
const minutes = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 60) / 1000;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** The local day of an ISO time at the query's fixed offset, and the Monday of its week. */
const localDay = (time: string, offset: number): string => iso(Date.parse(time) + offset * MINUTE).slice(0, 10);
function monday(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  return iso(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY).slice(0, 10);
}
/** The ⌈percent·n/100⌉-th smallest (nearest rank). */
const percentile = (sorted: number[], percent: number): number | null =>
  sorted.length === 0 ? null : (sorted[Math.ceil((percent * sorted.length) / 100) - 1] as number);

function countBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].sort(([a], [b]) => byText(a, b)));
}

const hot = (groups: Map<string, unknown[]>): CountedKey[] =>
  [...groups]
    .map(([key, items]) => ({ key, count: items.length }))
    .sort((a, b) => b.count - a.count || byText(a.key, b.key))
    .slice(0, 10);

function ticketCounts(
  data: KpiDataset,
  query: MetricsQuery,
): Omit<ReferenceCounts, 'proactive' | 'proactiveDaily' | 'proactiveWeekly'> {
  const { now, utcOffsetMinutes: offset } = query;
  const inRange = data.tickets
    .filter((t) => t.createdAt >= query.from && t.createdAt < query.to)
    .filter((t) => !query.channel || t.channel === query.channel)
    .filter((t) => !query.category || t.category === query.category)
    .sort((a, b) => byText(a.createdAt, b.createdAt));
  const history = (t: Ticket, test: (e: Ticket['history'][number]) => boolean) => t.history.some(test);
  const firstResponseMissed = (t: Ticket) => {
    // A resolution is also a response.
    const answered = [t.firstResponseAt, t.resolvedAt].filter((x): x is string => x !== undefined).sort()[0];
    return (answered ?? t.closedAt ?? now) > t.deadlines.firstResponse;
  };
  const resolutionMissed = (t: Ticket) => (t.resolvedAt ?? t.closedAt ?? now) > t.deadlines.resolution;
  const missed = (t: Ticket) => firstResponseMissed(t) || resolutionMissed(t);
  const responded = inRange.filter((t) => t.firstResponseAt !== undefined);
  const responseMinutes = responded.map((t) => minutes(t.createdAt, t.firstResponseAt as string));
  const nearAnother = (t: Ticket) =>
    data.tickets.some(
      (o) =>
        o.customerId === t.customerId &&
        o.id !== t.id &&
        Math.abs(Date.parse(o.createdAt) - Date.parse(t.createdAt)) <= 30 * DAY,
    );
  const customers = countBy(inRange, (t) => t.customerId);
  const days = countBy(inRange, (t) => localDay(t.createdAt, offset));
  const byStation = hot(countBy(inRange, (t) => t.station));
  const byRoute = hot(countBy(inRange, (t) => t.route));
  const perDay = (field: 'station' | 'route', keys: CountedKey[]) =>
    [...days].flatMap(([day, tickets]) =>
      [...countBy(tickets, (t) => t[field])]
        .filter(([key]) => keys.some((k) => k.key === key))
        .map(([key, of]) => ({ day, key, count: of.length })),
    );
  const nps = inRange.map((t) => t.satisfaction?.nps).filter((n): n is number => n !== undefined);
  return {
    tickets: inRange.length,
    resolved: inRange.filter((t) => t.resolvedAt).length,
    resolvedInTime: inRange.filter((t) => t.resolvedAt && t.resolvedAt <= t.deadlines.resolution).length,
    surveyed: inRange.filter((t) => t.satisfaction?.satisfied !== undefined).length,
    satisfied: inRange.filter((t) => t.satisfaction?.satisfied === true).length,
    recommendations: nps.length,
    promoters: nps.filter((n) => n >= 9).length,
    detractors: nps.filter((n) => n <= 6).length,
    firstContactResolved: inRange.filter(
      (t) =>
        t.resolvedAt &&
        !history(t, (e) => e.to === 'reopened' || e.action === 'transferred' || e.action === 'repeat complaint'),
    ).length,
    complainants: customers.size,
    repeatComplainants: [...customers.values()].filter((own) =>
      own.some((t) => history(t, (e) => e.action === 'repeat complaint') || nearAnother(t)),
    ).length,
    responded: responded.length,
    responseMinutesTotal: responseMinutes.reduce((sum, m) => sum + m, 0),
    responseMinutesMedian: responseMinutes.sort((a, b) => a - b)[Math.floor((responseMinutes.length - 1) / 2)] ?? null,
    firstResponseBreaches: inRange.filter(firstResponseMissed).length,
    resolutionBreaches: inRange.filter(resolutionMissed).length,
    breachedTickets: inRange.filter(missed).length,
    byCategory: hot(countBy(inRange, (t) => t.category)),
    byStation,
    byRoute,
    daily: [...days].map(([day, tickets]) => ({
      day,
      tickets: tickets.length,
      resolved: tickets.filter((t) => t.resolvedAt).length,
      breached: tickets.filter(missed).length,
    })),
    dailyByCategory: [...days].flatMap(([day, tickets]) =>
      [...countBy(tickets, (t) => t.category)].map(([category, of]) => ({
        day,
        category: category as TicketCategory,
        count: of.length,
      })),
    ),
    dailyByStation: perDay('station', byStation),
    dailyByRoute: perDay('route', byRoute),
    breached: inRange
      .filter(missed)
      .slice(0, 200)
      .map((t) => ({
        number: t.number,
        priority: t.priority,
        category: t.category,
        createdAt: t.createdAt,
        ...(t.assignee ? { assignee: t.assignee } : {}),
        firstResponseDue: t.deadlines.firstResponse,
        ...(t.firstResponseAt ? { firstResponseAt: t.firstResponseAt } : {}),
        resolutionDue: t.deadlines.resolution,
        ...(t.resolvedAt ? { resolvedAt: t.resolvedAt } : {}),
      })),
  };
}

function proactiveCounts(
  data: KpiDataset,
  query: MetricsQuery,
): Pick<ReferenceCounts, 'proactive' | 'proactiveDaily' | 'proactiveWeekly'> {
  const inRange = (time: string) => time >= query.from && time < query.to;
  const anomalies = data.anomalies.filter((a) => inRange(a.detectedAt));
  const questions = data.questions.filter((q) => inRange(q.askedAt));
  const counts = (of: typeof anomalies, asked: typeof questions): ProactiveCounts => {
    const firstSent = (a: (typeof anomalies)[number]) => a.sentAt.slice().sort()[0];
    const notified = of.filter((a) => firstSent(a) !== undefined);
    const unreachable = of.filter((a) => !firstSent(a) && a.planned && a.notices === 0).length;
    const times = notified.map((a) => minutes(a.detectedAt, firstSent(a) as string)).sort((x, y) => x - y);
    return {
      anomalies: of.length,
      notified: notified.length,
      unreachable,
      waiting: of.length - notified.length - unreachable,
      noticeMinutesP50: percentile(times, 50),
      noticeMinutesP95: percentile(times, 95),
      level1: of.filter((a) => a.level === 1).length,
      claimsWithin15: of.filter(
        (a) =>
          a.level === 1 &&
          a.claimOpenedAt !== undefined &&
          a.claimOpenedAt <= iso(Date.parse(a.detectedAt) + 15 * MINUTE),
      ).length,
      trackingQuestions: asked.length,
      questionsOnAnomalies: asked.filter((q) => q.anomalyId).length,
      questionsAfterNotice: asked.filter((q) => q.noticeSentAt).length,
      notifiedNeverAsked: notified.filter((a) => !data.questions.some((q) => q.anomalyId === a.id)).length,
    };
  };
  const periods = (periodOf: (time: string) => string): ProactivePeriod[] => {
    const byAnomaly = countBy(anomalies, (a) => periodOf(a.detectedAt));
    const byQuestion = countBy(questions, (q) => periodOf(q.askedAt));
    return [...new Set([...byAnomaly.keys(), ...byQuestion.keys()])]
      .sort(byText)
      .map((period) => ({ period, ...counts(byAnomaly.get(period) ?? [], byQuestion.get(period) ?? []) }));
  };
  const day = (time: string) => localDay(time, query.utcOffsetMinutes);
  return {
    proactive: counts(anomalies, questions),
    proactiveDaily: periods(day),
    proactiveWeekly: periods((time) => monday(day(time))),
  };
}

/** The counts `store.metrics.counts(query)` must give for `data`. */
export function referenceCounts(data: KpiDataset, query: MetricsQuery): ReferenceCounts {
  return { ...ticketCounts(data, query), ...proactiveCounts(data, query) };
}
