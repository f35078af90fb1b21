import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AgentCredentials, basicCredentials } from '../channels/agentdesk/agent-credentials';
import { AgentSignIn, SESSION_COOKIE, type SignInOutcome } from '../channels/agentdesk/agent-sign-in';
import type { Agent } from '../tickets';
import { BODY_LIMITS, jsonBody, noQuery } from './http';
import type { HttpRoutes, Wiring } from './wiring';

export interface AgentSignInWiring extends HttpRoutes {
  /**
   * Lets a signed-in agent through (a session cookie with its CSRF token on changes, or HTTP Basic for API
   * clients); answers 503 while AGENT_USERS gives no accounts.
   */
  agentOnly: RequestHandler;
  /** The agent `agentOnly` let through. */
  agentOf(req: Request): Agent;
}

const AGENT = Symbol('agent');
type AgentRequest = Request & { [AGENT]?: Agent };
const AGENT_PAGE_OFF = 'the agent page is off: set AGENT_USERS to give agents accounts';
const BASIC_CHALLENGE = 'Basic realm="ParcelCare agents", charset="UTF-8"';

/** The origin the client addressed: only to compare with a browser's Origin header, never to build a URL. */
function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
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

/** Agents' sign-in (AGENT_USERS): the login page, sessions, and the guard of the agent page and dashboard. */
export function wireAgentSignIn({ config, logger }: Wiring): AgentSignInWiring {
  const signIn = config.agentUsers
    ? new AgentSignIn({
        credentials: new AgentCredentials(config.agentUsers),
        idleMs: config.agentSessionIdleMs,
        logger,
      })
    : undefined;
  // Session cookies only over https (PUBLIC_URL is https, or the request came over TLS).
  const secureCookies = config.publicUrl.startsWith('https:');

  const agentOnly = (req: AgentRequest, res: Response, next: NextFunction): void => {
    if (!signIn) {
      res.status(503).json({ error: AGENT_PAGE_OFF });
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
      if (outcome.status === 401) res.set('WWW-Authenticate', BASIC_CHALLENGE);
      refuse(res, outcome);
    } else if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html') {
      res.redirect(303, `/agent/login?next=${encodeURIComponent(req.originalUrl)}`);
    } else {
      // The page's own scripts (X-Requested-With) go to the sign-in page; other clients are offered Basic.
      if (!req.get('x-requested-with')) res.set('WWW-Authenticate', BASIC_CHALLENGE);
      res.status(401).json({ error: 'sign in first (or send HTTP Basic credentials)' });
    }
  };
  const agentOf = (req: Request): Agent => (req as AgentRequest)[AGENT] as Agent;

  return {
    // Sign-in, the agent page and its API all live under /agent.
    noStore: ['/agent'],
    agentOnly,
    agentOf,
    mount: ({ app, brandedPage }) => {
      app.get('/agent/login', brandedPage('agent', 'login.html'));
      app.post('/agent/login', noQuery, jsonBody(BODY_LIMITS.smallJson), (req, res) => {
        if (!signIn) {
          res.status(503).json({ error: AGENT_PAGE_OFF });
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
          secure: secureCookies || req.secure,
          path: '/',
        });
        res.json({ me: outcome.agent, csrfToken });
      });
      app.post('/agent/logout', agentOnly, noQuery, (req, res) => {
        signIn?.end(sessionCookie(req));
        res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
      });
      app.get('/agent/api/session', agentOnly, noQuery, (req, res) => {
        const session = signIn?.session(sessionCookie(req));
        res.json({ me: agentOf(req), csrfToken: session?.csrfToken ?? null });
      });
    },
  };
}
