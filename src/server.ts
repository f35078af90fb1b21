import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from './logger';
import { StoreUnavailableError, type Store } from './store';
import type { ScanEvent, Shipment } from './tracking/records';
import { pushShipmentEvents, shipmentsKeyRefusal } from './channels/api/shipment-events';
import {
  MAX_ACTIVITY_BYTES,
  type DirectLineRequest,
  type DirectLineResponse,
  type DirectLineService,
} from './channels/webchat/directline.service';
import type { UploadStore } from './channels/webchat/uploads';
import type { SmsWebhook, SmsWebhookResponse } from './channels/sms/sms.webhook';
import { basicCredentials } from './channels/agentdesk/agent-credentials';
import { SESSION_COOKIE, type AgentSignIn, type SignInOutcome } from './channels/agentdesk/agent-sign-in';
import type { AgentPageApi, PageResponse } from './channels/agentdesk/agent-page';
import type { Agent } from './tickets';
import type { TeamsEndpoint } from './channels/teams/teams.endpoint';
import { BadMetricsQuery, type MetricsApi } from './channels/api/metrics.api';
import { noStore, securityHeaders } from './http-security';
import { unexpectedQuery } from './channels/query-params';

export interface HttpDependencies {
  store: Store;
  logger: Logger;
  directLine: DirectLineService;
  uploads: UploadStore;
  /**
   * Our public base URL (PUBLIC_URL, else the address we listen on): stream and file URLs are built from it,
   * never from the request's Host header, which any client can forge.
   */
  publicUrl: () => string;
  shipmentsApiKey?: string;
  /** Anomaly detection on the scans the courier's systems push. */
  onScanned?: (shipment: Shipment, scans: ScanEvent[]) => Promise<void>;
  now: () => Date;
  courierName: string;
  /** Other sites' origins allowed to frame the chat page (WEBCHAT_FRAME_ANCESTORS). */
  chatFrameAncestors?: readonly string[];
  smsWebhook: SmsWebhook;
  /** The built-in agent page; its API answers 503 until AGENT_USERS gives it accounts. */
  agentPage: { api: AgentPageApi; signIn?: AgentSignIn };
  /** Session cookies only over https (PUBLIC_URL is https, or the request came over TLS). */
  secureCookies?: boolean;
  /** Supervisors' KPIs (`/api/metrics`, `/dashboard`), behind the agent page's credentials. */
  metrics: MetricsApi;
  teams?: TeamsEndpoint;
}

const PUBLIC_DIR = path.join(__dirname, '..', 'public');
const ADAPTIVE_CARDS_BUNDLE = path.join(
  path.dirname(require.resolve('adaptivecards/package.json')),
  'dist',
  'adaptivecards.min.js',
);
// chart.js exports no package.json; its CommonJS entry sits in dist/ beside the UMD bundle.
const CHART_BUNDLE = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

/** What the body parsers' error types mean, for the client that sent the body. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'the body is not valid JSON',
  'entity.too.large': 'the body is larger than this route accepts',
  'entity.verify.failed': 'the body could not be verified',
  'request.aborted': 'the body was cut off before its end',
  'request.size.invalid': 'the body does not match its Content-Length',
  'encoding.unsupported': 'unsupported Content-Encoding',
  'charset.unsupported': 'unsupported charset',
  'parameters.too.many': 'too many form parameters',
};

/** Pages may ask for a new conversation this often per client address (token minting is cheap to abuse). */
const TOKENS_PER_MINUTE_PER_ADDRESS = 30;

/** The origin the client addressed: only to compare with a browser's Origin header, never to build a URL. */
function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function send(res: Response, answer: DirectLineResponse): void {
  if (answer.headers) res.set(answer.headers);
  res.status(answer.status);
  if (answer.body === undefined) res.end();
  else res.json(answer.body);
}

