/** An ISO instant (`…T…Z`, as toISOString writes it) of `day` (a `YYYY-MM-DD`) moved by SQL date `modifiers`. */
const instant = (day: string, modifiers: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${day}, ${modifiers})`;
/** The UTC instant at which local `day` (+ `days`) begins, for the courier's `@offset` minutes from UTC. */
const localMidnight = (day: string, days = '') => instant(day, `${days}(-@offset) || ' minutes'`);

/**
 * `local_days(day, week, start, end)`: the local days of [@from, @to) (for the courier's UTC offset `@offset`, in
 * minutes), each with the Monday of its week and the part of the range it covers, `start` inclusive and `end`
 * exclusive (the first and last days cut at the range's ends). A CTE for `WITH RECURSIVE`.
 *
 * @remarks The KPIs group rows by local day as `local_days CROSS JOIN <table> INDEXED BY <its time index> WHERE
 * <time> >= start AND <time> < end`: each day is one range search of the time index and no row's time is converted.
 * CROSS JOIN keeps the days the outer loop; INDEXED BY keeps the planner from building an automatic index on the
 * table instead (it did for `channel = ?`, not knowing how few days there are: 4 s instead of 40 ms). Converting each row's time with strftime cost about 4 µs a row, most of the time of every grouping
 * by day. Times compare as strings, as every range filter of the store does.
 */
export const LOCAL_DAYS = `local_day(day) AS (
    SELECT substr(${instant('@from', "@offset || ' minutes'")}, 1, 10)
    UNION ALL SELECT date(day, '+1 day') FROM local_day WHERE ${localMidnight('day', "'+1 day', ")} < @to
  ),
  local_days(day, week, start, end) AS (
    -- 'weekday 0' moves to the next Sunday (or stays on one); six days back is that week's Monday.
    SELECT day, date(day, 'weekday 0', '-6 days'), max(@from, ${localMidnight('day')}),
      min(@to, ${localMidnight('day', "'+1 day', ")})
    FROM local_day
  )`;
