import { noteOutcome } from './turn-outcome';
import type { ReplyKey } from './replies';
import { wordsIn } from './intake-reading';
import { reply, say, type Turn } from './turn';

/**
 * "手机号查不行吗", "用電話號碼查得唔得", "can't you find it with my phone number?", and "can you guess the number?",
 * "幫我諗吓係咩號碼", "你帮我猜猜单号" (issue #17, blind batch 28: 17.2 was taken for a complaint's contact, 30.3 got
 * "I didn't understand"). Questions about finding a parcel without its tracking number: there is no lookup by a
 * typed phone here (anyone could type anyone's number — an agent finds a complaint's parcel by the phone, not this
 * chat), and no number is guessed; the customer hears where the number is found (the seller's order page, our text
 * message, the sender's receipt). Never a complaint, never "not understood".
 */

// A phone: "手机号", "手機號碼", "电话", "電話", "我个号码"; "phone (number)", "mobile", "cell".
const PHONE_ZH = '(手机号码|手機號碼|手机号|手機號|手机|手機|电话号码|電話號碼|电话|電話)';
// Searching: "查", "搜", "找", "搵".
const SEARCH_ZH = '(查|搜|找|搵|揾)';
const BY_PHONE_ZH = new RegExp(
  // "用我手机号查", "凭电话能查到吗", "按手機號碼搵"
  `(按|用|凭|憑|以|靠|根据|根據|通过|通過|拿|報|报)(我的|我嘅|我個|我个|我|收件人的?|收件人嘅)?${PHONE_ZH}(来|來|去|嚟)?(就)?(能|可以|可|得|唔得|不能|不可以)?${SEARCH_ZH}` +
    // "手机号查不行吗", "手機號碼可以查嗎", "電話得唔得查"
    `|${PHONE_ZH}(能|可以|可唔可以|得唔得|能不能|可不可以|能唔能)?${SEARCH_ZH}(不行|唔得|得唔得|可以|能|吗|嗎|唔|不|到|得)`,
);
// "我手机尾号1111 你用这个查不行吗", "我電話 91234567 你用呢個搵唔得咩": a phone given, then "search with this" (blind batch
// 39b: 08.2 heard "I can't answer that here").
const BY_THIS_ZH = new RegExp(
  `(${PHONE_ZH}|尾号|尾號|尾数|尾數)[^。？?！!]{0,16}(用|凭|憑|拿|靠)(这个|這個|呢個|佢|它)(来|來|嚟)?${SEARCH_ZH}` +
    // "可唔可以用我老公電話尾四位幫我查下佢個件", "能用他手机尾号查一下吗" (blind batch 49a: 05.2's kind).
    `|(按|用|凭|憑|靠|拿)[^，。？?！!]{0,6}(${PHONE_ZH}|尾号|尾號|尾数|尾數|尾四位|後四位|后四位)[^，。？?！!]{0,8}${SEARCH_ZH}`,
);
// "你看我电话行不行", "用我手機得唔得", "手机号13991235555 自己查": a phone offered to look it up by, however put.
const PHONE_WILL_DO_ZH = new RegExp(
  `${PHONE_ZH}(号|號)?[^，。？?！!]{0,14}?(行不行|行吗|行嗎|可以吗|可以嗎|可不可以|得唔得|得唔得呀|得嗎|得吗|得唔得啊)|${PHONE_ZH}(号|號)?[\\s:：]*[+\\d][\\d\\s-]{6,}[\\s，,]*(你们|你們|你哋|你)?(自己)?${SEARCH_ZH}`,
);
const BY_PHONE_EN =
  /\b(search|look(?:\s+it)?\s+up|look|find|track|check|trace)\w*\b[^.?!]{0,25}\b(by|with|using|under|from|through)\s+(my\s+|the\s+|his\s+|her\s+|their\s+|a\s+)?(phone|mobile|cell)(\s+number|\s+no\.?)?\b/i;
// "i only know his phone, last 4 digits 5555. cant you look it up with that??": the phone first, then "with that" (blind
// batch 49a: 05.2 opened a complaint).
const BY_THAT_EN =
  /\b(phone|mobile|cell|digits)\b[^?!]{0,50}\b(look (it |them )?up|find (it|them)|search|check|track (it|them))\s+(with|by|using)\s+(that|this|those|them|it)\b/i;

// A complaint or a ticket looked up by phone is another question (tickets-on-parcel.ts, lookup-in-intake.ts).
const ABOUT_COMPLAINT = /投诉|投訴|客诉|客訴|工单|工單|complain|ticket/i;

