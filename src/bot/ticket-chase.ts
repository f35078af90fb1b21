import { findTicketNumber, OPEN_STATUSES, type Ticket } from '../tickets';
import { acknowledge, leftWithoutWord } from './empathy';
import { wordsIn } from './intake-reading';
import { describeTicket } from './ticket-text';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "Still no one has got back to me", "都一个星期了还没人联系我", "成個禮拜都冇人理" from a customer with a complaint
 * open (issue #17, blind batch 10 07.3): read against that ticket — not a new complaint (nor one about a paid
 * service, as the NLU may read it) — with an apology, the ticket's status and a person offered to chase it; a
 * ticket with the agents already is marked that the customer is still waiting.
 */

/** How long a chase is (`wordsIn`: letters, a Chinese character twice): a line or two; longer tells of more. */
const SHORT = 100;

/** The customer's open ticket the chase is about: the one named, else this conversation's, else their newest. */
async function chasedTicket(turn: Turn): Promise<Ticket | undefined> {
  const { services, customer, conversation } = turn;
  const open = (await services.tickets.forCustomer(customer.id, 10)).filter((t) => OPEN_STATUSES.includes(t.status));
  const named = findTicketNumber(turn.text);
  if (named) return open.find((t) => t.number === named);
  const parcels = turn.reading.entities.trackingNumbers.map((t) => t.number);
  const onParcel = parcels.length > 0 ? open.filter((t) => parcels.some((p) => t.trackingNumbers.includes(p))) : open;
  return onParcel.find((t) => t.id === conversation.ticketId) ?? onParcel[0];
}

/**
 * Answers a chase about an open complaint.
 * @returns true when the message was one and was answered.
 */
export async function answerChase(turn: Turn): Promise<boolean> {
  const { text, services } = turn;
  if (!leftWithoutWord(text) || wordsIn(text) > SHORT || turn.reading.intent === 'human') return false;
  const ticket = await chasedTicket(turn);
  if (!ticket) return false;
  await services.tickets.addNote(ticket.id, 'customer', 'customer chased', text);
  noteOutcome(turn.context, 'answered');
  const status = describeTicket(turn, ticket, 'tickets.detail');
  const withAgents = ticket.status === 'pending_agent' || ticket.status === 'in_progress';
  const lines = [acknowledge(turn, 'noContact'), status];
  if (withAgents) {
    await reply(turn, [...lines, say(turn, 'tickets.chaseWithAgent')].join('\n'));
    return true;
  }
  turn.data.offeredHuman = true;
  const person = say(turn, 'choice.human');
  await reply(turn, [...lines, say(turn, 'tickets.chaseOffer')].join('\n'), [{ title: person, value: person }]);
  return true;
}
