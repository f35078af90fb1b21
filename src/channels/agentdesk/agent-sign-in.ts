import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../../logger';
import type { Agent } from '../../tickets';
import type { AgentCredentials } from './agent-credentials';

export const SESSION_COOKIE = 'parcelcare_agent';

/** Failed sign-ins allowed in a window before the account, or the address, must wait. */
export interface SignInLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };
const MAX_SESSIONS = 10_000;
const MAX_TRACKED_KEYS = 50_000;

interface Session {
  agent: Agent;
  csrfToken: string;
  lastSeen: number;
}

/** What the HTTP layer should answer, or the agent to go on with. */
export type SignInOutcome =
  { ok: true; agent: Agent } | { ok: false; status: 401 | 403 | 429; error: string; retryAfterSeconds?: number };

/** An account name as it may appear in a log line: the first character and the length. */
export const maskAccount = (name: string): string =>
  name ? `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}` : '(empty)';

const equal = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Agent sign-in for the agent page and the dashboard: a session per sign-in (an opaque id in an HttpOnly
 * cookie, ended by logout or after `idleMs` without a request), a CSRF token per session for every change,
 * and failed attempts limited per account and per client address — the same limits for HTTP Basic, which API
 * clients keep using. Sessions live in this process's memory: a restart signs agents out.
 */
export class AgentSignIn {
  private readonly sessions = new Map<string, Session>();
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: {
      credentials: AgentCredentials;
      idleMs: number;
      limits?: SignInLimits;
      now?: () => number;
      logger: Logger;
    },
  ) {}

  private get limits(): SignInLimits {
    return this.options.limits ?? DEFAULT_SIGN_IN_LIMITS;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Checks a name and password (from the login form or a Basic header) under the attempt limits. */
  verify(name: string, password: string, address: string): SignInOutcome {
    const wait = this.waitSeconds(name, address);
    if (wait > 0) {
      this.options.logger.warn({ account: maskAccount(name), address }, 'agent sign-in refused: too many failures');
      return {
        ok: false,
        status: 429,
        error: `too many failed sign-ins; try again in ${wait} s`,
        retryAfterSeconds: wait,
      };
    }
    const agent = this.options.credentials.verify(name, password);
    if (agent) {
      this.failures.delete(`account:${name}`);
      return { ok: true, agent };
    }
    this.recordFailure(name, address);
    this.options.logger.warn({ account: maskAccount(name), address }, 'agent sign-in failed');
    return { ok: false, status: 401, error: 'wrong name or password' };
  }

  /** Starts a session for a verified agent: the cookie value and the CSRF token the page sends back. */
  start(agent: Agent): { sessionId: string; csrfToken: string } {
    this.prune();
    const sessionId = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    this.sessions.set(sessionId, { agent, csrfToken, lastSeen: this.now() });
    return { sessionId, csrfToken };
  }

  /** The session behind a cookie value, touched (idle time starts again), or undefined once expired. */
  session(sessionId: string | undefined): { agent: Agent; csrfToken: string } | undefined {
    if (!sessionId) return undefined;
    const session = this.sessions.get(sessionId);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.options.idleMs) {
      this.sessions.delete(sessionId);
      return undefined;
    }
    session.lastSeen = this.now();
    return { agent: { ...session.agent }, csrfToken: session.csrfToken };
  }

  /** A request carrying a session: the agent, or 403 when it changes something without the session's token. */
  authorizeSession(
    sessionId: string | undefined,
    request: { changes: boolean; csrfToken: string | undefined },
  ): SignInOutcome | undefined {
    const session = this.session(sessionId);
    if (!session) return undefined;
    if (request.changes && !(request.csrfToken && equal(request.csrfToken, session.csrfToken)))
      return { ok: false, status: 403, error: 'missing or wrong CSRF token (X-CSRF-Token); reload the page' };
    return { ok: true, agent: session.agent };
  }

  end(sessionId: string | undefined): void {
    if (sessionId) this.sessions.delete(sessionId);
  }

  private keys(name: string, address: string): [string, number][] {
    return [
      [`account:${name}`, this.limits.perAccount],
      [`address:${address}`, this.limits.perAddress],
    ];
  }

  /** Seconds until the oldest failure in a full window leaves it (0: may try now). */
  private waitSeconds(name: string, address: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key, limit] of this.keys(name, address)) {
      const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
      if (recent.length >= limit)
        wait = Math.max(
          wait,
          Math.ceil(((recent[recent.length - limit] as number) + this.limits.windowMs - now) / 1000),
        );
    }
    return wait;
  }

  private recordFailure(name: string, address: string): void {
    const now = this.now();
    if (this.failures.size > MAX_TRACKED_KEYS) this.failures.clear();
    for (const [key, limit] of this.keys(name, address)) {
      const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
      recent.push(now);
      this.failures.set(key, recent.slice(-limit));
    }
  }

  private prune(): void {
    const now = this.now();
    for (const [id, session] of this.sessions)
      if (now - session.lastSeen > this.options.idleMs) this.sessions.delete(id);
    // Still full of live sessions: the oldest goes (a Map keeps insertion order).
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
  }
}
