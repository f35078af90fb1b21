import { wantsToComplain } from './complaint-words';
import type { IntakeState } from './intake-state';
import type { Turn } from './turn';

// Nothing wrong with it: "it was fine", "no problem there", "没问题", "冇問題", "好好的".
const FINE =
  /\b(it was|it'?s|its|was|is) (fine|ok|okay|all good)\b|\bno problems?\b|没问题|沒問題|冇問題|没事|沒事|冇事|好好的|好地地/i;

/** The customer says nothing is wrong with it ("it was fine, no problem there"). */
export const saysFine = (text: string): boolean => FINE.test(text);

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
  // ("my other one came yesterday and it was fine, no problem there": nothing wrong with it — a review of session 50.)
  if (!complains || saysFine(turn.text)) return false;
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