function directLineRequest(req: Request, publicUrl: string): DirectLineRequest {
  return {
    authorization: req.get('authorization'),
    conversationId: typeof req.params.id === 'string' ? req.params.id : undefined,
    // A list (`?watermark=1&watermark=2`) stays visible as one value the service refuses.
    watermark: req.query.watermark === undefined ? undefined : String(req.query.watermark as unknown),
    body: req.body as unknown,
    origin: publicUrl,
    acceptLanguage: req.get('accept-language'),
  };
}

/** For routes that take no query parameters: one they were given is a 400 naming it, not silently ignored. */
function noQuery(req: Request, res: Response, next: NextFunction): void {
  const error = unexpectedQuery(req.query as Record<string, unknown>);
  if (error) res.status(400).json({ error });
  else next();
}

/** A tiny per-address limiter for the token endpoint. */
function perAddressLimit(limit: number): (req: Request, res: Response, next: NextFunction) => void {
  const hits = new Map<string, number[]>();
  return (req, res, next) => {
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    const recent = (hits.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= limit) {
      res
        .set('Retry-After', '60')
        .status(429)
        .json({ error: 'too many new conversations from this address; wait a minute' });
      return;
    }
    recent.push(now);
    hits.set(key, recent);
    if (hits.size > 10_000) hits.clear();
    next();
  };
}

/**
 * The HTTP surface. The only module that imports Express: channels receive plain request objects from the
 * routes mounted here and answer with status and body.
 */
