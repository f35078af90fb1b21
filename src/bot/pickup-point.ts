import { recordedReason } from './parcel-answer';
import { ruleOn } from './case-rules';
import { leftUnagreed } from './intake-slot-text';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import type { ReplyKey } from './replies';
import { shipmentIn } from './shipment-text';
import { say, type Turn } from './turn';

/**
 * Questions about where a parcel can be collected — a parcel locker, a pickup point, a convenience store and the code
 * that opens it (issue #17, batch 19: 02, 21, 27): a code that does not work, a person to open the locker, "was it
 * sent to a store? what's the pickup code?", "7-11 says it isn't there", a text that says it is in a locker while
 * the record says otherwise. Each is answered from the parcel's record and the market's rule on pickup codes (what
 * the customer can do: the code's validity, having it sent again, the locker's helpline, a person) — never taken as a
 * demand to deliver it again, nor left unread.
 */
export type PickupPointQuestion = 'code' | 'open' | 'where';

// A locker, a pickup point or a convenience store.
const POINT =
  /\blockers?\b|\bparcel ?box\b|\bpick-?up point\b|\bconvenience store\b|7-?11|7-?eleven|family ?mart|circle ?k|快递柜|快遞櫃|智能柜|智能櫃|智取櫃|丰巢|豐巢|柜子|櫃子|柜门|櫃門|个柜|個櫃|驿站|驛站|超商|便利店|便利商店|全家|萊爾富/i;
// The code that opens it: "pickup code", "locker code", "取件码", "取貨碼" — and words that are such a code only beside
// a locker or store ("個密碼", "the code": an account's password is none).
const PICKUP_CODE = /\b(pick-?up|collection|locker|access|door) (code|pin)\b|取件码|取件碼|取货码|取貨碼/i;
const ANY_CODE = /\b(code|pin)\b|密码|密碼/i;
// It does not work: "doesn't work", "wrong", "入咗三次都話錯", "无效".
const FAILS =
  /\b(doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|not) (work|open|accept|valid)\w*|\bwrong\b|\binvalid\b|\bexpired\b|\bnot working\b|\b(rejected|refused|declined)\b|[错錯]|唔啱|不对|不對|无效|無效|用不了|用唔到|过期|過期|失效/i;
// The door does not open: "柜子打不开", "個櫃開唔到", "the locker won't open".
const OPENS_NOT =
  /[打开開]不[开開了]|[打开開]唔[开開到]|\b(won'?t|doesn'?t|does not|didn'?t|will not|can'?t|cannot) open\b/i;
// Someone to open it: "get someone to open it", "可唔可以叫人嚟開", "找人来开柜", "帮我开一下柜子". ("幫我開單", "帮我开单"
// open a complaint, not a locker — blind batch 23: 27.4; nor "帮我开个投诉单", "幫我開一張客訴單" — 24: 27.4; nor "幫我開個complaint",
// "帮我开个投诉" — 26b: 26.5; nor "咁幫我開返一個" after a complaint not found — session 46's review.)
const OPEN_IT =
  /\b(someone|somebody|anyone|a person|staff|you)\b[^.?!]{0,20}\bopen (it|this|that|the (locker|door|box|compartment))\b|[叫找派搵]人[^，。,.!?！？]{0,4}[開开](?![单單])|(帮|幫)我[開开](?!返|番|過|过|一?(個|个)(?!柜|櫃|格))(?!一?(張|张|個|个)?\s*((投訴|投诉|客訴|客诉|申訴|申诉)?(单|單|票|户|戶|案|工单|工單)|投訴|投诉|客訴|客诉|申訴|申诉|complaint|ticket|case|claim))|[開开](一下)?(柜|櫃|格)|遙距開|远程开|遠程開/i;
// Was it left there, and where then: "是不是送到超商了", "is it in a locker?", "7-11 says no", "他們說沒有".
const WHERE_ASKED =
  /还是|還是|定係|是不是|是否|有没有|有沒有|係咪|係唔係|有冇|送(去|到)?(哪|邊)|去咗邊|送去哪|\bis it (in|at)\b|\bdid (you|they|it)\b|\bwhere\b/i;
