import type { ChannelId } from '../conversations/records';
import type { TicketCategory } from './records';
import type { MetricsCounts, MetricsRepository, ProactiveCounts, ProactivePeriod } from '../store/store.port';
import { addDays, localDay, startOfLocalDay, startOfWeek, utcOffsetMinutes } from './local-time';
import type { Clock } from './ticket.service';
import { netPromoterScore } from './recommendation';

/** A share, or null when there is nothing to divide by (no surveys yet is not 0% satisfied). */
export type Rate = number | null;

const rate = (part: number, whole: number): Rate => (whole > 0 ? round(part / whole, 4) : null);
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export interface KpiFilter {
  from: string;
  to: string;
  channel?: ChannelId;
  category?: TicketCategory;
}

/**
 * The complaint KPIs of DESIGN.md over the tickets opened in a range (a cohort) and the conversations started
 * in it; the backlog is as of now.
 */
export interface Kpis {
  filter: KpiFilter;
  /** The range as the courier's local days (first and last day included) and the zone they are in. */
  days?: { first: string; last: string; timeZone: string };
  tickets: number;
  /** Resolved by the resolution deadline / resolved. */
  timelyHandlingRate: Rate;
  /** Satisfied / answered surveys. */
  csat: Rate;
  /** Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the 0–10 answers, −100 to 100. */
  nps: number | null;
  /** Customers with another complaint within 30 days / complainants. */
  repeatComplaintRate: Rate;
  /** Resolved with no reopening, transfer or repeat complaint / resolved. */
  firstContactResolution: Rate;
  /** Conversations settled without an agent / conversations. */
  botContainment: Rate;
  firstResponseMinutes: { average: number | null; median: number | null; responded: number };
  slaBreaches: { tickets: number; firstResponse: number; resolution: number };
  backlog: MetricsCounts['backlog'];
  counts: Pick<
    MetricsCounts,
    | 'resolved'
    | 'resolvedInTime'
    | 'surveyed'
    | 'satisfied'
    | 'recommendations'
    | 'promoters'
    | 'detractors'
    | 'complainants'
    | 'repeatComplainants'
    | 'firstContactResolved'
    | 'conversations'
    | 'contained'
  >;
  hotSpots: {
    category: MetricsCounts['byCategory'];
    station: MetricsCounts['byStation'];
    route: MetricsCounts['byRoute'];
  };
  trend: {
    daily: MetricsCounts['daily'];
    byCategory: MetricsCounts['dailyByCategory'];
    byStation: MetricsCounts['dailyByStation'];
    byRoute: MetricsCounts['dailyByRoute'];
  };
  breached: MetricsCounts['breached'];
  /**
   * Proactive service over the anomalies detected (and the tracking questions asked) in the range — the period
   * only: anomalies have no channel or category of their own. Rates are of all detected anomalies: one nobody
   * could be told about counts against the goal of 100% and is shown as `unreachable`. The same per local day
   * and per local week (its Monday; the first and last weeks cut at the range's ends).
   */
  proactive: ProactiveKpis & { daily: ProactivePeriodKpis[]; weekly: ProactivePeriodKpis[] };
}

/** The proactive-service KPIs of a range or of one period of it. */
export interface ProactiveKpis {
  /** Anomalies with a notice sent / anomalies detected. */
  noticeRate: Rate;
  /** Minutes from detection to the first notice sent (nearest-rank p50 and p95). */
  noticeMinutes: { p50: number | null; p95: number | null };
  /** Level-1 anomalies whose parcel had a claim opened within 15 minutes of detection / level-1 anomalies. */
  claimsWithin15Rate: Rate;
  /**
   * Deflection: tracking questions asked after a notice about the parcel's open anomaly had gone out / tracking
   * questions about parcels with an open anomaly. Lower is better (the notice answered them before they asked);
   * `counts.notifiedNeverAsked` is the other side: anomalies notified that nobody asked about.
   */
  askedAfterNoticeRate: Rate;
  counts: ProactiveCounts;
}

export type ProactivePeriodKpis = ProactiveKpis & { period: string };

