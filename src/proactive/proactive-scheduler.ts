import type { Logger } from 'pino';
import { PeriodicRound } from '../periodic-round';

/** One timed round of proactive work (time-based anomalies, notices left unplanned); resolves with a summary. */
export type ProactiveRound = () => Promise<Record<string, number>>;

/**
 * Runs the proactive rounds every interval: the time-based anomaly checks and, after them, whatever else was
 * registered. A round still running is awaited rather than started twice; `close()` stops the timer.
 */
export class ProactiveScheduler extends PeriodicRound {
  constructor(options: { rounds: ProactiveRound[]; intervalMs: number; logger: Logger }) {
    super({
      name: 'proactive',
      intervalMs: options.intervalMs,
      logger: options.logger,
      round: async () => {
        for (const round of options.rounds) {
          const summary = await round();
          if (Object.values(summary).some((n) => n > 0)) options.logger.info(summary, 'proactive round done');
        }
      },
    });
  }
}