const NOT_THERE =
  /说没有|說沒有|话冇|話冇|说不在|說不在|话唔喺|話唔喺|找不到|搵唔到|沒看到|没看到|\bsays? (no|it'?s not|it isn'?t)\b|\bnot there\b|\bisn'?t there\b|\bdon'?t have it\b|\bdoesn'?t have it\b/i;
// A signature doubted: "是不是乱签", "冒签", "亂咁簽", "不是我签的", "did the driver fake the signature?".
const SIGNED_FALSELY =
  /乱签|亂簽|乱咁签|亂咁簽|冒签|冒簽|假签|假簽|代签|代簽|虚假签收|虛假簽收|不是我签|不是我簽|唔係我簽|\b(fake[ds]?|faking|forged?|forging|false)\b[^.?!]{0,15}\bsign|\bsigned\b[^.?!]{0,20}\b(himself|herself|themselves|by (someone|somebody) else)\b|\bnever signed\b|\bdidn'?t sign\b/i;
// A text message told of: "i got an sms saying…", "收到短信说在快递柜", "今朝先收到短訊".
const MESSAGE_TOLD = /\b(sms|texts?|texted|messages?)\b|短信|簡訊|短訊|讯息|訊息/i;
// No text had at all: "我根本冇收過任何短訊", "never got any text", "沒有收到簡訊" (blind batch 50b: 13.1 was warned of a text
// it never had).
const NO_MESSAGE =
  /(冇|没|沒|没有|沒有|未|从来没|從來沒|從來冇)(有)?(收过|收過|收到|收|接到|見過|见过)[^，。,.!?！？]{0,6}(短信|簡訊|短訊|讯息|訊息|sms|text)|\b(never|didn'?t|did not|haven'?t|have not)\b[^.?!]{0,15}\b(sms|texts?|messages?)\b|\bno (sms|texts?|messages?)\b/i;
const messageTold = (text: string): boolean => MESSAGE_TOLD.test(text) && !NO_MESSAGE.test(text);

/**
 * The question about a locker, pickup point or store the message asks, if it asks one.
 * @param spokenOf a locker's code was spoken of already: a text told of now ("今朝先收到短訊㗎") is the one about it.
 */
export function pickupPointQuestion(text: string, spokenOf = false): PickupPointQuestion | undefined {
  if (OPEN_IT.test(text)) return 'open';
  // "could you get me a fresh code please?" once a locker's code was spoken of: the code's question (issue #17).
  if (spokenOf && asksNewCode(text, true)) return 'code';
  // "I got an sms saying it's in locker 3??": what the text says, set beside the record.
  // ("I got the pickup code by text, thanks" tells, and doubts nothing.)
  if ((tellsOfPickupMessage(text) && asksQuestion(text)) || (spokenOf && MESSAGE_TOLD.test(text))) return 'where';
  const point = POINT.test(text);
  const code = PICKUP_CODE.test(text) || (point && ANY_CODE.test(text));
  // "取貨碼是多少", "what's the pickup code?", "the locker code doesn't work": the code asked for or failing.
  if (code && (FAILS.test(text) || asksQuestion(text) || TAKEN_FOR_NUMBER.test(text))) return 'code';
  if (point && OPENS_NOT.test(text)) return 'code';
  if (point && (NOT_THERE.test(text) || (asksQuestion(text) && WHERE_ASKED.test(text)))) return 'where';
  // ("我是去田林东路那个驿站 还是去你们漕溪北路啊" once a code was spoken of: where to go, asked without a question mark.)
  if (spokenOf && GOES_WHERE.test(text)) return 'where';
  return undefined;
}

// Went and did not get it: "我去了驿站还是没拿到", "仲係攞唔到", "it wasn't there".
const STILL_NOT_GOT =
  /(还是|還是|仲|都)(没|沒|冇)(有)?(拿|取|领|領|攞|收|找|見|见|看)|(还是|還是|仲|都)(攞唔|拿不)|(没|沒)(拿|取|领|領)到|冇攞到|攞唔到|拿不到|\b(wasn'?t|isn'?t|not) there\b|\bcouldn'?t (get|find|collect)\b/i;
