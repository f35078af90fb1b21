import path from 'node:path';
import { createBot, loadFeeTables, loadKnowledge, loadPlaces, type BotParts } from '../bot';
import { ChannelProgressComposer } from '../channels/progress-delivery';
import { Nlu } from '../nlu';
import { BusinessHours } from '../tickets';
import type { AgentDesksWiring } from './agent-desks';
import type { EvidenceWiring } from './evidence';
import type { TrackingWiring } from './tracking';
import { marketLocale, noticeComposer } from './proactive';
import type { Wiring } from './wiring';

/** The knowledge files shipped with ParcelCare (the repository's `knowledge/`). */
export const DEFAULT_KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'knowledge');

/** The one bot every channel runs: NLU, knowledge, tickets, hand-off to the desks. */
export function wireBot(
  wiring: Wiring,
  parts: { tracking: TrackingWiring; desks: AgentDesksWiring; evidence: EvidenceWiring },
): BotParts {
  const { config, store, clock, logger, kickOutbox } = wiring;
  return createBot({
    isOwnFile: parts.evidence.isOwnFile,
    agentExists: parts.desks.agentExists,
    agentDisplayNames: config.agentDisplayNames,
    store,
    nlu: new Nlu({ defaultRegion: config.defaultPhoneRegion, timeZone: config.timeZone }),
    shipments: parts.tracking.shipments,
    knowledge: loadKnowledge(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, config.markets, config.courierName),
    fees: loadFeeTables(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, config.markets),
    places: loadPlaces(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR),
    clock,
    logger,
    timeZone: config.timeZone,
    sla: config.handoff.sla,
    desks: parts.desks.all,
    hours: BusinessHours.parse(config.handoff.businessHours, config.timeZone),
    agentOnly: config.handoff.agentOnly,
    surveyDelayMs: config.handoff.surveyDelayMs,
    // Progress updates go through the outbox like notices, and wait out the quiet hours like them.
    progress: {
      composer: new ChannelProgressComposer(config.courierName),
      sendingHours: BusinessHours.parse(config.proactive.noticeHours, config.timeZone),
      defaultLocale: marketLocale(config.markets[0] ?? 'CN'),
      onEnqueued: kickOutbox,
    },
    ...(config.email.customerAddress ? { emailAddress: config.email.customerAddress } : {}),
    courierName: config.courierName,
    courierOtherNames: config.courierOtherNames,
    claims: config.claims,
    deliveryChangeSupervisor: config.deliveryChangeSupervisor,
    claimNews: { composer: noticeComposer(wiring), sms: Boolean(config.twilio) },
  });
}
