import type { ComplaintCategory } from '../nlu';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { isYes, pickedTitle, wantsFiled } from './intake-reading';
import { asksQuestion, clausesOf, goodsBroke } from './message-cues';
import { reply, say, type Turn } from './turn';

/**
 * The parcel turned up while its complaint was being taken down (issue #17, blind batch 33: 05.4 "my neighbour had it
 * the whole time" was added to the complaint and the contact asked again; 15.5 "老公说在丰巢柜里" heard the confirm
 * prompt): good news, said so, and the draft offered to be withdrawn — "Withdraw the complaint" cancels it (any
 * step reads that as a cancel), "Keep the complaint" goes on where it was. Nothing is filed either way by this turn.
 */

// "found it", "got it now", "she had it the whole time", "it turned up", "it was in the locker all along".
const FOUND_EN =
  /\b(found|got|received|collected|picked up) (it|them|the (parcel|package|box|gift|delivery)|my (parcel|package|box|gift|delivery))\b|\b(she|he|they|(my |the )?(neighbou?r|wife|husband|mum|mom|dad|son|daughter|roommate|flatmate|concierge|doorman|security guard|reception))('s)? (had|has|took|kept|was keeping|has been keeping|signed for|picked up) (it|them|my (parcel|package))\b|\b(it|the (parcel|package)) (turned|showed) up\b|\b(it'?s|it is|it was|it had been) (here|in (the|a) (locker|parcel locker)|at (my|the) (neighbou?r'?s|door|reception|front desk|concierge|guard ?house))\b(?! (yet|already\?))|\b(it|the (parcel|package)) (just )?(arrived|came)\b[^.?!]{0,12}\b(after all|now|just now|finally)\b/i;
// "找到了", "搵到喇", "东西拿到了", "原来在丰巢柜里", "邻居帮我收了", "喺隔籬屋度".
const FOUND_ZH =
  /找到了|找着了|找到啦|找到咯|搵到(喇|啦|咗|了|囉)|(东西|東西|包裹|快递|快遞|货|貨|件貨|礼物|禮物|嘢)(已经|已經)?(收到|拿到|取到|攞到|到手)(了|啦|喇|咗)|(拿到|取到|到手)(了|啦)(?!吗|嗎)|攞到(喇|啦|咗)|(原来|原來|其实|其實|发现|發現|(说|說|话|話)|结果|結果)(是|係)?(在|喺|放在|放咗喺|放了在)(丰巢|豐巢|快递柜|快遞櫃|柜子|櫃子|智能柜|智能櫃|自提柜|自提櫃|门卫|門衛|驿站|驛站|邻居|鄰居|隔壁|隔籬|管理处|管理處|物业|物業|信箱|保安)|(邻居|鄰居|隔壁|隔籬|门卫|門衛|保安|物业|物業|管理处|管理處|家人|老公|老婆|屋企人|家里人|家裡人)[^，。,.!！?？]{0,6}(帮我|幫我|替我|代)?(收了|收咗|拿了|攞咗|取了|签收了|簽收了|代收了)/;
// A clause that asks, denies or sets a condition: "have you found it?", "还没收到", "找到了就送过来", "if you find it",
// "找到了第一时间打给我" (blind batch 49b: 06.5); "so who got it??" asks who (54a: 04.5).
const NOT_NEWS =
  /[?？]|吗|嗎|有冇|是不是|係咪|(没|沒|冇|未|还没|還沒|仲未)(有)?(找|搵|收|拿|取|攞|在|喺)|(找|搵|收|拿|取|攞)(不|唔)(到|着)|不在|唔喺|就送|再说|再說|的话|的話|嘅話|嘅话|要是|要係|如果|假如|假使|万一|萬一|倘若|(第一时间|第一時間|马上|馬上|立刻|即刻|就)(打|通知|告诉|告訴|联系|聯絡|話)|谁|誰|邊個|边个|\b(not|never|no|nobody|no one|haven'?t|hasn'?t|didn'?t|if|when|once|yet|who|whoever)\b|n'?t\b/i;

// "no, keep it", "不用撤销", "唔使撤", "继续吧": the complaint kept after all.
const KEEPS =
  /^(no|nope|no thanks|keep it|keep (it|the complaint) (going|open)|carry on|go on|不用|不要|不用撤销|不用撤銷|唔使|唔使撤|继续|繼續|继续吧|繼續吧|保留)[\s,.!。！，]*(please|thanks|吧|啦|喇|了)?[\s.!。！]*$/i;

// Anywhere in the message, a parcel still not had ("隔籬話冇見過", "nobody here got it") or what the courier or the
// record says of where it is ("速遞員話放咗喺隔籬", "the driver says it's with the neighbour"): no news of it found.
const STILL_MISSING =
  /(没|沒|冇|未)(有)?(见过|見過|见到|見到|看到|睇到|收到|拿到|取到|找到|搵到|攞到)|(找|搵)(不|唔)到|\b(nobody|no ?one|never|haven'?t|hasn'?t|didn'?t|did not|have not|has not)\b/i;
const THEIR_WORD =
  /快递员|快遞員|速递员|速遞員|派件员|派件員|送货员|送貨員|司机|司機|师傅|師傅|客服|系统|系統|显示|顯示|记录|記錄|\b(courier|driver|delivery (guy|man|person)|tracking|system|record|app|website) (says?|said|shows?|showed|claims?)\b/i;

// "找到了 JT0001234567890", "单号找到了", "found it: SF1402…": the number found, not the parcel (blind batch 39b: 08.3
// was offered to withdraw the complaint) — only when the number (or its name) is all the message says besides: "原来在丰巢
// 柜里 取件码 12345678", "found it, my husband had it, call me on 138…" found the parcel (review of session 39).
const NUMBER_WORDS = /单号|單號|运单|運單|号码|號碼|\b(tracking|waybill)( number)?\b|\bnumber\b/gi;
const PARCEL_NUMBER = /\b[A-Z]{2}\d{9,13}[A-Z]{0,2}\b|\b\d{12,15}\b|(?<=[^\d]|^)[A-Z]{2}\d{9,13}(?=[^\d]|$)/gi;
const FOUND_ONLY =
  /找到了|找着了|找到啦|找到咯|搵到(喇|啦|咗|了|囉)|终于|終於|原来|原來|是|係|就是|\b(found|got) (it|the number)\b|\b(it'?s|it is|here it is|here)\b|[的啦喇吧呀啊了囉咯嘅喔哦]/gi;
const numberFound = (text: string): boolean => {
  const named = text.match(PARCEL_NUMBER) !== null || text.match(NUMBER_WORDS) !== null;
  const rest = text.replace(PARCEL_NUMBER, ' ').replace(NUMBER_WORDS, ' ').replace(FOUND_ONLY, ' ');
  return named && rest.replace(/[\s\p{P}\p{S}]/gu, '') === '';
};

// "单号找到了 EA… 是我们前台帮寄的", "found the tracking number": the number found, whatever else the message says (blind
// batch 44b: 09.2 was offered to withdraw the complaint).
const NUMBER_FOUND =
  /(单号|單號|运单|運單|号码|號碼)[^，。,.!?！？\s]{0,3}(找到|搵到|查到)|(找到|搵到|查到)(了|咗)?(单号|單號|运单号|運單號|号码|號碼)|\bfound (the |my |our )?(tracking |waybill )?number\b/i;

// "已经拿到了 东西没问题", "已經收到了 東西完好", "it turned up after all, all fine", "got it yesterday, all fine": the parcel
// come after all, and fine.
const ARRIVED_FINE =
  /(已经|已經|都)?(拿到|收到|取到|攞到|收咗|攞咗|到咗)(了|咗|啦|喇)?[^，。,.?？]{0,8}(没问题|沒問題|冇問題|好好|完好)|\b(it|the parcel|the package|my parcel|my package)\s+(has\s+)?(finally\s+)?(turned up|showed up|arrived|came)\b[^.?!]{0,20}\b(after all|in the end|fine|all fine|safe(ly)?|all good|no problem)\b|\b(turned up|showed up|arrived|came) after all\b|\b(got|received) it\b[^.?!]{0,20}\b(fine|ok|okay|all good|no problem)\b/i;
// A problem or a wish told beside "it came": "收到了 但是里面碎了", "got it but the driver was rude", "…我要投诉",
// "…I want my shipping fee back" (a stranger's review of session 46).
const GRIEVANCE_BESIDE =
  /但|可是|不过|不過|不料|碎|破|坏|壞|烂|爛|裂|少了|少咗|湿|濕|空|扁|压|壓|多收|多扣|态度|態度|投诉|投訴|客訴|客诉|退|赔|賠|罚|罰|对了|對了|另外|还有|還有|仲有|多少|幾多|\b(but|however|except|though|broken|damaged|missing|wet|crushed|cracked|smashed|wrong|late|rude|refund|compensat\w*|complain\w*|not ok|not okay|not fine|btw|by the way|also|how much)\b/i;
// "东西不是完好的", "不完好", "唔係好好": the fine words denied (what is left once "没问题" itself is taken out).
const FINE_DENIED = /不是|不|唔係|唔|并不|並不|\bnot\b/i;
const FINE_WORDS = /没问题|沒問題|冇問題|没事|沒事|冇事|\bno problem\b/gi;
/**
 * The message says the parcel came after all and all is well — and says or asks nothing else (blind batch 46a: 09.2;
 * outside a complaint, where nothing is to be withdrawn: "glad it arrived", nothing opened).
 */
export const turnedUpFine = (text: string): boolean =>
  ARRIVED_FINE.test(text) &&
  !STILL_MISSING.test(text) &&
  !GRIEVANCE_BESIDE.test(text) &&
  !FINE_DENIED.test(text.replace(FINE_WORDS, ' ')) &&
  !asksQuestion(text);

/** The complaints whose parcel the customer did not have: a found parcel settles them. */
const NOT_RECEIVED_TYPES: (ComplaintCategory | undefined)[] = ['lost', 'delay', 'info_error', 'other', undefined];

/** The message tells that the parcel has been found or received (in a clause that neither asks nor denies). */
export function parcelTurnedUp(text: string): boolean {
  if (goodsBroke(text, 'spaces split') || STILL_MISSING.test(text) || THEIR_WORD.test(text) || numberFound(text))
    return false;
  return clausesOf(text).some(
    (clause) =>
      (FOUND_EN.test(clause) || FOUND_ZH.test(clause)) && !NOT_NEWS.test(clause) && !NUMBER_FOUND.test(clause),
  );
}

/**
 * Answers a message telling the parcel turned up, or the button pressed after that answer.
 * @returns 'answered' when the turn is answered here (the step is not asked again), 'reprompt' when the complaint is
 * kept and its step asked again, 'leave' when a yes withdrew it, undefined otherwise.
 */
export async function answerTurnedUp(
  turn: Turn,
  { state }: IntakePosition,
): Promise<'answered' | 'reprompt' | 'leave' | undefined> {
  if (state.turnedUp) {
    state.turnedUp = undefined;
    const keep = turn.services.replies.wordings(turn.locale, 'choice.keepComplaint');
    if (pickedTitle(turn.text, [keep]) === 0 || KEEPS.test(turn.text.trim())) {
      await reply(turn, say(turn, 'intake.turnedUpKept'));
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
    // A yes answers "shall I withdraw it?": withdrawn, never filed (a yes at the summary would otherwise submit it).
    if (isYes(turn.text) && !wantsFiled(turn.text)) {
      await reply(turn, say(turn, 'intake.cancelled'));
      return 'leave';
    }
  }
  if (!NOT_RECEIVED_TYPES.includes(state.category) || !parcelTurnedUp(turn.text)) return undefined;
  state.turnedUp = true;
  const titles = [say(turn, 'choice.withdrawComplaint'), say(turn, 'choice.keepComplaint')];
  await reply(
    turn,
    say(turn, 'intake.turnedUp'),
    titles.map((title) => ({ title, value: title })),
  );
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return 'answered';
}
