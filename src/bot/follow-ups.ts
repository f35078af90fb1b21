import type { Logger } from 'pino';
import { PeriodicRound } from '../periodic-round';
import type { SlaMonitor } from '../tickets';
import type { HandoffService } from './handoff';
import type { ProgressRound } from './progress-updates';

/**
 * Runs the timed follow-ups every interval: the SLA monitor (warnings, breaches), the satisfaction survey
 * (asking, closing unanswered) and the periodic progress updates. Each step is claimed in the store (a lease, a
 * ticket's version, an outbox key), so several processes act once.
 */
export class FollowUpScheduler extends PeriodicRound {
  constructor(options: {
    sla: SlaMonitor;
    handoff: HandoffService;
    progress?: ProgressRound;
    intervalMs: number;
    logger: Logger;
  }) {
    super({
      name: 'follow-up',
      intervalMs: options.intervalMs,
      logger: options.logger,
      round: async () => {
        const sla = await options.sla.runOnce();
        const surveys = await options.handoff.runSurveys();
        const progress = (await options.progress?.runOnce()) ?? { progressUpdates: 0 };
        if (sla.warned + sla.breached + surveys.asked + surveys.closed + progress.progressUpdates > 0)
          options.logger.info({ ...sla, ...surveys, ...progress }, 'follow-ups done');
      },
    });
  }
}
