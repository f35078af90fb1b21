import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, StoreUnavailableError } from '../errors';
import type { Store } from '../store.port';
import { MIGRATIONS } from './migrations';
import { SqliteConversations, SqliteCustomers } from './customers';
import { SqliteMessages } from './messages';
import { SqliteActivityStreams } from './activity-streams';
import { SqliteTickets } from './tickets';
import { SqliteMetrics } from './metrics';
import { SqliteBotState, SqliteLeases, SqliteOutbox } from './operations';
import { SqliteShipments } from './shipments';
import { GroupCommit } from './group-commit';
import { SqliteAnomalies } from './anomalies';
import { SqliteNotices, SqliteParcelLinks } from './notices';
import { SqliteDeliveryChanges } from './delivery-changes';
import { SqliteClaims } from './claims';
import { SqliteTrackingQuestions } from './tracking-questions';
import { WalSync, type FlushFile } from './wal-sync';

export interface SqliteStoreOptions {
  /** Database file path, or `:memory:`. */
  file: string;
  /** The courier's time zone: decides the date in ticket numbers. */
  timeZone: string;
  /**
   * `full` (default): what is acknowledged survives a power loss — SQLite syncs each commit itself
   * (`synchronous = FULL`), on the event loop. `group`: the same guarantee with commits run with `PRAGMA
   * synchronous = NORMAL` and `durable()` waiting for an fdatasync of the WAL on libuv's thread pool, one for
   * every commit waiting (WalSync) — for disks whose fsync is slow enough to stall the event loop. `normal`: WAL is synced only at checkpoints; a committed write survives a crash of the
   * process, not of the machine.
   */
  synchronous?: 'full' | 'group' | 'normal';
  /** `group` only: how the WAL is flushed (fs.fdatasync; a test wraps it to watch the order of events). */
  flushFile?: FlushFile;
  /** How long a batch of writes waits for a unit of work still running (GroupCommit); 2 s by default. */
  maxHoldMs?: number;
  /**
   * Run `PRAGMA quick_check` before anything is written, and refuse a file with damaged pages. Reads every page:
   * about 0.7 s per 100 MB from the page cache, 2.7 s from disk (npm run bench:integrity). Off by default here;
   * the server turns it on (SQLITE_QUICK_CHECK).
   */
  quickCheck?: boolean;
}

/**
 * The embedded store: one SQLite file in WAL mode through better-sqlite3. Several processes may open the
 * same file; writes that must not race (ticket numbers, leases, outbox claims) run in single statements
 * or transactions. Writes are committed in groups, once per turn of the event loop (see GroupCommit).
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly customers: SqliteCustomers;
  readonly conversations: SqliteConversations;
  readonly messages: SqliteMessages;
  readonly activityStreams: SqliteActivityStreams;
  readonly tickets: SqliteTickets;
  readonly shipments: SqliteShipments;
  readonly outbox: SqliteOutbox;
  readonly leases: SqliteLeases;
  readonly botState: SqliteBotState;
  readonly metrics: SqliteMetrics;
  readonly anomalies: SqliteAnomalies;
  readonly parcelLinks: SqliteParcelLinks;
  readonly notices: SqliteNotices;
  readonly deliveryChanges: SqliteDeliveryChanges;
  readonly claims: SqliteClaims;
  readonly trackingQuestions: SqliteTrackingQuestions;

  private constructor(
    private readonly db: Database.Database,
    private readonly group: GroupCommit,
    private readonly walSync: WalSync | undefined,
    timeZone: string,
  ) {
    this.customers = group.repository(new SqliteCustomers(group.session));
    this.conversations = group.repository(new SqliteConversations(group.session));
    this.messages = group.repository(new SqliteMessages(group.session));
    this.activityStreams = group.repository(new SqliteActivityStreams(group.session));
    this.tickets = group.repository(new SqliteTickets(group.session, timeZone));
    this.shipments = group.repository(new SqliteShipments(group.session));
    this.outbox = group.repository(new SqliteOutbox(group.session));
    this.leases = group.repository(new SqliteLeases(group.session));
    this.botState = group.repository(new SqliteBotState(group.session));
    this.metrics = group.repository(new SqliteMetrics(group.session));
    this.anomalies = group.repository(new SqliteAnomalies(group.session));
    this.parcelLinks = group.repository(new SqliteParcelLinks(group.session));
    this.notices = group.repository(new SqliteNotices(group.session));
    this.deliveryChanges = group.repository(new SqliteDeliveryChanges(group.session));
    this.claims = group.repository(new SqliteClaims(group.session));
    this.trackingQuestions = group.repository(new SqliteTrackingQuestions(group.session));
  }

  /**
   * Opens (creating if needed) the database and brings its schema up to date in one transaction.
   * @throws StoreUnavailableError with a message that says what to fix.
   */
  static open(options: SqliteStoreOptions): SqliteStore {
    const { file } = options;
    if (file !== ':memory:') ensureWritableDirectory(path.dirname(file));
    let db: Database.Database | undefined;
    try {
      db = new Database(file);
      // Before anything else: a file from a newer ParcelCare is left exactly as it is (even its journal mode).
      refuseNewerSchema(db);
      db.pragma('busy_timeout = 5000');
      if (options.quickCheck) refuseDamagedPages(db, file);
      const wal = file !== ':memory:' && db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
      // `group` syncs the WAL itself: without one (a file system that refuses WAL mode) SQLite must sync each commit.
      const walSync =
        wal && options.synchronous === 'group' ? new WalSync(`${file}-wal`, options.flushFile) : undefined;
      db.pragma(`synchronous = ${options.synchronous === 'normal' || walSync ? 'NORMAL' : 'FULL'}`);
      db.pragma('foreign_keys = ON');
      // A statement's temporary b-trees (an IN list, a sort, DISTINCT) in memory: on a file (the default), each
      // one cost ~80 µs of system calls even when it held nothing — the open-notice query a turn makes took 100 µs
      // on an empty table, 20 µs this way. They live only while their statement runs: nothing durable changes.
      db.pragma('temp_store = MEMORY');
      migrate(db);
      // From here on every statement goes through the group commit: the repositories get its session, not `db`.
      const group = GroupCommit.open(db, options.maxHoldMs, walSync);
      return new SqliteStore(db, group, walSync, options.timeZone);
    } catch (err) {
      db?.close();
      if (err instanceof StoreError) throw err;
      throw describeOpenFailure(file, err);
    }
  }

  async ping(): Promise<void> {
    if (this.walSync?.broken) throw this.walSync.broken;
    this.group.session.statement('SELECT 1').get();
  }

  durable(): Promise<void> {
    return this.group.durable();
  }

  unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return this.group.unitOfWork(work);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.group.close();
    await this.walSync?.close();
    if (this.db.open) this.db.close();
  }
}

function refuseNewerSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new StoreUnavailableError(
      `The database has schema version ${current}, newer than this ParcelCare knows (${MIGRATIONS.length}); upgrade ParcelCare or point DATA_DIR elsewhere`,
    );
  }
}

/**
 * The problems `PRAGMA quick_check` (or `integrity_check`) finds, none when the file is sound. A page too damaged to
 * read at all makes SQLite throw SQLITE_CORRUPT instead of listing it; that is reported as one problem.
 */
export function damage(db: Database.Database, pragma: 'quick_check' | 'integrity_check'): string[] {
  try {
    const rows = db.pragma(pragma, { simple: false }) as Record<string, string>[];
    const problems = rows.map((row) => String(Object.values(row)[0]));
    return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw err;
    return [`${code}: ${(err as Error).message}`];
  }
}

function refuseDamagedPages(db: Database.Database, file: string): void {
  const problems = damage(db, 'quick_check');
  if (problems.length === 0) return;
  const first = (problems[0] as string).replace(/\s+/g, ' ');
  throw new StoreUnavailableError(
    `${file} has damaged pages (quick_check: ${first}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''}); restore it from a backup, or run \`parcelcare check\` for the full report`,
  );
}

/** Brings an older schema up to date (`open` has already refused a newer one). */
function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current === MIGRATIONS.length) return;
  // One immediate transaction for all pending steps: a failure leaves the file exactly as it was.
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      db.exec(MIGRATIONS[version] as string);
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

function ensureWritableDirectory(dir: string): void {
  try {
    makeDirectory(path.resolve(dir));
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    throw new StoreUnavailableError(`DATA_DIR ${dir} is not a writable directory (${reason}); set DATA_DIR to one`, {
      cause: err,
    });
  }
}

/**
 * `mkdir -p` one level at a time. Not `fs.mkdirSync(dir, { recursive: true })`: under /proc that never returns
 * (Node 20 retries the parent, which exists, and the child, which cannot be made, forever at full CPU).
 */
function makeDirectory(dir: string): void {
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeDirectory(parent);
  fs.mkdirSync(dir);
}

function describeOpenFailure(file: string, err: unknown): StoreUnavailableError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreUnavailableError(
      `${file} is not a readable ParcelCare database (${code}); restore it from a backup or move it away and start again`,
      { cause: err },
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new StoreUnavailableError(`Cannot open the database ${file}: ${detail}; check DATA_DIR`, { cause: err });
}
