import { Replies, type AgentDesk } from '../bot';
import { AgentPageDesk } from '../channels/agentdesk/agent-page';
import { OutboxDesk } from '../channels/outbox/desk-outbox';
import type { Wiring } from './wiring';

/** Where handed-off tickets go, and who may receive a transfer. */
export interface AgentDesksWiring {
  /** The built-in agent page's feed (always on: it only keeps a feed in memory). */
  page: AgentPageDesk;
  /** Every desk a hand-off is announced on: the page, and Teams when its channel is configured. */
  all: AgentDesk[];
  /** Transfers go only to agents someone configured: page accounts and the listed Teams users. */
  agentExists(id: string): boolean;
}

/**
 * The agent desks. Teams is reached through the outbox: a hand-off never waits on it, and Teams being down
 * delays the card (the Teams capability, wired after the bot, sends what this desk queues).
 */
export function wireAgentDesks({ config, store, clock, kickOutbox }: Wiring): AgentDesksWiring {
  const page = new AgentPageDesk(clock, new Replies());
  const all: AgentDesk[] = [page];
  if (config.teams)
    all.push(
      new OutboxDesk({
        desk: 'teams',
        channel: 'msteams',
        outbox: store.outbox,
        now: () => clock.now(),
        onEnqueued: () => kickOutbox(),
      }),
    );
  const agentIds = new Set([
    ...(config.agentUsers ?? []).map((a) => a.name),
    ...(config.teams ? [...config.teams.supervisors, ...config.teams.agents] : []),
  ]);
  return { page, all, agentExists: (id) => agentIds.has(id) };
}
