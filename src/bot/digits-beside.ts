import { isAcknowledgement, wordsIn } from './intake-reading';
import { withoutWithdrawn } from './digits-corrected';
import { saysThanks } from './message-cues';
import { readTurn, TURN_READING } from './turn-reading';
import type { Turn } from './turn';

/**
 * Last-4 digits sent with more than the digits — "6666 快點啦", "1111, and what time tomorrow?", "2222 係咪聽日到"
 * (issue #17, batch 16: 22.4, 25.2). The digits are checked as bare digits are; what else the message says is then
 * read as a message of its own, so that a question gets its answer and a demand is taken down, not dropped.
 */

// Four digits opening the message, then a mark or a space and words: "6666 快點啦", "1111, and …" — not a sum, a year
// or a time ("2000块", "2026年"), nor the first group of a phone written in parts ("0912 345 678").
// ("1111行了吧", "4444好未": Chinese words may follow the digits with no mark between — batch 20 16.5.)
const LEADING = /^\s*(\d{4})(?:[\s,，、.。:：;；!！~～-]+|(?=\p{Script=Han}))(?=[^\d\s])/u;
const UNIT_AFTER =
  /^(年|月|日|号|號|点|點|时|時|分|元|块|塊|蚊|次|个|個|件|斤|克|公斤|kg\b|rmb\b|hkd\b|usd\b|yuan\b|dollars?\b|years?\b|am\b|pm\b|g\b)/i;

/** Last-4 digits the message opens with, followed by words of something else. */
export function leadingLastFour(text: string): string | undefined {
  const found = LEADING.exec(text);
  if (!found) return undefined;
  const rest = text.slice(found[0].length);
  return UNIT_AFTER.test(rest) ? undefined : found[1];
}

// Words that name the digits or the phone they end, and say nothing more: "尾号", "last 4 digits", "receiver".
// ("我係收件人 電話尾4444", "我是收的人 电话最后是7777": the phone's end named as 尾 or 最后 alone, and the
// customer's side said in plain words, name the digits too — batch 22 28.4, where "尾" was read as a message.)
const NAMING_DIGITS =
  /last\s*(4|four)(\s*digits?)?|\b(of )?(my )?(phone|mobile|cell|number)\b|\bend(s|ing)?( in| with)?\b|\b(i'?m|i was|i am) the\b|\b(sender|receiver|recipient)('s)?\b|尾[号號数數码碼](是|係|为|為)?|(?<!\s)(最后|最後|最尾)?\s*[后後末尾]?\s*[四4]\s*[个個]?\s*(位|码|碼|字|数字|數字)(是|係|为|為)?|(最后|最後|最尾)(几位|幾位)?\s*(是|係|为|為)?|尾\s*(是|係|为|為)?\s*$|(我是|我係|我系)?(寄|收|发|發)(件|货|貨)?(的人|嘅人|人|的|嘅|方)|手[机機](号码|號碼|号|號)?|電話(號碼)?|电话(号码)?/gi;

const WHOSE_AFTER =
  /^[\s,，、:：]*(是|係|系)?(我|我的|我嘅|我自己|本人)(自己)?(的|嘅)?(手[机機]|電話|电话|号码|號碼)?(号|號)?[\s,，。.!！]*$|^[\s,，:]*(is|that'?s)?\s*(mine|my (own )?(phone|number|mobile))[\s,.!]*$/i;

/**
 * What a message says besides the last-4 digits it gave, when that is more than a thank-you or an "ok": the rest to
 * read as a message of its own ("and what time tomorrow?", "快點啦"), else undefined.
 */
export function besideDigits(text: string, digits: string): string | undefined {
  const at = text.indexOf(digits);
  if (at < 0) return undefined;
  // (The words naming the digits come before them: "尾号4444", "last 4 is 4444".)
  // (Digits withdrawn and a correction before them — "last 4 is 6667, sorry no, 6666" — are no words of their own.)
  const before = withoutWithdrawn(text.slice(0, at))
    .replace(NAMING_DIGITS, ' ')
    .replace(/\b(is|are|=)\s*$/i, ' ');
  // ("1111 我自己的手机", "4567 is mine": whose phone the digits end, said after them — no message of its own.)
  const after = text.slice(at + digits.length).replace(WHOSE_AFTER, ' ');
  const rest = `${before} ${after}`
    .replace(/^[\s,，、.。:：;；!！~～-]+|(?<![\s,，、:：;；~～-])[\s,，、:：;；~～-]+$/g, '')
    .trim();
  if (wordsIn(rest) < 2 || isAcknowledgement(rest)) return undefined;
  // ("4444 谢谢", "1111 thanks!": the proof and a thank-you — nothing to answer besides.)
  if (saysThanks(rest) && wordsIn(rest) <= 6) return undefined;
  return rest;
}

/** The turn reads `rest` as its message from here on: the steps and answers after this see only it. */
export function readRestOf(turn: Turn, rest: string): void {
  turn.context.activity.text = turn.text = rest;
  turn.context.turnState.delete(TURN_READING);
  const { result, complaintCategory } = readTurn(turn.context, turn.services.nlu, turn.services.clock);
  turn.reading = result;
  if (complaintCategory) turn.complaintCategory = complaintCategory;
  else delete turn.complaintCategory;
}
