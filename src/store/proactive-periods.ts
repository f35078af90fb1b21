import type { ProactiveCounts, ProactivePeriod } from './store.port';

/** What the proactive counts are grouped by: the whole range, or the local day or week. */
export type ProactivePer = 'range' | 'day' | 'week';

/** The counts of a range with nothing in it. */
export const NO_PROACTIVE: ProactiveCounts = {
  anomalies: 0,
  notified: 0,
  unreachable: 0,
  waiting: 0,
  noticeMinutesP50: null,
  noticeMinutesP95: null,
  level1: 0,
  claimsWithin15: 0,
  trackingQuestions: 0,
  questionsOnAnomalies: 0,
  questionsAfterNotice: 0,
  notifiedNeverAsked: 0,
};

type AnomalyTotals = Pick<
  ProactiveCounts,
  'anomalies' | 'notified' | 'unreachable' | 'level1' | 'claimsWithin15' | 'notifiedNeverAsked'
>;
type Percentiles = Pick<ProactiveCounts, 'noticeMinutesP50' | 'noticeMinutesP95'>;
type QuestionTotals = Pick<ProactiveCounts, 'trackingQuestions' | 'questionsOnAnomalies' | 'questionsAfterNotice'>;

/**
 * One row per period from the store's three groupings (anomalies, their notice times, tracking questions), oldest
 * first; a period missing from one grouping has nothing of it. Both stores build their answer with it.
 */
export function mergeProactivePeriods(
  anomalies: (AnomalyTotals & { period: string })[],
  percentiles: (Percentiles & { period: string })[],
  questions: (QuestionTotals & { period: string })[],
): ProactivePeriod[] {
  const periods = new Map<string, ProactivePeriod>();
  const at = (period: string): ProactivePeriod => {
    let row = periods.get(period);
    if (!row) periods.set(period, (row = { period, ...NO_PROACTIVE }));
    return row;
  };
  for (const { period, ...counts } of anomalies) Object.assign(at(period), counts);
  for (const { period, ...counts } of percentiles) Object.assign(at(period), counts);
  for (const { period, ...counts } of questions) Object.assign(at(period), counts);
  return [...periods.values()]
    .map((row) => ({ ...row, waiting: row.anomalies - row.notified - row.unreachable }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** The counts of the whole range from its one merged row (`per` 'range'). */
export function rangeCounts(periods: ProactivePeriod[]): ProactiveCounts {
  const { period: _period, ...counts } = periods[0] ?? { period: 'range', ...NO_PROACTIVE };
  return counts;
}
