import type { SqlSession } from './sql-session';
import type { MetricsQuery, ProactiveCounts } from '../store.port';

/**
 * Each anomaly detected in the range with its first notice sent (a notice's outbox item is keyed
 * `notice:<anomaly>:<recipient>`, found through the outbox's unique key) and whether any notice was planned.
 */
const ANOMALIES = `WITH a AS (
  SELECT x.level, x.detected_at, x.planned_at, x.tracking_number,
    (SELECT min(o.sent_at) FROM notices n JOIN outbox o ON o.idempotency_key = 'notice:' || n.anomaly_id || ':' || n.recipient
      WHERE n.anomaly_id = x.id) AS first_sent,
    EXISTS (SELECT 1 FROM notices n WHERE n.anomaly_id = x.id) AS has_notice
  FROM anomalies x WHERE x.detected_at >= @from AND x.detected_at < @to)`;

const MINUTES = 'round((julianday(first_sent) - julianday(detected_at)) * 1440, 3)';
const WITHIN_15 = `EXISTS (SELECT 1 FROM claims c WHERE c.tracking_number = a.tracking_number AND c.opened_at IS NOT NULL
  AND c.opened_at <= strftime('%Y-%m-%dT%H:%M:%fZ', a.detected_at, '+15 minutes'))`;

/** The proactive KPIs' counts (ProactiveCounts) in SQL over anomalies, notices, the outbox and claims. */
export function sqliteProactiveCounts(sql: SqlSession, query: MetricsQuery): ProactiveCounts {
  const range = { from: query.from, to: query.to };
  const totals = sql
    .statement(
      `${ANOMALIES} SELECT count(*) AS anomalies,
         COALESCE(sum(first_sent IS NOT NULL), 0) AS notified,
         COALESCE(sum(first_sent IS NULL AND planned_at IS NOT NULL AND NOT has_notice), 0) AS unreachable,
         COALESCE(sum(level = 1), 0) AS level1,
         COALESCE(sum(level = 1 AND ${WITHIN_15}), 0) AS claimsWithin15
       FROM a`,
    )
    .get(range) as Omit<ProactiveCounts, 'waiting' | 'noticeMinutesP50' | 'noticeMinutesP95'>;
  const percentile = (p: number): number | null => {
    if (totals.notified === 0) return null;
    const row = sql
      .statement(
        `${ANOMALIES} SELECT ${MINUTES} AS minutes FROM a WHERE first_sent IS NOT NULL
         ORDER BY minutes LIMIT 1 OFFSET @offset`,
      )
      .get({ ...range, offset: nearestRank(p, totals.notified) }) as { minutes: number } | undefined;
    return row ? row.minutes : null;
  };
  return {
    ...totals,
    waiting: totals.anomalies - totals.notified - totals.unreachable,
    noticeMinutesP50: percentile(0.5),
    noticeMinutesP95: percentile(0.95),
  };
}

/** The 0-based position of the p-th percentile of n sorted values, by the nearest-rank method. */
export function nearestRank(p: number, n: number): number {
  return Math.max(0, Math.ceil(p * n) - 1);
}
