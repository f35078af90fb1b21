import type { Logger } from 'pino';

/** One timed round of proactive work (time-based anomalies, notices left unplanned); resolves with a summary. */
export type ProactiveRound = () => Promise<Record<string, number>>;

/**
 * Runs the proactive rounds every interval: the time-based anomaly checks and, after them, whatever else was
 * registered. A round still running is awaited rather than started twice; `close()` stops the timer.
 */
export class ProactiveScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: { rounds: ProactiveRound[]; intervalMs: number; logger: Logger }) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  runOnce(): Promise<void> {
    this.running ??= (async () => {
      try {
        for (const round of this.options.rounds) {
          const summary = await round();
          if (Object.values(summary).some((n) => n > 0)) this.options.logger.info(summary, 'proactive round done');
        }
      } catch (err) {
        this.options.logger.error({ err }, 'proactive round failed');
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
