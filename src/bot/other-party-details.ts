import { ANSWERED_ASIDE } from './intake-state';
import { wantsToComplain } from './complaint-words';
import { asksCourierNumber } from './courier-number';
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
  ].join('|'),
);
// Asked for: given, sent or told to the customer ("给我", "发过来", "告訴我", "透露", "也好", "有权知道"); a bare question
// is not enough ("我要寄东西给我朋友 他的地址在杭州 运费多少" asks a price — a stranger's review of ebc7b49).
// ("寄件人全名叫什么 电话多少": asked as what it is called and how much — blind batch 47a: 09.5.)
const REQUEST_ZH =
  /叫什么|叫什麼|叫咩|(电话|電話|手机|手機|号码|號碼)(是)?多少|给我|給我|俾我|畀我|(俾|畀|给|給)[^，。,.!?！？]{0,8}(地址|电话|電話|号码|號碼)[^，。,.!?！？]{0,2}我|发过来|發過來|发给我|發給我|告诉我|告訴我|話我知|话我知|透露|有权|有權|也好|是多少|係幾多|係咩|是什么|是什麼|在哪|喺邊/;
const ASKED_EN =
  /\b(give|tell|send|share|get|find out|what'?s|what is|need)\b[^.?!]{0,25}\b(his|her|their|the (sender|recipient|buyer|seller|person)'?s?|my ex'?s?|the other (person|side)'?s?)\b[^.?!]{0,12}\b(phone|number|mobile|address|full name|name|contact|details|email)\b|\bthe address it (went|was sent|is going) back to\b|\b(which|what) (flat|unit|apartment|apt|door|house|room|floor)( number)? (is (he|she|they|the (recipient|owner|person|guy|lady))|does (he|she|they|the (recipient|owner|person|guy|lady)) live|(he|she)'?s|they'?re)\b|\bwhere (does|do) (he|she|they|the (recipient|owner|person)) live\b/i;
