import path from 'node:path';
import { createBot, FollowUpScheduler, installOn, loadKnowledge, NoticeWriter, Replies, type AgentDesk } from './bot';
import { AgentCredentials } from './channels/agentdesk/agent-credentials';
import { AgentPageApi, AgentPageDesk } from './channels/agentdesk/agent-page';
import { AgentSignIn } from './channels/agentdesk/agent-sign-in';
import { createTeamsAdapter } from './channels/teams/teams.adapter';
import { TeamsAgentBot } from './channels/teams/teams.agent-bot';
import { TeamsDesk } from './channels/teams/teams.desk';
import { createTeamsEndpoint, type TeamsEndpoint } from './channels/teams/teams.endpoint';
import { DirectLineConversations } from './channels/webchat/directline.conversations';
import { DirectLineService } from './channels/webchat/directline.service';
import { DirectLineTokens } from './channels/webchat/directline.tokens';
import { UploadStore } from './channels/webchat/uploads';
import { WebChatAdapter } from './channels/webchat/webchat.adapter';
import type { Config } from './config';
import type { Logger } from './logger';
import { Nlu } from './nlu';
import { DeskSender, OutboxDesk } from './channels/outbox/desk-outbox';
import { OutboxWorker, type OutboundSender } from './channels/outbox/outbox.worker';
import fs from 'node:fs';
import { EmailAdapter } from './channels/email/email.adapter';
import { EmailChannel } from './channels/email/email.channel';
import { createMailTransport, NodemailerEmailSender } from './channels/email/nodemailer.sender';
import { SmtpInbound } from './channels/email/smtp.inbound';
import { SmsAdapter } from './channels/sms/sms.adapter';
import { SmsWebhook } from './channels/sms/sms.webhook';
import { createTwilioClient, TwilioSmsSender } from './channels/sms/twilio.sender';
import { createHttpApp } from './server';
import { bindListeners, checkBeforeWriting, StartingHttpServer, type Listener } from './startup-checks';
import { answerClientError } from './http-client-error';
import { openStore, type Store } from './store';
import { BusinessHours, KpiService, SlaMonitor, systemClock, TicketService, type Clock } from './tickets';
import { MetricsApi } from './channels/api/metrics.api';
import type { ChannelId, Locale } from './conversations/records';
import { demoShipments, EmbeddedShipmentLookup, HttpShipmentLookup } from './tracking';
import { AnomalyWatch, NoticePlanner, ProactiveScheduler, WatchedShipmentLookup } from './proactive';
import { ChannelNoticeComposer, OptOutGuardedSmsSender, WebChatNoticeSender } from './channels/notice-delivery';