// "guess the number", "guess it", "make up a number"; "猜一下单号", "估吓個號碼", "幫我諗吓係咩號碼".
const GUESS_EN =
  /\b(guess|make up|invent)\b[^.?!]{0,20}\b(number|digits|tracking|it|one)\b|\bwork out (the|my|what the) (number|tracking)/i;
const GUESS_ZH =
  /(猜|估|諗|谂)(一下|一吓|下|吓|猜|估|諗)?[^。？?！!]{0,6}(号码|號碼|单号|單號|数字|數字|號|号)|(号码|號碼|单号|單號)[^。？?！!]{0,4}(猜|估)/;

// The tracking number: "tracking number", "the number", "单号", "運單號碼", "快递单号".
const NUMBER_EN = String.raw`(?:(?:the|my|a|his|her|their|its)\s+)?(?:tracking\s+|parcel\s+|waybill\s+)?(?:number|no\.?|code)`;
const NUMBER_ZH = '(快递单号|快遞單號|运单号码|運單號碼|运单号|運單號|单号|單號|追踪号|追蹤號|查询号|查詢號)';
// "where do I find the number", "how do I get the tracking number"; "单号在哪里找", "點樣搵個單號" (blind batch 32:
// 10.2–10.3 heard the number asked for again, then "not understood").
const WHERE_NUMBER_EN = new RegExp(
  [
    String.raw`\b(?:how|where)\s+(?:do|can|would|should|will)\s+(?:i|we)\s+(?:find|get|see|look\s+up|get\s+hold\s+of|know)\b[^.?!]{0,12}\b${NUMBER_EN}\b`,
    String.raw`\bwhere(?:'s|\s+is)\s+(?:the|my)\s+(?:tracking\s+)?number\b`,
  ].join('|'),
  'i',
);
const WHERE_NUMBER_ZH = new RegExp(
  [
    `(怎么|怎麼|点样|點樣|点|點|哪里|哪裡|哪儿|边度|邊度|去哪|去边|去邊|喺边|喺邊|在哪)(可以|能|才能)?(找|查|看|搵|揾|睇|拿|攞|获取|獲取)(到|得到)?[^。？?！!]{0,4}${NUMBER_ZH}`,
    `${NUMBER_ZH}(要|可以|能)?(在哪|喺边|喺邊|去哪|哪里|哪裡|怎么找|怎麼找|點搵|点搵|点样搵|點樣搵|怎么查|怎麼查)`,
  ].join('|'),
);
// "I don't know the number", "我不知道单号", "冇單號": said, not asked — a complaint without its number may say it too.
const NUMBER_NOT_KNOWN = new RegExp(
  String.raw`\b(?:don'?t|dont|do\s+not|doesn'?t)\s+(?:know|have)\b[^.?!]{0,6}\b${NUMBER_EN}\b|` +
    `(不知道|唔知|不晓得|不曉得|不记得|不記得|唔記得|冇|没有|沒有|无|無)(个|個|那个|嗰個)?${NUMBER_ZH}|` +
    // ("单号我不知道", "單號搵唔到": the number first.)
    `${NUMBER_ZH}(我)?(都)?(不知道|唔知|不晓得|不曉得|不记得|不記得|唔記得|找不到|搵唔到|冇|没有|沒有)(了|啊|呀|喇|啦)?(?=$|[\\s，,。！!？?])`,
  'i',
);

// Asked for the number, the customer does not know what it is or cannot find it: "号码? 什么号码", "单号是啥", "咩單號呀",
// "what number?", "nvm cant find it", "问那么多干嘛 你们自己系统查不到吗" (blind batch 54a: 05.3, 06.3, 09.2, 10.2, 13.3 were
// taken for complaints or asked for the number again).
const NUMBER_PUZZLED = new RegExp(
  [
    `(什么|什麼|啥|咩|乜|乜嘢|乜野|哪个|哪個|邊個)(嘅|的)?(${NUMBER_ZH}|号码|號碼)`,
    `(${NUMBER_ZH}|号码|號碼)(是|係|系)?(啥|什么|什麼|咩|乜嘢|乜野|乜)`,
    '(唔識|不会|不會|不懂|唔知點)(睇|看|找|搵|查)',
    '(你们|你們|你哋|你地)(自己|的|嘅|系统|系統|电脑|電腦){0,3}(查不到|查唔到|搵唔到|找不到|不能查|唔可以查)',
    String.raw`\bwhat (tracking )?(number|no\.?)\b|\bwhat('?s| is) (a|the) tracking (number|no\.?)\b`,
    String.raw`\b(can'?t|cant|cannot|couldn'?t|unable to) find (it|the number|the tracking|my tracking|the receipt)\b`,
    String.raw`\bcan'?t you (just )?(look|check|find|search)\b`,
  ].join('|'),
  'i',
);