/** The proactive KPIs from the store's proactive counts. */
export function proactiveKpis(counts: ProactiveCounts): ProactiveKpis {
  const minutes = (value: number | null) => (value === null ? null : round(value));
  return {
    noticeRate: rate(counts.notified, counts.anomalies),
    noticeMinutes: { p50: minutes(counts.noticeMinutesP50), p95: minutes(counts.noticeMinutesP95) },
    claimsWithin15Rate: rate(counts.claimsWithin15, counts.level1),
    askedAfterNoticeRate: rate(counts.questionsAfterNotice, counts.questionsOnAnomalies),
    counts,
  };
}

const periodKpis = ({ period, ...counts }: ProactivePeriod): ProactivePeriodKpis => ({
  period,
  ...proactiveKpis(counts),
});

/** The formulas, from the store's counts. */
export function computeKpis(counts: MetricsCounts, filter: KpiFilter): Kpis {
  return {
    filter,
    tickets: counts.tickets,
    timelyHandlingRate: rate(counts.resolvedInTime, counts.resolved),
    csat: rate(counts.satisfied, counts.surveyed),
    nps: netPromoterScore({
      answered: counts.recommendations,
      promoters: counts.promoters,
      detractors: counts.detractors,
    }),
    repeatComplaintRate: rate(counts.repeatComplainants, counts.complainants),
    firstContactResolution: rate(counts.firstContactResolved, counts.resolved),
    botContainment: rate(counts.contained, counts.conversations),
    firstResponseMinutes: {
      average: counts.responded > 0 ? round(counts.responseMinutesTotal / counts.responded) : null,
      median: counts.responseMinutesMedian === null ? null : round(counts.responseMinutesMedian),
      responded: counts.responded,
    },
    slaBreaches: {
      tickets: counts.breachedTickets,
      firstResponse: counts.firstResponseBreaches,
      resolution: counts.resolutionBreaches,
    },
    backlog: counts.backlog,
    counts: {
      resolved: counts.resolved,
      resolvedInTime: counts.resolvedInTime,
      surveyed: counts.surveyed,
      satisfied: counts.satisfied,
      recommendations: counts.recommendations,
      promoters: counts.promoters,
      detractors: counts.detractors,
      complainants: counts.complainants,
      repeatComplainants: counts.repeatComplainants,
      firstContactResolved: counts.firstContactResolved,
      conversations: counts.conversations,
      contained: counts.contained,
    },
    hotSpots: { category: counts.byCategory, station: counts.byStation, route: counts.byRoute },
    trend: {
      daily: counts.daily,
      byCategory: counts.dailyByCategory,
      byStation: counts.dailyByStation,
      byRoute: counts.dailyByRoute,
    },
    breached: counts.breached,
    proactive: {
      ...proactiveKpis(counts.proactive),
      daily: counts.proactiveDaily.map(periodKpis),
      weekly: counts.proactiveWeekly.map(periodKpis),
    },
  };
}

/** The last full week (Monday to Sunday, local) before `now`, and the one before it. */
export function lastWeeks(now: Date, timeZone: string): { current: KpiFilter; previous: KpiFilter; label: string } {
  const thisMonday = startOfWeek(localDay(now, timeZone));
  const monday = addDays(thisMonday, -7);
  const previousMonday = addDays(monday, -7);
  return {
    current: { from: startOfLocalDay(monday, timeZone), to: startOfLocalDay(thisMonday, timeZone) },
    previous: { from: startOfLocalDay(previousMonday, timeZone), to: startOfLocalDay(monday, timeZone) },
    label: `${monday} – ${addDays(thisMonday, -1)}`,
  };
}

/** KPIs from the store for a filter, as of the clock's now. */
export class KpiService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async kpis(filter: KpiFilter): Promise<Kpis> {
    const counts = await this.metrics.counts({
      ...filter,
      now: this.clock.now().toISOString(),
      utcOffsetMinutes: utcOffsetMinutes(this.timeZone, new Date(filter.from)),
    });
    return {
      ...computeKpis(counts, filter),
      days: {
        first: localDay(new Date(filter.from), this.timeZone),
        last: localDay(new Date(Date.parse(filter.to) - 1), this.timeZone),
        timeZone: this.timeZone,
      },
    };
  }
}
