import { callTimeIn } from './call-words';
import { TEXT_PROMPT, type IntakePosition } from './intake-state';

/**
 * A message that gives only how to reach the customer — "电话13501016666，下午两点以后打", "call me on 9123 4567 after
 * 6", "電話0912341111" — tells nothing of what went wrong (issue #17, blind batch 23: 13.4, and the description that
 * picked up the contact line): its words are the contact's, never the complaint's account or type.
 */

// The number and the words that name it, ask for the call, or only carry the message along.
const CONTACT_WORDS = [
  /\+?\d[\d\s-]{6,}\d/g,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /电话|電話|手机|手機|号码|號碼|号|號|联系方式|聯絡方式|聯繫方式|联系|聯絡|聯繫|打给我|打給我|打俾我|打畀我|搵我|找我|打|致电|致電|回电|回電|邮箱|郵箱|電郵|电邮|是|係|我的|我嘅|我|的|嘅|吧|啦|喇|囉|呀|啊|哦|唔該|谢谢|謝謝|麻烦|麻煩|请|請|可以|就|再|都|好|嗯/g,
  // (When to call: "下午两点以后", "after 6pm", "tomorrow morning".)
  /早上|上午|中午|下午|晚上|傍晚|夜晚|晚黑|朝早|上晝|下晝|晏晝|今晚|今天|今日|明天|聽日|听日|[0-9一二两兩三四五六七八九十]{1,3}\s*(点|點)半?|以后|以後|之后|之後|后|後|前|左右/g,
  /\b(after|before|around|between|from|until|till|by|and|or|to|any ?time|morning|afternoon|evening|tonight|tomorrow|today)\b|\b\d{1,2}([:.]\d{2})?\s*(am|pm)?\b/gi,
  /\b(my|phone|mobile|cell|number|tel|email|e-mail|is|call|ring|reach|contact|me|on|at|you|can|could|please|pls|thanks|thank|ok|okay|here|it|the)\b/gi,
];

/** The message only gives a phone or an email (and when to call): nothing of what happened. */
export function onlyGivesContact(text: string, reached: boolean): boolean {
  if (!reached) return false;
  const when = callTimeIn(text);
  let rest = when ? text.replace(when, ' ') : text;
  for (const words of CONTACT_WORDS) rest = rest.replace(words, ' ');
  const left = rest.replace(/[\s\p{P}\p{S}]/gu, '');
  return left.length <= 2;
}

// A message that is only a number or a few characters (proof digits, "yes", a button) tells nothing of what happened.
const TOO_SHORT = 6;

/** What the customer told in their last few messages, as the account of a complaint started by a contact alone. */
export function accountToldBefore(said: readonly string[] | undefined): string {
  return (said ?? [])
    .slice(-3)
    .filter((text) => text.replace(/[\s\p{P}\p{S}\d]/gu, '').length >= TOO_SHORT && !onlyGivesContact(text, true))
    .join('\n');
}

// A phone (7 digits or more) or an email in a clause: the clause may be the contact.
const REACH = /\d[\d\s-]{5,}\d|@/;

/**
 * The message less its clauses that only give the contact ("他扔在门口就走了，电话0912341111" keeps the first): what
 * joins the account of what happened; the contact is taken as the contact (blind batch 23, "call me on …" in the
 * description).
 */
export function withoutContactClauses(text: string): string {
  const clauses = text.split(/(?<=[，,。!！?？;；\n])/);
  const kept = clauses.filter((clause) => !onlyGivesContact(clause, REACH.test(clause)));
  if (kept.length === clauses.length) return text.trim();
  return kept
    .join('')
    .replace(/(?<![，,;；\s])[，,;；\s]+$/, '')
    .trim();
}

/**
 * A phone or email sent alone where the complaint asks what happened: taken as the contact (said so), and the question
 * put again — it tells nothing of what happened, so the complaint does not go on to the demand with no account.
 */
export const contactInsteadOfAccount = (text: string, { prompt, state }: IntakePosition): boolean =>
  prompt === TEXT_PROMPT &&
  Boolean(state.contact?.phone ?? state.contact?.email) &&
  onlyGivesContact(text, REACH.test(text));
