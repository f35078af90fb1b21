import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { ChannelId } from '../../conversations/records';
import { TICKET_CATEGORIES, type Ticket, type TicketCategory } from '../../tickets/records';
import type { MetricsRepository } from '../../store/store.port';
import { BadQueryError, readQuery } from '../query-params';
import { proactiveCsv, readPer } from './proactive-csv';
import {
  addDays,
  localDay,
  startOfLocalDay,
  utcOffsetMinutes,
  type Clock,
  type KpiFilter,
  type KpiService,
} from '../../tickets';

const CHANNELS: ChannelId[] = ['webchat', 'sms', 'email'];
const MAX_RANGE_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const params = {
  from: z.string().optional(),
  to: z.string().optional(),
  channel: z.enum(CHANNELS as [ChannelId, ...ChannelId[]]).optional(),
  category: z.enum(TICKET_CATEGORIES as [TicketCategory, ...TicketCategory[]]).optional(),
};
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `YYYY-MM-DD` names a day that exists (not 2026-13-45, not 2026-02-30). */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return (
    year >= 1970 &&
    year <= 9999 &&
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === date
  );
}

export interface MetricsApiResponse {
  status: number;
  body: unknown;
}

export class BadMetricsQuery extends Error {}

/** An ISO instant, or a local day (`2026-11-01`; as `to`, the whole day is included). */
function instant(name: 'from' | 'to', value: string, timeZone: string): string {
  const day = DAY.test(value) ? value : ISO_TIME.exec(value)?.[1];
  const parsed = Date.parse(value);
  if (!day || !isCalendarDay(day) || Number.isNaN(parsed))
    throw new BadMetricsQuery(`${name}: ${JSON.stringify(value)} is not a date (YYYY-MM-DD) or an ISO time`);
  if (DAY.test(value)) return startOfLocalDay(name === 'to' ? addDays(value, 1) : value, timeZone);
  return new Date(parsed).toISOString();
}

/**
 * Reads `from`, `to`, `channel`, `category` from a query string: the last 30 days when the range is not
 * given. @throws BadMetricsQuery with what is wrong.
 */
export function parseMetricsQuery(query: Record<string, unknown>, now: Date, timeZone: string): KpiFilter {
  let parsed: ReturnType<typeof readQuery<typeof params>>;
  try {
    parsed = readQuery(params, query);
  } catch (err) {
    throw err instanceof BadQueryError ? new BadMetricsQuery(err.message) : err;
  }
  const { from, to, channel, category } = parsed;
  const end = to ? instant('to', to, timeZone) : now.toISOString();
  const start = from ? instant('from', from, timeZone) : new Date(Date.parse(end) - 30 * 86_400_000).toISOString();
  if (start >= end) throw new BadMetricsQuery('from must be before to');
  if (Date.parse(end) - Date.parse(start) > MAX_RANGE_DAYS * 86_400_000)
    throw new BadMetricsQuery(`a range may span at most ${MAX_RANGE_DAYS} days`);
  return { from: start, to: end, ...(channel ? { channel } : {}), ...(category ? { category } : {}) };
}

const CSV_COLUMNS = [
  'number',
  'createdAt',
  'channel',
  'category',
  'priority',
  'status',
  'level',
  'assignee',
  'trackingNumbers',
  'station',
  'route',
  'demand',
  'firstResponseDue',
  'firstResponseAt',
  'resolutionDue',
  'resolvedAt',
  'closedAt',
  'responsibleParty',
  'satisfied',
  'score',
  'recommendation',
  'description',
] as const;

/**
 * A cell a spreadsheet will show as text: OWASP's rule against formula (CSV) injection puts a `'` before a
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return — customers write the descriptions.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvRow(t: Ticket): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    number: t.number,
    createdAt: t.createdAt,
    channel: t.channel,
    category: t.category,
    priority: t.priority,
    status: t.status,
    level: t.level,
    assignee: t.assignee ?? '',
    trackingNumbers: t.trackingNumbers.join(' '),
    station: t.station ?? '',
    route: t.route ?? '',
    demand: t.demand ?? '',
    firstResponseDue: t.deadlines.firstResponse,
    firstResponseAt: t.firstResponseAt ?? '',
    resolutionDue: t.deadlines.resolution,
    resolvedAt: t.resolvedAt ?? '',
    closedAt: t.closedAt ?? '',
    responsibleParty: (t.responsibleParty ?? []).join(' '),
    satisfied: t.satisfaction?.satisfied === undefined ? '' : t.satisfaction.satisfied ? 'yes' : 'no',
    score: t.satisfaction?.score ?? '',
    recommendation: t.satisfaction?.nps ?? '',
    description: t.description,
  };
}

/** `/api/metrics` and the CSV export; callers are already authenticated. */
export class MetricsApi {
  constructor(
    private readonly options: { kpis: KpiService; metrics: MetricsRepository; clock: Clock; timeZone: string },
  ) {}

  async metrics(query: Record<string, unknown>): Promise<MetricsApiResponse> {
    let filter: KpiFilter;
    try {
      filter = parseMetricsQuery(query, this.options.clock.now(), this.options.timeZone);
    } catch (err) {
      if (err instanceof BadMetricsQuery) return { status: 400, body: { error: err.message } };
      throw err;
    }
    return { status: 200, body: await this.options.kpis.kpis(filter) };
  }

  /**
   * The proactive KPIs of the range as CSV, per local day (`per=day`, the default) or week, with the range's total.
   * @throws BadMetricsQuery naming the parameter that does not fit.
   */
  async proactiveCsv(query: Record<string, unknown>): Promise<{ filename: string; text: string }> {
    const { clock, timeZone, kpis } = this.options;
    let per: ReturnType<typeof readPer>;
    try {
      per = readPer(query);
    } catch (err) {
      throw err instanceof BadQueryError ? new BadMetricsQuery(err.message) : err;
    }
    const filter = parseMetricsQuery(per.rest, clock.now(), timeZone);
    const result = await kpis.kpis(filter);
    const first = localDay(new Date(filter.from), timeZone);
    const last = localDay(new Date(Date.parse(filter.to) - 1), timeZone);
    return { filename: `proactive-${per.per}-${first}-${last}.csv`, text: proactiveCsv(result, per.per) };
  }

  /**
   * The tickets of the range as CSV rows (with a header), streamed a page at a time from the store.
   * @throws BadMetricsQuery before anything is produced.
   */
  csv(query: Record<string, unknown>): { filename: string; rows: NodeJS.ReadableStream } {
    const { clock, timeZone, metrics } = this.options;
    const filter = parseMetricsQuery(query, clock.now(), timeZone);
    const csv = stringify({
      header: true,
      columns: [...CSV_COLUMNS],
      bom: true,
      cast: { string: spreadsheetSafe },
    });
    void (async () => {
      try {
        for await (const ticket of metrics.tickets({
          ...filter,
          now: clock.now().toISOString(),
          utcOffsetMinutes: utcOffsetMinutes(timeZone, new Date(filter.from)),
        }))
          if (!csv.write(csvRow(ticket))) await new Promise((resolve) => csv.once('drain', resolve));
        csv.end();
      } catch (err) {
        csv.destroy(err as Error);
      }
    })();
    const first = localDay(new Date(filter.from), timeZone);
    const last = localDay(new Date(Date.parse(filter.to) - 1), timeZone);
    return { filename: `tickets-${first}-${last}.csv`, rows: csv };
  }
}
