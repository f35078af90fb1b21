import { ruleOn } from './case-rules';
import { followsCustoms } from './customs';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { asksQuestion } from './message-cues';
import { lookUpParcel, statusLines } from './parcel-answer';
import { refusedDamaged } from './refused-damaged';
import { noteOutcome } from './turn-outcome';
import { answeredLately, earlierMessages, reply, say, spokenRegister, type Turn } from './turn';

/**
 * Refusing a parcel at the door, asked about — "can I just refuse it when the courier comes? will I have to pay
 * anything", "有我一个到付的件 我没买过东西啊 这个我能不要吗", "拒收我要付钱吗", "after I refuse it, does it go back to
 * the shop? how long" (issue #17, blind batch 44a: 01.1–01.4, 06.1–06.3, 10.3 got a "do you mean…" menu, the claim
 * limits, "sorry about the courier's manners" or "I can't answer that here"): the market's rule on an ordinary refusal —
 * the recipient pays nothing, the parcel goes back to the sender who pays its return, the goods' price is the shop's
 * business, an unordered collect parcel is refused unpaid. A parcel refused because it came damaged, or for its duties,
 * has a rule of its own (refused-damaged.ts, the duties entry); a courier who refused something is a complaint.
 */

// The customer refusing, or asking to: "拒收", "拒签", "这个我能不要吗", "可唔可以唔要", "refuse it", "if I refuse", "reject
// the parcel", "send it back with the courier". ("能不要放快递柜吗", "可以不收运费吗", "能不要签名吗": not wanting
// something else done is no refusal of the parcel — a stranger's review of ebc7b49; nor "refuse to pay", "reject the
// delivery time".)
const REFUSING =
  /拒收|拒签|拒簽|拒絕簽收|拒绝签收|(能|可以|可不可以|能不能|可否|可唔可以|得唔得)(直接)?(不要|唔要|不收|唔收)(这个|這個|呢個|呢件|这件|這件|它|佢)?(包裹|件|快递|快遞|货|貨|嘢|东西|東西)?(了|啦|喇)?(吗|嗎|呀|啊|㗎|喎|咩)?(?=\s|[?？，,。.!！]|$)|(不要|唔要|不收|唔收)(得唔得|可以吗|可以嗎|行不行|行吗|行嗎)|\b(can|could|may|should) (i|we|she|he|my \w+) (just |simply )?(refuse|reject)\b(?! to\b)(?! the (delivery|time|date|slot|fee)\b)|\b(if|after|when|once) (i|we|she|he) (refuse|reject) (it|them|the (parcel|package|box|delivery(?! (time|date|slot|day|fee))))\b|\bi('ll| will| want to| wanna| am going to| just| can)? ?(refuse|reject) (it|them|the (parcel|package|box))\b|\brefus(e|ing) (it|them|the (parcel|package|box)|delivery|to (accept|take) it)\b|\bis refusing (it )?(ok|okay|allowed|fine)\b|\bi refused (it|the (parcel|package|delivery|box))\b|\bsend it (straight )?back with the (courier|driver)\b|\b(if|when) i (don'?t|do not) accept (it|them|the (parcel|package|delivery))\b|\b(can|could|may) i (just )?(say no to|not accept|turn away) (it|them|the (parcel|package|delivery|courier))\b|(没买过|沒買過|冇買過|没订过|沒訂過|冇訂過|没下单|沒下單)[^。.!?！？]{0,12}(不想要|不要|唔想要|唔要)|(可以|可唔可以|能不能|能)(唔收|不收)(咩|吗|嗎|嘅|㗎)?(?=\s|[?？，,。.!！]|$)/i;
// Someone else refused: the courier, an outlet or the shop would not take, carry, deliver or refund — a complaint.
const OTHERS_REFUSED =
  /(快递员|快遞員|师傅|師傅|司机|司機|速遞員|派件员|派件員|网点|網點|营业点|營業所|服務點|卖家|賣家|商家|店家|网店|網店)[^，。,.!?！？]{0,8}拒|\b(courier|driver|he|she|they|outlet|station|shop|seller|store)\b (refused|rejected|won'?t|wouldn'?t)\b/i;