export function createHttpApp(deps: HttpDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag hashed over every answer: webhook and API answers are never revalidated (static files keep theirs).
  app.set('etag', false);
  const headers = securityHeaders({ chatFrameAncestors: deps.chatFrameAncestors ?? [] });
  app.use(headers.everywhere);
  // Whoever holds a token or an agent's credentials gets answers no browser or proxy keeps.
  app.use(['/agent', '/dashboard', '/api/metrics', '/v3/directline', '/webchat'], noStore);
  const json = express.json({ limit: '256kb' });
  const wrap =
    (handler: (req: Request, res: Response) => Promise<void> | void) =>
    (req: Request, res: Response, next: NextFunction): void => {
      Promise.resolve(handler(req, res)).catch(next);
    };
  /**
   * Runs a request that writes as one unit of work and answers once all its writes are on disk: the embedded
   * store commits in groups, and a 200 must not promise what a crash could still lose (Twilio would not send
   * it again). A request that fails — it throws, or answers 5xx — keeps none of its uncommitted writes, so the
   * sender's retry starts afresh.
   */
  const durably = async <T extends { status: number }>(work: () => Promise<T>): Promise<T> => {
    let failure: T | undefined;
    try {
      return await deps.store.unitOfWork(async () => {
        const outcome = await work();
        if (outcome.status >= 500) {
          failure = outcome;
          throw new Error(`answered ${outcome.status}: its writes are rolled back`);
        }
        await deps.store.durable();
        return outcome;
      });
    } catch (err) {
      if (failure) return failure;
      throw err;
    }
  };

  /** A page from public/, with the courier's name in it, read once at start. */
  const brandedPage = (...file: string[]): ((req: Request, res: Response) => void) => {
    const html = fs
      .readFileSync(path.join(PUBLIC_DIR, ...file), 'utf8')
      .replace(/ParcelCare Express/g, deps.courierName);
    return (_req, res) => {
      res.type('html').send(html);
    };
  };
  /** A browser library served from node_modules (nothing from a CDN). */
  const vendor = (route: string, file: string): void => {
    app.get(route, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  };

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ status: 'ready', store: deps.store.kind });
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check failed: store unreachable');
      res.status(503).json({ status: 'unavailable', store: deps.store.kind });
    }
  });

  // --- the customer page and Web Chat -----------------------------------------------------------------
  app.get('/', headers.chatPage, brandedPage('index.html'));
  app.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  vendor('/vendor/webchat.js', WEBCHAT_BUNDLE);
  app.post('/webchat/token', noQuery, perAddressLimit(TOKENS_PER_MINUTE_PER_ADDRESS), (_req, res) => {
    res.json(deps.directLine.pageSession());
  });
  app.get('/webchat/files/:conversation/:file', (req, res) => {
    const file = deps.uploads.filePath(String(req.params.conversation), String(req.params.file));
    if (!file) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    res.sendFile(file, { headers: { 'X-Content-Type-Options': 'nosniff' } });
  });

  // --- Direct Line 3.0 ----------------------------------------------------------------------------------
  // Web Chat embedded on other sites calls these cross-origin with a bearer token.
  app.use('/v3/directline', (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    });
    if (req.method === 'OPTIONS') res.status(204).end();
    else next();
  });
  app.post('/v3/directline/tokens/generate', json, (req, res) =>
    send(res, deps.directLine.generateToken(directLineRequest(req, deps.publicUrl()))),
  );
  app.post('/v3/directline/tokens/refresh', (req, res) =>
    send(res, deps.directLine.refreshToken(directLineRequest(req, deps.publicUrl()))),
  );
  app.post(
    '/v3/directline/conversations',
    json,
    wrap(async (req, res) =>
      send(res, await durably(() => deps.directLine.startConversation(directLineRequest(req, deps.publicUrl())))),
    ),
  );
  app.get(
    '/v3/directline/conversations/:id',
    wrap(async (req, res) => send(res, await deps.directLine.reconnect(directLineRequest(req, deps.publicUrl())))),
  );
  app.get(
    '/v3/directline/conversations/:id/activities',
    wrap(async (req, res) => send(res, await deps.directLine.getActivities(directLineRequest(req, deps.publicUrl())))),
  );
  app.post(
    '/v3/directline/conversations/:id/activities',
    express.json({ limit: MAX_ACTIVITY_BYTES }),
    wrap(async (req, res) =>
      send(res, await durably(() => deps.directLine.postActivity(directLineRequest(req, deps.publicUrl())))),
    ),
  );
  app.post(
    '/v3/directline/conversations/:id/upload',
    wrap(async (req, res) =>
      send(res, await durably(() => deps.directLine.upload(directLineRequest(req, deps.publicUrl()), req))),
    ),
  );
  // A body beyond the hard cap gets Direct Line's own error shape, saying the limits; nothing of it was read.
  app.use('/v3/directline', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((err as { type?: unknown } | null)?.type === 'entity.too.large') send(res, deps.directLine.bodyTooLarge());
    else next(err);
  });

  // --- SMS (Twilio webhooks, form-encoded) -------------------------------------------------------------
  const form = express.urlencoded({ extended: false, limit: '64kb' });
  const twilioRequest = (req: Request) => ({
    signature: req.get('x-twilio-signature'),
    path: req.originalUrl,
    params: (req.body ?? {}) as Record<string, unknown>,
  });
  const answerTwilio = (res: Response, answer: SmsWebhookResponse): void => {
    res.status(answer.status).type(answer.contentType).send(answer.body);
  };
  app.post(
    '/api/sms/twilio',
    form,
    wrap(async (req, res) => answerTwilio(res, await durably(() => deps.smsWebhook.inbound(twilioRequest(req))))),
  );
  app.post(
    '/api/sms/twilio/status',
    form,
    wrap(async (req, res) => answerTwilio(res, await durably(() => deps.smsWebhook.status(twilioRequest(req))))),
  );

  // --- agents: the built-in agent page (sign-in session, or HTTP Basic for API clients) and Teams --------
  const AGENT = Symbol('agent');
  type AgentRequest = Request & { [AGENT]?: Agent };
  const sessionCookie = (req: Request): string | undefined =>
    new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]+)`).exec(req.get('cookie') ?? '')?.[1];
  const changes = (req: Request): boolean => req.method !== 'GET' && req.method !== 'HEAD';
  /** A change must come from our own pages: a browser names the page's origin on every cross-site POST. */
  const foreignOrigin = (req: Request): boolean => {
    const from = req.get('origin');
    return changes(req) && from !== undefined && from !== requestOrigin(req);
  };
  const refuse = (res: Response, outcome: Extract<SignInOutcome, { ok: false }>): void => {
    if (outcome.retryAfterSeconds) res.set('Retry-After', String(outcome.retryAfterSeconds));
    res.status(outcome.status).json({ error: outcome.error });
  };
  const agentOnly = (req: AgentRequest, res: Response, next: NextFunction): void => {
    const { signIn } = deps.agentPage;
    if (!signIn) {
      res.status(503).json({ error: 'the agent page is off: set AGENT_USERS to give agents accounts' });
      return;
    }
    if (foreignOrigin(req)) {
      res.status(403).json({ error: 'cross-site request refused' });
      return;
    }
    const basic = basicCredentials(req.get('authorization'));
    const outcome = basic
      ? signIn.verify(basic.name, basic.password, req.ip ?? 'unknown')
      : signIn.authorizeSession(sessionCookie(req), { changes: changes(req), csrfToken: req.get('x-csrf-token') });
    if (outcome?.ok) {
      req[AGENT] = outcome.agent;
      next();
    } else if (outcome) {
      if (outcome.status === 401) res.set('WWW-Authenticate', 'Basic realm="ParcelCare agents", charset="UTF-8"');
      refuse(res, outcome);
    } else if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html') {
      res.redirect(303, `/agent/login?next=${encodeURIComponent(req.originalUrl)}`);
    } else {
      // The page's own scripts (X-Requested-With) go to the sign-in page; other clients are offered Basic.
      if (!req.get('x-requested-with')) res.set('WWW-Authenticate', 'Basic realm="ParcelCare agents", charset="UTF-8"');
      res.status(401).json({ error: 'sign in first (or send HTTP Basic credentials)' });
    }
  };
  const smallJson = express.json({ limit: '64kb' });
  app.get('/agent/login', brandedPage('agent', 'login.html'));
  app.post('/agent/login', noQuery, smallJson, (req, res) => {
    const { signIn } = deps.agentPage;
    if (!signIn) {
      res.status(503).json({ error: 'the agent page is off: set AGENT_USERS to give agents accounts' });
      return;
    }
    const { name, password } = (req.body ?? {}) as { name?: unknown; password?: unknown };
    if (foreignOrigin(req) || typeof name !== 'string' || typeof password !== 'string') {
      res.status(foreignOrigin(req) ? 403 : 400).json({ error: 'send {"name", "password"} from the sign-in page' });
      return;
    }
    const outcome = signIn.verify(name, password, req.ip ?? 'unknown');
    if (!outcome.ok) {
      refuse(res, outcome);
      return;
    }
    const { sessionId, csrfToken } = signIn.start(outcome.agent);
    res.cookie(SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies === true || req.secure,
      path: '/',
    });
    res.json({ me: outcome.agent, csrfToken });
  });
  app.post('/agent/logout', agentOnly, noQuery, (req, res) => {
    deps.agentPage.signIn?.end(sessionCookie(req));
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });
  app.get('/agent/api/session', agentOnly, noQuery, (req, res) => {
    const session = deps.agentPage.signIn?.session(sessionCookie(req));
    res.json({ me: agentOf(req), csrfToken: session?.csrfToken ?? null });
  });
  const answer = (res: Response, reply: PageResponse): void => {
    res.status(reply.status).json(reply.body);
  };
  function agentOf(req: Request): Agent {
    return (req as AgentRequest)[AGENT] as Agent;
  }
  app.get('/agent', agentOnly, brandedPage('agent', 'index.html'));
  vendor('/vendor/adaptivecards.js', ADAPTIVE_CARDS_BUNDLE);
  app.get(
    '/agent/api/queue',
    agentOnly,
    wrap(async (req, res) =>
      answer(res, await deps.agentPage.api.queue(agentOf(req), req.query as Record<string, unknown>)),
    ),
  );
  app.get(
    '/agent/api/tickets/:number',
    agentOnly,
    noQuery,
    wrap(async (req, res) => answer(res, await deps.agentPage.api.ticket(String(req.params.number)))),
  );
  /** An agent's change to a ticket: a message or an action, answered once it is on disk. */
  const ticketWork = (
    route: string,
    work: (agent: Agent, ticketNumber: string, body: unknown) => Promise<PageResponse>,
  ): void => {
    app.post(
      `/agent/api/tickets/:number/${route}`,
      agentOnly,
      noQuery,
      smallJson,
      wrap(async (req, res) =>
        answer(res, await durably(() => work(agentOf(req), String(req.params.number), req.body))),
      ),
    );
  };
  ticketWork('messages', (agent, ticket, body) => deps.agentPage.api.sendMessage(agent, ticket, body));
  ticketWork('actions', (agent, ticket, body) => deps.agentPage.api.act(agent, ticket, body));
  // --- supervisors: KPIs, dashboard, CSV export (the agent page's credentials) ---------------------------
  app.get('/dashboard', agentOnly, brandedPage('dashboard', 'index.html'));
  vendor('/vendor/chart.js', CHART_BUNDLE);
  app.get(
    '/api/metrics',
    agentOnly,
    wrap(async (req, res) => answer(res, await deps.metrics.metrics(req.query as Record<string, unknown>))),
  );
  app.get('/api/metrics/tickets.csv', agentOnly, (req, res, next) => {
    try {
      const { filename, rows } = deps.metrics.csv(req.query as Record<string, unknown>);
      res.type('text/csv; charset=utf-8').attachment(filename);
      rows.on('error', next);
      rows.pipe(res);
    } catch (err) {
      if (err instanceof BadMetricsQuery) res.status(400).json({ error: err.message });
      else next(err);
    }
  });

  if (deps.teams) {
    const teams = deps.teams;
    // botbuilder's CloudAdapter checks the Bot Framework JWT itself and answers after the whole turn.
    app.post(
      '/api/messages',
      express.json({ limit: '256kb' }),
      wrap(async (req, res) => teams.process(req, res)),
    );
  }

  // --- the courier's systems --------------------------------------------------------------------------
  app.post(
    '/api/shipments/events',
    (req, res, next) => {
      const refused = shipmentsKeyRefusal(req.get('x-api-key'), deps.shipmentsApiKey);
      if (refused) res.status(refused.status).json(refused.body);
      else next();
    },
    noQuery,
    json,
    wrap(async (req, res) => {
      const answer = await durably(() =>
        pushShipmentEvents(
          { apiKey: req.get('x-api-key'), body: req.body as unknown },
          {
            expectedKey: deps.shipmentsApiKey,
            shipments: deps.store.shipments,
            now: deps.now,
            ...(deps.onScanned ? { onScanned: deps.onScanned } : {}),
          },
        ),
      );
      res.status(answer.status).json(answer.body);
    }),
  );

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  // Express's last-resort handler: malformed or oversized bodies get 4xx with the reason, a store that cannot keep
  // the request 503 (retry shortly), anything else 500, never a stack trace. Body parsers name what went wrong in
  // `type`.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) {
      deps.logger.error({ err }, 'request failed after its answer began');
      res.end();
      return;
    }
    if (err instanceof StoreUnavailableError) {
      deps.logger.error({ err }, 'request failed: its writes were not kept');
      res.set('Retry-After', '5').status(503).json({ error: 'store_unavailable' });
      return;
    }
    const { status: raw, type } = (typeof err === 'object' && err !== null ? err : {}) as {
      status?: unknown;
      type?: unknown;
    };
    const status = Number(raw) >= 400 && Number(raw) < 600 ? Number(raw) : 500;
    if (status >= 500) deps.logger.error({ err }, 'request failed');
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status >= 500
            ? 'internal_error'
            : 'bad_request';
    const reason = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    res.status(status).json({ error: code, ...(status < 500 && reason ? { reason } : {}) });
  });

  return app;
}
