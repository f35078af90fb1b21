import { createHash, timingSafeEqual } from 'node:crypto';
import type { AgentAccountConfig } from '../../config';
import type { Agent } from '../../tickets';

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
const NOBODY = sha256('\u0000no such user');

/**
 * The agent page's users (AGENT_USERS), checked against HTTP Basic credentials. Passwords are kept only as
 * hashes and compared in constant time.
 */
export class AgentCredentials {
  private readonly accounts = new Map<string, { agent: Agent; passwordHash: Buffer }>();

  constructor(accounts: readonly AgentAccountConfig[]) {
    for (const account of accounts)
      this.accounts.set(account.name, {
        agent: { id: account.name, supervisor: account.supervisor },
        passwordHash: sha256(account.password),
      });
  }

  /** The agent behind an `Authorization: Basic …` header, or undefined. */
  authenticate(header: string | undefined): Agent | undefined {
    const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')?.[1];
    if (!encoded) return undefined;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const account = this.accounts.get(decoded.slice(0, colon));
    // Compare even for unknown names, so the time taken does not tell which names exist.
    const match = timingSafeEqual(sha256(decoded.slice(colon + 1)), account?.passwordHash ?? NOBODY);
    return account && match ? { ...account.agent } : undefined;
  }
}
