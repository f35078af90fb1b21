import { EvidenceGuard, sameHostHttp } from './evidence-guard.middleware';
import type { BotAdapter, TurnContext } from 'botbuilder-core';
import type { Logger } from 'pino';
import type { Locale, Nlu } from '../nlu';
import type { Store } from '../store/store.port';
import {
  BusinessHours,
  ClaimService,
  DEFAULT_AGENT_ONLY,
  DEFAULT_SLA,
  SurveyService,
  TicketService,
  type AgentOnlyRule,
  type ClaimPolicy,
  type Clock,
  type SlaTargets,
} from '../tickets';
import { ClaimOpener } from '../proactive/claim-opener';
import { ClaimNews, type ClaimComposer } from '../proactive/claim-news';
import { TicketViews, type AgentDesk } from './agent-desk';
import { HandoffService, type AgentDisplayName } from './handoff';
import {
  DeliveryChangeService,
  Gazetteer,
  type FeeTables,
  type ShipmentLookup,
  type SupervisorChangeRule,
} from '../tracking';
import { normalize } from '../nlu/normalize';
import { tellDecision } from './delivery-change-words';
import { ComplaintBot } from './complaint-bot';
import { CustomerDirectory } from './customer-directory';
import type { KnowledgeBase } from './knowledge';
import { Replies } from './replies';
import { imageEvidence, type BotServices } from './services';
import { StoreBotStorage } from './store-bot-storage';
import { TextCheckedConversationState } from './conversation-state';
import { TranscriptMiddleware } from './transcript.middleware';
import { firstLocale } from './turn-reading';
import { ProgressNotifier, type ProgressComposer } from './progress-updates';

export { ComplaintBot } from './complaint-bot';
export { loadFeeTables, loadKnowledge, loadPlaces } from './knowledge';
export type { BotServices, ClaimStarter } from './services';
export { describeRequest } from './delivery-change-words';
export { StoreBotStorage } from './store-bot-storage';
export {
  TicketViews,
  CUSTOMER_CHANNELS,
  DESK_ALERT_KINDS,
  DELIVERY_CHANGE_EVENTS,
  latestCustomerConversation,
  type DeliveryChangeEvent,
  type AgentDesk,
  type CustomerMessage,
  type DeskAlert,
  type TicketView,
} from './agent-desk';
export { FollowUpScheduler } from './follow-ups';
export { ProgressNotifier, ProgressRound, type ProgressComposer, type ProgressMessage } from './progress-updates';
export { NoticeWriter, CHOICES_BY_KIND, choicesFor, type NoticeText } from './anomaly-notice';
export { Replies } from './replies';
export { markRedelivery } from './transcript.middleware';
export { cutToLimit } from './long-messages';
export { HandoffService, agentAuthor, type AgentAction, type AgentDisplayName, type ProactiveAdapter } from './handoff';

