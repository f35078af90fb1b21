import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Kpis, ProactiveKpis, Rate } from '../../tickets';
import { BadQueryError, readQuery } from '../query-params';

/** The proactive KPIs' columns: the rates and percentiles, then the counts they come from. */
const COLUMNS = [
  'period',
  'anomalies',
  'notified',
  'unreachable',
  'waiting',
  'noticeRate',
  'noticeMinutesP50',
  'noticeMinutesP95',
  'level1',
  'claimsWithin15',
  'claimsWithin15Rate',
  'trackingQuestions',
  'questionsOnAnomalies',
  'questionsAfterNotice',
  'askedAfterNoticeRate',
  'notifiedNeverAsked',
] as const;

export type ProactivePer = 'day' | 'week';

const perParameter = { per: z.enum(['day', 'week']).optional() };

/**
 * Takes `per` (`day`, the default, or `week`) out of a query string, leaving the metrics filters.
 * @throws BadQueryError naming `per` when it is neither.
 */
export function readPer(query: Record<string, unknown>): { per: ProactivePer; rest: Record<string, unknown> } {
  const { per, ...rest } = query;
  try {
    return { per: readQuery(perParameter, per === undefined ? {} : { per }).per ?? 'day', rest };
  } catch (err) {
    if (err instanceof BadQueryError) throw new BadQueryError('per', 'must be day or week, given once');
    throw err;
  }
}

const cell = (rate: Rate | number): string | number => (rate === null ? '' : rate);

function row(period: string, k: ProactiveKpis): Record<(typeof COLUMNS)[number], string | number> {
  const c = k.counts;
  return {
    period,
    anomalies: c.anomalies,
    notified: c.notified,
    unreachable: c.unreachable,
    waiting: c.waiting,
    noticeRate: cell(k.noticeRate),
    noticeMinutesP50: cell(k.noticeMinutes.p50),
    noticeMinutesP95: cell(k.noticeMinutes.p95),
    level1: c.level1,
    claimsWithin15: c.claimsWithin15,
    claimsWithin15Rate: cell(k.claimsWithin15Rate),
    trackingQuestions: c.trackingQuestions,
    questionsOnAnomalies: c.questionsOnAnomalies,
    questionsAfterNotice: c.questionsAfterNotice,
    askedAfterNoticeRate: cell(k.askedAfterNoticeRate),
    notifiedNeverAsked: c.notifiedNeverAsked,
  };
}

/**
 * The proactive KPIs as CSV (UTF-8 with BOM): one row per local day or week that had anything, then `total` for
 * the whole range. Rates are fractions (0.4 is 40%), empty where there is nothing to divide by.
 */
export function proactiveCsv(kpis: Kpis, per: ProactivePer): string {
  const periods = per === 'week' ? kpis.proactive.weekly : kpis.proactive.daily;
  return stringify([...periods.map((p) => row(p.period, p)), row('total', kpis.proactive)], {
    header: true,
    columns: [...COLUMNS],
    bom: true,
  });
}
