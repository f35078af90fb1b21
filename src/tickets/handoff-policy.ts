import type { Ticket, TicketCategory } from './records';

/** A category the courier reserves for agents, or `data_leak` for info_error tickets about leaked personal data. */
export type AgentOnlyRule = TicketCategory | 'data_leak';

export const DEFAULT_AGENT_ONLY: readonly AgentOnlyRule[] = ['value_added', 'data_leak'];

/** What the bot knows about a complaint beyond the ticket itself. */
export interface HandoffFacts {
  escalationThreat: boolean;
  dataLeak: boolean;
}

/**
 * Whether a freshly filed ticket goes straight to a person, and why: high priority, a category the courier
 * keeps for agents, or a threat to go to the regulator, the media or a lawyer. (Asking for a person and
 * repeated misunderstandings hand off from the conversation itself.)
 */
export function handoffReason(
  ticket: Pick<Ticket, 'priority' | 'category'>,
  facts: HandoffFacts,
  agentOnly: readonly AgentOnlyRule[] = DEFAULT_AGENT_ONLY,
): string | undefined {
  if (facts.escalationThreat) return 'escalation threat';
  if (ticket.priority === 'high') return 'high priority';
  if (agentOnly.includes(ticket.category)) return `agent-only category ${ticket.category}`;
  if (facts.dataLeak && agentOnly.includes('data_leak')) return 'personal data leak';
  return undefined;
}
