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

  /** The agent with this name and password, or undefined. */
  verify(name: string, password: string): Agent | undefined {
    const account = this.accounts.get(name);
    // Compare even for unknown names, so the time taken does not tell which names exist.
    const match = timingSafeEqual(sha256(password), account?.passwordHash ?? NOBODY);
    return account && match ? { ...account.agent } : undefined;
  }

  /** The agent behind an `Authorization: Basic …` header, or undefined. */
  authenticate(header: string | undefined): Agent | undefined {
    const basic = basicCredentials(header);
    return basic ? this.verify(basic.name, basic.password) : undefined;
  }
}

/** The name and password of an `Authorization: Basic …` header, or undefined when it is not one. */
export function basicCredentials(header: string | undefined): { name: string; password: string } | undefined {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
