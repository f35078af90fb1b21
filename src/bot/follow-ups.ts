import type { Logger } from 'pino';
import { PeriodicRound } from '../periodic-round';
import type { SlaMonitor } from '../tickets';
import type { HandoffService } from './handoff';

/**
 * Runs the timed follow-ups every interval: the SLA monitor (warnings, breaches) and the satisfaction survey
 * (asking, closing unanswered). Each step is claimed in the store, so several processes act once.
 */
export class FollowUpScheduler extends PeriodicRound {
  constructor(options: { sla: SlaMonitor; handoff: HandoffService; intervalMs: number; logger: Logger }) {
    super({
      name: 'follow-up',
      intervalMs: options.intervalMs,
      logger: options.logger,
      round: async () => {
        const sla = await options.sla.runOnce();
        const surveys = await options.handoff.runSurveys();
        if (sla.warned + sla.breached + surveys.asked + surveys.closed > 0)
          options.logger.info({ ...sla, ...surveys }, 'follow-ups done');
      },
    });
  }
}
