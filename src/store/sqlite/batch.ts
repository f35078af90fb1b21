/** A unit of work (a request, an inbound mail, an agent's turn) as the group commit sees it. */
export interface Unit {
  /** Every batch the unit has written into. */
  readonly batches: Set<Batch>;
  /**
   * The unit's work has settled. Work it started and left running (e.g. a background worker it woke up)
   * inherits its async context but is no part of it from then on.
   */
  finished: boolean;
}

/**
 * One transaction of the group commit. It stays open while a unit that wrote into it is still working (up to
 * a limit), so that a unit awaiting I/O between its writes keeps them in one transaction.
 */
export class Batch {
  /** Settles when the batch is committed (resolves) or rolled back (rejects). */
  readonly done: Promise<void>;
  /** Units that wrote into this batch and have not finished. */
  readonly holders = new Set<Unit>();
  readonly openedAt = Date.now();
  /** The turn of the event loop that opened the batch is over: it commits as soon as nobody holds it. */
  due = false;
  /** Commits the batch when it has been held for too long. */
  deadline: NodeJS.Timeout | undefined;
  private resolve!: () => void;
  private reject!: (err: Error) => void;

  /**
   * @param outside the batch holds writes made outside any unit of work (a background worker, start-up), which
   * nobody would hear of if they were rolled back; a batch holds either those or units' writes, never both.
   */
  constructor(readonly outside: boolean) {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Nobody may be waiting on a batch that fails; its units hear of it when they ask for durability.
    this.done.catch(() => undefined);
  }

  settle(failure?: Error): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.holders.clear();
    if (failure) this.reject(failure);
    else this.resolve();
  }
}
