import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "不能用名字查吗", "你们系统不是能按名字查吗", "可唔可以用個名查", "can't you search by my name?" (issue #17, blind batch 26b:
 * 17.2 heard an apology and "what would you like us to do?" — a complaint nobody made). A question about how a parcel
 * is found: a name finds nothing here (anyone can give any name, and many share one), the tracking number does, and
 * the customer hears where that number is found.
 */

// A name, or who the customer is: "名字", "姓名", "我的名", "個名", "name".
const NAME_ZH = '(名字|姓名|全名|名|我是谁|我係邊個)';
// "查", "搜", "找", "搵", "look up": searching.
const SEARCH_ZH = '(查|搜|找|搵|揾|睇)';
const CHINESE = new RegExp(
  `(按|用|凭|憑|以|靠|根据|根據|通过|通過|拿|照|用返|報|报)(我的|我嘅|我個|我个|我|個|个|收件人|收件人的|收件人嘅)?${NAME_ZH}(来|來|去|嚟)?(就)?(能|可以|可|得|唔得|不能|不可以)?${SEARCH_ZH}` +
    `|${NAME_ZH}(能|可以|可唔可以|得唔得|能不能)${SEARCH_ZH}`,
);
const ENGLISH =
  /\b(search|look(?:\s+it)?\s+up|look|find|track|check|trace)\w*\b[^.?!]{0,25}\b(by|with|using|under|from)\s+(my\s+|the\s+|his\s+|her\s+|their\s+|a\s+)?(full\s+)?name\b/i;

/** The customer asks whether a parcel can be found by a name instead of its tracking number. */
export const asksLookupByName = (text: string): boolean => CHINESE.test(text) || ENGLISH.test(text);

/**
 * Answers "can't you look it up by name?": the tracking number is what finds a parcel, where it is found, and that the
 * sender has it. Never a complaint.
 * @returns false when the message asks no such thing.
 */
export async function answerLookupByName(turn: Turn): Promise<boolean> {
  if (!asksLookupByName(turn.text) || turn.reading.entities.trackingNumbers.length > 0) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'lookup.byNameNot'));
  return true;
}
