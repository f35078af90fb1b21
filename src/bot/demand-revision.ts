import type { Demand } from '../nlu';

// "只要快点送到", "just compensation", "道歉就得", "退款就好": the demand named is the only one wanted.
const ONLY =
  /\bjust\b|\bonly\b|\balone\b|只要|只想|只需要|只係要|淨係要|净系要|就要|就好|就得|就夠|就够|就行|就可以|便可|即可/i;
// "also an apology", "还要道歉", "仲要賠償": the demand named joins those held.
const ALSO = /\balso\b|\btoo\b|\bas well\b|\bplus\b|还要|還要|仲要|也要|都要|另外|再加|加埋|加上|顺便|順便/i;

/**
 * What a message does to the demands the complaint holds — one rule at every step (issue #17): a demand turned down is
 * dropped ("不要赔偿了", "forget the refund"); "only / just X" leaves X alone ("只要尽快送到", "道歉就得"); "also X" adds X;
 * a demand named plainly adds to those held at the intake's steps (`plain: 'add'`) and replaces them at the summary,
 * where naming one corrects it (`plain: 'replace'`). Nothing is added that the message does not name.
 * @returns the demands from now on (the first is the ticket's `demand`), or undefined when the message changes none.
 */
export function reviseDemands({
  held,
  named,
  down,
  text,
  plain,
}: {
  held: Demand[];
  named: Demand[];
  down: Demand[];
  text: string;
  plain: 'add' | 'replace';
}): Demand[] | undefined {
  const dropsHeld = held.some((d) => down.includes(d));
  if (named.length === 0 && !dropsHeld) return undefined;
  if (named.length > 0 && ONLY.test(text)) return named;
  const kept = held.filter((d) => !down.includes(d));
  if (plain === 'replace' && !dropsHeld && !ALSO.test(text)) return named;
  return [...kept, ...named.filter((d) => !kept.includes(d))];
}

/** The message says which demands only, drops one, or adds one ("只要", "不要…了", "also"): see `reviseDemands`. */
export const revisesDemands = (text: string, down: Demand[]): boolean =>
  down.length > 0 || ONLY.test(text) || ALSO.test(text);
