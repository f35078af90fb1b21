import type { Ticket } from './records';
import { VersionConflictError } from '../store/errors';
import type { Store } from '../store/store.port';
import { deadlinesFor, DEFAULT_SLA, type SlaTargets } from './sla';
import type { Clock } from './ticket.service';

/** What a customer's answer to "were you satisfied?" says. */
export interface SurveyAnswer {
  satisfied: boolean;
  /** 1–5 when the customer gave a score. */
  score?: number;
}

const SATISFIED =
  /^(满意|滿意|非常满意|非常滿意|很满意|很滿意|好滿意|好满意|好评|好評|satisfied|very satisfied|yes|good|great|ok|👍)[!！。.\s]*$/i;
const UNSATISFIED =
  /^(不满意|不滿意|非常不满意|非常不滿意|唔滿意|唔满意|好唔滿意|好唔满意|非常唔滿意|差评|差評|unsatisfied|dissatisfied|not satisfied|no|bad|👎)[!！。.\s]*$/i;

/**
 * Reads a survey answer: a score 1–5 (4–5 satisfied), or 满意 / 不满意 / 唔滿意 / satisfied / unsatisfied. Anything
 * else is not an answer (the bot treats it as a new message).
 */
export function readSurveyAnswer(text: string): SurveyAnswer | undefined {
  const trimmed = text.normalize('NFKC').trim();
  const score = /^([1-5])\s*(分|星|stars?)?[!！。.\s]*$/i.exec(trimmed)?.[1];
  if (score) return { satisfied: Number(score) >= 4, score: Number(score) };
  if (UNSATISFIED.test(trimmed)) return { satisfied: false };
  if (SATISFIED.test(trimmed)) return { satisfied: true };
  return undefined;
}

function withoutResolution(ticket: Ticket): Ticket {
  const { resolvedAt: _resolvedAt, resolution: _resolution, ...rest } = ticket;
  return rest;
}

export interface SurveyOptions {
  store: Pick<Store, 'tickets'>;
  clock: Clock;
  /** How long after resolution the question goes out. */
  delayMs: number;
  /** How long an unanswered survey stays open before the ticket closes as not surveyed (DESIGN: 3 days). */
  answerWindowMs?: number;
  /** Deadlines a reopened ticket gets afresh, from the moment it is reopened. */
  sla?: SlaTargets;
}

/**
 * The satisfaction follow-up's rules: which resolved tickets are due a survey, what an answer does
 * (satisfied → closed; unsatisfied → reopened one level up, for a supervisor), and closing tickets whose
 * survey went unanswered. Sending the question on the customer's channel is the bot's part.
 */
export class SurveyService {
  private readonly answerWindowMs: number;

  constructor(private readonly options: SurveyOptions) {
    this.answerWindowMs = options.answerWindowMs ?? 3 * 86_400_000;
  }

  /** Resolved tickets whose survey is due now; each is marked as surveyed so it is asked once. */
  async takeDue(): Promise<Ticket[]> {
    const now = this.options.clock.now();
    const due: Ticket[] = [];
    for (const ticket of await this.options.store.tickets.find({ status: ['resolved'] })) {
      if (ticket.satisfaction?.surveyedAt || !ticket.resolvedAt) continue;
      if (now.getTime() - new Date(ticket.resolvedAt).getTime() < this.options.delayMs) continue;
      const marked = await this.update(ticket.id, (t) =>
        t.status !== 'resolved' || t.satisfaction?.surveyedAt
          ? undefined
          : {
              ...t,
              satisfaction: { ...t.satisfaction, surveyedAt: now.toISOString() },
              history: [...t.history, { at: now.toISOString(), by: 'system', action: 'survey sent' }],
            },
      );
      if (marked) due.push(marked);
    }
    return due;
  }

