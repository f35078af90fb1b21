import { FollowUpScheduler, type BotParts } from '../bot';
import { SlaMonitor } from '../tickets';
import type { Wiring } from './wiring';

/** The timed follow-ups: SLA alerts and escalations, satisfaction surveys, every SCHEDULER_INTERVAL. */
export function wireFollowUps({ config, store, clock, logger }: Wiring, bot: BotParts): FollowUpScheduler {
  const { handoff } = bot.services;
  return new FollowUpScheduler({
    sla: new SlaMonitor({ store, notifier: handoff, clock, owner: `parcelcare-${process.pid}-${Date.now()}` }),
    handoff,
    intervalMs: config.handoff.schedulerIntervalMs,
    logger,
  });
}
