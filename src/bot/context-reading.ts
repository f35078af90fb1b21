import type { NluResult } from '../nlu';
import { asksLeaveWithProperty } from './property-request';
import { buildingDeskIn } from './building-desk-words';
import { addressChangeGiven } from './address-change-given';
import { asksForDeliveryChange, deliveryChangeKind, wantsCallFirst } from './delivery-change-reading';
import { strongFeelings } from './empathy';
import { asksForRemedy } from './intake-reading';
import { wantsToComplain } from './complaint-words';
import { asksHowItGoes } from './message-cues';

/**
 * Reading a message against what the conversation is doing rather than alone. The NLU reads each message by
 * itself, and a request to act on the delivery often carries complaint words ("it's stuck, can you speed it
 * up?"); what the customer asks the courier to do decides, unless they said outright that they want to complain.
 */

// The form of a request to act: "can you…", "please…", "put it…", "能不能…", "可唔可以…", "幫我…", "放到…吧".
// (Also "改星期六送", "送周六吧", "星期六送啦", "…得唔得": a day asked for in Mandarin or Cantonese — blind batch 20: 18.4.)
// ("咁放喺服務點啦 我下星期返嚟自己攞": the request ends its clause, more may follow; "已經放咗喺門口啦" tells; "why would it
// be returned", "how could you…" ask no one to do anything — blind batch 37b: 05.2.)
export const REQUEST_FORM =
  /(?<!\b(?:why|how come|how) )\b(can|could|would) (you|u|it|we)\b|\bcan (deliver|send|bring|put|hold|keep|speed|redeliver|expedite|change|move)\b|\b(please|pls|kindly)\b|^\s*(actually\s+(no,?\s+)?)?(just\s+)?(put|hold|leave|keep|redeliver|deliver|send|bring|speed|expedite)\b|能不能|能否|可不可以|可唔可以|可以.{0,12}[吗嗎嘛]|帮我|幫我|麻烦|麻煩|请(?!勿|问)|請(?!勿|問)|给我(放|送|改)|俾我(放|送|改)|改(到|送|寄|成|放)|(?<!已经|已經|已)(放|存|寄存|送)(到|去|在|喺|入)[^，,。.!?！？了咗]{0,14}(吧|啦|喇|就好|就行|就得|就可以)(?=[\s。.!！~，,]|$)|改[^，,。.!?！？\s了咗]{1,8}(送|派|寄)|(得唔得|得不得|行唔行|行不行|好唔好|好不好)\s*[?？呀啊吖]*\s*$|(送|派)(过来|過來|嚟)?[^，,。.!?！？\s了咗到]{0,6}(吧|啦|喇)(?=[\s，,。.!！~]|$)/i;

// A tracking number as written in a message ("SF1402837465921", "782828807290222").
const PARCEL_NUMBER = /(?<![A-Za-z\d])[A-Za-z]{0,4}\d{8,}[A-Za-z]{0,3}(?![A-Za-z\d])/g;

// The handling of a complaint or ticket, and the delivery of a parcel: which one a "faster" is about.
const HANDLING =
  /处理|處理|跟进|跟進|解决|解決|回复|回覆|答复|答覆|投诉|投訴|工单|工單|客訴|客诉|案件|\b(handl\w*|resolv\w*|sort(ed)? (it |this |that )?out|deal(t)? with|process\w*|complaint|ticket|case|reply|answer)\b/i;
const DELIVERY = /[送派寄]|运输|運輸|到货|到貨|收到|\b(deliver\w*|ship\w*|arriv\w*|parcel|package|send)\b/i;