const NUMBER_ASKED = Symbol('parcelcare.numberAsked');

/** Moves "the last reply asked for the number" from the conversation into this turn (it holds for one turn only). */
export function takeNumberAsked(turn: Turn): void {
  turn.context.turnState.set(NUMBER_ASKED, turn.data.numberAsked === true);
  turn.data.numberAsked = undefined;
}

/** The reply before this message asked for a tracking number. */
export const numberWasAsked = (turn: Turn): boolean => turn.context.turnState.get(NUMBER_ASKED) === true;

/** "I don't have the number", "冇單號": the customer says they do not know the parcel's tracking number. */
export const saysNumberNotKnown = (text: string): boolean => NUMBER_NOT_KNOWN.test(text);

/** The customer asks where the tracking number is found. */
export const asksWhereNumber = (text: string): boolean =>
  (WHERE_NUMBER_EN.test(text) || WHERE_NUMBER_ZH.test(text)) && !ABOUT_COMPLAINT.test(text);

/** The customer asks whether a parcel can be found by a phone number instead of its tracking number. */
export const asksParcelByPhone = (text: string): boolean =>
  (BY_PHONE_ZH.test(text) || BY_THIS_ZH.test(text) || BY_PHONE_EN.test(text) || BY_THAT_EN.test(text)) &&
  !ABOUT_COMPLAINT.test(text);

/** The customer asks the bot to guess or work out a tracking number. */
export const asksNumberGuessed = (text: string): boolean => GUESS_EN.test(text) || GUESS_ZH.test(text);

/** Which answer a message without a tracking number needs, if it asks how a parcel is found without one. */
export function lookupWithoutNumberKey(turn: Turn): ReplyKey | undefined {
  if (turn.reading.entities.trackingNumbers.length > 0) return undefined;
  // ("你看我电话行不行" answering "which tracking number?": a phone offered to find it by — not after the last 4
  // digits were asked for a parcel in the chat, where "用我自己嘅電話得唔得" offers the proof.)
  // (The customer's own phone, typed or named as theirs: "快递员电话一直打不通 你们行不行啊" is a complaint — a review of
  // 217df6f.)
  const ownPhone =
    /\d{7,}/.test(turn.text.replace(/\s/g, '')) || /(我|用|拿)(的|嘅)?(手机|手機|电话|電話)/.test(turn.text);
  const phoneOffered =
    numberWasAsked(turn) &&
    ownPhone &&
    (turn.reading.intent !== 'complaint' || turn.reading.confidence < 0.6) &&
    PHONE_WILL_DO_ZH.test(turn.text);
  if (asksParcelByPhone(turn.text) || phoneOffered) return 'lookup.byPhoneNot';
  if (asksNumberGuessed(turn.text)) return 'lookup.guessNot';
  // (Not where a parcel is being spoken of already: "I don't know the number" there is the proof's phone — proof-trouble.)
  // ("I don't know the number" alone, read as no complaint: where it is found, too.)
  // (Asked for the number just now, a weak complaint reading of "我不知道", "查不到吗" is the number not at hand; so is a
  // short "nvm cant find it".)
  const asked =
    numberWasAsked(turn) &&
    (turn.reading.intent !== 'complaint' || turn.reading.confidence < 0.6 || wordsIn(turn.text) <= 16);
  const notKnown =
    (turn.reading.intent !== 'complaint' || asked) &&
    (NUMBER_NOT_KNOWN.test(turn.text) || (asked && NUMBER_PUZZLED.test(turn.text)));
  if (!turn.data.lastTracking && (asksWhereNumber(turn.text) || notKnown))
    // (Told already where it is: "nvm cant find it" next hears it can wait, and what can be done without it.)
    return turn.data.whereNumberTold && !asksWhereNumber(turn.text) ? 'lookup.numberLater' : 'lookup.whereNumber';
  return undefined;
}

/**
 * Answers "can't you find it by my phone?" and "can you guess the number?": no, and where the number is found.
 * @returns false when the message asks no such thing.
 */
export async function answerLookupWithoutNumber(turn: Turn): Promise<boolean> {
  const key = lookupWithoutNumberKey(turn);
  if (!key) return false;
  noteOutcome(turn.context, 'answered');
  // (The answer ends asking for the number: what comes next is about it too.)
  turn.data.numberAsked = true;
  if (key === 'lookup.whereNumber' || key === 'lookup.byPhoneNot') turn.data.whereNumberTold = true;
  await reply(turn, say(turn, key));
  return true;
}
