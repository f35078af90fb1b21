import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChannelId, OutboxItem } from '../../store/records';
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
  leaseMs?: number;
  batchSize?: number;
  random?: () => number;
}

/**
 * Sends what the outbox holds: claims due items under a lease (so one process sends each), sends them,
 * and on failure schedules a retry with exponential backoff and jitter, up to a limit; then the item is
 * marked failed and surfaced. A restart resumes whatever is pending or whose claim lapsed.
 */
export class OutboxWorker {
  private readonly owner = `outbox-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly random: () => number;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.maxAttempts = options.maxAttempts ?? 6;
    this.baseDelayMs = options.baseDelayMs ?? 5_000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.random = options.random ?? Math.random;
  }

  /** The delay before attempt `attempts + 1`: base × 2^(attempts−1), capped, with ±50% jitter. */
  backoffMs(attempts: number): number {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(exponential * (0.5 + this.random()));
  }

  /** Claims and sends one batch of due items; resolves with how many were processed. */
  runOnce(): Promise<number> {
    this.running ??= this.sendBatch().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sendBatch(): Promise<number> {
    const now = this.options.now();
    const items = await this.options.store.outbox.claimDue({
      now: now.toISOString(),
      owner: this.owner,
      leaseMs: this.leaseMs,
      limit: this.batchSize,
    });
    // Nothing leaves before the claimed items, and the turns that queued them, are on disk: a crash must not
    // have sent a message whose cause the store then forgets (and will answer again on Twilio's retry).
    if (items.length > 0) await this.options.store.durable();
    for (const item of items) await this.sendOne(item);
    return items.length;
  }

  private async sendOne(item: OutboxItem): Promise<void> {
    const { store, senders, logger } = this.options;
    const sender = senders[item.channel];
    try {
      if (!sender) throw new PermanentSendError(`no sender is configured for ${item.channel}`);
      const { providerId } = await sender.send(item);
      await store.outbox.markSent(item.id, this.owner, providerId, this.options.now().toISOString());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = this.options.now();
      const final = err instanceof PermanentSendError || item.attempts >= this.maxAttempts;
      const next = final ? undefined : new Date(at.getTime() + this.backoffMs(item.attempts)).toISOString();
      await store.outbox.markFailed(item.id, this.owner, message, at.toISOString(), next);
      if (final) {
        logger.error(
          { outbox: item.id, channel: item.channel, attempts: item.attempts, err },
          'outbound message failed for good',
        );
        await this.options.onGiveUp?.(item, message);
      } else {
        logger.warn(
          { outbox: item.id, channel: item.channel, attempts: item.attempts, retryAt: next, err: message },
          'outbound message will be retried',
        );
      }
    }
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

  /** Runs a batch now (after enqueueing), without waiting for the next poll. */
  kick(): void {
    void this.runOnce().catch((err: unknown) => this.options.logger.error({ err }, 'outbox run failed'));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
