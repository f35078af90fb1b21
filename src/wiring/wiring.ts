import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Store } from '../store';
import type { Clock } from '../tickets';
import type { HttpKit } from './http';

/** What every capability is built from. */
export interface Wiring {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Wakes the outbox worker when a capability has queued a message (SMS, email, a Teams card, a notice). */
  kickOutbox(): void;
}

/** A capability that serves HTTP: `server.ts` mounts each in the order `index.ts` lists them. */
export interface HttpRoutes {
  /** Path prefixes whose answers no browser or proxy may keep (tokens, agents' pages and data). */
  readonly noStore?: readonly string[];
  mount?(http: HttpKit): void;
  /**
   * Routes only a provider's servers call (Twilio's webhooks), each checking the provider's signature before
   * anything else: mounted ahead of the pages' protective headers and every other route. No browser reads their
   * answers, and they carry most of the traffic, so they skip what only pages need.
   */
  mountWebhooks?(http: HttpKit): void;
}

/** A capability with a timer or a listener: started once the HTTP app serves, closed at shutdown. */
export interface Worker {
  start(): void;
  close(): Promise<void>;
}