// A refusal denied: "I didn't refuse it!", "系统显示我拒收了 我根本没拒收" — the returned-without-asking complaint.
const DENIED =
  /(没|沒|冇|未|不是我)(有)?拒收|根本(没|沒|冇)(有)?拒|\b(didn'?t|did not|never) (refuse|reject)\b|\bsays? (that )?i refused\b|(显示|顯示|写着|寫著|写我|寫我)[^，。,.!?！？]{0,4}拒收/i;
// Duties refused have their own entry.
const DUTIES = /税|稅|关税|關稅|海关|海關|\b(duty|duties|tax|taxes|customs)\b/i;
// What the customer asks of it: a cost, where it goes, how long, whether it is allowed.
const WHAT_OF_IT =
  /怎么处理|怎麼處理|點處理|点处理|咩\s*[?？]?\s*$|付钱|付錢|出钱|出錢|给钱|給錢|俾錢|收费|收費|收钱|收錢|要钱|要錢|运费|運費|怎么样|怎麼樣|会怎样|會怎樣|怎么办|怎麼辦|點算|退给谁|退給誰|退回|退返|去边|去邊|去哪|多久|几天|幾天|幾耐|可以吗|可以嗎|行吗|行嗎|得唔得|\b(pay|cost|costs|charge|charged|fee|free|what happens|where does it go|go back|goes back|how long|allowed|ok|okay)\b/i;

// "courier at my door wants 89 yuan cash on delivery for a parcel i NEVER ordered. do i have to pay??", "有个到付件 我根本没买
// 过东西 要给钱吗": an unordered collect parcel at the door, whether to pay — the refusal rule answers it (blind batch 47a:
// 03.1 heard how cash on delivery works for senders).
export const UNORDERED =
  /\b(never|didn'?t|did not|not) (order|ordered|buy|bought)\b|没买过|沒買過|冇買過|没买东西|沒買東西|没订过|沒訂過|冇訂過|没下过单|沒下過單|根本(没|沒|冇)(有)?(买|買|订|訂)/i;
const COLLECT =
  /\b(cash on delivery|cod|collect|pay on delivery)\b|到付|货到付款|貨到付款|代收|\bwants? \d+|要(我)?(给|給|俾|付)\s*\d+/i;
const WHETHER_PAY =
  /\b(do|should|must) i (have to )?pay\b|\bhave to pay\b|要不要(给|給|付)|要(给|給|付)(钱|錢)?(吗|嗎)|使唔使俾|使唔使畀|要唔要俾|一定要付/i;
export const unorderedCollectAsked = (text: string): boolean =>
  UNORDERED.test(text) && COLLECT.test(text) && WHETHER_PAY.test(text);

/** The message asks about the customer refusing a parcel (not a damaged one, not for its duties, not the courier's). */
export const asksAboutRefusing = (text: string): boolean =>
  (REFUSING.test(text) || unorderedCollectAsked(text)) &&
  !OTHERS_REFUSED.test(text) &&
  !DENIED.test(text) &&
  !DUTIES.test(text) &&
  !refusedDamaged(text) &&
  (asksQuestion(text) || WHAT_OF_IT.test(text));

// Asked of a refusal told just before: where the parcel goes back, how long, who pays for its way back ("退回广州要几天",
// "does it go back to the shop automatically") — a return named, not any cost or time.
const ASKS_OF_RETURN =
  /(退回|退返|退到|寄回|送回|回去|\b(go(es)?|sent|send it|get) back\b|\breturn(ed)?\b)[^。.!?！？]{0,20}(多久|几天|幾天|幾耐|运费|運費|谁|誰|邊個|给谁|給誰|\bhow long\b|\bwho\b|\bpostage\b|\bcost\b|\bautomatic\w*\b|\bon (its|their) own\b)|(多久|几天|幾天|幾耐|\bhow long\b)[^。.!?！？]{0,12}(退回|退返|回去|\bback\b)/i;

// "会不会是骗子", "is this a scam?": of an unordered collect parcel, once the refusal rule was told.
const SCAM = /骗子|騙子|骗局|騙局|诈骗|詐騙|呃人|\b(scam|scammer|fraud|fake|legit)\b/i;
// A question takes a short answer: "a few days", "how long"; the customer's "几天" without a question mark.
const ASKS = (text: string) => asksQuestion(text) || /几天|幾天|多久|幾耐|\bhow long\b/i.test(text);

// Sending something: a price asked for a parcel of the customer's own.
const SENDING = /寄|\b(send|ship|post|sending|shipping)\b/i;
const COST = /钱|錢|费|費|付|\b(pay|cost|costs|charge|charged|fee|free|nothing)\b/i;

/** The customer's message before this one. */
const previousMessage = (turn: Turn): string | undefined => earlierMessages(turn, 1)[0];

/** The refusal rule (or a part of it) answered the customer's previous message. */
const refusalJustTold = (turn: Turn): boolean => answeredLately(turn, turn.data.refusingTold);

/** Once the rule was told: the part asked, in a line — its cost, where it goes and how long, an unordered parcel. */
function partAsked(turn: Turn): string {
  const { text } = turn;
  if (SCAM.test(text)) return say(turn, 'refusing.unordered');
  if (COST.test(text)) return say(turn, 'refusing.costsNothing');
  return say(turn, 'refusing.goesBack');
}

/**
 * Outside a complaint: the refusal rule, the status of a parcel the message names before it; asked again once told,
 * the part asked ("does it cost me anything", "退回给谁", "会不会是骗子") in a line rather than the rule again.
 * @returns whether it was answered.
 */
export async function answerRefusing(turn: Turn): Promise<boolean> {
  const { text, reading, services, data } = turn;
  // (Right after the rule, or after the customer's own refusal told a message before: "after I refuse it, how long
  // does that take?" — never a cost or a time asked turns later about something else.)
  const last = previousMessage(turn);
  const justTold = refusalJustTold(turn);
  const refusedBefore = last !== undefined && asksAboutRefusing(last);
  const toldBefore = (justTold || refusedBefore) && ASKS_OF_RETURN.test(text) && ASKS(text) && !DUTIES.test(text);
  // ("can I refuse it?" right after the customs rule is about those duties: customs.ts answers it.)
  if (followsCustoms(turn)) return false;
  const scamAsked = justTold && SCAM.test(text) && reading.entities.trackingNumbers.length === 0;
  // ("so it really costs me nothing?" right after the rule: its cost.)
  // (Of the refusal, not of a new parcel: "好 那我想寄東西去高雄 運費多少？" asks a price — the review of ebc7b49.)
  const ofIt = text.length <= 30 || /\b(it|that|this)\b|拒收|这样|這樣|咁/i.test(text);
  const costAsked =
    justTold &&
    asksQuestion(text) &&
    COST.test(text) &&
    ofIt &&
    !SENDING.test(text) &&
    reading.entities.trackingNumbers.length === 0;
  if (!asksAboutRefusing(text) && !toldBefore && !scamAsked && !costAsked) return false;
  const number = reading.entities.trackingNumbers[0]?.number;
  const lookup = number ? await lookUpParcel(services, number) : undefined;
  const found = lookup?.kind === 'found' ? lookup : undefined;
  const rule = data.refusingTold !== undefined && !found ? partAsked(turn) : ruleOn(turn, 'refusing', found);
  if (!rule) return false;
  const status = found ? statusLines(services, turn.locale, found, spokenRegister(turn)) : [];
  if (found) data.lastTracking = found.number;
  data.refusingTold = (turn.context.activity.text ?? '').trim();
  noteOutcome(turn.context, 'answered');
  await reply(turn, [...status, rule].join('\n'));
  return true;
}

/**
 * In a complaint: "拒收我要付钱吗", "退回广州要几天" after "送来我直接拒收" hear the refusal rule, kept in the account,
 * and the step is asked again.
 * @returns whether it was answered.
 */
export async function answerRefusingAside(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  // (The account tells of the customer's own refusal — "送来我直接拒收" — not the courier's nor the shop's.)
  const account = position.state.description;
  const ownRefusal = REFUSING.test(account) && !OTHERS_REFUSED.test(account) && !DENIED.test(account);
  const { refusingTold } = turn.data;
  const justTold = refusalJustTold(turn);
  const toldBefore =
    (justTold || (ownRefusal && !refusedDamaged('', account))) &&
    ASKS_OF_RETURN.test(text) &&
    ASKS(text) &&
    !DUTIES.test(text);
  if (!asksAboutRefusing(text) && !toldBefore) return false;
  const number = position.state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const rule =
    refusingTold !== undefined
      ? partAsked(turn)
      : ruleOn(turn, 'refusing', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  turn.data.refusingTold = (turn.context.activity.text ?? '').trim();
  keepInAccount(turn, position.state);
  await reply(turn, rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
