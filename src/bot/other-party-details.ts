import { ANSWERED_ASIDE } from './intake-state';
import { asksQuestion, labelledLastFour } from './message-cues';
import { lookUpParcel, statusLines } from './parcel-answer';
import { asksPartyDetails } from './party-details';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * Another person's phone, address or full name asked for — "给我把他电话和详细地址发过来 我要报警", "可以給我寄件人的電話
 * 嗎", "can you give me the address it went back to", "who is it for exactly?", "給個地址也好" (issue #17, blind batch
 * 44b: 04.2–04.3, 06.3, 07.1, 07.3, 12.2–12.4 — no one's data was shown, but the bot never said it would not show it, so
 * the customers kept asking, and 12.3 was told its parcel "isn't lost"). Said plainly: nobody's contact details are
 * given out, whoever asks and why; the two ends of a parcel see each other as a surname and a city, once proved; the
 * police ask the courier directly; no personal message is passed on. The courier's own number has its rule
 * (courier-number.ts); the customer changing a phone or an address on the parcel is a change of delivery.
 */

// Whose: the other end of a parcel, or someone named by their relation.
const WHOSE_ZH =
  '(他|她|佢|对方|對方|寄件人|收件人|发件人|發件人|寄件的人|收件的人|买家|買家|卖家|賣家|前任|前男友|前女友|朋友|那个人|那個人|嗰個人)';
const DETAIL_ZH =
  '(手机号?|手機號?|电话|電話|地址|住址|详细地址|詳細地址|联系方式|聯絡方式|聯繫方式|全名|名字|姓名|号码|號碼)';
const ASKED_ZH = new RegExp(
  [
    `${WHOSE_ZH}(的|嘅|個|个|嗰個)?(新|现在的|現在的|而家嘅|最新的?)?${DETAIL_ZH}`,
    // "地址电话我有权知道吧", "給個地址也好": the details wanted, whoever's.
    `(地址|电话|電話)[^，。,.!?！？]{0,6}(有权|有權)知道`,
    `(给|給|俾|畀)(我)?(个|個)(地址|电话|電話)`,
    // "是谁寄的", "邊個寄嚟", "寄件人是谁": who sent it.
    `(是)?(谁|誰|边个|邊個)寄(的|嘅|嚟|来|來|给我|給我)`,
    `(寄件人|发件人|發件人)(是)?(谁|誰|边个|邊個)`,
  ].join('|'),
);
// Asked for: given, sent, told, or a question.
const REQUEST_ZH =
  /给我|給我|俾我|畀我|发过来|發過來|发给我|發給我|告诉我|告訴我|查|要|能不能|可不可以|可以|可唔可以|有权|有權|也好|吗|嗎|呢|谁|誰|边个|邊個/;
const ASKED_EN =
  /\b(give|tell|send|share|get|have|know|find out|what'?s|what is|need)\b[^.?!]{0,25}\b(his|her|their|the (sender|recipient|buyer|seller|person)'?s?|my ex'?s?|the other (person|side)'?s?)\b[^.?!]{0,12}\b(phone|number|mobile|address|full name|name|contact|details|email)\b|\bthe address it (went|was sent|is going) back to\b/i;
