import type { ConversationOutcome } from '../conversations/records';

/**
 * Bot containment: the share of customer conversations whose need the bot met without an agent.
 *
 * A customer conversation (web chat, SMS, email) counts once it asked for something, i.e. once it has an
 * outcome; one that only said hello is not counted. It is **contained** when it ended
 * - `answered` — a tracking, FAQ or ticket-status question answered — and no agent ever worked its ticket, if
 *   it has one; or
 * - `filed` — a complaint filed — and that ticket was resolved (or closed) with no agent ever on it (no
 *   assignee, no agent response).
 *
 * It is **not** contained when it ended `unanswered` (not understood, no answer, a number not found),
 * `intake` (abandoned in the middle of a complaint), `cancelled` (the customer called the complaint off),
 * `filed` with the ticket still open or worked by an agent, or `handed_off` (a person took over, or was asked
 * to). The stores count it in SQL and in an aggregation pipeline (`MetricsRepository.counts`).
 */
export const CONTAINED_OUTCOMES: readonly ConversationOutcome[] = ['answered', 'filed'];

/** How far a conversation got: a later outcome never takes back a hand-off, nor a filed ticket (but a hand-off). */
const RANK: Record<ConversationOutcome, number> = {
  answered: 0,
  unanswered: 0,
  intake: 0,
  cancelled: 0,
  filed: 1,
  handed_off: 2,
};

/**
 * The outcome a conversation has after a turn that ended in `next`: the latest one, except that a filed
 * ticket stays the conversation's outcome (later questions do not make it contained) and a hand-off stays for
 * good.
 */
export function settleOutcome(
  current: ConversationOutcome | undefined,
  next: ConversationOutcome,
): ConversationOutcome {
  return current && RANK[current] > RANK[next] ? current : next;
}
