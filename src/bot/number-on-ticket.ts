import type { Ticket } from '../tickets/records';
import { say, type Turn } from './turn';

/**
 * The customer's own ticket's number sent again after filing ("SF…！我都发两遍了，就是这个号") when tracking still
 * cannot find it (issue #17, blind batch 23: 17.6): it is on the ticket as they wrote it and the agent checks it —
 * never "not found, please check it" a third time.
 * @returns the line to say, or undefined when the number is not this ticket's.
 */
export function numberOnTicket(turn: Turn, ticket: Ticket, number: string): string | undefined {
  if (!ticket.trackingNumbers.includes(number)) return undefined;
  return say(turn, 'human.numberOnTicket', { number, ticket: ticket.number });
}

/** The same, for the ticket this chat is on (handed to a person): a number sent again outside the waiting answers. */
export async function numberOnChatTicket(turn: Turn, number: string): Promise<string | undefined> {
  const id = turn.conversation.ticketId;
  const ticket = id ? await turn.services.store.tickets.get(id) : undefined;
  return ticket ? numberOnTicket(turn, ticket, number) : undefined;
}
