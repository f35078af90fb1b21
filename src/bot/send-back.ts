import { ruleOn, type CaseRule } from './case-rules';
import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { asksHowMuch, asksQuestion, goodsBroke, speaksOfCategory } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, type Turn } from './turn';

/**
 * A customer who wants to send a parcel back themselves — "how do I return it", "點樣寄返去", "怎么退回去", "I want to
 * send it back to the seller" (issue #17): how returns work, from the knowledge files (the entry keyed `send a parcel
 * back` in every market and language). That is no complaint and opens no ticket; a complaint told in the same message
 * ("it came broken, how do I send it back?") goes on after the answer.
 */

// "怎么退回去", "點樣寄返去", "寄回给卖家", "我想退货", "how do I return it", "send it back to the seller". Not a parcel the
// courier sent back ("点解退咗件", "why was it returned"): the customer is the one to send it.
const SEND_BACK =
  /(怎么|怎麼|怎样|怎樣|点样|點樣|点|點|如何|点先|點先)(样)?(先)?(可以|能|才能)?(退|寄)(回|返|番)(去|俾|畀|给|給|卖家|賣家|商家)?|(寄|退)(回|返|番)(去)?(俾|畀|给|給)?(卖家|賣家|商家|店家)|(想|要|点样|點樣|怎么|怎麼)退(货|貨)|\b(how|where) (do|can|should|would) i (return|send)\b[^.?!]{0,30}(\bback\b|\b(it|this|them|the (parcel|package|item|order))\b)|\b(i'?d like to|i want to|i wanna|i need to|can i|could i|let me) (return|send)\b[^.?!]{0,20}\b(back|to the (seller|shop|store|merchant|sender))\b|\bhow (do|does) (a |the )?return(s)? work\b|(寄|退)(回|返|番)[^，。,.!?！？\s]{0,8}(俾|畀|给|給)[^，。,.!?！？\s]{0,4}(卖家|賣家|商家|店家|网店|網店)|\b(need|want|wanna|have|going|like) to (return|send)\b[^.?!]{0,30}\bback\b|\bsend(ing)? (it|them|this|these|\w+( \w+){0,3}) back to the (online )?(seller|shop|store|merchant)\b/i;

// "怎么被退回去了", "點解退咗", "why was it sent back": the courier's return, asked about.
const RETURNED_BY_COURIER =
  /被退|给退|給退|退咗|退了|退回去了|退回來了|退回来了|退返(去|嚟)咗|点解|點解|为什么|為什麼|为啥|為啥|\bwhy\b|\b(was|got|been) (it )?(returned|sent back)\b/i;

// "I have photos of the box, where do I send them?": the evidence sent, not a parcel (blind batch 26b: 06.4).
const PICTURES =
  /\b(photos?|pictures?|pics?|images?|screenshots?|videos?)\b|照片|相片|图片|圖片|截图|截圖|影片|视频|視頻/i;

/** The customer asks how to send a parcel back themselves (a return to the seller). */
// "no need to send it back", "don't send it back": no return the customer sends (a stranger's review of ebc7b49).
const NOT_SENDING_BACK =
  /\b(no need|don'?t need|do not need|not going|don'?t want|do not want) to (send|return)\b|\b(don'?t|do not|never) (send|return) it\b/i;
// Money asked back: "能退回运费吗 我多付了", "可唔可以退返運費俾我" — a refund, not the parcel.
const MONEY =
  /(退|还|還)(回|返)?(我)?(的)?(运费|運費|邮费|郵費|钱|錢|款|费|費)|(运费|運費|邮费|郵費|钱|錢|款)[^，。,.!?！？]{0,4}(退|还|還)|\b(refund|money back|fee back|postage back)\b/i;

export const asksHowToSendBack = (text: string): boolean =>
  SEND_BACK.test(text) && !RETURNED_BY_COURIER.test(text) && !PICTURES.test(text) && !NOT_SENDING_BACK.test(text);

// "能退回去吗", "可唔可以退返去", "can I send it back?": whether it may go back — of a parcel already delivered, a return
// the customer sends (of one on its way, stopping it: a change of delivery).
const MAY_GO_BACK =
  /(能|可以|能不能|可不可以|可唔可以|可否|得唔得)(把它|把这个|把這個|將佢)?(退|寄)(回|返)(去|俾|畀|给|給)?|\b(can|could) i (send|return) (it|this|them)( back)?\b/i;

/**
 * "那这东西我不想要 能退回去吗" of the conversation's parcel, delivered to them (blind batch 44b: 06.4 opened a complaint):
 * a return they send, asked about.
 */
export async function asksToSendReceivedBack(turn: Turn): Promise<boolean> {
  const { text, data, reading } = turn;
  if (!MAY_GO_BACK.test(text) || RETURNED_BY_COURIER.test(text) || PICTURES.test(text) || MONEY.test(text))
    return false;
  // ("can I return it? it's broken inside": the damage is the complaint — its own reply says what to do.)
  if (goodsBroke(text, 'spaces split') || WRONG_ITEM.test(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind === 'found' && lookup.view.delivered;
}

// "back", "寄回", "退返": a return named in so many words.
const BACK = /\bback\b|\breturn|回|返|番|退/i;

/**
 * The same, where the photos of the damage were just asked for: "how do I send them later?" there sends the photos —
 * only a return named ("how do I send it back?") is one (blind 29: 03.6).
 */
export const asksHowToSendBackAtPhotos = (text: string): boolean => asksHowToSendBack(text) && BACK.test(text);

// "发错货了", "寄錯咗", "wrong item", "not what I ordered": the item is not the one expected. (A wrong size or colour the
// customer chose is a reason to return it, no complaint: the seller sent what was ordered.)
const WRONG_ITEM =
  /(发|發|寄|送|给|給|畀|俾)(错|錯)(了|咗)?(货|貨|东西|東西)?|(货|貨|东西|東西)不对|(貨|嘢)唔啱|\bwrong (item|thing|product|one)\b|\bnot what i (ordered|bought)\b/i;

/** The message tells of a problem to complain of beside the return: broken goods, a wrong item, a named problem. */
export function complainsBesideReturn({ text, reading }: Turn, about: 'return' | 'its follow-up' = 'return'): boolean {
  if (goodsBroke(text, 'spaces split') || WRONG_ITEM.test(text)) return true;
  const category = reading.intent === 'complaint' ? reading.category : undefined;
  // (Who pays the return's postage speaks of a fee, and packing it of packaging: neither is a grievance.)
  if (about === 'its follow-up' && (category === 'fee' || category === 'packaging')) return false;
  return Boolean(category && category !== 'other' && speaksOfCategory(text, category));
}

/** How sending a parcel back works, from the knowledge file of the customer's market, or undefined when it has none. */
export const sendBackAnswer = (turn: Turn): string | undefined => ruleOn(turn, 'sendBack');

/**
 * Set in the turn state when the last reply told how to send a parcel back (`ConversationData.returnTold`, carried
 * one turn as `lastFaq` is): "运费谁出", "需要自己包裝嗎", "can a courier collect it?" are about that return.
 */
export const RETURN_TOLD = Symbol('parcelcare.returnTold');
/** Set with RETURN_TOLD when the return was told two turns back and carried over one answer in between. */
export const RETURN_CARRIED = Symbol('parcelcare.returnCarried');

// What a return asks next, each answered by its entry: who pays, packing, where to hand it in, a courier to collect it.
const RETURN_QUESTIONS: [CaseRule, RegExp][] = [
  [
    'returnPostage',
    /运费|運費|邮费|郵費|郵資|邮资|谁出|誰出|谁付|誰付|谁给|誰給|邊個俾|边个俾|邊個畀|边个畀|\b(postage|shipping|who pays|pay|paying|costs?|charged?|fees?)\b/i,
  ],
  [
    'returnPacking',
    /包装|包裝|打包|自己包|包好|纸箱|紙箱|箱子|封箱|\b(pack|packing|packed|wrap|wrapping|box|boxes|carton)\b/i,
  ],
  [
    'returnDropOff',
    /7-?11|7-?eleven|全家|萊爾富|莱尔富|超商|便利店|便利商店|circle ?k|网点|網點|营业所|營業所|门市|門市|服务点|服務點|驿站|驛站|快递柜|快遞櫃|智能[柜櫃]|去哪|哪里寄|哪裡寄|邊度寄|边度寄|去邊度|\b(drop|dropping|outlets?|branch|store|shop|lockers?|post office|hand it in)\b/i,
  ],
  [
    'returnPickup',
    /上门|上門|到府|取件|收件|来拿|來拿|来取|來取|来收|來收|嚟收|嚟攞|\b(collect|collected|collection|pick(ed)? ?up|come (and )?(get|take))\b/i,
  ],
];
// "使唔使自己包", "要不要去网点", "do I need to …": asked without a question word.
const WHETHER =
  /使唔使|需唔需要|要唔要|用唔用|要不要|需不需要|用不用|是否|\b(do|does) (i|we|it) (need|have)\b|\bshould i\b/i;

const ANOTHER_SENDING =
  /另外|新的|另一个|另一個|(寄|送)(到|往)[\u3400-\u9fff]{2}|\b(another|new) (parcel|package|one|shipment)\b|\bseparately\b|\b(send|ship|post)\b[^.?!]{0,20}\bto [A-Z]/;

/** The message turns to another parcel to send ("separately… it's a new shipment", "另外我想寄一个新的包裹到北京"). */
export const speaksOfAnotherSending = (text: string): boolean => ANOTHER_SENDING.test(text);

/**
 * A question right after the customer heard how to send a parcel back, about that return: who pays the postage, do I
 * pack it myself, can I drop it at 7-11 or an outlet, can a courier collect it — answered from the market's knowledge
 * files, no complaint opened. A place with an outlet of its own ("an outlet in Suzhou") hears that outlet. Something
 * wrong told with it ("and it arrived cracked") is left to the complaint.
 */
export async function answerReturnFollowUp(turn: Turn): Promise<boolean> {
  const { text, context } = turn;
  if (!context.turnState.get(RETURN_TOLD) || complainsBesideReturn(turn, 'its follow-up')) return false;
  // ("另外我想寄一个新的包裹到北京 运费要多少", "SF… where is it": another parcel, not the return.)
  if (ANOTHER_SENDING.test(text) || turn.reading.entities.trackingNumbers.length > 0) return false;
  // ("運費要多少 賣家說要我自己付喔": asked with "how much", no question mark — blind batch 44a: 12.3.)
  if (!asksQuestion(text) && !WHETHER.test(text) && !asksHowMuch(text)) return false;
  const asked = RETURN_QUESTIONS.filter(([, words]) => words.test(text)).map(([rule]) => rule);
  if (asked.length === 0) return false;
  const outlet = answerFaq(turn.services.knowledge, customerMarket(turn), turn.locale, 'outlet', text, 'entry');
  const answers = asked
    .map((rule) => (rule === 'returnDropOff' && outlet ? outlet : ruleOn(turn, rule)))
    .filter((answer): answer is string => Boolean(answer));
  if (answers.length === 0) return false;
  await reply(turn, answers.join('\n'));
  // (The next question is about the return still.)
  turn.data.returnTold = true;
  noteOutcome(context, 'answered');
  return true;
}
