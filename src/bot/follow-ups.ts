import type { Logger } from 'pino';
import type { SlaMonitor } from '../tickets';
import type { HandoffService } from './handoff';

/**
 * Runs the timed follow-ups every interval: the SLA monitor (warnings, breaches) and the satisfaction survey
 * (asking, closing unanswered). Each step is claimed in the store, so several processes act once.
 */
export class FollowUpScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly options: { sla: SlaMonitor; handoff: HandoffService; intervalMs: number; logger: Logger },
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  /** One round; a round still running is awaited rather than started twice. */
  runOnce(): Promise<void> {
    this.running ??= (async () => {
      try {
        const sla = await this.options.sla.runOnce();
        const surveys = await this.options.handoff.runSurveys();
        if (sla.warned + sla.breached + surveys.asked + surveys.closed > 0)
          this.options.logger.info({ ...sla, ...surveys }, 'follow-ups done');
      } catch (err) {
        this.options.logger.error({ err }, 'follow-up round failed');
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