/** A running ParcelCare: its address, its store, and how to stop it. */
export interface RunningParcelCare {
  url: string;
  /** The port inbound mail is accepted on, when EMAIL_DOMAINS is set. */
  smtpPort?: number;
  store: Store;
  /** Runs one round of the timed follow-ups (SLA alerts, surveys) now, as the scheduler does every interval. */
  runFollowUps(): Promise<void>;
  /** Web chat conversations held in memory, and the sweep that drops the idle ones (as its timer does). */
  webchat: Pick<DirectLineConversations, 'liveCount' | 'evictIdle'>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/** The knowledge files shipped with ParcelCare (the repository's `knowledge/`). */
export const DEFAULT_KNOWLEDGE_DIR = path.join(__dirname, '..', 'knowledge');

const sameHost = (url: string, base: string): boolean => {
  try {
    return new URL(url).host === new URL(base).host;
  } catch {
    return false;
  }
};

/** The language of a market's customers when nothing else tells it. */
const marketLocale = (market: string): Locale =>
  market === 'CN' ? 'zh-CN' : ['TW', 'HK', 'MO'].includes(market) ? 'zh-TW' : 'en';

/** Loads the demo shipments into an empty embedded store, so a fresh `npm start` has parcels to ask about. */
async function loadDemoData(store: Store, clock: Clock, logger: Logger): Promise<void> {
  if (store.kind !== 'sqlite' || (await store.shipments.count()) > 0) return;
  const shipments = demoShipments(clock.now());
  for (const shipment of shipments) await store.shipments.upsert(shipment);
  logger.info({ trackingNumbers: shipments.map((s) => s.trackingNumber) }, 'demo shipments loaded');
}

/**
 * The composition root: the only place that builds every part and wires them together.
 */
export async function startParcelCare(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<RunningParcelCare> {
  // Start-up order (startup-checks.ts): nothing is written until DATA_DIR is known to be usable and both ports
  // are bound; the listeners answer "starting" (HTTP 503, SMTP 421) until everything behind them is ready.
  checkBeforeWriting(config);
  const web = new StartingHttpServer(config.host, config.port);
  const smtp =
    config.email.domains.length > 0
      ? new SmtpInbound({
          host: config.email.smtpHost,
          port: config.email.smtpPort,
          domains: config.email.domains,
          limits: config.email.limits,
          ...(config.email.tls
            ? {
                tls: {
                  key: fs.readFileSync(config.email.tls.keyFile),
                  cert: fs.readFileSync(config.email.tls.certFile),
                },
              }
            : {}),
          logger,
        })
      : undefined;
  const listeners: Listener[] = [web];
  if (smtp)
    listeners.push({
      portVariable: 'SMTP_PORT',
      hostVariable: 'SMTP_HOST',
      host: config.email.smtpHost,
      port: config.email.smtpPort,
      listen: () => smtp.listen(),
      close: () => smtp.close(),
    });
  const [port, smtpPort] = await bindListeners(listeners);
  const closeListeners = () => Promise.all(listeners.map((listener) => listener.close()));
  let store: Store;
  try {
    store = await openStore({
      dataDir: config.dataDir,
      mongodbUri: config.mongodbUri,
      timeZone: config.timeZone,
      sqliteSynchronous: config.sqliteSynchronous,
      sqliteQuickCheck: config.sqliteQuickCheck,
    });
  } catch (err) {
    await closeListeners();
    throw err;
  }
  try {
    if (config.demoData) await loadDemoData(store, clock, logger);
    const knowledge = loadKnowledge(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, config.markets);
    // Every scan that comes in is looked at for anomalies: pushed ones (events API), imported ones (the import
    // command) and the tracking provider's (each lookup).
    const anomalyWatch = new AnomalyWatch({
      store,
      table: config.proactive.anomalyTable,
      timeZone: config.timeZone,
      now: () => clock.now(),
      logger,
    });
    const shipments = config.trackingApi
      ? new WatchedShipmentLookup(
          new HttpShipmentLookup(
            config.trackingApi.url,
            config.trackingApi.apiKey ? { apiKey: config.trackingApi.apiKey } : {},
          ),
          anomalyWatch,
        )
      : new EmbeddedShipmentLookup(store.shipments);
    // Agent desks: the built-in page always (it only keeps a feed in memory), Teams when its channel is configured.
    // Teams is reached through the outbox: a hand-off never waits on it, and Teams being down delays the card.
    const pageDesk = new AgentPageDesk(clock);
    const desks: AgentDesk[] = [pageDesk];
    if (config.teams)
      desks.push(
        new OutboxDesk({
          desk: 'teams',
          channel: 'msteams',
          outbox: store.outbox,
          now: () => clock.now(),
          onEnqueued: () => outbox.kick(),
        }),
      );
    // Transfers go only to agents someone configured: page accounts and the listed Teams users.
    const agentIds = new Set([
      ...(config.agentUsers ?? []).map((a) => a.name),
      ...(config.teams ? [...config.teams.supervisors, ...config.teams.agents] : []),
    ]);
    // Evidence is only ever a file we stored (web chat photos, MMS pictures, mail attachments), at our address.
    const evidenceFiles = new UploadStore(path.join(config.dataDir, 'uploads'), 0);
    const bot = createBot({
      isOwnFile: (url, serviceUrl) =>
        evidenceFiles.isStoredUpload(url) &&
        [config.publicUrl, serviceUrl].some((base) => base !== undefined && sameHost(url, base)),
      agentExists: (id) => agentIds.has(id),
      agentDisplayNames: config.agentDisplayNames,
      store,
      nlu: new Nlu({ defaultRegion: config.defaultPhoneRegion, timeZone: config.timeZone }),
      shipments,
      knowledge,
      clock,
      logger,
      timeZone: config.timeZone,
      sla: config.handoff.sla,
      desks,
      hours: BusinessHours.parse(config.handoff.businessHours, config.timeZone),
      agentOnly: config.handoff.agentOnly,
      surveyDelayMs: config.handoff.surveyDelayMs,
      ...(config.email.customerAddress ? { emailAddress: config.email.customerAddress } : {}),
    });
    const { handoff } = bot.services;

    const conversations = new DirectLineConversations({
      store,
      maxHistory: 500,
      postsPerMinute: config.webchat.messagesPerMinute,
      pollMs: 1000,
      idleMs: config.webchat.idleMs,
      now: () => clock.now().getTime(),
      logger,
    });
    const webchat = new WebChatAdapter(conversations);
    installOn(webchat, bot);
    handoff.connect('webchat', webchat);
    const uploads = new UploadStore(path.join(config.dataDir, 'uploads'), config.webchat.maxUploadBytes);
    const directLine = new DirectLineService({
      adapter: webchat,
      conversations,
      tokens: new DirectLineTokens(config.webchat.tokenSecret),
      uploads,
      messages: store.messages,
      logic: bot.run,
      logger,
      ...(config.webchat.secret ? { secret: config.webchat.secret } : {}),
      maxMessageChars: config.webchat.maxMessageChars,
    });

    // Outbound SMS, email and Teams desk calls wait in the outbox until a sender takes them.
    const senders: Partial<Record<ChannelId, OutboundSender>> = {};
    const teamsAdapter = config.teams ? createTeamsAdapter(config.teams) : undefined;
    if (config.teams && teamsAdapter) {
      const teamsDesk = new TeamsDesk({
        adapter: teamsAdapter,
        // botbuilder needs a non-empty app id to open threads, even anonymously (PROTOCOLS.md §4).
        appId: config.teams.appId || 'parcelcare-local',
        serviceUrl: config.teams.serviceUrl,
        agentsChannelId: config.teams.agentsChannelId,
        ...(config.teams.supervisorsChannelId ? { supervisorsChannelId: config.teams.supervisorsChannelId } : {}),
        ...(config.teams.tenantId ? { tenantId: config.teams.tenantId } : {}),
        tickets: new TicketService(store, clock, config.handoff.sla),
        views: bot.views,
        store,
        clock,
        logger,
        timeZone: config.timeZone,
      });
      senders.msteams = new DeskSender(teamsDesk, store.tickets);
    }
    if (config.twilio) {
      const twilio = new TwilioSmsSender({
        client: createTwilioClient(config.twilio.accountSid, config.twilio.authToken, {
          ...(config.twilio.apiBaseUrl ? { apiBaseUrl: config.twilio.apiBaseUrl } : {}),
        }),
        ...(config.twilio.from ? { from: config.twilio.from } : {}),
        ...(config.twilio.messagingServiceSid ? { messagingServiceSid: config.twilio.messagingServiceSid } : {}),
        statusCallback: `${config.publicUrl}/api/sms/twilio/status`,
      });
      senders.sms = new OptOutGuardedSmsSender(twilio, store.customers);
    }
    senders.webchat = new WebChatNoticeSender(webchat, store.conversations);
    if (config.email.relayUrl && config.email.from) {
      senders.email = new NodemailerEmailSender(createMailTransport(config.email.relayUrl), config.email.from);
    }
    const { tickets } = bot.services;
    const outbox = new OutboxWorker({
      store,
      senders,
      now: () => clock.now(),
      logger,
      onGiveUp: async (item, error) => {
        if (item.ticketId)
          await tickets.addNote(
            item.ticketId,
            'system',
            'outbound message failed',
            `${item.channel} to ${item.to}: ${error}`,
          );
      },
    });
    // Each new anomaly's notices are planned in the same unit of work that recorded it, and queued in the outbox.
    const notices = new NoticePlanner({
      store,
      composer: new ChannelNoticeComposer(
        new NoticeWriter({
          replies: new Replies(),
          timeZone: config.timeZone,
          table: config.proactive.anomalyTable,
          now: () => clock.now(),
        }),
        config.courierName,
      ),
      hours: BusinessHours.parse(config.proactive.noticeHours, config.timeZone),
      timeZone: config.timeZone,
      dailyCap: config.proactive.dailyCapPerParcel,
      sms: Boolean(config.twilio),
      defaultLocale: marketLocale(config.markets[0] ?? 'CN'),
      now: () => clock.now(),
      logger,
      onEnqueued: () => outbox.kick(),
    });
    anomalyWatch.onDetected(async (anomaly, shipment) => {
      await notices.plan(anomaly, shipment);
    });
    const sms = new SmsAdapter({
      outbox: store.outbox,
      customers: store.customers,
      turnCustomer: (context) => bot.services.directory.known(context)?.customer,
      conversations: store.conversations,
      now: () => clock.now(),
      logger,
      onEnqueued: () => outbox.kick(),
    });
    installOn(sms, bot);
    handoff.connect('sms', sms);
    const smsWebhook = new SmsWebhook({
      ...(config.twilio ? { accountSid: config.twilio.accountSid, authToken: config.twilio.authToken } : {}),
      publicUrl: config.publicUrl,
      adapter: sms,
      logic: bot.run,
      store,
      uploads,
      logger,
      now: () => clock.now(),
    });

    const email = new EmailAdapter({
      outbox: store.outbox,
      conversations: store.conversations,
      tickets: store.tickets,
      now: () => clock.now(),
      courierName: config.courierName,
      onEnqueued: () => outbox.kick(),
    });
    installOn(email, bot);
    handoff.connect('email', email);
    const emailChannel = new EmailChannel({
      adapter: email,
      messages: store.messages,
      logic: bot.run,
      uploads: new UploadStore(path.join(config.dataDir, 'uploads'), config.email.limits.maxAttachmentBytes),
      publicUrl: config.publicUrl,
      logger,
      store,
    });
    const followUps = new FollowUpScheduler({
      sla: new SlaMonitor({ store, notifier: handoff, clock, owner: `parcelcare-${process.pid}-${Date.now()}` }),
      handoff,
      intervalMs: config.handoff.schedulerIntervalMs,
      logger,
    });
    const proactive = new ProactiveScheduler({
      rounds: [
        async () => ({
          timeAnomalies: (
            await anomalyWatch.checkDue((n) => shipments.find(n), { owner: `parcelcare-${process.pid}-${Date.now()}` })
          ).length,
        }),
        async () => ({ leftOverNotices: await notices.planLeftOver((n) => shipments.find(n)) }),
      ],
      intervalMs: config.handoff.schedulerIntervalMs,
      logger,
    });
    let teamsEndpoint: TeamsEndpoint | undefined;
    if (teamsAdapter && config.teams) {
      const teamsBot = new TeamsAgentBot({
        handoff,
        views: bot.views,
        store,
        supervisors: config.teams.supervisors,
        logger,
        timeZone: config.timeZone,
      });
      // Inbound agent turns are answered by the endpoint; a proactive post (a card, an alert) fails to its caller.
      teamsAdapter.onTurnError = async (context, error) => {
        logger.error({ err: error, conversation: context.activity.conversation?.id }, 'Teams turn failed');
        throw error;
      };
      teamsEndpoint = createTeamsEndpoint(teamsAdapter, teamsBot, store, logger);
    }

    let publicUrl = config.publicUrl;
    const app = createHttpApp({
      agentPage: {
        api: new AgentPageApi({
          store,
          handoff,
          views: bot.views,
          desk: pageDesk,
          clock,
          timeZone: config.timeZone,
        }),
        ...(config.agentUsers
          ? {
              signIn: new AgentSignIn({
                credentials: new AgentCredentials(config.agentUsers),
                idleMs: config.agentSessionIdleMs,
                logger,
              }),
            }
          : {}),
      },
      ...(teamsEndpoint ? { teams: teamsEndpoint } : {}),
      metrics: new MetricsApi({
        kpis: new KpiService(store.metrics, clock, config.timeZone),
        metrics: store.metrics,
        clock,
        timeZone: config.timeZone,
      }),
      smsWebhook,
      store,
      logger,
      directLine,
      uploads,
      publicUrl: () => publicUrl,
      ...(config.shipmentsApiKey ? { shipmentsApiKey: config.shipmentsApiKey } : {}),
      onScanned: async (shipment, scans) => {
        await anomalyWatch.scanned(shipment, scans, 'api');
      },
      now: () => clock.now(),
      courierName: config.courierName,
      chatFrameAncestors: config.webchat.frameAncestors,
      secureCookies: config.publicUrl.startsWith('https:'),
    });
    const { server } = web;
    server.on('clientError', answerClientError);
    server.on('upgrade', (request, socket, head) => {
      // A client that resets the connection during the upgrade must not become an unhandled 'error'.
      socket.on('error', () => socket.destroy());
      if (!directLine.handleUpgrade(request, socket, head)) socket.destroy();
    });
    web.serve(app);
    smtp?.accept((mail) => emailChannel.receive(mail));
    outbox.start();
    followUps.start();
    proactive.start();
    if (smtpPort !== undefined) logger.info({ port: smtpPort, domains: config.email.domains }, 'accepting mail');
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    // With PORT=0 and no PUBLIC_URL, the default public URL names the port only now.
    if (new URL(publicUrl).port === '0') publicUrl = url;
    logger.info({ url, store: store.kind }, 'ParcelCare is listening');

    let closing: Promise<void> | undefined;
    const close = (): Promise<void> => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          directLine.close();
          conversations.close();
          // Keep-alive sockets with no request in flight would hold close() open.
          server.closeIdleConnections();
        });
        await smtp?.close();
        await followUps.close();
        await proactive.close();
        await outbox.close();
        await store.close();
        logger.info('ParcelCare stopped');
      })();
      return closing;
    };
    return {
      url,
      store,
      close,
      runFollowUps: async () => {
        await followUps.runOnce();
        await proactive.runOnce();
      },
      webchat: conversations,
      ...(smtpPort !== undefined ? { smtpPort } : {}),
    };
  } catch (err) {
    await store.close();
    await closeListeners();
    throw err;
  }
}
