import { wantsToComplain } from './complaint-words';
import type { IntakeState } from './intake-state';
import type { Turn } from './turn';

/**
 * What the customer told of another parcel in the middle of a complaint, kept for that parcel's own ticket (issue
 * #17, blind batch 31: 02.4 — "can you file a complaint for the YT one? I want it found or my money back, it's a 600
 * rmb jacket" was written onto the other parcel's complaint as its refund). Only a message that complains of it or
 * tells what is wrong with it: a question about its status is no account of it.
 * @returns whether the message was kept.
 */
export function keepOtherParcelWords(
  turn: Pick<Turn, 'reading' | 'text'>,
  state: IntakeState,
  number: string,
): boolean {
  const complains =
    turn.reading.intent === 'complaint' || wantsToComplain(turn.text) || state.otherParcelCategory !== undefined;
  if (!complains) return false;
  const said = turn.text.trim();
  const before = state.otherParcelWords?.number === number ? state.otherParcelWords.words : [];
  state.otherParcelWords = { number, words: before.includes(said) ? before : [...before, said] };
  return true;
}

/** The words kept for `number`'s own complaint, one message a line, or undefined. */
export function otherParcelWordsFor(state: IntakeState, number: string): string | undefined {
  const kept = state.otherParcelWords;
  return kept?.number === number && kept.words.length > 0 ? kept.words.join('\n') : undefined;
}