// "who is it for exactly?" of a parcel at the door that is not theirs.
const WHO_FOR = /\bwho (is it|it'?s|this is|the (box|parcel|package) is) for\b/i;
// The customer's own details, or a change on the parcel: not another person's asked for.
const OWN_OR_CHANGE =
  /改|更新|(换|換)成|写错|寫錯|填错|填錯|\b(change|update|correct|wrong) (the |my |his |her |their )?(phone|number|address)\b|\bmy (own )?(phone|number|address) is\b/i;
// The courier's number has its own rule.
const COURIER =
  /快递员|快遞員|速遞員|派件员|派件員|师傅|師傅|司机|司機|小哥|\b(courier|driver|delivery (guy|man|person))\b/i;

// "可以幫我轉告他叫他聯絡我嗎", "can you tell him to call me": a personal message to pass on (44b: 12.4).
const RELAY =
  /(转告|轉告|转达|轉達)(一下|下)?(给|給|俾|畀)?(他|她|佢|对方|對方|寄件人|收件人|发件人|發件人|朋友|买家|買家|卖家|賣家)|(帮我|幫我|叫|让|讓)(他|她|佢|对方|對方)(联系|聯絡|聯繫|打(电话|電話)?给我|打(电话|電話)?給我|搵我|覆我|回复我|回覆我)|\bpass (on )?(a |my )?message\b|\btell (him|her|them|the (sender|recipient)) to (call|contact|text|message|get in touch with|reach) me\b|\bask (him|her|them|the (sender|recipient)) to (call|contact|text|message|get in touch with|reach) me\b/i;

/** The message asks for a personal message to be passed on to the other person. */
export const asksToPassMessage = (text: string): boolean => RELAY.test(text) && !COURIER.test(text);

// "I have a right to know", "地址电话我有权知道吧", "my own property": pressing for what was refused.
const RIGHT_TO_KNOW =
  /\bright to (know|see|have)\b|有权知道|有權知道|有權利知道|有权利知道|我有权|我有權|\bmy own (stuff|property|things)\b/i;

const CONTACT = /电话|電話|手机|手機|号码|號碼|联系方式|聯絡方式|聯繫方式|\b(phone|number|mobile|contact|email)\b/i;
// "我不知道他电话后四位", "我冇佢電話號碼", "I don't have her number": the customer lacks the proof — not asking for it.
const LACKS =
  /不知道|不晓得|不曉得|唔知|不记得|不記得|(没|沒|冇)(有)?(他|她|佢|对方|對方)?(的|嘅)?(电话|電話|手机|手機|号码|號碼)|\b(don'?t|do not|doesn'?t|didn'?t) (know|have|remember)\b/i;
// The digits asked for as proof: "他电话后四位", "her phone's last 4".
const DIGITS_OF_IT = /(后|後|末|尾)\s*(四|4)|尾(号|號|数|數)|\blast\s*(4|four)\b/i;

/** The message asks for another person's phone, address or full name, or who sent the parcel. */
export function asksOtherPartyDetails(text: string): boolean {
  if (COURIER.test(text) || OWN_OR_CHANGE.test(text)) return false;
  // ("收件人地址是啥", "who is it addressed to?": a name or an address on the waybill, shown once proved — party-details.ts;
  // a phone is never shown, not even then.)
  if (asksPartyDetails(text) && !CONTACT.test(text)) return false;
  if (WHO_FOR.test(text) || WHO_SENT.test(text)) return true;
  if (LACKS.test(text) || DIGITS_OF_IT.test(text)) return false;
  if (ASKED_EN.test(text)) return true;
  return ASKED_ZH.test(text) && (REQUEST_ZH.test(text) || asksQuestion(text));
}

// "为什么不行", "I have a right", "拜托", "又不是坏人": pressed after being told.
const PRESSED =
  /\b(right to|please|come on|why not|just|at least)\b|拜托|拜託|求你|求求|也好|有权|有權|为什么不|為什麼不|點解唔/i;

/** Details asked, a message to pass on, or — once refused — pressed for ("I have a right to know"). */
const asked = ({ text, data }: Turn): boolean =>
  asksOtherPartyDetails(text) ||
  asksToPassMessage(text) ||
  (data.otherPartyRefused === true && RIGHT_TO_KNOW.test(text));

/** The answer: nobody's details given out; said once in full, then shorter. */
function answer(turn: Turn): string {
  if (asksToPassMessage(turn.text)) return say(turn, 'privacy.noMessages');
  const again = turn.data.otherPartyRefused === true;
  turn.data.otherPartyRefused = true;
  if (!again) return say(turn, 'privacy.otherParty');
  return say(
    turn,
    PRESSED.test(turn.text) || RIGHT_TO_KNOW.test(turn.text) || asksQuestion(turn.text)
      ? 'privacy.otherPartyAgain'
      : 'privacy.otherParty',
  );
}

// "是谁寄的", "邊個寄嚟", "who sent this": the sender asked of a parcel the customer received.
const WHO_SENT =
  /(是)?(谁|誰|边个|邊個)寄(的|嘅|嚟|来|來|给我|給我)|(寄件人|发件人|發件人)(是)?(谁|誰|边个|邊個)|\bwho (sent|is sending) (it|this|me)\b|\bwho (is|was) the sender\b/i;

/**
 * "是谁寄的" of a parcel named, not yet proved: its status, and how the recipient sees who sent it — the surname and
 * city, once the last 4 digits of their phone are given (44b: 06.1 was taken for a lost parcel's complaint).
 */
async function whoSentAnswer(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  if (!number || !WHO_SENT.test(turn.text) || turn.data.verified.includes(number)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  const status = statusLines(turn.services, turn.locale, lookup, spokenRegister(turn));
  turn.data.lastTracking = number;
  // (The digits are what the reply asks for next: "1111 我自己的手机" proves the parcel.)
  turn.data.verifyTracking = number;
  turn.data.verifyTries = 0;
  await reply(turn, [...status, say(turn, 'privacy.whoSent', { number })].join('\n'));
  return true;
}

/**
 * Outside a complaint: the answer. The message goes on to be read (a parcel's number or the last 4 digits given with it
 * are looked up and checked as usual) unless it says nothing more.
 * @returns whether the message is answered and nothing more is to be read of it.
 */
export async function answerOtherPartyDetails(turn: Turn): Promise<boolean> {
  if (!asked(turn)) return false;
  if (await whoSentAnswer(turn)) return true;
  await reply(turn, answer(turn));
  return turn.reading.entities.trackingNumbers.length === 0 && !labelledLastFour(turn.text);
}

/**
 * In a complaint being taken down: the answer, then the step again (unless the message gives digits or a number the
 * step reads).
 * @returns whether the message was answered as an aside.
 */
export async function answerOtherPartyDetailsAside(turn: Turn): Promise<boolean> {
  if (!asked(turn)) return false;
  await reply(turn, answer(turn));
  if (turn.reading.entities.trackingNumbers.length > 0 || labelledLastFour(turn.text)) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
