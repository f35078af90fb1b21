import type { SqlSession } from './sql-session';
import type { MetricsCounts, MetricsQuery } from '../store.port';
import { mergeProactivePeriods, rangeCounts, type ProactivePer } from '../proactive-periods';
import { LOCAL_DAYS } from './local-days';

/**
 * When the first notice about anomaly `x` went out (a notice's outbox item is keyed `notice:<anomaly>:<recipient>`),
 * read from the index outbox_sent_by_key.
 */
export const FIRST_NOTICE_SENT = `(SELECT min(o.sent_at) FROM notices n
  JOIN outbox o ON o.idempotency_key = 'notice:' || n.anomaly_id || ':' || n.recipient AND o.sent_at IS NOT NULL
  WHERE n.anomaly_id = x.id)`;

/**
 * Each anomaly detected in the range, once, with its local day and week, its first notice sent, whether any notice
 * was planned, whether its claim (level 1) was opened within 15 minutes and whether a tracking question was about it.
 */
const ANOMALIES = `found AS MATERIALIZED (
    SELECT d.day, d.week, x.level, x.planned_at, x.detected_at, ${FIRST_NOTICE_SENT} AS first_sent,
      EXISTS (SELECT 1 FROM notices n WHERE n.anomaly_id = x.id) AS has_notice,
      CASE WHEN x.level = 1 THEN EXISTS (SELECT 1 FROM claims c WHERE c.tracking_number = x.tracking_number
        AND c.opened_at IS NOT NULL AND c.opened_at <= strftime('%Y-%m-%dT%H:%M:%fZ', x.detected_at, '+15 minutes'))
        ELSE 0 END AS claim_within_15,
      EXISTS (SELECT 1 FROM tracking_questions q WHERE q.anomaly_id = x.id) AS asked
    FROM local_days d CROSS JOIN anomalies x INDEXED BY anomalies_by_detected WHERE x.detected_at >= d.start AND x.detected_at < d.end)`;

const COUNTED = ['anomalies', 'notified', 'unreachable', 'level1', 'claimsWithin15', 'notifiedNeverAsked'];
const SUMMED = COUNTED.map((column) => `sum(${column})`).join(', ');

/**
 * The anomalies' counts per day, summed into weeks and the range; the minutes from detection to the first notice at
 * the 50th and 95th percentiles of each day, week and the range (nearest rank: the ⌈p·n⌉-th smallest of the n
 * notified, ranked once for the three kinds of period).
 */
const ANOMALY_COUNTS = `WITH RECURSIVE ${LOCAL_DAYS}, ${ANOMALIES},
  per_day AS MATERIALIZED (
    SELECT day, week, count(*) AS anomalies, sum(first_sent IS NOT NULL) AS notified,
      sum(first_sent IS NULL AND planned_at IS NOT NULL AND NOT has_notice) AS unreachable,
      sum(level = 1) AS level1, sum(claim_within_15) AS claimsWithin15,
      sum(first_sent IS NOT NULL AND NOT asked) AS notifiedNeverAsked
    FROM found GROUP BY day),
  counts AS (
    SELECT 'day' AS per, day AS period, ${COUNTED.join(', ')} FROM per_day
    UNION ALL SELECT 'week', week, ${SUMMED} FROM per_day GROUP BY week
    UNION ALL SELECT 'range', 'range', ${SUMMED} FROM per_day HAVING count(*) > 0),
  sent AS (
    SELECT day, week, round((julianday(first_sent) - julianday(detected_at)) * 1440, 3) AS minutes
    FROM found WHERE first_sent IS NOT NULL),
  ranked AS (
    SELECT per, period, minutes, row_number() OVER w AS rn,
      count(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
    FROM (SELECT 'day' AS per, day AS period, minutes FROM sent UNION ALL SELECT 'week', week, minutes FROM sent
      UNION ALL SELECT 'range', 'range', minutes FROM sent)
    WINDOW w AS (PARTITION BY per, period ORDER BY minutes)),
  percentiles AS (
    SELECT per, period, min(CASE WHEN rn = (n + 1) / 2 THEN minutes END) AS noticeMinutesP50,
      min(CASE WHEN rn = (95 * n + 99) / 100 THEN minutes END) AS noticeMinutesP95
    FROM ranked GROUP BY per, period)
  SELECT c.*, p.noticeMinutesP50, p.noticeMinutesP95 FROM counts c LEFT JOIN percentiles p USING (per, period)`;

/** The tracking questions asked in the range, counted per day in one pass, then summed into weeks and the range. */
const QUESTION_COUNTS = `WITH RECURSIVE ${LOCAL_DAYS},
  q AS MATERIALIZED (
    SELECT d.day, d.week, count(*) AS trackingQuestions,
      COALESCE(sum(t.anomaly_id IS NOT NULL), 0) AS questionsOnAnomalies,
      COALESCE(sum(t.notice_sent_at IS NOT NULL), 0) AS questionsAfterNotice
    FROM local_days d CROSS JOIN tracking_questions t INDEXED BY tracking_questions_by_asked WHERE t.asked_at >= d.start AND t.asked_at < d.end
    GROUP BY d.day)
  SELECT 'day' AS per, day AS period, trackingQuestions, questionsOnAnomalies, questionsAfterNotice FROM q
  UNION ALL SELECT 'week', week, sum(trackingQuestions), sum(questionsOnAnomalies), sum(questionsAfterNotice)
    FROM q GROUP BY week
  UNION ALL SELECT 'range', 'range', sum(trackingQuestions), sum(questionsOnAnomalies), sum(questionsAfterNotice)
    FROM q HAVING count(*) > 0`;

type Counted<Row> = Row & { per: ProactivePer };

/**
 * The proactive KPIs' counts in SQL over anomalies, notices, the outbox, claims and tracking questions: for the whole
 * range and per local day and week, each anomaly and each tracking question read once for all three.
 */
export function sqliteProactiveCounts(
  sql: SqlSession,
  query: MetricsQuery,
): Pick<MetricsCounts, 'proactive' | 'proactiveDaily' | 'proactiveWeekly'> {
  const params = { from: query.from, to: query.to, offset: query.utcOffsetMinutes };
  type AnomalyRow = Parameters<typeof mergeProactivePeriods>[0][number] &
    Parameters<typeof mergeProactivePeriods>[1][number];
  type QuestionRow = Parameters<typeof mergeProactivePeriods>[2][number];
  const anomalies = sql.statement(ANOMALY_COUNTS).all(params) as Counted<AnomalyRow>[];
  const questions = sql.statement(QUESTION_COUNTS).all(params) as Counted<QuestionRow>[];
  const periods = (per: ProactivePer) => {
    const of = <Row extends { per: ProactivePer }>(rows: Row[]) =>
      rows.filter((row) => row.per === per).map(({ per: _per, ...row }) => row);
    return mergeProactivePeriods(of(anomalies), of(anomalies), of(questions));
  };
  return {
    proactive: rangeCounts(periods('range')),
    proactiveDaily: periods('day'),
    proactiveWeekly: periods('week'),
  };
}
