/**
 * The words for a phone call asked for, with no imports of their own: the intake's readers and the hand-off
 * (call-back.ts) both need them, and call-back.ts reaches the turn, which reaches the intake's readers.
 */

// "call me back", "someone calls me", "ring me", "give me a call", "回个电话给我", "打返俾我", "打電話給我", "给我打个电话":
// a phone call asked for.
export const CALL_ASKED =
  /\bcalls? (me|us)\b|\bcall back\b|\b(ring|phone) (me|us)\b|\bgive (me|us) a (call|ring)\b|\b(a|the) call ?back\b|回(个|個)?(电话|電話)|回电|回電|打(个|個)?(电话|電話)?(给|給|俾|畀)我|打返(俾|畀|嚟|来|來)?我?|致电我|致電我|(电话|電話)(联系|聯絡|聯繫)我|(给|給|帮|幫)我(打|回)(个|個)?(电话|電話)|\bwill (someone|anyone|somebody|they|you|the agent|a person|a manager|a supervisor) (actually |really |even )?(call|ring|phone)\b|(会|會)有人(打|回)(电话|電話)?(来|來|过来|過來|给我|給我)?|有冇人(打|覆)(俾|畀)?我/i;
// "13911116666 打这个", "call me on this one", "打呢個電話", "ring this number": the number just given is the one to call.
const CALL_THIS =
  /打(这|這|呢)(个|個)(号码|號碼|号|號|电话|電話)?|打(这|這|呢)(个|個)?(号码|號碼|电话|電話)|(用|打)(这|這|呢)(个|個)?(号码|號碼|电话|電話)?(联系|聯絡|聯繫|搵)我|\b(call|ring|phone) (me )?(on|at) (this|that|it)\b|\b(call|ring) this( number| one)?\b/i;

/**
 * The customer asks to be phoned — "call me back", "打这个" beside the number they give: the complaint's contact is
 * to be called, not only answered in the chat.
 */
export const asksForCall = (text: string): boolean => CALL_ASKED.test(text) || CALL_THIS.test(text);

// When, in words: a part of the day, a day, a clock time ("下午两点以后", "聽日朝早", "after 6pm", "tomorrow morning").
const CALL_TIME =
  /早上|上午|中午|下午|晚上|傍晚|夜晚|晚黑|朝早|上晝|下晝|晏晝|今晚|今天|今日|明天|聽日|听日|后天|後天|[0-9一二两兩三四五六七八九十]{1,3}\s*(点|點)|\d{1,2}\s*[:：]\s*\d{2}|\b\d{1,2}(:\d{2})?\s*(am|pm)\b|\b(morning|afternoon|evening|tonight|tomorrow|lunch ?time|after work)\b|\b(after|before|around|between) \d{1,2}\b/i;
// A call in the clause: "打", "联系我", "搵我", "call", "ring", "reach me".
const CALL_VERB = /打|致电|致電|联系|聯絡|聯繫|搵我|找我|\b(call|ring|phone|reach|contact)\b/i;
// …and no delivery: "明天下午送" is when the parcel comes, not when to phone.
const DELIVERY_VERB = /送|派|寄|收件|取件|\b(deliver|drop|bring|pick ?up|collect)\w*/i;
// The number itself and the words that lead to it ("电话", "call me on"), which the contact line already shows.
// (Without those words it starts where a run of spaces starts: tried inside one, it took time quadratic in the run.)
const NUMBER_WRITTEN =
  /(电话|電話|手机|手機|号码|號碼|\b(my )?(phone|mobile|number|tel)\b|(?<!\s))\s*(是|係|is|:|：|\bon\b|\bat\b)?\s*\+?\d[\d\s-]{6,}\d|\b(on|at)\s*$/gi;