// A choice settled on instead of another: "算了 还是明天送上门吧", "不如放門市啦", "a locker instead", "I'd rather…".
// Another option offered as good enough ("或者放佢附近嘅驛站都得", "要不放快递柜也行", "or just leave it at the station")
// settles on it as well.
const PREFERS =
  /(^|[\s，,])(还是|還是|不如|改成|改为|改為|换成|換成)[^，,。]{0,24}(吧|啦|喇|好了|就好|就得|就行)\s*[。.!！]*$|(^|[\s，,])(或者|或是|要不|要唔係)[^，,。]{0,24}(都得|都可以|都行|也行|也可以|亦可)\s*[。.!！啦喇吧]*$|\binstead\b|\bi('?d| would) rather\b|^\s*or (just )?(leave|put|hold|keep|drop)\b/i;

/**
 * The message asks the courier to change how a parcel is delivered (hold it, bring it another day or
 * elsewhere, speed it up), in the form of a request, and not as part of a complaint the customer asked for.
 */
export function asksToChangeDelivery(text: string, reading: NluResult): boolean {
  if (wantsToComplain(text)) return false;
  // "帮我放快递柜吧": a locker or a store named in a request is a hold, whatever else the words say.
  const kind = deliveryChangeKind(text, reading);
  // "the label has the wrong phone", "send it back to the seller": a request by what it names, whatever its form.
  if (kind === 'correct_label' || kind === 'return_to_sender') return true;
  // "then change the address: the new address is 5 Park Road, …", "send it to … instead": an address to change to,
  // given with the change, is asked for whatever the sentence's form (blind 27: the English change in a complaint).
  if (kind === 'change_address' && addressChangeGiven(text)) return true;
  // "送到家，家裡沒人就交給管理室代收": home, left with the building's management if nobody is in — a redelivery.
  // ("could the driver just leave it with the security guard?": left with the building's desk — blind batch 25: 01.2.)
  if (kind === 'redeliver' && (asksLeaveWithProperty(text) || buildingDeskIn(text) !== undefined)) return true;
  // "多久能处理完 能不能快点", "can you sort my complaint out faster?": hurrying the handling of a complaint is
  // no request to speed up the parcel — a question about the ticket is never a change to the delivery.
  if (kind === 'expedite' && HANDLING.test(text) && !DELIVERY.test(text)) return false;
  // A change the words name, settled on in place of another, is asked for however the NLU reads it.
  const prefers = PREFERS.test(text);
  const change =
    reading.intent === 'change_delivery' || asksForDeliveryChange(text, reading.intent) || kind === 'hold' || prefers;
  // "SF… just leave it in the locker": the request's form is read past the parcel's number in front of it.
  const request = REQUEST_FORM.test(text) || REQUEST_FORM.test(text.replace(PARCEL_NUMBER, ' ').trim());
  return change && (request || prefers) && kind !== undefined;
}

// The delivery named, no person of ours: "can the driver call me first", not "can someone call me".
const DELIVERY_NAMED = /送|派|deliver|bring|courier|driver|快递员|快遞員|速遞員|司機|司机/i;

/**
 * A complaint reading that is really a request to change the delivery ("so it's stuck? can you speed it up?"):
 * the request is what the customer asked for. Strong feelings keep it a complaint (the complaint's demand
 * step takes the redelivery).
 */
export function complaintIsChangeRequest(text: string, reading: NluResult): boolean {
  // ("你们到底能不能送到，我要赔偿": compensation asked for beside it — a complaint.)
  // ("I do not have the number. Can the driver phone me before he comes, the door bell is broken": a call before the
  // delivery asked for — a request, though the broken bell reads as a grievance; blind batch 39b: 03.1.)
  // (With the parcel named, its record answers first: "JT… shows delivered but nothing came … get the driver to ring me
  // back" is the not-received complaint — signature-disputed.conversation.ts.)
  const callAsked =
    reading.entities.trackingNumbers.length === 0 &&
    wantsCallFirst(text) &&
    DELIVERY_NAMED.test(text) &&
    !wantsToComplain(text);
  return (
    reading.intent === 'complaint' &&
    (asksToChangeDelivery(text, reading) || callAsked) &&
    !strongFeelings(reading, text) &&
    !asksForRemedy(text) &&
    !(NOT_RECEIVED.test(text) && !REQUESTED.test(text))
  );
}

// "說是放在管理室 可是管理員說根本沒收到": the parcel told missing where it was said to be left — the complaint, not a
// request to leave it there (blind batch 43b: 11.1 was taken as a change to the guard's office).
const NOT_RECEIVED =
  /沒收到|没收到|冇收到|未收到|唔見|不見了|不见了|找不到|搵唔到|\bnever (got|received|came|arrived)\b|\b(didn'?t|did not|haven'?t|have not|hasn'?t) (get|got|receive|received|come|arrived)\b|\bnot received\b/i;
// Asked for outright: "幫我", "請", "can you", "please".
const REQUESTED =
  /幫我|帮我|請你|请你|唔該|麻煩你|麻烦你|能不能|可不可以|可唔可以|\b(can|could|would) you\b|\bplease\b/i;

/** Intents a cancelled complaint leaves standing: the customer also asked where it is, or for a change. */
const BESIDES_CANCEL = ['change_delivery', 'track', 'ticket_status', 'human'];

/** A message that cancels and asks for something else ("算了不投诉了，能不能放快递柜", "never mind, where is it now?"). */
export function asksForMoreThanCancel(turn: { text: string; reading: NluResult }): boolean {
  const { intent } = turn.reading;
  // (A bare "算了 不投诉了 取消吧" may read as a status question for its 投诉: it asks nothing more.)
  if (intent === 'ticket_status' && !asksHowItGoes(turn.text)) return false;
  return BESIDES_CANCEL.includes(intent) || intent.startsWith('faq.') || asksToChangeDelivery(turn.text, turn.reading);
}

// "唔好啦", "算了", "不要了", "no,", "nah", "actually": the message opens by turning down what was under way.
// ("wait, that's wrong. actually forget it, just keep it at the station": a later sentence may open so too.)
const TURNS_DOWN =
  /^\s*(唔好|不要|不用|算了|算啦|咁算|唔使|唔要|no\b|nah\b|nope\b|actually\b|forget (it|that)\b|scratch that\b)|[.!?。！？]\s*(算了|算啦|咁算|actually,? (forget|scratch|no\b|just\b)|forget (it|that)\b|scratch that\b)/i;

/** The message opens by turning down what was being asked for ("唔好啦 我自己去攞", "no, I'll pick it up"). */
export const turnsDown = (text: string): boolean => TURNS_DOWN.test(text);
