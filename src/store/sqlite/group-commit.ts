import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors';
import { Batch, type Unit } from './batch';
import { cachedSession, type SqlSession } from './sql-session';
import type { WalSync } from './wal-sync';

/**
 * How long a batch may wait for a unit still working (e.g. awaiting the tracking API) before it commits
 * anyway. Below busy_timeout (5 s), which is how long another process waits for the write lock.
 */
export const DEFAULT_MAX_HOLD_MS = 2000;

/**
 * A write outside any unit of work met a batch that units still hold; thrown before it changed anything, and
 * caught by `GroupCommit.repository`, which runs the method again once that batch is settled.
 */
class HeldBatchError extends Error {
  constructor() {
    super('a write outside any unit of work met a batch that units of work still hold');
  }
}

/** Open connections per database file in this process: each flushes the others' batches before it works. */
const connectionsByFile = new Map<string, Set<GroupCommit>>();

/**
 * Group commit for the embedded store: every write made during one turn of the event loop joins one
 * immediate transaction, committed by `setImmediate` once that turn's I/O callbacks and promise chains have
 * run. In WAL mode each commit appends every page it changed to the log, so a bot turn's ten single-statement
 * commits cost about nine times what the same statements cost inside one transaction (77 µs against 8.5 µs
 * an insert here); under load, one commit carries the writes of many turns.
 *
 * Reads on this connection see the open batch, so nothing changes for the code of this process. Other
 * processes see a batch once it is committed, a few milliseconds later at most. Whoever acknowledges a write
 * to the outside world (a webhook's 200, an SMTP 250, an outbound SMS) first awaits `durable()`; with a WalSync
 * (SQLITE_SYNCHRONOUS=group) that also waits for a sync of the write-ahead log begun after the commit.
 *
 * A request that awaits I/O between its writes spans several turns of the event loop, and a batch carries the
 * writes of many requests. `unitOfWork` remembers (in an AsyncLocalStorage) the batches its work wrote into,
 * and a batch waits for the units that wrote into it to finish (or to ask for `durable()`), for up to
 * `maxHoldMs`: so a unit's writes share one transaction unless it spent longer than that between them.
 * `durable()` inside a unit waits for all of its batches and rejects if any was rolled back; a unit that fails
 * rolls back its batch that is still open — with the writes of the units sharing it, whose `durable()` then
 * rejects, so they are not acknowledged either.
 *
 * Writes made outside any unit (a background worker's claim, a scheduler's lease, start-up) never share a batch
 * with units' writes: whoever made them would never hear of a rollback, and committing them with a failed unit
 * would keep that unit's writes. A unit that writes commits an open batch of such writes first; such a write
 * commits an open batch of units that all let go of it first, and waits (through `repository`) while units
 * still hold it.
 *
 * A session's `transaction(...)` keeps its all-or-nothing meaning inside a batch: better-sqlite3 runs it as a savepoint.
 *
 * Several connections of one process to the same file (tests that stand in for two processes) commit each
 * other's open batch before each statement: waiting for that lock on one thread would never end, and a read
 * should see what the same process already wrote.
 */
export class GroupCommit {
  /** The open batch, if any. */
  private batch: Batch | undefined;
  private readonly units = new AsyncLocalStorage<Unit>();
  private readonly beginStatement: Database.Statement;
  private readonly commitStatement: Database.Statement;
  private readonly rollbackStatement: Database.Statement;

  private constructor(
    private readonly db: Database.Database,
    private readonly peers: Set<GroupCommit>,
    private readonly maxHoldMs: number,
    private readonly walSync: WalSync | undefined,
  ) {
    this.beginStatement = db.prepare('BEGIN IMMEDIATE');
    this.commitStatement = db.prepare('COMMIT');
    this.rollbackStatement = db.prepare('ROLLBACK');
  }

  /**
   * Starts a group commit on `db` (after migrations). The driver itself is left as it is: the repositories
   * reach the database only through `session`, whose statements and transactions join the open batch.
   */
  static open(db: Database.Database, maxHoldMs = DEFAULT_MAX_HOLD_MS, walSync?: WalSync): GroupCommit {
    const file = db.memory ? undefined : db.name;
    const peers = (file && connectionsByFile.get(file)) || new Set<GroupCommit>();
    if (file) connectionsByFile.set(file, peers);
    const group = new GroupCommit(db, peers, maxHoldMs, walSync);
    peers.add(group);
    return group;
  }