// "who is it for exactly?" of a parcel at the door that is not theirs ("which flat is he in" — the ASKED_EN above: 48a 01.2).
const WHO_FOR = /\bwho (is it|it'?s|this is|the (box|parcel|package) is) for\b/i;
// The customer's own details, or a change on the parcel: not another person's asked for.
const OWN_OR_CHANGE =
  /改|更新|(换|換)成|写错|寫錯|填错|填錯|\b(change|update|correct|wrong) (the |my |his |her |their )?(phone|number|address)\b|\bmy (own )?(phone|number|address) is\b/i;
// The courier's number has its own rule; his name asked is a complaint's.
const COURIER =
  /快递员|快遞員|速遞員|派件员|派件員|派件的|送货的|送貨的|送件的|师傅|師傅|司机|司機|小哥|\b(courier|driver|delivery (guy|man|person)|(guy|man|person|woman|lady) who (delivered|brought|dropped))\b/i;
// Sending to them, offering details, a number to call given, a change of where it goes: no one's details asked for.
// ("我想寄个东西给我朋友 他的地址在杭州", "收件人电话是我的", "我朋友的電話號碼我可以給你嗎", "can you send it to his address
// instead?", "你们可以打我朋友的电话吗 他叫李明 138…".)
const NOT_ASKING =
  /(?<![给給俾畀])我(想|要)?寄(?!件人)|\bi (want to |wanna |need to )?(send|post|ship)\b|(电话|電話|手机|手機|名字|地址|号码|號碼)[^，。,.!?！？]{0,4}(是|係|寫的是|写的是)(我|我的|我嘅)|我(可以|能)?(给|給|俾|畀)你|\b(phone|number|name|address) (is|was) (mine|me|my)\b|\bcan i give you\b|(送|寄|派)(到|去)|改送|\b(send|deliver|ship|bring|redirect) (it )?to (his|her|their)\b|打[^，。,.!?！？]{0,6}(电话|電話)(吗|嗎|给|給)|(?<![A-Z\d])(\+?86)?1[3-9]\d{9}(?!\d)|(?<![A-Z\d])(\+?852\s?)?[5689]\d{3}\s?\d{4}(?!\d)/i;
// Whether what the waybill says is right, asked ("is the recipient's phone number correct on SF…", "他的地址是不是写对了"):
// a check of the label, which a proved sender or recipient makes with a change of it — not details asked for.
const CHECKS_LABEL =
  /\b(is|are) (it |they )?(correct|right|written (right|correctly))\b|\b(correct|right) on\b|写对|寫對|对不对|對不對|啱唔啱|有没有写错|有沒有寫錯|是不是写|是不是寫|係咪寫/i;
// A text or a mail asked about ("who sent this text?"): a scam or a notice, not a parcel's sender.
const MESSAGE_WORDS =
  /短信|簡訊|短訊|信息|訊息|邮件|郵件|电邮|電郵|链接|鏈接|連結|\b(text|sms|message|email|e-mail|link)\b/i;

// "可以幫我轉告他叫他聯絡我嗎", "pass a message to the sender": a personal message to pass on (44b: 12.4). ("can you tell
// him to call me before he comes", "ask them to call me" of the courier or the station are requests of ours.)
const RELAY =
  /(转告|轉告|转达|轉達)(一下|下)?(给|給|俾|畀)?(他|她|佢|对方|對方|寄件人|收件人|发件人|發件人|朋友|买家|買家|卖家|賣家)|\bpass (on )?(a |my )?message (to|on to) (him|her|them|the (sender|recipient)|my (friend|ex))\b/i;

/** The message asks for a personal message to be passed on to the other person. */
export const asksToPassMessage = (text: string): boolean => RELAY.test(text) && !COURIER.test(text);

// "I have a right to know", "地址电话我有权知道吧", "my own property": pressing for what was refused.
const RIGHT_TO_KNOW =
  /\bright to (know|see)\b|有权知道|有權知道|有權利知道|有权利知道|\bmy own (stuff|property|things)\b/i;

const CONTACT = /电话|電話|手机|手機|号码|號碼|联系方式|聯絡方式|聯繫方式|\b(phone|number|mobile|contact|email)\b/i;
// "我不知道他电话后四位", "我冇佢電話號碼", "I don't have her number": the customer lacks the proof — not asking for it.
const LACKS =
  /不知道|不晓得|不曉得|唔知|不记得|不記得|(没|沒|冇)(有)?(他|她|佢|对方|對方)?(的|嘅)?(电话|電話|手机|手機|号码|號碼)|\b(don'?t|do not|doesn'?t|didn'?t) (know|have|remember)\b(?! (him|her|them|who)\b)/i;
// The digits asked for as proof: "他电话后四位", "her phone's last 4".
const DIGITS_OF_IT = /(后|後|末|尾)\s*(四|4)|尾(号|號|数|數)|\blast\s*(4|four)\b/i;

/** The message asks for another person's phone, address or full name, or who sent the parcel. */
export function asksOtherPartyDetails(text: string): boolean {
  if (COURIER.test(text) || OWN_OR_CHANGE.test(text) || NOT_ASKING.test(text) || CHECKS_LABEL.test(text)) return false;
  if (wantsToComplain(text)) return false;
  // ("收件人地址是啥", "who is it addressed to?": a name or an address on the waybill, shown once proved — party-details.ts;
  // a phone is never shown, not even then.)
  if (asksPartyDetails(text) && !CONTACT.test(text)) return false;
  if (WHO_FOR.test(text) || (WHO_SENT.test(text) && !MESSAGE_WORDS.test(text))) return true;
  // ("…後四碼 這樣不能查嗎" asks about the proof; "…我是收件人 末四碼4444" gives it beside the request.)
  if (LACKS.test(text) || (DIGITS_OF_IT.test(text) && !/(?<!\d)\d{4}(?!\d)/.test(text))) return false;
  if (ASKED_EN.test(text)) return true;
  return ASKED_ZH.test(text) && REQUEST_ZH.test(text);
}

// "为什么不行", "I have a right", "拜托", "又不是坏人": pressed after being told.
const PRESSED =
  /\b(right to|please|come on|why not|just|at least)\b|拜托|拜託|求你|求求|也好|有权|有權|为什么不|為什麼不|點解唔/i;

/** Beside "who sent it?", a phone or an address asked for too. */
const asksOtherPartyDetailsBeyondSender = (text: string): boolean =>
  CONTACT.test(text) || /地址|住址|\baddress\b/i.test(text);

/** Details asked, a message to pass on, or — once refused — pressed for ("I have a right to know"). */
// ("佢電話號碼係咩" in a complaint about the courier: his number — courier-number.ts answers it.)
const asked = ({ text, data }: Turn): boolean =>
  !asksCourierNumber(text, data.said?.slice(-2)) &&
  (asksOtherPartyDetails(text) ||
    asksToPassMessage(text) ||
    (data.otherPartyRefused === true && RIGHT_TO_KNOW.test(text)));

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
// ("paid to me or to my friend who sent it?": "who sent it" said of someone of the customer's is no question — 45b:
// 04.6; "the name of the person who sent it" is one.)
const WHO_SENT =
  /(是)?(谁|誰|边个|邊個)寄(的|嘅|嚟|来|來|给我|給我)|(寄件人|发件人|發件人)(是)?(谁|誰|边个|邊個)|(寄件人|发件人|發件人)[^，。,.]{0,6}(能不能|可不可以|可唔可以|可以)(告诉|告訴|话|話)(我)?|(?<!\bmy (friend|mum|mom|dad|mother|father|sister|brother|son|daughter|boss|colleague|aunt|uncle|wife|husband|partner|cousin|neighbou?r)s? )\bwho (sent|is sending) (it|this|me)\b|\bwho (is|was) the sender\b/i;

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
  // ("who sent it?" of a parcel proved, or with none named: its details show the sender, or the number is asked for.)
  if (WHO_SENT.test(turn.text) && !asksOtherPartyDetailsBeyondSender(turn.text)) {
    const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
    if (!number || turn.data.verified.includes(number)) return false;
  }
  if (await whoSentAnswer(turn)) return true;
  // (A parcel named with it is told where it is, in the same reply — "My sister sent me something by EMS, EA…. What's
  // the sender's full address and phone?": blind-33 07; digits given with it are checked as usual, after.)
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const status = lookup?.kind === 'found' ? statusLines(turn.services, turn.locale, lookup, spokenRegister(turn)) : [];
  if (lookup?.kind === 'found') turn.data.lastTracking = lookup.number;
  await reply(turn, [answer(turn), ...status].join('\n'));
  return !labelledLastFour(turn.text) && (lookup === undefined || lookup.kind === 'found');
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
