import type { SqlSession } from './sql-session';
import type { Priority, Ticket, TicketCategory, TicketStatus } from '../../tickets/records';
import type { CountedKey, MetricsCounts, MetricsQuery, MetricsRepository } from '../store.port';
import { OPEN_STATUSES } from '../../tickets/records';
import { sqliteProactiveCounts } from './proactive-metrics';
import { LOCAL_DAYS } from './local-days';

const OPEN = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;
const CUSTOMER_CHANNELS = `('webchat', 'sms', 'email')`;
const WITHDRAWN: TicketStatus = 'withdrawn';
const HOT_SPOTS = 10;

/** ISO instant arithmetic in SQL that keeps the store's `…T…Z` format, so results compare as strings. */
const shifted = (column: string, modifier: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, ${modifier})`;

/**
 * The deadline checks, as SQL expressions over a ticket row (`@now` for deadlines still running). A resolution
 * is also a response: a ticket the bot settled in time without an agent met its first-response deadline.
 */
const FIRST_RESPONSE_MISSED = `(COALESCE(min(first_response_at, resolved_at), first_response_at, resolved_at, closed_at, @now)
  > first_response_due)`;
const RESOLUTION_MISSED = `(COALESCE(resolved_at, closed_at, @now) > resolution_due)`;

type DayAndCategory = { day: string; category: TicketCategory; count: number; resolved: number; breached: number };

/** Tickets, resolved and breached per day, from the counts per day and category (ordered by day). */
function days(rows: DayAndCategory[]): MetricsCounts['daily'] {
  const daily: MetricsCounts['daily'] = [];
  for (const { day, count, resolved, breached } of rows) {
    const last = daily.at(-1);
    if (last?.day === day) {
      last.tickets += count;
      last.resolved += resolved;
      last.breached += breached;
    } else daily.push({ day, tickets: count, resolved, breached });
  }
  return daily;
}

/** The hot categories from the counts per day and category: most tickets first, then by name (ASCII, so `<` orders
 * them as SQL's BINARY collation does for the other hot spots). */
function topCategories(rows: DayAndCategory[]): CountedKey[] {
  const counts = new Map<string, number>();
  for (const { category, count } of rows) counts.set(category, (counts.get(category) ?? 0) + count);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, HOT_SPOTS);
}

/**
 * KPI counts in SQL over the projected ticket columns (see migrations 1 and 3); nothing here reads a
 * ticket's JSON except the CSV export, which pages through the range.
 */
export class SqliteMetrics implements MetricsRepository {
  constructor(private readonly sql: SqlSession) {}

  async counts(query: MetricsQuery): Promise<MetricsCounts> {
    const { where, params } = this.filter(query);
    const range = `FROM tickets WHERE ${where}`;
    const totals = this.sql
      .statement(
        `SELECT count(*) AS tickets,
           COALESCE(sum(resolved_at IS NOT NULL), 0) AS resolved,
           COALESCE(sum(resolved_at IS NOT NULL AND resolved_at <= resolution_due), 0) AS resolvedInTime,
           COALESCE(sum(satisfied IS NOT NULL), 0) AS surveyed,
           COALESCE(sum(satisfied = 1), 0) AS satisfied,
           COALESCE(sum(nps IS NOT NULL), 0) AS recommendations,
           COALESCE(sum(nps >= 9), 0) AS promoters,
           COALESCE(sum(nps <= 6), 0) AS detractors,
           COALESCE(sum(resolved_at IS NOT NULL AND reopen_count = 0 AND transfer_count = 0 AND repeat_count = 0), 0)
             AS firstContactResolved,
           COALESCE(sum(first_response_at IS NOT NULL), 0) AS responded,
           COALESCE(sum(CASE WHEN first_response_at IS NOT NULL
             THEN round((julianday(first_response_at) - julianday(created_at)) * 1440, 3) END), 0) AS responseMinutesTotal,
           COALESCE(sum(${FIRST_RESPONSE_MISSED}), 0) AS firstResponseBreaches,
           COALESCE(sum(${RESOLUTION_MISSED}), 0) AS resolutionBreaches,
           COALESCE(sum(${FIRST_RESPONSE_MISSED} OR ${RESOLUTION_MISSED}), 0) AS breachedTickets
         ${range}`,
      )
      .get(params) as Omit<
      MetricsCounts,
      | 'complainants'
      | 'repeatComplainants'
      | 'conversations'
      | 'contained'
      | 'responseMinutesMedian'
      | 'backlog'
      | 'byCategory'
      | 'byStation'
      | 'byRoute'
      | 'daily'
      | 'dailyByCategory'
      | 'proactive'
      | 'proactiveDaily'
      | 'proactiveWeekly'
      | 'breached'
    >;

    // The customers with a ticket in the range, and those with another complaint of their own within 30 days either
    // side of one of them, or a repeat joined to it: each customer's tickets are looked at until one is (by
    // tickets_by_customer), so the dates are worked out once per customer with many tickets, not once per ticket.
    const { complainants, repeatComplainants } = this.sql
      .statement(
        `SELECT count(*) AS complainants, COALESCE(sum(EXISTS (
           SELECT 1 FROM tickets t WHERE t.customer_id = c.customer_id AND ${this.filter(query, { alias: 't.' }).where}
             AND (t.repeat_count > 0 OR EXISTS (
               SELECT 1 FROM tickets o WHERE o.customer_id = t.customer_id AND o.rowid <> t.rowid
                 AND o.status <> '${WITHDRAWN}'
                 AND o.created_at >= ${shifted('t.created_at', "'-30 days'")}
                 AND o.created_at <= ${shifted('t.created_at', "'+30 days'")})))), 0) AS repeatComplainants
         FROM (SELECT DISTINCT customer_id ${range}) c`,
      )
      .get(params) as { complainants: number; repeatComplainants: number };

    const median = this.sql
      .statement(
        `SELECT round((julianday(first_response_at) - julianday(created_at)) * 1440, 3) AS minutes ${range}
           AND first_response_at IS NOT NULL ORDER BY minutes LIMIT 1 OFFSET (
             SELECT (count(*) - 1) / 2 ${range} AND first_response_at IS NOT NULL)`,
      )
      .get(params) as { minutes: number } | undefined;

    const conversations = this.conversationCounts(query);
    const backlog: Record<Priority, number> = { high: 0, medium: 0, low: 0 };
    const backlogFilter = this.filter(query, { range: false });
    for (const row of this.sql
      .statement(
        `SELECT priority, count(*) AS n FROM tickets WHERE status IN ${OPEN} AND ${backlogFilter.where} GROUP BY priority`,
      )
      .all(backlogFilter.params) as { priority: Priority; n: number }[])
      backlog[row.priority] = row.n;

    const top = (column: string): CountedKey[] =>
      this.sql
        .statement(
          `SELECT ${column} AS key, count(*) AS count ${range} AND ${column} IS NOT NULL
           GROUP BY ${column} ORDER BY count DESC, key LIMIT ${HOT_SPOTS}`,
        )
        .all(params) as CountedKey[];

    // Per local day: one range search of the index per day (LOCAL_DAYS), no time converted row by row.
    const byDay = this.filter(query, { range: false, alias: 't.' });
    const inDay = `FROM local_days d CROSS JOIN tickets t INDEXED BY tickets_for_metrics WHERE t.created_at >= d.start AND t.created_at < d.end
      AND ${byDay.where}`;
    // One pass for the days, the categories and both: tickets, resolved and breached per day and category.
    const dayAndCategory = this.sql
      .statement(
        `WITH RECURSIVE ${LOCAL_DAYS}
         SELECT d.day, t.category, count(*) AS count, COALESCE(sum(t.resolved_at IS NOT NULL), 0) AS resolved,
           COALESCE(sum(${FIRST_RESPONSE_MISSED} OR ${RESOLUTION_MISSED}), 0) AS breached
         ${inDay} GROUP BY d.day, t.category ORDER BY d.day, t.category`,
      )
      .all(byDay.params) as DayAndCategory[];

    const perDay = (column: string, keys: CountedKey[]): { day: string; key: string; count: number }[] =>
      keys.length === 0
        ? []
        : (this.sql
            .statement(
              `WITH RECURSIVE ${LOCAL_DAYS}
               SELECT d.day, t.${column} AS key, count(*) AS count ${inDay}
                 AND t.${column} IN (${keys.map((_, i) => `@k${i}`).join(', ')})
               GROUP BY d.day, t.${column} ORDER BY d.day, t.${column}`,
            )
            .all({ ...byDay.params, ...Object.fromEntries(keys.map((k, i) => [`k${i}`, k.key])) }) as {
            day: string;
            key: string;
            count: number;
          }[]);
    const byStation = top('station');
    const byRoute = top('route');

    const breached = (
      this.sql
        .statement(
          `SELECT number, priority, category, created_at AS createdAt, assignee, first_response_due AS firstResponseDue,
             first_response_at AS firstResponseAt, resolution_due AS resolutionDue, resolved_at AS resolvedAt
           ${range} AND (${FIRST_RESPONSE_MISSED} OR ${RESOLUTION_MISSED}) ORDER BY created_at LIMIT 200`,
        )
        .all(params) as Record<string, string | null>[]
    ).map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null))) as MetricsCounts['breached'];

    return {
      ...totals,
      complainants,
      repeatComplainants,
      ...conversations,
      responseMinutesMedian: median ? median.minutes : null,
      backlog,
      byCategory: topCategories(dayAndCategory),
      byStation,
      byRoute,
      daily: days(dayAndCategory),
      dailyByCategory: dayAndCategory.map(({ day, category, count }) => ({ day, category, count })),
      dailyByStation: perDay('station', byStation),
      dailyByRoute: perDay('route', byRoute),
      ...sqliteProactiveCounts(this.sql, query),
      breached,
    };
  }

  async *tickets(query: MetricsQuery): AsyncIterable<Ticket> {
    const { where, params } = this.filter(query);
    const page = this.sql.statement(
      `SELECT rowid, data FROM tickets WHERE ${where} AND rowid > @after ORDER BY rowid LIMIT 500`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all({ ...params, after }) as { rowid: number; data: string }[];
      if (rows.length === 0) return;
      for (const row of rows) yield JSON.parse(row.data) as Ticket;
      after = (rows.at(-1) as { rowid: number }).rowid;
    }
  }

  /**
   * Customer conversations started in the range that asked for something, and those contained: their need met
   * without an agent (the definition: src/tickets/containment.ts).
   */
  private conversationCounts(query: MetricsQuery): { conversations: number; contained: number } {
    // `+c.channel` keeps the planner on the created_at index (the channel index would scan every conversation).
    const where = [
      `c.created_at >= @from`,
      `c.created_at < @to`,
      `+c.channel IN ${CUSTOMER_CHANNELS}`,
      'c.outcome IS NOT NULL',
    ];
    if (query.channel) where.push('+c.channel = @channel');
    if (query.category) where.push('k.category = @category');
    return this.sql
      .statement(
        `SELECT count(*) AS conversations,
           COALESCE(sum(
             (k.id IS NULL OR (k.first_response_at IS NULL AND k.assignee IS NULL))
             AND (c.outcome = 'answered' OR (c.outcome = 'filed' AND k.status IN ('resolved', 'closed')))
           ), 0) AS contained
         FROM conversations c LEFT JOIN tickets k INDEXED BY tickets_for_containment ON k.id = c.ticket_id WHERE ${where.join(' AND ')}`,
      )
      .get(this.params(query)) as { conversations: number; contained: number };
  }

  private filter(
    query: MetricsQuery,
    options: { range?: boolean; alias?: string } = {},
  ): { where: string; params: Record<string, unknown> } {
    const t = options.alias ?? '';
    const where = options.range === false ? ['1 = 1'] : [`${t}created_at >= @from`, `${t}created_at < @to`];
    // A hand-off the customer withdrew was no complaint (src/tickets/records.ts): no KPI counts it.
    where.push(`${t}status <> '${WITHDRAWN}'`);
    if (query.channel) where.push(`${t}channel = @channel`);
    if (query.category) where.push(`${t}category = @category`);
    return { where: where.join(' AND '), params: this.params(query) };
  }

  private params(query: MetricsQuery): Record<string, unknown> {
    return {
      from: query.from,
      to: query.to,
      now: query.now,
      offset: query.utcOffsetMinutes,
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.category ? { category: query.category } : {}),
    };
  }
}