  /** Applies a customer's answer to the ticket they were asked about. */
  async answer(ticketId: string, answer: SurveyAnswer): Promise<Ticket | undefined> {
    const at = this.options.clock.now().toISOString();
    return this.update(ticketId, (t) => {
      if (t.status !== 'resolved' || !t.satisfaction?.surveyedAt || t.satisfaction.answeredAt) return undefined;
      // The recommendation question follows in the same reply (see `answerRecommendation`).
      const satisfaction = {
        ...t.satisfaction,
        satisfied: answer.satisfied,
        answeredAt: at,
        ...(answer.score ? { score: answer.score } : {}),
        npsAskedAt: at,
      };
      const note = answer.score ? `score ${answer.score}` : answer.satisfied ? 'satisfied' : 'unsatisfied';
      return answer.satisfied
        ? {
            ...t,
            status: 'closed',
            closedAt: at,
            satisfaction,
            history: [
              ...t.history,
              { at, by: 'customer', action: 'survey answered', from: 'resolved', to: 'closed', note },
            ],
          }
        : {
            // Not resolved any more: the SLA watches the resolution again, with the priority's full time from
            // now; the first round (its resolution and times) stays in the history.
            ...withoutResolution(t),
            status: 'reopened',
            level: t.level + 1,
            deadlines: deadlinesFor(t.priority, at, this.options.sla ?? DEFAULT_SLA),
            // The customer is told in the same turn that it is reopened and when to expect a reply.
            customerUpdatedAt: at,
            satisfaction,
            history: [
              ...t.history,
              {
                at,
                by: 'customer',
                action: 'survey answered',
                from: 'resolved',
                to: 'reopened',
                note: `${note}; escalated to a supervisor`,
              },
            ],
          };
    });
  }

  /**
   * Whether the ticket waits for an answer to the recommendation question: asked (after the satisfaction answer),
   * not answered, and asked within the answer window.
   */
  awaitsRecommendation(ticket: Ticket): boolean {
    const asked = ticket.satisfaction?.npsAskedAt;
    if (!asked || ticket.satisfaction?.nps !== undefined) return false;
    return this.options.clock.now().getTime() - new Date(asked).getTime() < this.answerWindowMs;
  }

  /** Records the customer's 0–10 answer to the recommendation question (once; only while it is awaited). */
  async answerRecommendation(ticketId: string, score: number): Promise<Ticket | undefined> {
    if (!Number.isInteger(score) || score < 0 || score > 10)
      throw new RangeError(`an NPS answer is 0–10, not ${score}`);
    const at = this.options.clock.now().toISOString();
    return this.update(ticketId, (t) =>
      this.awaitsRecommendation(t)
        ? {
            ...t,
            satisfaction: { ...t.satisfaction, nps: score, npsAnsweredAt: at },
            history: [...t.history, { at, by: 'customer', action: 'recommendation answered', note: `${score} of 10` }],
          }
        : undefined,
    );
  }

  /** Closes resolved tickets whose survey has gone unanswered for the answer window, as not surveyed. */
  async closeUnanswered(): Promise<Ticket[]> {
    const now = this.options.clock.now();
    const closed: Ticket[] = [];
    for (const ticket of await this.options.store.tickets.find({ status: ['resolved'] })) {
      const asked = ticket.satisfaction?.surveyedAt;
      if (!asked || ticket.satisfaction?.answeredAt) continue;
      if (now.getTime() - new Date(asked).getTime() < this.answerWindowMs) continue;
      const at = now.toISOString();
      const updated = await this.update(ticket.id, (t) =>
        t.status !== 'resolved' || t.satisfaction?.answeredAt
          ? undefined
          : {
              ...t,
              status: 'closed',
              closedAt: at,
              history: [
                ...t.history,
                {
                  at,
                  by: 'system',
                  action: 'closed',
                  from: 'resolved',
                  to: 'closed',
                  note: 'not surveyed: no answer in time',
                },
              ],
            },
      );
      if (updated) closed.push(updated);
    }
    return closed;
  }

  private async update(ticketId: string, change: (ticket: Ticket) => Ticket | undefined): Promise<Ticket | undefined> {
    const { tickets } = this.options.store;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const ticket = await tickets.get(ticketId);
      const next = ticket ? change(ticket) : undefined;
      if (!next) return undefined;
      try {
        return await tickets.update(next, this.options.clock.now().toISOString());
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
      }
    }
    return undefined;
  }
}
