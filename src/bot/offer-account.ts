import { labelledLastFour } from './message-cues';
import type { Turn } from './turn';

/**
 * What the customer told before a complaint was offered is the complaint's account when the complaint starts with
 * the next message (issue #17, blind-31 06.1–06.2: "782… has been sitting at a hub for over a week … I want
 * compensation NOW" drew the offer, and "phone ends 0000. the item is a lens worth 4200" became the whole account,
 * its digits first). The digits that prove the parcel are no part of what happened.
 */

/** The turn-state key holding the parcel a complaint was offered on in the reply before this message. */
export const COMPLAINT_OFFERED = Symbol('parcelcare.complaintOffered');

// Clauses of a message: a labelled last-4 ("phone ends 0000.", "尾号 4444，") stands in one of its own.
const CLAUSE_END = /(?<=[.。!！?？;；,，\n])/;
// Letters and CJK left in a clause beyond its label and digits: more than this and the clause tells something else.
const LABEL_ONLY = 18;

/** The message less its clauses that only give last-4 digits ("phone ends 0000. the item is a lens" keeps the lens). */
export function withoutLastFourClauses(text: string): string {
  const clauses = text.split(CLAUSE_END);
  const kept = clauses.filter(
    (clause) => !labelledLastFour(clause) || clause.replace(/[\s\p{P}\p{S}\d]/gu, '').length > LABEL_ONLY,
  );
  return kept.length === clauses.length || kept.length === 0 ? text.trim() : kept.join('').trim();
}

/**
 * The customer's message that drew the complaint offered on `number` in the last reply, when it told a grievance (the
 * NLU reads a complaint in it); undefined otherwise — a bare "where is it?" before a tracking answer's offer is none.
 */
export function accountBeforeOffer(turn: Turn, number: string | undefined): string | undefined {
  if (!number || turn.context.turnState.get(COMPLAINT_OFFERED) !== number) return undefined;
  const before = turn.data.said?.at(-1);
  if (!before || before === turn.text.trim()) return undefined;
  return turn.services.nlu.analyze(before).intent === 'complaint' ? withoutLastFourClauses(before) : undefined;
}