// A text asking money or a click: the scam the courier warns of, never "go where it says".
const PAY_OR_LINK = /付|支付|交钱|交錢|俾錢|畀錢|链接|鏈接|連結|点击|點擊|\bpay\b|\blink\b|\bclick\b|\byuan\b|\$|¥|￥/i;
// Where to go to collect it: "到哪里去拿", "是去那里拿吗", "去…还是去…", "where do I collect it", "do I go to…".
const GOES_WHERE =
  /(到|去)(哪里|哪裡|哪儿|边度|邊度|哪)(去)?(拿|取|领|領|攞)|(是|係)?去[^，。,.!?！？]{0,12}(拿|取|领|領|攞)(吗|嗎|呀|啊|嘛)?\s*[?？]?$|去[^，。,.!?！？]{1,14}(还是|還是|定係|就行|就可以|就得|得唔得|可以吗|可以嗎)|\bwhere (do|should|can) i (go|collect|pick)|\bdo i go to\b/i;

// The code taken for a tracking number: "这个是单号吗 我输进去查不到", "is this the tracking number? it finds nothing"
// (blind batch 40b: 06.1 — a pickup code opens a locker, it tracks nothing).
const TAKEN_FOR_NUMBER = /单号|單號|运单|運單|\btracking\b|查不到|查唔到|查無|查无|\bnothing (comes|shows) up\b/i;

// A code asked for anew: "重新給我一組取件碼", "再發一次取件码", "a new pickup code", "resend the code".
const NEW_CODE =
  /重新|再(给|給|俾|畀|发|發|传|傳|send)|新(的|嘅)?(一组|一組|一個|一个|個|个)?(取件|取货|取貨)|重[发發]|\b(new|another|fresh)\b[^.?!]{0,12}\b(code|pin)\b|\bresend\b|\bsend\b[^.?!]{0,15}\bagain\b/i;

/**
 * The message asks for a pickup code anew (not only why the one it has fails).
 * @param spokenOf a locker's code was spoken of already: "could you get me a fresh code?" is that code (issue #17).
 */
// ("a fresh code for the locker": a bare code beside a locker is its code too.)
export const asksNewCode = (text: string, spokenOf = false): boolean =>
  (PICKUP_CODE.test(text) || ((POINT.test(text) || spokenOf) && ANY_CODE.test(text))) && NEW_CODE.test(text);

/** The message tells of a text about a locker or a code: what it says is set beside the record. */
export const tellsOfPickupMessage = (text: string): boolean =>
  MESSAGE_TOLD.test(text) && (POINT.test(text) || PICKUP_CODE.test(text));

/**
 * The answer to a pickup-point question about a parcel (the complaint's, or the one the conversation is about): what
 * its record says of where it is — handed over, and where and to whom, or not yet in any locker or store — a text
 * that says otherwise set beside it, and for a code or a locker to open, what the customer can do (the market's rule)
 * and that a person can have the station send the code again or open it.
 * @returns the lines, and whether a person was offered; undefined when there is nothing to say.
 */
