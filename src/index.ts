import type { DirectLineConversations } from './channels/webchat/directline.conversations';
import type { Config } from './config';
import { answerClientError } from './http-client-error';
import type { Logger } from './logger';
import { createHttpApp } from './server';
import { bindListeners, checkBeforeWriting, StartingHttpServer, type Listener } from './startup-checks';
import { openStore, type Store } from './store';
import { systemClock, type Clock } from './tickets';
import { wireAgentDesks } from './wiring/agent-desks';
import { wireAgentPage } from './wiring/agent-page';
import { wireAgentSignIn } from './wiring/agent-sign-in';
import { wireBot } from './wiring/bot';
import type { DnsResolver } from './channels/email/sender-auth';
import { smtpListener, wireEmail } from './wiring/email';
import { wireEvidence } from './wiring/evidence';
import { wireFollowUps } from './wiring/follow-ups';
import { healthRoutes } from './wiring/health';
import { wireMetrics } from './wiring/metrics';
import { wireOutbox } from './wiring/outbox';
import { wireProactive } from './wiring/proactive';
import { wireShipmentEvents } from './wiring/shipment-events';
import { wireDeliveryChanges } from './wiring/delivery-changes';
import { setupSummary } from './wiring/setup-summary';
import { wireSms } from './wiring/sms';
import { wireTeams } from './wiring/teams';
import { loadDemoData, wireTracking } from './wiring/tracking';
import { wireWebChat } from './wiring/webchat';
import type { Wiring } from './wiring/wiring';

export { DEFAULT_KNOWLEDGE_DIR } from './wiring/bot';

/** A running ParcelCare: its address, its store, and how to stop it. */
export interface RunningParcelCare {
  url: string;
  /** The port inbound mail is accepted on, when EMAIL_DOMAINS is set. */
  smtpPort?: number;
  store: Store;
  /** Runs one round of the timed follow-ups (SLA alerts, surveys) now, as the scheduler does every interval; resolves once what it wrote is durable. */
  runFollowUps(): Promise<void>;
  /** Web chat conversations held in memory, and the sweep that drops the idle ones (as its timer does). */
  webchat: Pick<DirectLineConversations, 'liveCount' | 'evictIdle'>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/** What ParcelCare would otherwise ask the outside world, given instead (tests' local stand-ins). */
export interface OutsideWorld {
  /** Answers the DNS questions of inbound mail's sender checks (EMAIL_AUTH=verify), as `dns.promises.resolve`. */
  dnsResolver?: DnsResolver;
}

/**
 * The composition root: starts the listeners and the store in a safe order, then wires each capability
 * (`src/wiring/<capability>.ts`, one module each) and serves.
 */
export async function startParcelCare(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
  outside: OutsideWorld = {},
): Promise<RunningParcelCare> {
  // Start-up order (startup-checks.ts): nothing is written until DATA_DIR is known to be usable and both ports
  // are bound; the listeners answer "starting" (HTTP 503, SMTP 421) until everything behind them is ready.
  checkBeforeWriting(config);
  const web = new StartingHttpServer(config.host, config.port);
  const smtp = smtpListener(config, logger);
  const listeners: Listener[] = [web, ...(smtp ? [smtp.listener] : [])];
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
    // With PORT=0 and no PUBLIC_URL, the default public URL names the port only once it is known (below).
    let publicUrl = config.publicUrl;
    const base: Wiring = { config, store, clock, logger, kickOutbox: () => outbox.kick() };

    // The bot and what it stands on.
    const tracking = wireTracking(base);
    const evidence = wireEvidence(config);
    const desks = wireAgentDesks(base);
    const bot = wireBot(base, { tracking, desks, evidence });
    // Customers' channels and the agents' Teams.
    const webchat = wireWebChat(base, bot, { evidence, publicUrl: () => publicUrl });
    const teams = wireTeams(base, bot);
    const sms = wireSms(base, bot, evidence);
    const email = wireEmail(base, bot, { evidence, smtp, ...outside });
    // Workers.
    const outbox = wireOutbox(base, bot, {
      msteams: teams?.sender,
      sms: sms.sender,
      webchat: webchat.noticeSender,
      email: email.sender,
    });
    const followUps = wireFollowUps(base, bot);
    const proactive = wireProactive(base, tracking, bot);
    // After the proactive wiring: the demo parcels' anomalies get their notices planned as they are recorded.
    if (config.demoData) await loadDemoData(base, config.demoAnomalies ? tracking.anomalyWatch : undefined);
    // The HTTP routes, mounted in this order.
    const signIn = wireAgentSignIn(base);
    const app = createHttpApp(
      {
        store,
        logger,
        courierName: config.courierName,
        chatFrameAncestors: config.webchat.frameAncestors,
        trustProxy: config.trustProxy,
      },
      [
        healthRoutes(store, logger),
        webchat,
        sms,
        signIn,
        wireAgentPage(base, bot, { desks, signIn }),
        wireMetrics(base, signIn),
        ...(teams ? [teams] : []),
        wireShipmentEvents(base, tracking),
        wireDeliveryChanges(base, bot, signIn),
      ],
    );

    const { server } = web;
    server.on('clientError', answerClientError);
    server.on('upgrade', webchat.upgrade);
    web.serve(app);
    email.start();
    outbox.start();
    followUps.start();
    proactive.start();
    if (smtpPort !== undefined) logger.info({ port: smtpPort, domains: config.email.domains }, 'accepting mail');
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    if (new URL(publicUrl).port === '0') publicUrl = url;
    const setup = setupSummary(config);
    logger.info(
      { url, store: store.kind, channels: setup.channels, agentDesks: setup.agentDesks },
      'ParcelCare is listening',
    );
    for (const gap of setup.gaps) logger.warn(gap);

    let closing: Promise<void> | undefined;
    const close = (): Promise<void> => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          webchat.close();
          // Keep-alive sockets with no request in flight would hold close() open.
          server.closeIdleConnections();
        });
        await smtp?.inbound.close();
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
        // What the round sent is shown (a web chat stream shows an activity once it is synced) when this resolves.
        await store.durable();
      },
      webchat: webchat.conversations,
      ...(smtpPort !== undefined ? { smtpPort } : {}),
    };
  } catch (err) {
    await store.close();
    await closeListeners();
    throw err;
  }
}
