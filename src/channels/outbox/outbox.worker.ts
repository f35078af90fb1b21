import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { OutboxItem } from '../../store/records';
import type { ChannelId } from '../../conversations/records';
import type { Store } from '../../store/store.port';

/** Sends one outbox item on its channel; resolves with the provider's id for the message. */
export interface OutboundSender {
  send(item: OutboxItem): Promise<{ providerId: string }>;
}

/** A failure that retrying cannot fix (opted-out number, invalid address): the item fails at once. */
export class PermanentSendError extends Error {
  readonly code = 'PERMANENT_SEND_FAILURE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentSendError';
  }
}

export interface OutboxWorkerOptions {
  store: Pick<Store, 'outbox' | 'durable'>;
  senders: Partial<Record<ChannelId, OutboundSender>>;
  now: () => Date;
  logger: Logger;
  /** Called when an item fails for good (after the last retry or a permanent error). */
  onGiveUp?: (item: OutboxItem, error: string) => Promise<void>;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long the claim on one item lasts. Must exceed `sendTimeoutMs`. */
  leaseMs?: number;
  /**
   * How long a lane waits for one send before it moves on to the next item. The send's outcome is still recorded
   * when it comes; until then the item stays claimed, and it is retried only once its lease lapses.
   */
  sendTimeoutMs?: number;
  /** Items one run sends at most. */
  batchSize?: number;
  /** Sends in flight at once (each on an item of its own). */
  concurrency?: number;
  random?: () => number;
}

/** The defaults, in one place so that docs/channels.md and the senders' timeouts can be checked against them. */
export const OUTBOX_DEFAULTS = {
  maxAttempts: 10,
  baseDelayMs: 5_000,
  maxDelayMs: 15 * 60_000,
  leaseMs: 60_000,
  sendTimeoutMs: 30_000,
  batchSize: 50,
  concurrency: 4,
} as const;

/**
 * Sends what the outbox holds. Each item is claimed on its own, right before it is sent, so items waiting their
 * turn stay free for other workers, and a claim is never older than the send it covers. A send that outlasts
 * `sendTimeoutMs` (the senders' own timeouts are shorter) keeps its claim while the lane moves on, and its
 * outcome is recorded when it comes: the item is sent again only if that takes longer than the whole lease.
 * A failure schedules a retry with exponential backoff and jitter, up to a limit; then the item is marked
 * failed and surfaced. Each item's outcome is recorded alone: a lost claim or a store error on one item never
 * stops the others. A restart resumes whatever is pending or whose claim lapsed.
 */