export interface BotOptions {
  store: Store;
  nlu: Nlu;
  shipments: ShipmentLookup;
  knowledge: KnowledgeBase;
  /** Each market's fee table (knowledge/<market>/fees.json): computed quotes; none means prices are only described. */
  fees?: FeeTables;
  /** The places of each region (knowledge/<region>/places.json); none means a route is priced only by its zones' own places. */
  places?: Gazetteer;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  sla?: SlaTargets;
  /** Where handed-off tickets are worked (Teams, the agent page); none means tickets wait in the store. */
  desks?: AgentDesk[];
  /** When agents work; always when unset. */
  hours?: BusinessHours;
  agentOnly?: readonly AgentOnlyRule[];
  /** How long after resolution the satisfaction survey goes out (default 1 hour). */
  surveyDelayMs?: number;
  /** How progress updates reach customers: through the outbox, in each channel's form, outside quiet hours. */
  progress: {
    composer: ProgressComposer;
    /** When updates may go out (QUIET_HOURS turned around); any time when unset. */
    sendingHours?: BusinessHours;
    /** The market's language, for customers whose language nobody knows (default zh-CN). */
    defaultLocale?: Locale;
    onEnqueued?: () => void;
  };
  /**
   * Whether an attachment URL is one of our own stored files (evidence); by default a web address on the host
   * the message came through.
   */
  isOwnFile?: (url: string, serviceUrl: string | undefined) => boolean;
  /** Whether an id names an agent (page account or Teams user); transfers go only to one. */
  agentExists?: (id: string) => boolean;
  /** How customers see agents named, by agent id (AGENT_DISPLAY_NAMES). */
  agentDisplayNames?: Readonly<Record<string, AgentDisplayName>>;
  /** Where customers may email what does not fit in a chat message; none when the courier takes no mail. */
  emailAddress?: string;
  /** The courier's name (COURIER_NAME): which courier names customers write are "us". */
  courierName?: string;
  /** Other names and networks customers call the courier by (COURIER_OTHER_NAMES): they are "us" too. */
  courierOtherNames?: readonly string[];
  /** Claim approvals above this amount need a supervisor (CLAIM_SUPERVISOR_AMOUNT; 500 CNY when unset). */
  claims?: ClaimPolicy;
  /** Change-delivery requests only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR); none when unset. */
  deliveryChangeSupervisor?: readonly SupervisorChangeRule[];
  /**
   * How customers hear of claims (opened, then each decision): each channel's form, and whether SMS is on (then the
   * waybill's phones are told too). Sent outside quiet hours, as progress updates are.
   */
  claimNews: { composer: ClaimComposer; sms: boolean };
}

export interface BotParts {
  bot: ComplaintBot;
  services: BotServices;
  transcript: TranscriptMiddleware;
  evidenceGuard: EvidenceGuard;
  /** Ticket views for the agent desks (the card's content). */
  views: TicketViews;
  /** Tells customers a claim opened and each of its later steps. */
  claimNews: ClaimNews;
  /** Run this on an adapter: `adapter.run(context => parts.run(context))` or via `installOn`. */
  run(context: TurnContext): Promise<void>;
}

