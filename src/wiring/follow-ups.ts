import { FollowUpScheduler, ProgressRound, type BotParts } from '../bot';
import { ProgressSchedule, SlaMonitor } from '../tickets';
import type { Wiring } from './wiring';

/** The timed follow-ups: SLA alerts and escalations, satisfaction surveys, progress updates, every SCHEDULER_INTERVAL. */
export function wireFollowUps({ config, store, clock, logger }: Wiring, bot: BotParts): FollowUpScheduler {
  const { handoff } = bot.services;
  return new FollowUpScheduler({
    sla: new SlaMonitor({ store, notifier: handoff, clock, owner: `parcelcare-${process.pid}-${Date.now()}` }),
    handoff,
    // Periodic progress updates (PROGRESS_UPDATE_HOURS) to customers of tickets that stay open.
    progress: new ProgressRound({
      schedule: new ProgressSchedule({ store, clock, everyMs: config.proactive.progressUpdateMs }),
      notifier: handoff.progress,
      timeZone: config.timeZone,
      logger,
    }),
    intervalMs: config.handoff.schedulerIntervalMs,
    logger,
  });
}