export class OutboxWorker {
  private readonly owner = `outbox-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private kickedWhileRunning = false;
  /**
   * Runs a function in the context the worker was made in (start-up), not the caller's: a request that kicks the
   * worker after queueing its reply is inside its unit of work (`Store.unitOfWork`), and a run started there would
   * claim and send the reply inside the request's uncommitted writes — sent even if the request then fails and
   * they are rolled back. Outside it, the run waits until the request's writes are committed.
   */
  private readonly outsideRequests = AsyncLocalStorage.snapshot();
  private closed = false;
  /** Sends that outlasted `sendTimeoutMs`, whose outcome is still to be recorded. */
  private readonly overrunning = new Set<Promise<void>>();
  private readonly settings: Required<Omit<OutboxWorkerOptions, 'store' | 'senders' | 'now' | 'logger' | 'onGiveUp'>>;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.settings = {
      maxAttempts: options.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts,
      baseDelayMs: options.baseDelayMs ?? OUTBOX_DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? OUTBOX_DEFAULTS.maxDelayMs,
      leaseMs: options.leaseMs ?? OUTBOX_DEFAULTS.leaseMs,
      sendTimeoutMs: options.sendTimeoutMs ?? OUTBOX_DEFAULTS.sendTimeoutMs,
      batchSize: options.batchSize ?? OUTBOX_DEFAULTS.batchSize,
      concurrency: options.concurrency ?? OUTBOX_DEFAULTS.concurrency,
      random: options.random ?? Math.random,
    };
    if (this.settings.sendTimeoutMs >= this.settings.leaseMs)
      throw new RangeError(
        `the outbox lease (${this.settings.leaseMs} ms) must outlast the send timeout (${this.settings.sendTimeoutMs} ms)`,
      );
  }

  /** The delay before attempt `attempts + 1`: base × 2^(attempts−1), capped, with ±50% jitter. */
  backoffMs(attempts: number): number {
    const { baseDelayMs, maxDelayMs, random } = this.settings;
    const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(exponential * (0.5 + random()));
  }

  /** Claims and sends due items until none is left or `batchSize` were processed; resolves with how many. */
  runOnce(): Promise<number> {
    this.running ??= this.sendDue().finally(() => {
      this.running = undefined;
      if (this.kickedWhileRunning && !this.closed) {
        this.kickedWhileRunning = false;
        this.kick();
      }
    });
    return this.running;
  }

  private async sendDue(): Promise<number> {
    let taken = 0;
    const lane = async (): Promise<void> => {
      while (taken < this.settings.batchSize && !this.closed) {
        taken += 1; // counted before the claim resolves, so lanes together never exceed the batch
        const item = await this.claimNext();
        if (!item) {
          taken -= 1;
          return;
        }
        await this.sendOne(item);
      }
    };
    await Promise.all(Array.from({ length: this.settings.concurrency }, lane));
    return taken;
  }

  private async claimNext(): Promise<OutboxItem | undefined> {
    const { store } = this.options;
    const [item] = await store.outbox.claimDue({
      now: this.options.now().toISOString(),
      owner: this.owner,
      leaseMs: this.settings.leaseMs,
      limit: 1,
    });
    // Nothing leaves before the claim, and the turn that queued the item, are on disk: a crash must not have
    // sent a message whose cause the store then forgets (and will answer again on the transport's retry).
    if (item) await store.durable();
    return item;
  }

  private async sendOne(item: OutboxItem): Promise<void> {
    const sender = this.options.senders[item.channel];
    const outcome = Promise.resolve()
      .then(() => {
        if (!sender) throw new PermanentSendError(`no sender is configured for ${item.channel}`);
        return sender.send(item);
      })
      .then(
        ({ providerId }) => this.sent(item, providerId),
        (err: unknown) => this.failed(item, err),
      );
    if (await this.settlesWithin(outcome, this.settings.sendTimeoutMs)) return;
    this.overrunning.add(outcome);
    void outcome.finally(() => this.overrunning.delete(outcome));
    this.options.logger.warn(
      { outbox: item.id, channel: item.channel, waitedMs: this.settings.sendTimeoutMs },
      'no answer from the provider yet; the item stays claimed until the answer or the end of its lease',
    );
  }

  private async sent(item: OutboxItem, providerId: string): Promise<void> {
    try {
      await this.options.store.outbox.markSent(item.id, this.owner, providerId, this.options.now().toISOString());
    } catch (err) {
      // The message went out; if this record is lost the item is sent again once its claim lapses.
      this.options.logger.error({ outbox: item.id, channel: item.channel, providerId, err }, 'could not record a send');
    }
  }

  private async failed(item: OutboxItem, err: unknown): Promise<void> {
    const { store, logger } = this.options;
    const message = err instanceof Error ? err.message : String(err);
    const at = this.options.now();
    const final = err instanceof PermanentSendError || item.attempts >= this.settings.maxAttempts;
    const next = final ? undefined : new Date(at.getTime() + this.backoffMs(item.attempts)).toISOString();
    const where = { outbox: item.id, channel: item.channel, attempts: item.attempts };
    try {
      await store.outbox.markFailed(item.id, this.owner, message, at.toISOString(), next);
    } catch (markErr) {
      // Most often the claim lapsed and another worker holds the item now: its outcome is theirs to record.
      logger.warn({ ...where, err: markErr, sendError: message }, 'could not record a failed send');
      return;
    }
    if (!final) {
      logger.warn({ ...where, retryAt: next, err: message }, 'outbound message will be retried');
      return;
    }
    logger.error({ ...where, err }, 'outbound message failed for good');
    await this.options
      .onGiveUp?.(item, message)
      .catch((giveUpErr: unknown) =>
        logger.error({ ...where, err: giveUpErr }, 'could not report a message that failed for good'),
      );
  }

  /** True when `work` settled within `ms`; it goes on either way. */
  private async settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    const result = await Promise.race([work.then(() => true as const), late]);
    clearTimeout(timer);
    return result;
  }

  /** Polls for due items every `intervalMs` until closed. */
  start(intervalMs = 1_000): void {
    const tick = (): void => {
      this.runOnce()
        .catch((err: unknown) => this.options.logger.error({ err }, 'outbox run failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Runs now (after enqueueing), without waiting for the next poll; a run in progress goes round once more. */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.kickedWhileRunning = true;
      return;
    }
    this.outsideRequests(() =>
      this.runOnce().catch((err: unknown) => this.options.logger.error({ err }, 'outbox run failed')),
    );
  }

  /**
   * Stops polling and waits for the sends in flight, and for up to `sendTimeoutMs` for those that overran (an
   * answer still missing then is not recorded: the item is sent again after its lease).
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await this.settlesWithin(
      Promise.all(this.overrunning).then(() => undefined),
      this.settings.sendTimeoutMs,
    );
  }
}