export async function pickupPointAnswer(
  turn: Turn,
  question: PickupPointQuestion,
  parcelNumber: string | undefined,
): Promise<{ text: string; personOffered: boolean } | undefined> {
  const lookup = parcelNumber ? await lookUpParcel(turn.services, parcelNumber) : undefined;
  const parcel = lookup?.kind === 'found' ? lookup : undefined;
  const lines: string[] = [];
  // A new code asked for once the record and the rule were said: how a new code comes, not the same lines again
  // (blind batch 23: 21.3 heard its first answer word for word).
  // (Of a parcel there is a record of, its number named: the customer sees which parcel the code is for.)
  const anew = turn.data.pickupPointAsked === true && asksNewCode(turn.text, true);
  if (anew) lines.push(parcel ? say(turn, 'point.newCode', { number: parcel.number }) : say(turn, 'point.newCodeAny'));
  if (parcel && !anew) {
    const { number, view } = parcel;
    const local = shipmentIn(turn.locale, parcel.shipment).shipment;
    const delivered = [...local.events].reverse().find((e) => e.status === 'delivered');
    const last = local.events.at(-1);
    const when = (at: string) => turn.services.replies.dateTime(turn.locale, at, turn.services.timeZone);
    // "快递柜也没有 门卫也说没有 是不是乱签" of a parcel signed for: not a question of where it waits but a signature
    // doubted — the signed-not-received complaint's to take down, with the signer checked (batch 19: 11.3).
    if (delivered && question === 'where' && SIGNED_FALSELY.test(turn.text)) return undefined;
    if (delivered) {
      const note = delivered.description ?? say(turn, 'status.delivered');
      lines.push(say(turn, 'caseQ.signer', { number, note, time: when(delivered.at), place: delivered.place }));
      lines.push(say(turn, 'point.notInLocker'));
    } else if (last) {
      const status = say(turn, `status.${view.status}` as ReplyKey);
      lines.push(say(turn, 'point.notYet', { number, status, time: when(last.at), place: last.place }));
    }
    // ("點解會退返俾寄件人㗎？": why it went back, as the courier recorded it — blind batch 50b: 13.1.)
    const reason = view.anomalies.includes('returned') ? recordedReason(turn.locale, parcel.shipment) : undefined;
    if (!delivered && reason) lines.push(say(turn, 'trackReason', { reason }));
    if (!delivered && messageTold(turn.text)) lines.push(say(turn, 'point.messageNotOurs'));
    // (No record to set it beside — a number not found — after a code was spoken of: the text's number is to check.)
  } else if (
    !parcelNumber &&
    (turn.data.pickupPointAsked || PICKUP_CODE.test(turn.text)) &&
    GOES_WHERE.test(turn.text) &&
    !NOT_THERE.test(turn.text) &&
    !STILL_NOT_GOT.test(turn.text) &&
    !PAY_OR_LINK.test(turn.text)
  )
    // With no parcel to read it from, after a pickup code was spoken of: "我到哪里去拿呀", "是去田林东路那个驿站吗" — where
    // the text says, with the code (blind batch 40b: 06.2–06.5); never when the text asks money or a click, nor when the
    // customer went and it was not there (review of session 40).
    lines.push(say(turn, 'point.goWhereTextSays'));
  else if ((parcelNumber || turn.data.pickupPointAsked) && messageTold(turn.text))
    lines.push(say(turn, 'point.messageNotOurs'));
  // What the customer can do with a code or a locker: the rule of the parcel's market (else the customer's), once a
  // conversation — the next question hears what is new for it.
  // (Where it went, with no parcel to read it from, has no answer here: "the locker hasn't got it either" is the
  // complaint's to keep.)
  // ("可以重新給我一組取件碼嗎", "can you send me a new code?": how to get one anew is said again — batch 23: 21.3.)
  // ("取件码3-2-1047 … 这个是单号吗": the code is no tracking number, said first.)
  if (PICKUP_CODE.test(turn.text) && TAKEN_FOR_NUMBER.test(turn.text))
    lines.unshift(say(turn, 'point.codeNotTracking'));
  const needsRule = question !== 'where' && !turn.data.pickupPointAsked;
  const rule = needsRule ? ruleOn(turn, 'pickupCode', parcel) : undefined;
  if (rule) lines.push(rule);
  // "我也沒同意放櫃子": a locker needs the customer's agreement — said, with the way to have it on record.
  if (POINT.test(turn.text) && leftUnagreed(turn.text)) lines.push(say(turn, 'point.lockerUnagreed'));
  const personOffered = anew || question === 'open' || (question === 'code' && !parcel?.view.delivered);
  if (personOffered && !anew) lines.push(say(turn, 'point.person'));
  return lines.length > 0 ? { text: lines.join('\n'), personOffered } : undefined;
}