/**
 * When the customer wants the call, in their words, from the message that gives their phone — "电话135…，下午两点以后打",
 * "call me after 6pm on 9123 4567", "聽日朝早打俾我" (issue #17, blind batch 23: 13.4 dropped "下午两点以后"); undefined
 * when no clause pairs a time with a call.
 */
export function callTimeIn(text: string): string | undefined {
  for (const clause of text.split(/[，,。!！?？;；\n]+|\.(?!\d)/)) {
    if (!CALL_TIME.test(clause) || !CALL_VERB.test(clause) || DELIVERY_VERB.test(clause)) continue;
    const when = tidied(clause);
    if (when && CALL_TIME.test(when)) return when;
  }
  // ("will anyone call me about it? number is 137…, I'm free after 5 today": a call asked, and when the customer is free
  // in a clause of its own — blind batch 52b: 03.4 took it for a delivery time.)
  if (!asksForCall(text)) return undefined;
  for (const clause of text.split(/[，,。!！?？;；\n]+|\.(?!\d)/)) {
    if (!CALL_TIME.test(clause) || !SUITS.test(clause) || DELIVERY_VERB.test(clause)) continue;
    const when = tidied(clause);
    if (when && CALL_TIME.test(when)) return when;
  }
  return undefined;
}

// ("…and (3) a call back tomorrow between 2 and 4 pm on 138…": the list's joint, its number and the call named are no
// part of when — blind batch 52b: 01.1.)
const tidied = (clause: string): string =>
  clause
    .replace(NUMBER_WRITTEN, ' ')
    .replace(/^\s*(and|also|plus)\b|\(\d\)|^\s*\d[.)]\s|\b(a|the) call ?back\b/gi, ' ')
    .replace(/(就|就用|用)?(这|這|呢)(个|個)(号码|號碼|号|號|电话|電話)?(就(行|得|好))?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The message without its clauses that say when to phone the customer ("I'm free after 5 today", "下午两点以后打"):
 * what else it asks — a hold, an address — is read on its own, its time never the call's (a review of session 50).
 */
export function withoutCallTime(text: string): string {
  const asked = asksForCall(text);
  return text
    .split(/(?<=[，,。!！?？;；\n])|(?<=\.)(?!\d)/)
    .filter(
      (clause) =>
        !(
          CALL_TIME.test(clause) &&
          (CALL_VERB.test(clause) || (asked && SUITS.test(clause))) &&
          !DELIVERY_VERB.test(clause)
        ),
    )
    .join('')
    .trim();
}

/** The message's only time is when to phone the customer: no clause times a delivery ("明天下午送"). */
export const timeOnlyForCall = (text: string): boolean =>
  callTimeIn(text) !== undefined &&
  !text.split(/[，,。!！?？;；\n]+|\.(?!\d)/).some((clause) => CALL_TIME.test(clause) && DELIVERY_VERB.test(clause));

// "比较方便", "得閒", "works better": a time said to suit the customer.
const SUITS =
  /方便|比较好|比較好|较好|較好|最好|得閒|得闲|有空|有時間|有时间|\b(better|best|fine|ok(ay)?|works?|suits?|free|available|good)\b/i;

/**
 * When suits the customer, said on its own after they asked to be phoned — "下午三點以後比較方便", "after 3pm works
 * better", "聽日朝早得閒" (blind batch 24: 25.4 was asked to confirm again): their words, or undefined.
 */
export function suitableTimeIn(text: string): string | undefined {
  const said = text.trim().replace(/(?<![。.!！~～])[。.!！~～]+$/, '');
  if (said.length > 40 || !CALL_TIME.test(said) || !SUITS.test(said) || DELIVERY_VERB.test(said)) return undefined;
  return said;
}

/** What the message that gives a phone says of a call: asked for, and when ("下午两点以后打" asks for one, then). */
export function callWishIn(text: string): { call?: true; callWhen?: string } {
  const when = callTimeIn(text);
  if (when) return { call: true, callWhen: when };
  return asksForCall(text) ? { call: true } : {};
}
