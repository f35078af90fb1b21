import type Database from 'better-sqlite3';

/**
 * What the SQLite repositories get instead of the driver: compiled statements and transaction functions that
 * always go through the group commit (see GroupCommit). A statement that writes joins the open batch when it
 * runs; a transaction runs inside the batch as a savepoint, all or nothing.
 *
 * @remarks There is deliberately no `exec`, `pragma` or raw connection here: a repository cannot write outside
 * the batch by accident (a write there would commit on its own, unseen by `durable()` and never rolled back with
 * a failed turn). Schema changes and pragmas belong to `SqliteStore.open`, before the group commit starts.
 */
export interface SqlSession {
  /** The compiled statement for `sql`, compiled once and reused (the cache is bounded). */
  statement(sql: string): Database.Statement;
  /** `fn` as one all-or-nothing transaction inside the open batch. Make it once, call it often. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- better-sqlite3's own bound for a transaction's function
  transaction<F extends (...args: any[]) => unknown>(fn: F): Database.Transaction<F>;
}

/** How many compiled statements a session keeps: `IN (?, ?, …)` lists make one text per length. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * A session over `compile`, which prepares a statement already joined to the group commit: compiling SQL again
 * on every call was the largest cost of a bot turn, so each text is compiled (and joined) once.
 */
export function cachedSession(
  compile: (sql: string) => Database.Statement,
  transaction: SqlSession['transaction'],
): SqlSession {
  const cache = new Map<string, Database.Statement>();
  return {
    statement(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = compile(sql);
        if (cache.size < STATEMENT_CACHE_SIZE) cache.set(sql, statement);
      }
      return statement;
    },
    transaction,
  };
}
