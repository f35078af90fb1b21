import type { SqlSession } from './sql-session';
import type { MetricsQuery, ProactiveCounts, ProactivePeriod } from '../store.port';
import { mergeProactivePeriods, rangeCounts, type ProactivePer } from '../proactive-periods';

/** When the first notice about anomaly `x` went out (a notice's outbox item is keyed `notice:<anomaly>:<recipient>`). */
export const FIRST_NOTICE_SENT = `(SELECT min(o.sent_at) FROM notices n
  JOIN outbox o ON o.idempotency_key = 'notice:' || n.anomaly_id || ':' || n.recipient WHERE n.anomaly_id = x.id)`;

/** The local day (or the Monday of the local week) of an ISO time column, `'range'` for the whole range. */
function periodOf(column: string, per: ProactivePer): string {
  const day = `substr(strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, @offset || ' minutes'), 1, 10)`;
  if (per === 'day') return day;
  // 'weekday 0' moves to the next Sunday (or stays on one); six days back is that week's Monday.
  if (per === 'week') return `date(${day}, 'weekday 0', '-6 days')`;
  return `'range'`;
}

/** Each anomaly detected in the range with its period, its first notice sent and whether any notice was planned. */
const anomalies = (per: ProactivePer) => `WITH a AS (
  SELECT x.id, x.level, x.detected_at, x.planned_at, x.tracking_number, ${periodOf('x.detected_at', per)} AS period,
    ${FIRST_NOTICE_SENT} AS first_sent,
    EXISTS (SELECT 1 FROM notices n WHERE n.anomaly_id = x.id) AS has_notice
  FROM anomalies x WHERE x.detected_at >= @from AND x.detected_at < @to)`;

const MINUTES = 'round((julianday(first_sent) - julianday(detected_at)) * 1440, 3)';
const WITHIN_15 = `EXISTS (SELECT 1 FROM claims c WHERE c.tracking_number = a.tracking_number AND c.opened_at IS NOT NULL
  AND c.opened_at <= strftime('%Y-%m-%dT%H:%M:%fZ', a.detected_at, '+15 minutes'))`;
const NEVER_ASKED = 'NOT EXISTS (SELECT 1 FROM tracking_questions q WHERE q.anomaly_id = a.id)';

/**
 * The proactive KPIs' counts in SQL over anomalies, notices, the outbox, claims and tracking questions, for the
 * whole range (`per` 'range') or per local day or week. Nearest-rank percentiles: the ⌈p·n⌉-th smallest.
 */
export function sqliteProactiveCounts(sql: SqlSession, query: MetricsQuery, per: 'range'): ProactiveCounts;
export function sqliteProactiveCounts(sql: SqlSession, query: MetricsQuery, per: 'day' | 'week'): ProactivePeriod[];
export function sqliteProactiveCounts(
  sql: SqlSession,
  query: MetricsQuery,
  per: ProactivePer,
): ProactiveCounts | ProactivePeriod[] {
  const params = { from: query.from, to: query.to, offset: query.utcOffsetMinutes };
  const totals = sql
    .statement(
      `${anomalies(per)} SELECT period, count(*) AS anomalies,
         COALESCE(sum(first_sent IS NOT NULL), 0) AS notified,
         COALESCE(sum(first_sent IS NULL AND planned_at IS NOT NULL AND NOT has_notice), 0) AS unreachable,
         COALESCE(sum(level = 1), 0) AS level1,
         COALESCE(sum(level = 1 AND ${WITHIN_15}), 0) AS claimsWithin15,
         COALESCE(sum(first_sent IS NOT NULL AND ${NEVER_ASKED}), 0) AS notifiedNeverAsked
       FROM a GROUP BY period`,
    )
    .all(params) as Parameters<typeof mergeProactivePeriods>[0];
  const percentiles = sql
    .statement(
      `${anomalies(per)}, m AS (
         SELECT period, ${MINUTES} AS minutes, row_number() OVER (PARTITION BY period ORDER BY ${MINUTES}) AS rn,
           count(*) OVER (PARTITION BY period) AS n
         FROM a WHERE first_sent IS NOT NULL)
       SELECT period, min(CASE WHEN rn = (n + 1) / 2 THEN minutes END) AS noticeMinutesP50,
         min(CASE WHEN rn = (95 * n + 99) / 100 THEN minutes END) AS noticeMinutesP95
       FROM m GROUP BY period`,
    )
    .all(params) as Parameters<typeof mergeProactivePeriods>[1];
  const questions = sql
    .statement(
      `SELECT ${periodOf('asked_at', per)} AS period, count(*) AS trackingQuestions,
         COALESCE(sum(anomaly_id IS NOT NULL), 0) AS questionsOnAnomalies,
         COALESCE(sum(notice_sent_at IS NOT NULL), 0) AS questionsAfterNotice
       FROM tracking_questions WHERE asked_at >= @from AND asked_at < @to GROUP BY period`,
    )
    .all(params) as Parameters<typeof mergeProactivePeriods>[2];
  const periods = mergeProactivePeriods(totals, percentiles, questions);
  return per === 'range' ? rangeCounts(periods) : periods;
}
