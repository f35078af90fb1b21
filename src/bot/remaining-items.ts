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

// A clause that asks: a question mark, or a question word at its end ("剩下的呢", "其他嘢得唔得", "everything else fine").
const ASKING_END = /[?？]|(呢|吗|嗎|嘛|得唔得|得不得|可以嗎|可以吗|行不行|ok|okay|fine|allowed)\s*[~～]*$/i;
// A statement of what the rest is: "the rest of my order is clothes", "剩下的是衣服".
const STATES = /\b(is|are|was|were)\b|是|係/i;
// A follow-up short enough to be about the items asked before ("and the rest", "其他嘢"), not a sentence of its own.
const SHORT_CLAUSE = 6;

/**
 * The message asks about the remaining items of an earlier question about items: the clause naming them asks
 * ("and the rest?", "剩下的呢？", "is the rest ok?"), or ends the message short and states nothing. Not "ok and the
 * rest of my order is clothes, when will the courier pick up?" — "the rest" the subject of a statement (review 31b).
 */
export function asksRest(text: string): boolean {
  const clauses = text.split(/(?<=[,，.。!！?？;；\n])/);
  return clauses.some((clause, i) => {
    if (!REST.test(clause)) return false;
    const said = clause.trim();
    if (ASKING_END.test(said)) return !STATES.test(said) || /[?？]\s*$/.test(said);
    const last = i === clauses.length - 1 || clauses.slice(i + 1).every((c) => c.trim() === '');
    const words = said.split(/\s+/).length + (said.match(/[\u4e00-\u9fff]/g) ?? []).length / 3;
    return last && words <= SHORT_CLAUSE && !STATES.test(said);
  });
}

// "which of those is not allowed?", "哪个不能寄", "邊樣唔得": the items asked before, each asked after again (blind-30 06.3).
const WHICH_OF_THEM =
  /\bwhich (one |ones )?(of )?(those|them|these|the (items|things))\b|\bwhich (ones?|items?|things?) (is|are|can'?t|cannot|aren'?t|isn'?t)\b|哪(个|個|样|樣|些|一样|一樣)(是)?(不|没法|沒法)|邊(樣|個|啲|件)(係)?(唔|不)/i;

// "is all that fine?", "are they all ok?", "这些都可以吗", "全部都得唔得": every item asked before, asked after at once — no
// item named "all that".
const ALL_OF_THEM =
  /\b(is|are) (all (of )?(that|this|those|these|them|it)|(that|this|those|these|they|them) all|everything)\b.{0,12}\b(ok|okay|fine|allowed|alright|all right|good)\b|\b(can|could) (i|we) (send|ship|post) (all (of )?(them|those|these|that|this|it)|everything|them all)\b|(这些|這些|呢啲|嗰啲|全部|所有|以上)[^，。,.]{0,4}(都|也)?(可以|能|得|行|ok|OK|没问题|沒問題|冇問題)/i;

/** "Which of those is not allowed?", "is all that fine?": the items asked before asked after, one by one. */
export const asksWhichOfThem = (text: string): boolean => WHICH_OF_THEM.test(text) || ALL_OF_THEM.test(text);

/**
 * The entries of the items the last items question named, less the ones this message names, each once, after a
 * line saying they are the other items; "which of those is not allowed?" hears every one of them again. Undefined
 * when no items question came before or none is left.
 */
export function remainingItemsAnswer(turn: Turn, market: string): string | undefined {
  const before = turn.data.itemsQuestion?.toLowerCase();
  const which = asksWhichOfThem(turn.text);
  if (!before || !(which || asksRest(turn.text))) return undefined;
  const now = which ? '' : turn.text.toLowerCase();
  const entries = faqEntries(turn.services.knowledge, market, turn.locale, 'prohibited', spokenRegister(turn));
  const names = (text: string, keywords: string[]) => keywords.some((k) => namesKeyword(text, k.toLowerCase()));
  const left = entries.filter((e) => names(before, e.keywords) && !names(now, e.keywords));
  const answers = [...new Set(left.map((e) => e.answer))];
  if (answers.length === 0) return undefined;
  return [say(turn, which ? 'faq.eachItemAsked' : 'faq.restOfItems'), ...answers].join('\n');
}

/** How much of the chat's items questions is kept (the latest ones, when they run longer). */
const ITEMS_KEPT = 600;

/** The items questions of the chat so far with this one after them, the latest kept when they run long. */
export function itemsAskedInChat(before: string | undefined, text: string): string {
  const all = before ? `${before}\n${text}` : text;
  return all.length > ITEMS_KEPT ? all.slice(-ITEMS_KEPT) : all;
}
