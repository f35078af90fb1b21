import { faqEntries, namesKeyword } from './knowledge';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "What if I take the power bank out, is the rest ok?", "剩下的呢", "其他嘢得唔得" after a question about several items
 * to send (issue #17, blind batch 28: 04.3 read "the rest" as an item of its own): the other items of that question
 * answered from their prohibited-items entries, without the ones this message takes out.
 */

// The remaining items: "the rest", "the others", "the other things", "everything else", "剩下的", "其他的", "其餘嘅".
const REST =
  /\b(the )?rest\b(?! of (the |my )?(day|week|money|fee|payment))|\bthe others\b|\bthe other (ones|items|things|stuff)\b|\beverything else\b|\ball the others\b|\bthe remaining( (ones|items|things))?\b|剩下|剩低|其他的|其他东西|其他東西|其他嘢|其他野|其余|其餘|其它的|其他(几|幾)(样|樣)/i;

/** The message asks about the remaining items of an earlier question about items. */
export const asksRest = (text: string): boolean => REST.test(text);

/**
 * The entries of the items the last items question named, less the ones this message names, each once, after a
 * line saying they are the other items; undefined when no items question came before or none is left.
 */
export function remainingItemsAnswer(turn: Turn, market: string): string | undefined {
  const before = turn.data.itemsQuestion?.toLowerCase();
  if (!before || !asksRest(turn.text)) return undefined;
  const now = turn.text.toLowerCase();
  const entries = faqEntries(turn.services.knowledge, market, turn.locale, 'prohibited', spokenRegister(turn));
  const names = (text: string, keywords: string[]) => keywords.some((k) => namesKeyword(text, k.toLowerCase()));
  const left = entries.filter((e) => names(before, e.keywords) && !names(now, e.keywords));
  const answers = [...new Set(left.map((e) => e.answer))];
  if (answers.length === 0) return undefined;
  return [say(turn, 'faq.restOfItems'), ...answers].join('\n');
}
