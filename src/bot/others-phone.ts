/**
 * A phone number said as someone else's — "快递员工号我不知道，电话是136…", "卖家电话 138…", "佢個電話係 9…", "the
 * courier's number is …", "seller's phone: …" (blind-30 20.4: the courier's number became the customer's contact). It
 * is not the customer's contact: it is kept in the complaint's account, as theirs, for the agent. No imports: the
 * intake's contact reader uses it.
 */

// Who else: the courier, a driver, the seller or shop, the sender or recipient, "him", "her".
const OTHER_ZH =
  /快递员|快遞員|速遞員|派件员|派件員|送货员|送貨員|司机|司機|师傅|師傅|小哥|卖家|賣家|商家|店家|老板|老闆|寄件人|发件人|發件人|收件人|对方|對方|他的|她的|佢嘅|佢個/;
const OTHER_EN =
  /\b(courier|driver|delivery (guy|man|person)|rider|postman|seller|shop|store|merchant|sender|recipient|receiver)('s|s')?\b|\b(his|her|their)\b/i;
// The customer's own: "我的电话", "我手机", "打我", "my number", "call me", "reach me".
const MINE =
  /我的|我嘅|我个|我個|我自己|我电话|我電話|我手机|我手機|打我|打俾我|联系我|聯繫我|聯絡我|\bmy\b|\bme\b|\bi'?m\b|\bmine\b/i;
const CALL_ME = /打我|打俾我|打畀我|打给我|打給我|联系我|聯繫我|聯絡我|\b(call|reach|text|contact) me\b|\bmine\b/i;
// Who someone is: "工号", "名字", "叫什么", "badge", "name", "ID".
const ID_WORD = /工号|工號|编号|編號|名字|姓名|叫什么|叫咩|員工編號|\b(badge|name|id|staff number)\b/i;
const partyIn = (text: string): RegExpExecArray | undefined => OTHER_ZH.exec(text) ?? OTHER_EN.exec(text) ?? undefined;
const PHONE_WORD = /电话|電話|手机|手機|号码|號碼|\b(phone|number|mobile|cell|whatsapp)\b/i;
// Digits that make a phone number (spaces or dashes between groups allowed).
const DIGITS = /(?<![\d])(?:\+?\d[\d\s-]{6,}\d)(?!\d)/g;

/** The digits of each phone in the message that is said to be someone else's (only digits, as written). */
export function othersPhones(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DIGITS)) {
    // What comes just before the number, within its sentence: who the number is said to be of — named in the
    // number's own clause ("卖家电话 138…"), or in the clause before it when that one is about who they are ("快递员工号我
    // 不知道，电话是…"); "快递员把箱子扔了就走了，电话137…" tells what the courier did, and the number is the customer's.
    const sentence =
      text
        .slice(Math.max(0, (match.index ?? 0) - 30), match.index)
        .split(/[。！？!?\n]|\.\s/)
        .at(-1) ?? '';
    const clauses = sentence.split(/[，,；;]/);
    const own = clauses.at(-1) ?? '';
    const previous = clauses.at(-2) ?? '';
    const before = partyIn(own) !== undefined ? own : ID_WORD.test(previous) ? `${previous}，${own}` : own;
    const other = partyIn(before);
    if (!other || !PHONE_WORD.test(before.slice(other.index))) continue;
    if (MINE.test(before.slice(other.index))) continue;
    // ("投诉快递员 电话139… 打我这个": to be called on, it is the customer's.)
    const end = (match.index ?? 0) + match[0].length;
    if (CALL_ME.test(text.slice(end, end + 12).split(/[，,。！？!?\n]/)[0] ?? '')) continue;
    found.push(match[0].replace(/\D/g, ''));
  }
  return found;
}

/** Whether an E.164 phone is one of `theirs` (digits as written, with or without the country code). */
export const isOthersPhone = (e164: string, theirs: string[]): boolean =>
  theirs.some((digits) => digits.length >= 7 && e164.replace(/\D/g, '').endsWith(digits.replace(/^0+/, '')));
