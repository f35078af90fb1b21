import { NoticeWriter, Replies, type BotParts } from '../bot';
import { ChannelNoticeComposer } from '../channels/notice-delivery';
import type { Locale } from '../conversations/records';
import { NoticePlanner, ProactiveScheduler } from '../proactive';
import { BusinessHours } from '../tickets';
import type { TrackingWiring } from './tracking';
import type { Wiring } from './wiring';

/** The language of a market's customers when nothing else tells it. */
export const marketLocale = (market: string): Locale =>
  market === 'CN' ? 'zh-CN' : ['TW', 'HK', 'MO'].includes(market) ? 'zh-TW' : 'en';

/** Notices and claim messages in each channel's form, worded by the bot's notice writer. */
export function noticeComposer({ config, clock }: Pick<Wiring, 'config' | 'clock'>): ChannelNoticeComposer {
  return new ChannelNoticeComposer(
    new NoticeWriter({
      replies: new Replies(),
      timeZone: config.timeZone,
      table: config.proactive.anomalyTable,
      now: () => clock.now(),
    }),
    config.courierName,
  );
}

/**
 * Proactive notices: each new anomaly's notices are planned in the same unit of work that recorded it and
 * queued in the outbox; a scheduler looks for time anomalies (no scan, past the promised day, stuck at a hub)
 * and sends notices left over by quiet hours or the daily cap. A level-1 anomaly (loss, damage) opens the parcel's
 * pre-compensation claim right after its notices, and the claim's own notice follows each of them; the scheduler
 * opens any claim a stopped process or an import left.
 */
export function wireProactive(
  { config, clock, logger, store, kickOutbox }: Wiring,
  tracking: TrackingWiring,
  bot: BotParts,
): ProactiveScheduler {
  const { claims } = bot.services;
  const { anomalyWatch, shipments } = tracking;
  const notices = new NoticePlanner({
    store,
    composer: noticeComposer({ config, clock }),
    hours: BusinessHours.parse(config.proactive.noticeHours, config.timeZone),
    timeZone: config.timeZone,
    dailyCap: config.proactive.dailyCapPerParcel,
    sms: Boolean(config.twilio),
    defaultLocale: marketLocale(config.markets[0] ?? 'CN'),
    now: () => clock.now(),
    logger,
    onEnqueued: () => kickOutbox(),
  });
  anomalyWatch.onDetected(async (anomaly, shipment) => {
    await notices.plan(anomaly, shipment);
    await claims.forAnomaly(anomaly, shipment);
  });
  claims.onOpened(async ({ ticket, claim }, shipment) => {
    if (!shipment) return;
    // Each customer hears of the claim right after the anomaly's own notice to them.
    const after = new Map<string, string>();
    if (claim.anomalyId)
      for (const notice of await store.notices.listByAnomaly(claim.anomalyId))
        after.set(notice.recipient, notice.dueAt);
    await bot.claimNews.announce(claim, ticket, shipment, after);
  });
  return new ProactiveScheduler({
    rounds: [
      async () => ({
        timeAnomalies: (
          await anomalyWatch.checkDue((n) => shipments.find(n), { owner: `parcelcare-${process.pid}-${Date.now()}` })
        ).length,
      }),
      async () => ({ leftOverNotices: await notices.planLeftOver((n) => shipments.find(n)) }),
      async () => ({ claimsOpened: await claims.openDue() }),
    ],
    intervalMs: config.handoff.schedulerIntervalMs,
    logger,
  });
}