  /**
   * The repositories' only way to the database: statements that change it and transaction functions join the
   * open batch (opening one when there is none); reads let this file's other connections commit first.
   */
  readonly session: SqlSession = cachedSession(
    (sql) => this.joining(this.db.prepare(sql)),
    (fn) => {
      type Variant = (...args: unknown[]) => unknown;
      const tx = this.db.transaction(fn) as unknown as Variant &
        Record<'default' | 'deferred' | 'immediate' | 'exclusive', Variant>;
      const join = () => this.join();
      const joined = (variant: Variant): Variant =>
        function (this: unknown, ...args: unknown[]): unknown {
          join();
          return variant.apply(this, args);
        };
      return Object.assign(joined(tx), {
        default: joined(tx.default),
        deferred: joined(tx.deferred),
        immediate: joined(tx.immediate),
        exclusive: joined(tx.exclusive),
      }) as unknown as Database.Transaction<typeof fn>;
    },
  );

  /**
   * `repository` whose methods, called outside any unit of work, wait while units hold the open batch and then
   * run (see the class comment). A method's writes all come before its first await, so one that met a held
   * batch has written nothing and runs again whole. Functions set on the object itself (a test's spy) are left
   * as they are.
   */
  repository<T extends object>(repository: T): T {
    const waiting = new WeakMap<object, unknown>();
    return new Proxy(repository, {
      get: (target, key, receiver) => {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || key === 'constructor' || Object.hasOwn(target, key)) return value;
        let method = waiting.get(value);
        if (!method) {
          method = this.waitingForHeldBatches(value as (...args: unknown[]) => unknown, target);
          waiting.set(value, method);
        }
        return method;
      },
    });
  }

  /**
   * Runs `work` as one unit of work. If it throws, its writes not yet committed are rolled back (see the class
   * comment) and the error is rethrown. A unit inside another one is part of the outer one.
   */
  async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (this.unit()) return work();
    const unit: Unit = { batches: new Set(), finished: false };
    try {
      return await this.units.run(unit, work);
    } catch (err) {
      this.abandon(unit);
      throw err;
    } finally {
      unit.finished = true;
      this.release(unit);
    }
  }

  /**
   * Inside a unit of work: resolves once every write of the unit (and what it may have read uncommitted) is
   * committed, rejects if any was rolled back.
   * Outside one: resolves once the writes made so far are committed, rejects if that batch could not be.
   * With a WalSync, either then waits for a sync of the write-ahead log (rejecting if it failed).
   */
  durable(): Promise<void> {
    const committed = this.committed();
    const walSync = this.walSync;
    // Synced even when nothing is pending here: what the caller read may be another request's commit, not yet synced.
    return walSync ? committed.then(() => walSync.synced()) : committed;
  }

  /** `durable()` up to the commit: the batches the caller's writes (or reads) are in are committed. */
  private committed(): Promise<void> {
    const unit = this.unit();
    if (!unit) return this.batch ? this.batch.done : Promise.resolve();
    // The unit is done writing: its batch need not wait for it any longer.
    this.release(unit);
    // The open batch too: the unit may acknowledge what it read there (a reply another request recorded).
    const batches = this.batch ? [...unit.batches, this.batch] : [...unit.batches];
    return Promise.all(batches.map((batch) => batch.done)).then(() => undefined);
  }

  /** Commits the open batch now and forgets this connection (call before closing the database). */
  close(): void {
    this.commit();
    this.peers.delete(this);
  }

  /** The unit no longer holds its batches open; one that is due commits now. */
  private release(unit: Unit): void {
    for (const batch of unit.batches) {
      if (!batch.holders.delete(unit)) continue;
      if (batch.due && batch.holders.size === 0) this.commit(batch);
    }
  }

  /** `method` of `target`, run again once the open batch settles when it met a batch that units hold. */
  private waitingForHeldBatches(method: (...args: unknown[]) => unknown, target: object) {
    return (...args: unknown[]): unknown => {
      const result = method.apply(target, args);
      if (!(result instanceof Promise)) return result;
      return result.catch(async (first: unknown) => {
        for (let err = first; ;) {
          if (!(err instanceof HeldBatchError)) throw err;
          await this.batch?.done.catch(() => undefined);
          try {
            return await method.apply(target, args);
          } catch (again) {
            err = again;
          }
        }
      });
    };
  }

  /** The unit of work the caller runs in, if it is still running. */
  private unit(): Unit | undefined {
    const unit = this.units.getStore();
    return unit && !unit.finished ? unit : undefined;
  }

  /**
   * Rolls back the open batch if the failed unit wrote into it; what is committed already stays. The batch holds
   * units' writes only (see `join`): those of the units sharing it hear of the rollback from `durable()`.
   */
  private abandon(unit: Unit): void {
    const batch = this.batch;
    if (!batch || !unit.batches.has(batch)) return;
    this.batch = undefined;
    try {
      if (this.db.inTransaction) this.rollbackStatement.run();
    } catch {
      // The batch is lost either way; its units hear of it below.
    }
    batch.settle(
      new StoreUnavailableError('a request sharing this batch of writes failed, so its writes were rolled back; retry'),
    );
  }

  /** Commits the other connections' open batches on the same file (see the class comment). */
  private yieldToPeers(): void {
    if (this.peers.size < 2) return;
    for (const peer of this.peers) if (peer !== this) peer.commit();
  }

  /**
   * Opens a batch unless one (or a transaction of the caller's) is already open, and counts it for the unit. A
   * batch of the other kind (units' writes, or writes outside any unit) is committed first; a write outside any
   * unit that meets a batch units still hold throws HeldBatchError, before it has changed anything.
   */
  private join(): void {
    this.yieldToPeers();
    if (this.batch && !this.db.inTransaction) {
      // SQLite rolled the whole batch back after an I/O or lock error on one of its statements.
      this.batch.settle(new StoreUnavailableError('the embedded store rolled back a batch of writes; retry'));
      this.batch = undefined;
    }
    const unit = this.unit();
    const open = this.batch;
    if (open && open.outside !== !unit) {
      if (!unit && open.holders.size > 0) throw new HeldBatchError();
      this.commit(open);
    }
    if (!this.db.inTransaction) {
      this.beginStatement.run();
      const batch = new Batch(!unit);
      this.batch = batch;
      setImmediate(() => this.commitWhenFree(batch));
    }
    if (unit && this.batch) {
      unit.batches.add(this.batch);
      this.batch.holders.add(unit);
    }
  }

  /** Commits `batch` at the end of the turn that opened it, or once the units that wrote into it let go. */
  private commitWhenFree(batch: Batch): void {
    batch.due = true;
    if (batch.holders.size === 0) {
      this.commit(batch);
      return;
    }
    const left = Math.max(0, this.maxHoldMs - (Date.now() - batch.openedAt));
    batch.deadline = setTimeout(() => this.commit(batch), left);
  }

  /** Commits `batch` if it is still the open one. */
  private commit(batch = this.batch): void {
    if (!batch || batch !== this.batch) return;
    this.batch = undefined;
    if (!this.db.inTransaction) {
      batch.settle(new StoreUnavailableError('the embedded store rolled back a batch of writes; retry'));
      return;
    }
    try {
      this.commitStatement.run();
      batch.settle();
    } catch (err) {
      try {
        if (this.db.inTransaction) this.rollbackStatement.run();
      } catch {
        // The units hear of the failed commit below; a failed rollback adds nothing they could act on.
      }
      batch.settle(new StoreUnavailableError(`the embedded store could not commit a batch of writes: ${String(err)}`));
    }
  }

  /** A statement that changes the database joins the batch before it runs; a read lets peers commit first. */
  private joining(statement: Database.Statement): Database.Statement {
    const { run, get, all, iterate } = statement;
    if (statement.readonly) {
      const before = () => this.yieldToPeers();
      return Object.assign(statement, {
        run: (...params: unknown[]) => (before(), run.apply(statement, params)),
        get: (...params: unknown[]) => (before(), get.apply(statement, params)),
        all: (...params: unknown[]) => (before(), all.apply(statement, params)),
        iterate: (...params: unknown[]) => (before(), iterate.apply(statement, params)),
      });
    }
    const joined =
      <F extends (...params: unknown[]) => unknown>(method: F) =>
      (...params: unknown[]) => {
        this.join();
        return method.apply(statement, params);
      };
    // get, all and iterate: writes with RETURNING.
    return Object.assign(statement, { run: joined(run), get: joined(get), all: joined(all), iterate: joined(iterate) });
  }
}
