import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { parcelFactsAnswer } from './parcel-facts';
import { noteOutcome } from './turn-outcome';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * Another person's details on a parcel asked for before any proof (issue #17, blind batch 26: 14.1, 14.3, 26b 17.3):
 * "收件人地址是啥", "那你告诉我收件人叫什么", "寄件人電話幾多", "who is it addressed to?", "what's the recipient's name?". Not a
 * change of delivery and not a complaint: where the parcel is and the city it goes to are anyone's to know; the names,
 * the address and the phones are shown only after the last 4 digits of the sender's or recipient's phone — said so,
 * with the status when the message also asks where the parcel is.
 */

// Whose: the recipient or the sender (or "the other side"); "收件地址" is the recipient's address.
const PARTY = '(收件人|收货人|收貨人|收件方|寄件人|发件人|發件人|寄件方|寄货人|寄貨人|对方|對方|收件|收货|收貨)';
// What of them: the name, who they are, the address, where they live, the phone.
const DETAIL =
  '(叫|名字|姓名|全名|是谁|是誰|係邊個|系边个|係誰|地址|住址|住哪|住在哪|住喺邊|住边|住邊|电话|電話|手机|手機|号码|號碼)';
// Asked: a question word, or "tell me", "give me", "let me see".
const WH = '(什么|什麼|甚麼|啥|谁|誰|哪|邊|边|咩|乜|幾多|几多|多少|[?？]|吗|嗎|呢)';
const TELL =
  '(告诉|告訴|話俾|话俾|話畀|话我知|話我知|讲给|講給|透露|给我|給我|发我|發我|俾我|畀我|让我看|讓我看|睇下|看看|查查|查一下)';
const CHINESE = new RegExp(
  `${PARTY}(的|嘅)?[^，。,.!！]{0,3}${DETAIL}[^，。,.!！]{0,6}${WH}|${TELL}[^，。,.!！]{0,4}${PARTY}(的|嘅)?[^，。,.!！]{0,3}${DETAIL}` +
    // "寄给谁的", "寄畀邊個": whom it is sent to.
    '|(寄给|寄給|寄畀|寄俾|送给|送給)(谁|誰|邊個|边个)',
);
const PARTY_EN = String.raw`(recipient|receiver|addressee|sender|consignee)`;
const DETAIL_EN = String.raw`(name|address|phone|number|mobile|details|info|information)`;
const ENGLISH = new RegExp(
  [
    String.raw`\bwho(?:'s| is| was)? (?:the )?${PARTY_EN}\b`,
    String.raw`\bwho (?:is it|was it|it'?s|is this|was this) (?:addressed|sent|going|being sent|for)\b`,
    String.raw`\b${PARTY_EN}'?s? (?:full )?${DETAIL_EN}\b`,
    String.raw`\b${DETAIL_EN} of the ${PARTY_EN}\b`,
    String.raw`\bwhat(?:'s| is) (?:the|its) (?:delivery )?address\b`,
    String.raw`\bwhere (?:does|do) (?:the )?${PARTY_EN} live\b`,
  ].join('|'),
  'i',
);

// Asked, in English: a question or "tell me", "show me" — "recipient phone ends 4444" names the phone, it asks nothing.
const ASKS_EN = /\?|\b(what|who|whose|where|which|tell|give|show|send|let me (see|know))\b/i;
// Four digits given: the proof itself ("收件人电话尾号4444", "recipient phone ends 4444"), not a question about it.
const LAST_FOUR = /(?<!\d)\d{4}(?!\d)/;

// A change or correction of the detail asked for, not a question about it: "可以幫我更改收件地址嗎", "收件人电话写错了能改吗",
// "please change the recipient's phone to …" (a delivery change or a label correction).
const CHANGES = /改|修正|更正|写错|寫錯|填错|填錯|不对|不對|唔啱|\b(change|update|correct|fix|amend|wrong|edit)\w*/i;
// A detail said to be wrong, or asked to be corrected: "收件人电话写错了能改吗", "收件人名字不对", "改一下收件人电话", "the
// recipient's phone is wrong", "correct the recipient's name" — a label correction (correct_label), which needs no look at
// the details (review of blind batch 26's fixes, finding 4).
const CORRECTING = new RegExp(
  `${DETAIL}[^，。,.!！?？]{0,6}(写错|寫錯|填错|填錯|打错|打錯|错了|錯了|错咗|錯咗|不对|不對|唔啱|改)|(改|更正|修改|更改)[^，。,.!！?？]{0,6}${PARTY}|` +
    String.raw`\b${DETAIL_EN}\b[^.,!?]{0,20}\b(wrong|incorrect|mistaken|a typo)\b|\b(wrong|incorrect|correct|fix|change|update)\b[^.,!?]{0,12}\b${PARTY_EN}`,
  'i',
);

/** The message asks for the name, address or phone of the recipient or sender of a parcel. */
export const asksPartyDetails = (text: string): boolean =>
  !CHANGES.test(text) &&
  !LAST_FOUR.test(text.replace(/[A-Z]{0,4}\d{8,}[A-Z]{0,2}/gi, ' ')) &&
  !CORRECTING.test(text) &&
  (CHINESE.test(text) || (ENGLISH.test(text) && ASKS_EN.test(text)));

// "寄到哪了", "到咗邊", "where is it": the parcel's whereabouts asked too.
const WHERE_IS =
  /(寄到|到|在|去咗|去了|喺)(哪|邊|边)|\bwhere(?:'s| is)? (?:it|my|the|this)\b(?! (?:recipient|sender))/i;

/**
 * The names or address of a parcel the customer has not proved asked for: its status when asked where it is, the city
 * it goes to, and that the rest needs the last 4 digits of the sender's or recipient's phone (the digits asked for
 * next). A proved parcel, or one not found, is left to the usual answers.
 * @returns false when the message asks no such thing.
 */
export async function answerPartyDetails(turn: Turn): Promise<boolean> {
  const { data, text, services } = turn;
  if (!asksPartyDetails(text)) return false;
  const named = turn.reading.entities.trackingNumbers;
  if (named.length > 1) return false;
  const parcel = named[0]?.number ?? data.verifyTracking ?? data.lastTracking;
  if (!parcel || data.verified.includes(parcel)) return false;
  const found = await lookUpParcel(services, parcel);
  if (found.kind !== 'found') return false;
  data.lastTracking = parcel;
  data.verifyTracking = parcel;
  noteOutcome(turn.context, 'answered');
  const status = WHERE_IS.test(text)
    ? await trackingAnswer(services, turn.context, turn.locale, found, spokenRegister(turn))
    : [];
  await reply(turn, [...status, parcelFactsAnswer(turn, found, 'address')].join('\n'));
  return true;
}
