import type { ComplaintCategory } from '../nlu';
import type { IntakeState } from './intake-state';
import { clausesOf, speaksOfCategory } from './message-cues';

// A type said not to be the problem: "it's not about attitude", "the problem isn't the delay", "不是态度问题",
// "並不是延誤", "唔係態度問題", "唔關態度事" — the negation before the type's own words, in one clause.
const NOT_ABOUT =
  /\b(not|isn'?t|wasn'?t|no longer|nothing to do with)\b|不是|并不是|並不是|不算|唔係|唔算|唔關|不关|不關|无关|無關/i;

/**
 * The message turns this complaint type down ("it's not about attitude, it's that it arrived broken", "不是态度问题，
 * 是东西坏了", "唔係態度問題，係爛咗"): the customer moved the complaint off it, so it is not kept beside the new type.
 */
export function turnsTypeDown(text: string, category: ComplaintCategory): boolean {
  return clausesOf(text, 'punctuation only').some((clause) => {
    const negation = NOT_ABOUT.exec(clause);
    return negation !== null && speaksOfCategory(clause.slice(negation.index), category);
  });
}

/** The state with the types the message turned down taken off those kept beside its type (`otherProblems`). */
export function withoutTypesTurnedDown(state: IntakeState, text: string): IntakeState {
  const kept = (state.otherProblems ?? []).filter((c) => !turnsTypeDown(text, c));
  return kept.length === (state.otherProblems ?? []).length ? state : { ...state, otherProblems: kept };
}
