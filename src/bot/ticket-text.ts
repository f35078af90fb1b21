import type { Ticket } from '../tickets/records';
import type { ReplyKey } from './replies';
import { say, type Turn } from './turn';

const SETTLED: readonly Ticket['status'][] = ['resolved', 'closed'];

/** One of the customer's tickets in a line, or in detail: what was done once settled, else the deadline. */
export function describeTicket(turn: Turn, ticket: Ticket, key: 'tickets.line' | 'tickets.detail'): string {
  const when = (instant: string) => turn.services.replies.dateTime(turn.locale, instant, turn.services.timeZone);
  const vars = {
    number: ticket.number,
    category: say(turn, `category.${ticket.category}` as ReplyKey),
    status: say(turn, `ticketStatus.${ticket.status}` as ReplyKey),
    created: when(ticket.createdAt),
    deadline: when(ticket.deadlines.resolution),
  };
  // A hand-off taken back is no case in hand: when it was withdrawn, and no deadline (blind batch 18 17.5).
  // (A complaint the customer took back: said so — it was no hand-off.)
  if (key === 'tickets.detail' && ticket.status === 'withdrawn')
    return say(
      turn,
      ticket.origin === 'handoff' ? 'tickets.withdrawnDetail' : 'tickets.withdrawnComplaintDetail',
      vars,
    );
  // Once settled, the customer hears what was done and when, not a deadline that no longer matters.
  if (key === 'tickets.detail' && ticket.resolution && SETTLED.includes(ticket.status))
    return say(turn, 'tickets.resolvedDetail', {
      ...vars,
      resolved: when(ticket.resolution.at),
      summary: ticket.resolution.customerMessage ?? say(turn, 'tickets.resolvedSummary'),
    });
  return say(turn, key, vars);
}
