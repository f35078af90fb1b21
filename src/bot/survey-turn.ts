import { readSurveyAnswer } from '../tickets';
import { readRecommendation } from './recommendation-answer';
import type { Ticket } from '../tickets/records';
import { reply, say, type Turn } from './turn';

/** The 0–10 scale as buttons, where the channel shows them (web chat); the question says it in words anyway. */
const SCALE = Array.from({ length: 11 }, (_, n) => ({ title: String(n), value: String(n) }));

/**
 * The follow-up's answers in a customer turn: the satisfaction question (CSAT) about the conversation's resolved
 * ticket, then the 0–10 recommendation question (NPS) it leads to. Resolves true when the message was one of
 * these answers (or a number off the 0–10 scale, asked again); anything else is read as a new message.
 */
export async function answerFollowUp(turn: Turn, text: string): Promise<boolean> {
  // Most messages are neither: no ticket is read for them.
  if (!readSurveyAnswer(text) && !readRecommendation(text)) return false;
  const ticket = await theirTicket(turn);
  if (!ticket) return false;
  return (await answeredSatisfaction(turn, ticket, text)) || answeredRecommendation(turn, ticket, text);
}

/** The conversation's ticket, when it is this customer's own (only they answer its follow-up). */
async function theirTicket(turn: Turn): Promise<Ticket | undefined> {
  const { ticketId } = turn.conversation;
  if (!ticketId || !turn.conversation.customerId) return undefined;
  const ticket = await turn.services.store.tickets.get(ticketId);
  return ticket?.customerId === turn.customer.id ? ticket : undefined;
}

async function answeredSatisfaction(turn: Turn, ticket: Ticket, text: string): Promise<boolean> {
  const { services, conversation } = turn;
  const asked = ticket.status === 'resolved' && ticket.satisfaction?.surveyedAt && !ticket.satisfaction.answeredAt;
  const answer = asked ? readSurveyAnswer(text) : undefined;
  if (!answer) return false;
  const updated = await services.handoff.answerSurvey(ticket, answer, conversation);
  if (!updated) return false;
  const said =
    updated.status === 'closed'
      ? say(turn, 'survey.thanks', { number: updated.number })
      : say(turn, 'survey.reopened', {
          number: updated.number,
          within: services.replies.within(turn.locale, services.clock.now(), updated.deadlines.firstResponse),
        });
  await reply(turn, said);
  await reply(turn, say(turn, 'nps.ask'), SCALE);
  return true;
}

async function answeredRecommendation(turn: Turn, ticket: Ticket, text: string): Promise<boolean> {
  const { handoff } = turn.services;
  if (!handoff.awaitsRecommendation(ticket)) return false;
  const reading = readRecommendation(text);
  if (!reading) return false;
  if ('outOfScale' in reading) {
    await reply(turn, say(turn, 'nps.outOfScale', { answer: reading.outOfScale }), SCALE);
    return true;
  }
  const updated = await handoff.answerRecommendation(ticket, reading.score);
  if (!updated) return false;
  await reply(turn, say(turn, 'nps.thanks', { score: reading.score }));
  return true;
}