/** Builds the bot and everything it needs from the store and the domain services. */
export function createBot(options: BotOptions): BotParts {
  const directory = new CustomerDirectory(options.store, options.clock, (context) =>
    firstLocale(context, options.nlu, options.clock),
  );
  const tickets = new TicketService(options.store, options.clock, options.sla);
  const replies = new Replies();
  const views = new TicketViews({
    store: options.store,
    tickets,
    shipments: options.shipments,
    nlu: options.nlu,
    clock: options.clock,
  });
  const sendingHours = options.progress.sendingHours ?? BusinessHours.parse('24/7', options.timeZone);
  const defaultLocale = options.progress.defaultLocale ?? 'zh-CN';
  const onEnqueued = options.progress.onEnqueued ? { onEnqueued: options.progress.onEnqueued } : {};
  const claimNews = new ClaimNews({
    store: options.store,
    composer: options.claimNews.composer,
    hours: sendingHours,
    sms: options.claimNews.sms,
    defaultLocale,
    findShipment: (trackingNumber) => options.shipments.find(trackingNumber),
    now: () => options.clock.now(),
    logger: options.logger,
    ...onEnqueued,
  });
  const handoff = new HandoffService({
    store: options.store,
    tickets,
    claimNews,
    claims: new ClaimService(
      options.store,
      options.clock,
      options.claims ?? { supervisorAmount: 500, currency: 'CNY' },
    ),
    survey: new SurveyService({
      store: options.store,
      clock: options.clock,
      delayMs: options.surveyDelayMs ?? 3_600_000,
      ...(options.sla ? { sla: options.sla } : {}),
    }),
    progress: new ProgressNotifier({
      store: options.store,
      composer: options.progress.composer,
      replies,
      sendingHours,
      defaultLocale,
      now: () => options.clock.now(),
      logger: options.logger,
      ...onEnqueued,
    }),
    desks: options.desks ?? [],
    hours: options.hours ?? BusinessHours.parse('24/7', options.timeZone),
    replies,
    clock: options.clock,
    logger: options.logger,
    timeZone: options.timeZone,
    ...(options.agentExists ? { agentExists: options.agentExists } : {}),
    ...(options.agentDisplayNames ? { displayNames: options.agentDisplayNames } : {}),
  });
  const deliveryChanges = new DeliveryChangeService({
    store: options.store,
    now: () => options.clock.now(),
    supervisorRules: options.deliveryChangeSupervisor ?? [],
    // Addresses and city names compared as the NLU reads them: Simplified, half-width, lower case.
    fold: (text) => normalize(text).text,
    // 九龍城 is in Hong Kong: a city of districts places an address that names only its district.
    cities: Object.values(options.places?.cities ?? {}),
  });
  // The customer hears the courier's decision in the conversation they asked in.
  deliveryChanges.onDecided((request) =>
    tellDecision({ store: options.store, progress: handoff.progress, replies }, request),
  );
  // A new request goes to the agents' desks, an escalated one to the supervisors', in the unit of work that recorded
  // it (a remote desk queues the call in the outbox).
  const desks = options.desks ?? [];
  deliveryChanges.onRecorded(async (request) => {
    for (const desk of desks) await desk.deliveryChange(request, 'requested');
  });
  deliveryChanges.onEscalated(async (request) => {
    for (const desk of desks) await desk.deliveryChange(request, 'escalated');
  });
  // Claims open on their tickets and go to the desks; index.ts adds the customers' notices.
  const claims = new ClaimOpener({
    store: options.store,
    sla: options.sla ?? DEFAULT_SLA,
    now: () => options.clock.now(),
    logger: options.logger,
    findShipment: (trackingNumber) => options.shipments.find(trackingNumber),
  });
  claims.onOpened(async ({ ticket }) => {
    await handoff.claimOpened(ticket);
  });
  const services: BotServices = {
    store: options.store,
    nlu: options.nlu,
    tickets,
    shipments: options.shipments,
    knowledge: options.knowledge,
    fees: options.fees ?? {},
    places: options.places ?? new Gazetteer({}),
    replies,
    clock: options.clock,
    directory,
    handoff,
    deliveryChanges,
    claims,
    agentOnly: options.agentOnly ?? DEFAULT_AGENT_ONLY,
    logger: options.logger,
    timeZone: options.timeZone,
    evidenceOf: imageEvidence,
    ...(options.emailAddress ? { emailAddress: options.emailAddress } : {}),
    ...(options.courierName ? { courierName: options.courierName } : {}),
    ...(options.courierOtherNames?.length ? { courierOtherNames: options.courierOtherNames } : {}),
  };
  const conversationState = new TextCheckedConversationState(new StoreBotStorage(options.store.botState));
  const bot = new ComplaintBot(services, conversationState);
  const transcript = new TranscriptMiddleware(options.store, directory, options.clock, options.logger);
  const evidenceGuard = new EvidenceGuard(options.isOwnFile ?? sameHostHttp);
  return { bot, services, transcript, evidenceGuard, views, claimNews, run: (context) => bot.run(context) };
}

/**
 * Installs the transcript middleware and the one error boundary of a turn on an adapter. A failed turn is
 * logged with its ids and rethrown to whoever started it: a channel answers its transport so that it retries
 * (SMTP 451, a 5xx to Twilio and to Direct Line) and the request's unit of work keeps none of the turn's writes
 * (`Store.unitOfWork`); an agent's proactive message fails back to the agent. Nobody is sent an apology for a
 * message their transport will deliver again.
 */
export function installOn(adapter: BotAdapter, parts: BotParts): void {
  // Foreign links are gone before the transcript keeps the message.
  adapter.use(parts.evidenceGuard);
  adapter.use(parts.transcript);
  adapter.onTurnError = async (context, error) => {
    parts.services.logger.error(
      {
        err: error,
        channel: context.activity.channelId,
        conversation: context.activity.conversation?.id,
        activity: context.activity.id,
      },
      'turn failed',
    );
    throw error;
  };
}
