import fs from 'node:fs';
import { StoreUnavailableError } from '../errors';

/** Flushes what was written to a file onto the disk. `fs.fdatasync` by default: it runs on libuv's thread pool. */
export type FlushFile = (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;

interface Waiting {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: Error) => void;
}

function waiting(): Waiting {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Syncs the write-ahead log off the event loop, for `SQLITE_SYNCHRONOUS=group`. The connection commits with
 * `PRAGMA synchronous = NORMAL`: a commit appends its frames to the -wal file (into the page cache) and
 * returns without an fsync, so the event loop never blocks on the disk. Before anything is acknowledged, the
 * store awaits `synced()`: an fdatasync of the -wal file on libuv's thread pool that began after the commit
 * returned. fdatasync flushes the file's pages whichever descriptor wrote them, so it covers every frame
 * committed before it began — of every waiting request at once (group commit): while one flush runs, those
 * who ask wait for the next one, which starts when it ends.
 *
 * This is the durability of `synchronous = FULL` (which syncs the WAL in every COMMIT, on the caller's thread):
 * with NORMAL, SQLite syncs the WAL itself before a checkpoint copies frames into the database file, syncs the
 * database before the WAL is reused, and syncs the new WAL header when it is (sqlite.org/pragma.html#pragma_synchronous),
 * so a checkpoint never drops a frame this flush made durable. The -wal file stays the same file while the
 * connection is open: SQLite deletes it only when the last connection closes.
 *
 * After a failed flush the kernel may have dropped the pages it could not write, and a later flush that
 * succeeds would not bring them back: every later `synced()` rejects too, so nothing more is acknowledged
 * until ParcelCare restarts and SQLite recovers from what is really on disk.
 */
export class WalSync {
  private fd: number | undefined;
  /** The flush running now, if any. */
  private running: Promise<void> | undefined;
  /** Those who asked while a flush ran: they get the next one. */
  private next: Waiting | undefined;
  private failure: Error | undefined;
  private closed = false;

  constructor(
    private readonly walFile: string,
    private readonly flushFile: FlushFile = fs.fdatasync,
  ) {}

  /** Resolves once a flush of the WAL that began after this call has completed; rejects if one failed. */
  synced(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new StoreUnavailableError('the embedded store is closed'));
    if (!this.running) return this.start();
    // The running flush may have begun before the caller's commit: only the next one surely covers it.
    this.next ??= waiting();
    return this.next.promise;
  }

  /** The failure that stopped acknowledgements, if a flush failed (see the class comment). */
  get broken(): Error | undefined {
    return this.failure;
  }

  /** Flushes what is committed, waits for every flush asked for, then closes the file. */
  async close(): Promise<void> {
    await this.synced().catch(() => undefined);
    while (this.running) await this.running.catch(() => undefined);
    this.closed = true;
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private start(): Promise<void> {
    const flush = this.flush();
    this.running = flush;
    const then = (): void => {
      this.running = undefined;
      const next = this.next;
      this.next = undefined;
      if (!next) return;
      if (this.failure) next.reject(this.failure);
      else this.start().then(next.resolve, next.reject);
    };
    flush.then(then, then);
    return flush;
  }

  private async flush(): Promise<void> {
    try {
      this.fd ??= await new Promise<number>((resolve, reject) =>
        fs.open(this.walFile, 'r', (err, fd) => (err ? reject(err) : resolve(fd))),
      );
      const fd = this.fd;
      await new Promise<void>((resolve, reject) => this.flushFile(fd, (err) => (err ? reject(err) : resolve())));
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? String(err.code) : String(err);
      this.failure ??= new StoreUnavailableError(
        `could not sync the write-ahead log ${this.walFile} (${code}); what was committed since the last sync may not be on disk, so nothing more is acknowledged: restart ParcelCare`,
        { cause: err },
      );
      throw this.failure;
    }
  }
}
