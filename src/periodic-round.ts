import type { Logger } from 'pino';

export interface PeriodicRoundOptions {
  /** Names the round in the log: "`name` round failed". */
  name: string;
  intervalMs: number;
  logger: Logger;
  /** One round of the work; what it claims in the store it claims under its own lease. */
  round: () => Promise<void>;
}

/**
 * Work run every interval (the follow-ups, the proactive checks). One round at a time per process: a round asked
 * for while one runs is that same round, awaited rather than started twice. A failed round is logged and the
 * next one runs on time. The timer never holds the process open, and `close()` stops it and waits for the round
 * in flight. Several processes act once because each round claims its items in the store (a lease).
 */
export class PeriodicRound {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: PeriodicRoundOptions) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Runs a round now (or joins the one running). Never rejects: a failure is logged. */
  runOnce(): Promise<void> {
    this.running ??= (async () => {
      try {
        await this.options.round();
      } catch (err) {
        this.options.logger.error({ err }, `${this.options.name} round failed`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
