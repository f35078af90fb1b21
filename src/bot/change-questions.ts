import { parcelQuestionIn } from './parcel-facts';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { ownRequestOn } from './own-request';
import { keptBesideAddress } from './address-withdrawn';
import { asksIfBooked } from './booked-asked';
import { asksCost, asksCostQuestion, changeCostLine, parcelMarketFor } from './change-costs';
import { faqEntries } from './knowledge';
import { deliveryChangeKind } from './delivery-change-reading';
import { describeRequest } from './delivery-change-words';
import { wantsToComplain } from './start-intake';
import { asksHowMuch, asksQuestion } from './message-cues';
import { strongFeelings } from './empathy';
import { lookUpParcel } from './parcel-answer';
import { asksCodTiming } from './faq-topics';
import { ruleOn } from './case-rules';
import { asksNobodyHome } from './service-words';
import { arrivalAnswer, asksArrival } from './intake-questions';
import type { DeliveryChangeRequest, Shipment } from '../tracking';
import { reply, say, spokenRegister, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';
import { keepsAllOf } from './slot-kept';
import { asksWhereParcelIs } from './where-parcel-asked';
import { handleTrack } from './handlers';
import { bringLine, holdOutlets, otherAreaLine } from './hold-pickup';
import { heldOutletHours } from './hold-hours';

/**
 * Questions about a change-delivery request the customer made ("is it done?", "how long will it take?",
 * "will I get a notification?", "改好了嗎", "幾時生效"): answered from the request as it stands — waiting for the
 * station, confirmed or declined — rather than read as a new request, a complaint or a claims question.
 */

// "is it done / changed / sorted", "did it go through", "改好了吗", "弄好没", "搞掂未", "改咗未", "生效".
// ("放门卫那个弄了没有", "did you set up the after-6pm thing?": whether what was asked for was done — blind batch 31;
// "那放门岗这个你们记上了没有" — 45b: 09.6.)
// ("到底改成几号了", "改咗去幾號", "what day did you change it to": what it was changed to — blind 34a 08.6.)
// ("is it being returned or not??", "到底有沒有幫我攔下來退回？": whether the return asked for is done — blind batch
// 40a: 02.5, 11.4–11.5.)
const DONE =
  /\b(is|was|has) it (being |been )?(returned|sent back|stopped|intercepted)\b|(有没有|有沒有|有冇)[^，。,.!?！？]{0,6}(拦|攔|截)|(拦|攔|截)(下来|下來|住|咗|到)?(了)?(没有|沒有|没|沒|未|吗|嗎)|改(了|咗)?(成|到|去|在|做)(几|幾)(号|號|点|點)|改(了|咗)?(成|到|去)?(哪|边|邊)(天|日)|\bwhat (day|date|time)\b[^.?!]{0,20}\b(change|changed|move|moved|set|booked)\b|\b(is (it|that|this)|has (it|that|this) been|was (it|that|this)|it'?s|that'?s) (all )?(done|changed|sorted|confirmed|updated|fixed)\b|\bdid (it|that|the change) (go through|work)\b|\b(any )?confirm(ed|ation)?\b.{0,20}\?|改好了|改了[吗嗎没沒]|改好[没沒未]|弄好了|弄好[没沒]|办好了|辦好了|搞掂[未咗]|改咗未|改咗[啦嗎吗]|改咗[^，。,.!?！？]{1,12}未|改(了|到|去|成)[^，。,.!?！？]{1,12}(了[吗嗎]|[没沒]有)|\b(has|have) the (delivery )?address (been )?(changed|updated)\b|\b(has|have|was) the (delivery )?address of\b[^.?!]{1,30}\b(been )?(changed|updated)\b|\bdid the (delivery )?address of\b[^.?!]{1,30}\b(change|get (changed|updated))\b|\bdid (you|they) (change|update) the (delivery )?address\b|成功[了吗嗎]|生效|確認了[嗎吗]|确认了[吗嗎]|有冇確認|(弄|搞|办|辦|安排|记上|記上|记下|記下|登记|登記)(了|咗)?(没有|沒有|没|沒|未)|(弄|搞|安排)好(了|咗)?[吗嗎未]|\b(did|have|has) (you|they|u|someone) (set|sort(ed)?|arrange[d]?|schedule[d]?|organi[sz]e[d]?)\b/i;
// "ok so it's door delivery with a call first now? just want to be sure": the request as it stands, confirmed back (45a:
// 02.6) — asked before any one part of it is.
const CONFIRMING =
  /\bjust (want|wanted|wanna) to (be sure|make sure|double[- ]check|confirm)\s*[.!?]*\s*$|\bso (it'?s|it is|that'?s)\b[^.?!]{0,40}\b(door|call|calls|calling|locker|held|hold|address)\b[^.?!]{0,30}\bnow\s*\?/i;
// "is the evening delivery sorted?", "has the hold been arranged?", "was my redelivery set up?": whether what was asked
// for is done, named by what it is (never the complaint or ticket, which have their own status).
const THING_SET_UP =
  /\b(is|was|has|have) (the|my|that|this|our) (?![^.?!]{0,30}\b(complaint|ticket|case|claim|refund)\b)[^.?!]{1,30}? (been )?(sorted( out)?|arranged|set ?up|booked|scheduled|organi[sz]ed|done|confirmed)\b/i;
// "how long", "when will it come / happen", "多久", "多长时间", "幾耐", "要几天", "幾時到".
const WHEN =
  /\bhow (long|soon)\b|\bwhen (will|would|does|do|can) (it|they|i|that)\b|\bwhen\b[^.?!]{0,12}\b(will|do|does|can) (it|do it|be done|happen)\b|\bwhen\b[^.?!]{0,20}\b(done|happen|ready)\b|啥时候|啥時候|多久|多长时间|多長時間|幾耐|几耐|要几天|要幾天|要几日|要幾日|几时|幾時|什么时候|什麼時候/i;
// "when does it open", "几点关门", "幾點開門": the opening hours of a place.
const OPENING_HOURS = /\b(open|opens|close|closes)\b|开门|開門|关门|關門|閂門|营业时间|營業時間/i;
// "will I get a notification / message / SMS", "will you tell me", "会通知我吗", "會唔會通知我", "收到短信".
const NOTIFY =
  /\bnotif(y|ied|ication)s?\b|\b(will|would|do) (you|they) (tell|let|inform|message|text|update) me\b|\b(get|receive) (a|an|any) (message|text|sms|email|update)\b|通知|短信|簡訊|短訊|告诉我|告訴我|話我知/i;

/** "会通知我吗", "will you let me know?", "會唔會通知我": whether the customer will be told. */
export const asksToBeNotified = (text: string): boolean => NOTIFY.test(text);

// "cancel the change", "取消这个修改", "唔改喇", "不用改了", "把改地址取消掉", "hold off on the change", "我冇話要改派送",
// "I never asked to change it": the customer withdraws their waiting request.
const CANCEL_CHANGE =
  /\b(cancel|withdraw|undo|drop|forget about)( the| my| that| this)? (change|request|redelivery|hold|address change|redirect(ion)?|return)\b|\bdon'?t (change|redirect|redeliver|hold) it\b|取消(这个|這個|呢個|嗰個)?(修改|改派|改送|请求|請求|暂存|暫存|再派|再送|改地址)|(不|唔|不用|唔使|唔駛)改(了|喇|啦)|撤回|撤销(修改|请求)|撤銷(修改|請求)|(改地址|修改|改派|改送|改期|暂存|暫存)(的|嘅)?(请求|請求|申请|申請)?(先)?(给我|幫我|帮我|同我)?(取消|撤回|撤销|撤銷)|\bhold off( on)?( the| my| that| this)? (change|redirect(ion)?|address change|new address)\b|我(没|沒|冇)(有)?(说|說|話|讲|講)(过|過)?要改|(唔係|不是)要改|\b(never|didn'?t|did not) ask (you )?(for a change|to change|for any change)\b/i;

// "keep the original address", "leave it going to the old address", "还是按原来的地址送", "照返原本個地址送啦",
// "不用改了": the customer keeps the delivery as it was, which withdraws their waiting request.
// ("还是正常送吧", "照常配送好了", "just deliver it as normal": the delivery as planned — blind batch 22 20.3.)
// ("先别改", "暫時唔好改", "don't change the address yet": not now — the change waits for nothing; blind-25 17.4.)
// ("leave the address as it is", "keep it unchanged", "地址保持不变": the same.)
const KEEPS_AS_WAS =
  /(正常|照常|照旧|照舊|如常)(派送|配送|送货|送貨|送|派)|\b(deliver|bring|send) (it|them) (as (normal|usual|planned)|normally)\b|\b(keep|leave|stick with|go back to|use|send it to|deliver it to|bring it to)\b[^.?!]{0,25}\b(original|old|same|first|previous|usual|normal)\b( delivery)? (address|time|day|plan|one|arrangement)\b|\bas it was\b|\b(leave|keep)\b[^.?!]{0,25}\b(as (it|they) (is|are)|as is|alone|unchanged|the way it (is|was))|\b(don'?t|do not|no need to) bother (changing|redirecting|moving)\b|\bno change after all\b|原(来|來|本|先)(的|嘅|個|个|那个|嗰個)?(地址|时间|時間|安排|日子)|原地址|旧地址|舊地址|照原(来|來|本|先)|照返原|照(旧|舊)(送|派)|保持原|维持原|維持原|(保持|维持|維持)(不变|不變)|(不|别|別|唔好|唔使|唔駛|不用|不要)(再)?改(地址|时间|時間)?(了|喇|啦|嘞|住)|(先|暂时|暫時|暂且|暫且)(不|别|別|唔好|唔使|不用|不要)改|(?<![要能可好])(别|別|唔好)(先|再)?改(?!成|为|為|做|到|送|去|派)|\b(don'?t|do not|no need to) (change|redirect|move) (the|my) (address|delivery)( yet| for now| after all)?\b/i;
// "never mind", "forget it", "算了", "唔使喇" — right after a change was taken down: it is taken back.
const NEVER_MIND =
  /\b(never ?mind|nvm|forget (it|that|about it)|scratch that|no worries,? leave it)\b|^(算了|算啦|唔使喇|唔使啦|不用了|不要了)[\s,，。!！~]*$/i;

/**
 * "Keep the original address", "不用改了", or "never mind" right after the change was taken down: the customer takes
 * the change back (a message that names another change instead is a new request, read before this).
 */
// "so dont send it back, just deliver it", "不用退回了": a return asked before, taken back (blind batch 44a: 03.5) — not when
// another change is asked in its place ("don't send it back, I want it redelivered tomorrow", "我不要退回 我要重新配送").
const RETURN_TAKEN_BACK =
  /\bdon'?t (send|return) it back\b|\b(no need to|don'?t need to) (send|return) it back\b|(不用|不要|别|別|唔使|唔好)(再)?(退回|退返|退了|寄回)(去|来|來|嚟)?(了|喇|啦)?/i;
const ANOTHER_CHANGE =
  /redeliver|\bdeliver (it )?(again|tomorrow|on|at|to)\b|\bhold\b(?! on\b)|\b(pick (it )?up|collect)\b|重新(配送|派送|派|送)|再(送|派)|改(天|期|送|地址)|自取|自提|暂存|暫存/i;

export function takesChangeBack(text: string, justAsked: boolean): boolean {
  if (RETURN_TAKEN_BACK.test(text) && !ANOTHER_CHANGE.test(text)) return true;
  // ("原来的地址写错了，新地址是…88号" corrects the address: digits besides a parcel number give a new one.)
  const digits = /\d/.test(text.replace(/[A-Z]{0,4}\d{8,}[A-Z]{0,3}/gi, ''));
  return CANCEL_CHANGE.test(text) || (KEEPS_AS_WAS.test(text) && !digits) || (justAsked && NEVER_MIND.test(text));
}

// "will it still come tomorrow?", "明天还会送过来吗", "聽日仲會唔會送": whether the parcel still comes — a question, not a day.
const COMING =
  /\b(will|would|is) it (still )?(come|arrive|be delivered|be here|get here|coming)\b|\bstill (come|coming|arrive|arriving|be delivered)\b|(还|還|仲)(会|會)(唔會)?(送|到|来|來|嚟|派)|(会|會)(不会|不會|唔會)(送|到|来|來|嚟|派)|(还|還)(送|派)(不送|不派|吗|嗎)|照常(送|派)|仲(送|派)唔(送|派)/i;

// "which outlet is it?", "is it near Pudong?", "係邊間門市", "离浦东近吗": where a held parcel waits.
const WHERE =
  /\bwhich (outlet|station|store|branch|shop|locker|one)\b|\bwhere (is|do|can|will|would)\b|\bis it near\b|\bhow far\b|哪一?(个|個|间|間|家)?(网点|網點|营业所|營業所|站|门市|門市)|哪间|哪間|边间|邊間|喺边|喺邊|在哪|哪里|哪裡|近唔近|近不近|远不远|遠不遠|[离離].{0,8}近|地址/i;

// Where the parcel is held up on its way: "卡在哪", "停在哪里", "where is it stuck".
const STUCK_WHERE =
  /(卡|停|滞留|滯留|扣)(在|喺)?(哪|邊|边)|\bwhere\b[^.?!]{0,20}\b(stuck|held up|sitting)\b|\bstuck where\b/i;

// "地址呢？", "the address?": the address a change sends the parcel to.
const ADDRESS_ASKED = /地址|\baddress\b/i;

// "will the courier call me first?", "送之前會先打電話嗎", "会不会先打电话给我", "會唔會打俾我": a call before delivery.
const CALL =
  /\b(call|phone|ring|text) me\b|\bgive me a (call|ring)\b|\bcall (first|before|ahead)\b|打(个|個)?电话|打(个|個)?電話|打俾我|打畀我|打给我|打給我|致电|致電|聯絡我|联系我|聯繫我/i;

// "what if nobody is home?", "要是我不在家怎么办", "屋企冇人點算": missing the courier on the day asked for.
const AWAY =
  /\b(not|nobody|no one|no-one)('s| is| will be| be)? (at )?home\b|\bnobody (is )?(there|in)\b|\b(i'?m|i am|i'll be|i will be) (not (at )?home|not in|out|away)\b|不在家|没人在家|沒人在家|家里没人|家裡沒人|屋企冇人|唔喺屋企|冇人喺屋企|冇人在家|临时不在|臨時不在/i;
const WHAT_IF =
  /\bwhat if\b|\bwhat (happens|do i do)\b|怎么办|怎麼辦|點算|点算|点办|點辦|怎么弄|怎麼弄|会怎样|會怎樣|會點|会点/i;

// A bare check on what was just asked for: "可以吗？", "行唔行", "得唔得？", "搞掂未", "OK?", "all good?", "will that work?".
const CHECK_ZH =
  /^(那|那么|那麼|咁|所以)?(这样|這樣|咁樣|咁样)?(就)?(可以|行|得|好|ok|搞掂|搞定|弄好|办好|辦好|改好|成功|没问题|沒問題|冇問題)(了|咗|啦)?([吗嗎未嘛呢][?？]*|[?？]+)$|^(可唔可以|可不可以|得唔得|得唔得呀|行不行|行唔行|好唔好|成唔成功|係咪得|是不是可以|有冇問題|有没有问题|有沒有問題)[?？啊呀呢]*$/i;
const CHECK_EN =
  /^(so|and|ok|okay)?[\s,]*((is|was|has|did) )?(it|that|this|everything)?('s| is)?\s*(been |all |gone )?(ok(ay)?|fine|done|possible|sorted|set|good|alright|all right|confirmed|through|going through)( now| then| yet| for sure)?\s*\?+$|^(will|would|does|did) (that|it|this) (work|do|go through)( then)?\s*\?+$/i;

// "so what's the final arrangement? just confirm", "确认一下最终安排", "最後係點安排", "what's the plan now?": the
// request as it stands after changes of mind, said back (blind batch 23: 07.5, 19.5) — never a complaint.
const ARRANGEMENT =
  /\b(final|current|latest|new|whole) (arrangement|plan|setup|set-up)\b|\bwhat('?s| is) the (arrangement|plan)( now)?\b|\bjust confirm\b|\bconfirm (the |what'?s )?(final |current )?(arrangement|plan|change|request)\b|(最终|最終|最后|最後|现在|現在|目前)(的|嘅)?(安排|方案)|(确认|確認)(一下|下)?(最终|最終|最后|最後)?(的|嘅)?(安排|方案)|(最后|最後|最终|最終|现在|現在)(到底)?(係|是)?(点|點|怎么|怎麼)(样|樣)?安排|安排(係|是)(咩|什么|什麼|点|點)/i;

/** The message asks for the arrangement as it stands now. */
export const asksArrangement = (text: string): boolean => ARRANGEMENT.test(text);

/**
 * "Did you set up the evening delivery?", "晚上送那个弄好了没", "改地址嗰個搞掂未": whether a change is done, asked with
 * what it is — not a bare "is it done?" (which, in the middle of a complaint, may mean the complaint).
 */
export function asksChangeNamedDone(text: string): boolean {
  if (askedAbout(text) !== 'done' || checksOnIt(text)) return false;
  // ("has the late delivery been arranged?" names it in its own words.)
  if (THING_SET_UP.test(text)) return true;
  const rest = text.replace(DONE, ' ');
  const named = rest.replace(/\b(it|that|this|is|was|has|have|did|you|they|up|the|yet|already)\b|[\s\p{P}]/giu, '');
  return named.length >= 3;
}

/** A short "is that OK / done?" with nothing else in it: about what the customer just asked for. */
export function checksOnIt(text: string): boolean {
  const bare = text.trim().replace(/(?<![\s,，。.!！~～])[\s,，。.!！~～]+$/g, '');
  return bare.length <= 30 && (CHECK_ZH.test(bare.replace(/\s+/g, '')) || CHECK_EN.test(bare));
}

// "how many days is it kept?", "when must I collect it by?", "最迟什么时候取", "放得幾多日", "幾時要攞", "可以擺幾耐" (擺,
// Cantonese's word for leaving it there; "最多…幾多日" — blind-30 29.4 heard the price list): how long a held parcel
// waits for the customer — the holding period, not when the parcel arrives.
const KEPT =
  /\b(how (long|many days)|longest)\b[^.?!]{0,30}\b(kept|keep|hold|held|stay|wait|sit|remain|collect|pick)\b|\b(when|by when|what day)\b[^.?!]{0,20}\b(must|have to|need to|should)\b[^.?!]{0,10}\b(collect|pick)\b|\b(collect|pick) it up by\b|\bholding period\b|(放|留|存|保管|保留|擺|摆)(得|到)?(多久|几天|幾天|几日|幾日|幾多日|几多日|幾耐|几耐|多少天|多少日)|最多(可以|能)?[^？?，,。]{0,4}(多久|几天|幾天|几日|幾日|幾多日|几多日|幾耐|几耐|多少天)|(最迟|最遲|最晚)[^？?，,。]{0,6}(取|攞|领|領)|(几|幾)(天|日|多日)(之)?内(要)?(取|攞|领|領)|(幾|几)時要(攞|取)|(什么|什麼)时候要取|(什么|什麼)時候要取|保管期/i;

// "明天能送到吗", "今天到得了吗", "will it arrive tomorrow?", "聽日送唔送到": when it comes, asked beside another question.
const ARRIVES =
  /(能|可以|会|會|可唔可以)(不能|唔能)?(送到|送達|送达|到)(吗|嗎|不|未|呢|嘛)|(到|送)得(了|到)(吗|嗎)|送唔送(得)?到|(到|送)唔(到|送)到|\b(will|can|could|would) it (still )?(arrive|come|get (here|there)|be (delivered|here))\b/i;

/** The message asks when, or whether on a day, the parcel comes. */
export const arrivalAsked = (text: string): boolean => ARRIVES.test(text);

// Where to leave it when they are out, asked for: "can they leave it with the guard", "放門衛那裡", "交俾管理處".
const LEAVE_WITH =
  /\b(leave|give|hand|drop)\b[^.?!]{0,12}\b(with|to|at)\b[^.?!]{0,6}\b(the |my |our )?(guard|concierge|doorman|security|neighbou?r|reception|front desk|management|gate)\b|(放|交|留)(给|給|俾|畀|在|喺)?(门卫|門衛|保安|物业|物業|管理处|管理處|管理室|邻居|鄰居|前台|前檯)/i;

// What happens asked, or one way set against another: "what happens", "or take it back", "会怎样", "还是退回".
const WHAT_HAPPENS =
  /\bwhat happens\b|\bwhat will (they|he|she|you) do\b|\bor (take|bring|send|return)\b|\b(don'?t|do not|never)\b[^.?!]{0,12}\bleave\b|会怎样|會怎樣|會點|怎么办|怎麼辦|點算|还是退|還是退|定係退|不要放|别放|別放|唔好放/i;

type Asked = 'cost' | 'done' | 'when' | 'notify' | 'coming' | 'where' | 'call' | 'away' | 'kept';

/** What a message asks about a change request, if anything (one kind: cost, notify, done, when). */
export function askedAbout(text: string): Asked | undefined {
  if (CONFIRMING.test(text)) return 'done';
  if (asksCostQuestion(text) || (asksCost(text) && asksQuestion(text))) return 'cost';
  if (NOTIFY.test(text)) return 'notify';
  if (CALL.test(text) && asksQuestion(text)) return 'call';
  // ("if im not in can they leave it with the guard at the gate?": where to leave it then is asked for, not what
  // happens — blind batch 50b: 03.5.)
  // ("if I'm not in, what happens? will they leave it with the guard or take it back?" asks what happens; "don't leave it
  // with the guard" turns it down — a review of session 49.)
  const leaveWith = LEAVE_WITH.test(text) && !WHAT_HAPPENS.test(text);
  if (!leaveWith && ((AWAY.test(text) && (WHAT_IF.test(text) || asksQuestion(text))) || asksNobodyHome(text)))
    return 'away';
  if (COMING.test(text) && (asksQuestion(text) || /唔會|不会|不會|唔(送|派)/.test(text))) return 'coming';
  if (KEPT.test(text)) return 'kept';
  // ("is it booked?", "约好了没有": whether the request went through.)
  if (DONE.test(text) || THING_SET_UP.test(text) || asksIfBooked(text)) return 'done';
  if (WHERE.test(text) && asksQuestion(text)) return 'where';
  // ("when does it open on Sunday?": the station's hours, not when the change is done — blind 27: 02.5.)
  if (WHEN.test(text) && !OPENING_HOURS.test(text)) return 'when';
  return undefined;
}

// "退回來的運費要我付嗎", "do I pay for it to come back?": who pays a return's postage (44a: 11.4).
const RETURN_POSTAGE =
  /(运费|運費|邮费|郵費)[^，。,.!?！？]{0,6}(要我|我要|谁|誰|邊個)?(付|出|给|給|俾|畀|收)|(要|使)我(付|出|俾|畀)(运费|運費|钱|錢)?|\b(do|will|would) i (have to )?pay\b|\bwho pays\b|\b(charged|charge me)\b[^.?!]{0,20}\b(back|return)/i;

/**
 * Answers a question about the customer's own latest change request on the conversation's parcel.
 * @returns false when the message asks no such thing or there is no such request (it is handled as usual).
 */
export async function answerChangeQuestion(turn: Turn, justAsked = false): Promise<boolean> {
  const conversationParcel = turn.data.lastTracking;
  if (
    conversationParcel &&
    takesChangeBack(turn.text, justAsked) &&
    (await withdrawnOnRequest(turn, conversationParcel))
  )
    return true;
  // "可以吗？", "OK?" right after the request was taken: whether it went through, and what happens next.
  const arrangement = asksArrangement(turn.text);
  const asked = arrangement
    ? 'done'
    : (askedAbout(turn.text) ??
      (justAsked && checksOnIt(turn.text) ? 'done' : RETURN_POSTAGE.test(turn.text) ? 'cost' : undefined));
  // "When does the COD money reach me?" asks about cash on delivery, not the change (the price list answers).
  if (!asked || asksCodTiming(turn.text)) return false;
  // ("why was it returned in the first place? nobody contacted me": why, of the parcel — its record answers; blind
  // batch 52b: 05.3 heard how the request stands.)
  if (asked === 'done' && !arrangement && parcelQuestionIn(turn.text) === 'why') return false;
  // ("did you set up the after-6pm thing?" once a complaint about another parcel was filed: the parcel the change was
  // asked for, named or not — blind batch 31: 07.7.)
  const number = asked === 'done' ? await parcelOfChangeAsked(turn) : conversationParcel;
  if (!number) return false;
  const { entities, intent, confidence } = turn.reading;
  // "I want to complain" or "a person" is not a question about the request (a faint complaint reading is; a
  // question about what the change costs is one whatever the NLU makes of it, unless it says it complains).
  // ("要等多久才會確認？", "will the courier call me first?" read as complaints: a calm question is a question.)
  // ("那如果還是不在家會怎樣" after a new slot: what happens then is asked, whatever the NLU reads — blind batch 22 25.4.)
  // ("弄好了没", "搞掂未", "弄好了沒" ask whether it is done with no question mark: a question all the same.)
  const complains =
    asked === 'cost' || asked === 'away' || arrangement
      ? wantsToComplain(turn.text)
      : wantsToComplain(turn.text) ||
        (intent === 'complaint' &&
          confidence >= 0.5 &&
          ((asked !== 'done' && !asksQuestion(turn.text)) ||
            // (Whether it is done, asked in a hurry, is still that question.)
            (strongFeelings(turn.reading, turn.text) && !(asked === 'done' && turn.reading.signals.anger === 0))));
  const elsewhere = intent === 'human' || complains;
  if (entities.trackingNumbers.some((t) => t.number !== number) || elsewhere) return false;
  // Only the customer's own request: another customer's request on the same parcel is never told.
  const request = await ownRequestOn(turn, number);
  if (!request) return false;
  // ("退回來的運費要我付嗎？卡四天又不是我的問題", "how long until it's back?" of a return asked for: the return's own cost
  // and time, not the parcel's way on — blind batch 44a: 11.4–11.5.)
  if (request.kind === 'return_to_sender' && (asked === 'cost' || asked === 'when')) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, say(turn, asked === 'cost' ? 'change.returnCost' : 'change.returnTime', { number }));
    return true;
  }
  if (asked === 'cost') return answerCost(turn, request);
  // Where a parcel waits matters for a hold only; any other request leaves an outlet question to the FAQ.
  // ("地址呢？", "what address is it going to?" after an address change: the request said back, with its address.)
  const addressAsked = asked === 'where' && request.kind === 'change_address' && ADDRESS_ASKED.test(turn.text);
  // ("那你們先幫我查一下到底卡在哪裡", "where is it stuck?": where the parcel is now, its record's — not the hold's outlet;
  // blind batch 45a: 12.5.)
  const stuckAsked = asked === 'where' && STUCK_WHERE.test(turn.text);
  if (asked === 'where' && !addressAsked && !stuckAsked)
    return request.kind === 'hold' ? answerWhere(turn, request) : false;
  // How long the parcel waits for a hold: the market's holding period (another request leaves it to the FAQ).
  if (asked === 'kept') return request.kind === 'hold' ? answerKept(turn, request) : false;
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  const lines = [say(turn, `change.status.${request.status}`, { number, what })];
  // "Will it still come tomorrow?": the request as it stands, the date promised and what the request does to it.
  if (asked === 'coming') {
    const lookup = await lookUpParcel(turn.services, number);
    const promised = lookup.kind === 'found' ? lookup.shipment.promisedDate : undefined;
    const key = request.kind === 'hold' && request.status !== 'declined' ? 'change.coming.hold' : 'change.coming.other';
    // A parcel already late is not "due on" a day gone by: how late it is and where it was last scanned.
    const late = lookup.kind === 'found' && lookup.view.daysLate > 0 ? arrivalAnswer(turn, lookup) : undefined;
    lines.push(late ?? say(turn, key, { date: promised ? turn.services.replies.day(turn.locale, promised) : '—' }));
    noteOutcome(turn.context, 'answered');
    await reply(turn, lines.join('\n'));
    return true;
  }
  // "How long?" for a request that is not a day and time of its own: the promised date as it stands.
  // ("那现在到哪了，什么时候能送到？": where it was last scanned, and how late it is when it is late.)
  if ((asked === 'when' || stuckAsked) && request.status !== 'declined' && request.kind !== 'redeliver') {
    const lookup = await lookUpParcel(turn.services, number);
    // A parcel sent back has no promised date left: the one it had is past.
    const onItsWay = lookup.kind === 'found' && !lookup.view.anomalies.includes('returned');
    const promised = onItsWay && lookup.kind === 'found' ? lookup.shipment.promisedDate : undefined;
    const arrival = onItsWay && lookup.kind === 'found' ? arrivalAnswer(turn, lookup) : undefined;
    if (arrival) lines.push(arrival);
    else if (promised)
      lines.push(say(turn, 'change.status.promised', { date: turn.services.replies.day(turn.locale, promised) }));
  }
  // "Will the courier call first?": the phone the courier calls is the recipient's on the waybill.
  if (asked === 'call') {
    const lookup = await lookUpParcel(turn.services, number);
    const phone = lookup.kind === 'found' ? lookup.shipment.recipient.phone?.slice(-4) : undefined;
    lines.push(phone ? say(turn, 'change.status.call', { last4: phone }) : say(turn, 'change.status.callUnknown'));
    // "Send me the number to call": the number alone, next, goes on the request (call-first.ts).
    if (request.status === 'requested') turn.data.callNumberAsked = number;
  } else if (asked === 'away') {
    // What happens if nobody is in: another try, where it waits and for how long (the market's rule), and what they
    // can ask for now if they know they will be out.
    const lookup = await lookUpParcel(turn.services, number);
    const rule = ruleOn(turn, 'nobodyHome', lookup.kind === 'found' ? lookup : undefined);
    lines.push(...(rule ? [rule, say(turn, 'change.status.awayWays')] : [say(turn, 'change.status.away')]));
  } else if (request.status === 'requested')
    lines.push(say(turn, `change.status.${asked === 'where' ? 'done' : asked}`));
  // "改好了吗？明天能送到吗": done or not, and the day it is due (blind batch 22: 14.5).
  if (asked === 'done' && arrivalAsked(turn.text) && request.status !== 'declined') {
    const lookup = await lookUpParcel(turn.services, number);
    const promised = lookup.kind === 'found' && !lookup.view.delivered ? lookup.shipment.promisedDate : undefined;
    if (promised)
      lines.push(say(turn, 'change.status.promised', { date: turn.services.replies.day(turn.locale, promised) }));
  }
  // "可以吗？" after changing their mind: the request it replaced is not going ahead, said plainly.
  const replaced = asked === 'done' ? await replacedBy(turn, request) : undefined;
  if (replaced) lines.splice(1, 0, replaced);
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}

/**
 * The parcel "is it done?", "did you set it up?", "弄好了没", "搞掂未" asks about: the one the message names; else the
 * conversation's parcel when the customer asked a change on it; else the parcel of the customer's latest change
 * request among those spoken of in this chat (a change taken for another parcel in the middle of a complaint).
 */
export async function parcelOfChangeAsked(turn: Turn): Promise<string | undefined> {
  const { data, reading } = turn;
  const named = [...new Set(reading.entities.trackingNumbers.map((t) => t.number))];
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const spoken = [
    ...new Set([data.lastTracking, ...data.verified, ...(data.parcelsListed ?? [])].filter(Boolean)),
  ] as string[];
  let latest: DeliveryChangeRequest | undefined;
  for (const parcel of spoken) {
    const own = await ownRequestOn(turn, parcel);
    if (own && parcel === data.lastTracking) return parcel;
    if (own && (!latest || own.createdAt > latest.createdAt)) latest = own;
  }
  return latest?.trackingNumber ?? data.lastTracking;
}

/** "Your earlier request to … is withdrawn": what the request replaced, when it replaced one of another kind. */
export async function replacedBy(turn: Turn, request: DeliveryChangeRequest): Promise<string | undefined> {
  const id = request.replaces?.at(-1);
  const earlier = id ? await turn.services.store.deliveryChanges.get(id) : undefined;
  if (!earlier || earlier.kind === request.kind) return undefined;
  // (A redelivery at 19:00, then a new address in the same slot: nothing of the earlier one is given up.)
  if (keepsAllOf(earlier.details, request.details)) return undefined;
  return say(turn, 'change.status.replaced', {
    what: describeRequest(turn.services.replies, turn.locale, earlier, spokenRegister(turn)),
  });
}

/**
 * "Does this cost extra?": the cost of the request from the parcel's fee table — or of the kind of change the
 * message names when it is another ("and changing the address?"), never recorded as a new request.
 */
async function answerCost(turn: Turn, request: DeliveryChangeRequest): Promise<boolean> {
  const lookup = await lookUpParcel(turn.services, request.trackingNumber);
  if (lookup.kind !== 'found') return false;
  const named = deliveryChangeKind(turn.text, turn.reading);
  const change = !named || named === request.kind ? request : { kind: named, details: {} };
  const line = await changeCostLine(turn, lookup.shipment, change);
  // No fee table for the parcel: the price list's text answers (handlers' FAQ on the change's kind).
  if (!line) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, line);
  return true;
}

/**
 * "Cancel the change": the customer's latest request on the parcel is withdrawn while it waits (the desks no
 * longer see it); one decided already is said as it stands.
 */
async function withdrawnOnRequest(turn: Turn, number: string): Promise<boolean> {
  const request = await ownRequestOn(turn, number);
  if (!request) return false;
  turn.data.deliveryChange = undefined;
  noteOutcome(turn.context, 'answered');
  const withdrawn = request.status === 'requested' ? await turn.services.deliveryChanges.withdraw(request.id) : request;
  // "Leave the address as it is" about a new address with a call first beside it: the call stays asked for.
  const kept = request.status === 'requested' ? await keptBesideAddress(turn, withdrawn) : undefined;
  const what = describeRequest(turn.services.replies, turn.locale, kept?.named ?? withdrawn, spokenRegister(turn));
  const said =
    request.status === 'requested'
      ? say(turn, 'change.withdrawnNow', { number, what })
      : say(turn, `change.status.${request.status}`, { number, what });
  // ("so dont send it back, just deliver it. when will it get there??": when it comes, with it.)
  const found = asksArrival(turn.text) ? await lookUpParcel(turn.services, number) : undefined;
  const when = found?.kind === 'found' ? arrivalAnswer(turn, found) : undefined;
  await reply(turn, [said, kept?.kept, when].filter(Boolean).join('\n'));
  // "先别改，你先帮我查清楚在哪": where the parcel is now, asked beside it, is answered too (blind-25 17.4).
  if (asksWhereParcelIs(turn.text)) await handleTrack(turn);
  return true;
}

/**
 * "Which outlet is it? Is it near Pudong?" about the customer's own hold: the request as it stands and what is known
 * of where it waits — the place they named, else the staffed outlet the knowledge file lists for the delivery
 * address or the place they ask about (in the parcel's market), else the parcel's city and its last scan — with
 * when it is ready: after the station confirms.
 */
async function answerWhere(turn: Turn, request: DeliveryChangeRequest): Promise<boolean> {
  const lookup = await lookUpParcel(turn.services, request.trackingNumber);
  if (lookup.kind !== 'found') return false;
  const { shipment } = lookup;
  const number = request.trackingNumber;
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  const lines = [
    say(turn, `change.status.${request.status}`, { number, what }),
    ...placeLines(turn, request, shipment),
  ];
  const market = parcelMarketFor(turn, shipment);
  lines.push(say(turn, 'change.where.ready'));
  // "What does she need to bring?": the ID and pickup-code rule (06.3).
  const bring = bringLine(turn, market);
  if (bring) lines.push(bring);
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}

/** Where a held parcel waits: the place named, else the staffed outlet for its address, else its city and last scan. */
function placeLines(turn: Turn, request: DeliveryChangeRequest, shipment: Shipment, areaAsked = true): string[] {
  const en = turn.locale === 'en';
  const lines: string[] = [];
  const market = parcelMarketFor(turn, shipment);
  // The customer proved the parcel to make the request: its delivery address may be read for the outlet holding it;
  // an area they name that another outlet serves is pointed out beside it (06.3).
  const outlets = market ? holdOutlets(turn, market, shipment) : undefined;
  // (No area asked about — "站点在哪" beside how long it is kept — names no other outlet.)
  const outlet = outlets?.recorded ?? (areaAsked ? outlets?.named : undefined);
  const last = shipment.events.at(-1);
  const city = en ? (shipment.en?.destination ?? shipment.destination) : shipment.destination;
  if (request.details.placeName) lines.push(say(turn, 'change.where.named', { place: request.details.placeName }));
  else if (outlet) {
    lines.push(say(turn, 'change.where.outlet', { outlet }));
    const other = outlets?.recorded && areaAsked ? otherAreaLine(turn, outlets.named) : undefined;
    if (other) lines.push(other);
  } else
    lines.push(
      say(turn, 'change.where.city', {
        city,
        scan: (en ? last?.en?.place : undefined) ?? last?.place ?? '—',
      }),
    );
  return lines;
}

// Every market's knowledge files carry the holding period as an outlet entry with one of these keywords.
const HOLDING_PERIOD_KEYWORDS = ['holding period', '保管期'];

/**
 * "最遲幾時要攞？放得幾多日？" about the customer's own hold: the request as it stands and how long the parcel's market
 * keeps a held parcel (from its knowledge files) — not the parcel's status again (batch 21 29.6).
 */
async function answerKept(turn: Turn, request: DeliveryChangeRequest): Promise<boolean> {
  const lookup = await lookUpParcel(turn.services, request.trackingNumber);
  const market = lookup.kind === 'found' ? parcelMarketFor(turn, lookup.shipment) : undefined;
  if (!market) return false;
  const entries = faqEntries(turn.services.knowledge, market, turn.locale, 'outlet', spokenRegister(turn));
  const holding = entries.find((e) => e.keywords.some((k) => HOLDING_PERIOD_KEYWORDS.includes(k)))?.answer;
  if (!holding) return false;
  const number = request.trackingNumber;
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  const lines = [say(turn, `change.status.${request.status}`, { number, what }), holding];
  // "能放几天？站点在哪 几点关门": where it waits and the station's hours, asked in the same breath (blind-28 15.4) —
  // the hours the knowledge has, else where the customer will find them.
  const hoursAsked = OPENING_HOURS.test(turn.text) || HOURS_WORDS.test(turn.text);
  if (lookup.kind === 'found' && (WHERE.test(turn.text) || hoursAsked)) {
    lines.push(...placeLines(turn, request, lookup.shipment, false));
    const hours = hoursAsked ? await heldOutletHours(turn, request, number, turn.text) : undefined;
    lines.push(hours ?? say(turn, 'change.where.sms'));
  }
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}

// "几点关门", "what time does it close", "營業時間": the station's hours asked.
const HOURS_WORDS = /几点|幾點|\bwhat time\b|\bhours\b|打烊/i;

// "那要是改不了的话就放到你们网点我下班去拿", "if you can't, just hold it at the station": a hold only if the change asked
// cannot be made (blind batch 44b: 08.4 had the new address withdrawn for a hold).
const HOLD_IF_NOT =
  /(要是|如果|万一|萬一|假如|实在|實在)[^，。,.!?！？]{0,8}(改不了|改唔到|改不到|不行|唔得|送不了|送唔到|送不到|办不到|辦不到|做不到|弄不了)(的话|的話|嘅話)?[^。.!?！？]{0,8}(放|留|暂存|暫存|存|寄存)[^。.!?！？]{0,8}(网点|網點|营业|營業|服务点|服務點|驿站|驛站|快递柜|快遞櫃|门店|門市|站)|(改不了|改唔到|办不了|辦不了|送不了|送唔到)(才|再)(放|留|暂存|暫存)|\b(if (you|they|that|it) (can'?t|cannot|isn'?t possible|doesn'?t work|won'?t work)|otherwise|failing that|if not)\b[^.?!]{0,40}\b(hold|keep|leave)\b[^.?!]{0,20}\b(station|outlet|branch|locker|pick ?up point|depot)\b/i;

/**
 * A hold asked for only if the change waiting cannot be made: the change stands, said so, with where the parcel could
 * be collected then and the station's hours when asked — nothing recorded in its place.
 * @returns whether it was answered.
 */
export async function answerHoldIfNot(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  if (!number || !HOLD_IF_NOT.test(turn.text)) return false;
  const request = await ownRequestOn(turn, number);
  if (!request || request.status !== 'requested' || request.kind === 'hold') return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  const asHold: DeliveryChangeRequest = { ...request, kind: 'hold', details: {} };
  const lines = [say(turn, 'change.holdIfNot', { number, what }), ...placeLines(turn, asHold, lookup.shipment, false)];
  const hoursAsked = OPENING_HOURS.test(turn.text) || HOURS_WORDS.test(turn.text) || /关门|關門|閂門/.test(turn.text);
  const hours = hoursAsked ? await heldOutletHours(turn, asHold, number, turn.text) : undefined;
  if (hours) lines.push(hours);
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}

// "多少钱 要几天能回来", "how much, and how long until it's back?": the cost and the time of a return asked for.
const RETURN_COST_ASKED = /多少钱|多少錢|幾多錢|几多钱|运费|運費|\b(how much|cost|charge|pay)\b/i;
const RETURN_TIME_ASKED =
  /(几天|幾天|多久|幾耐|幾日|几日)[^，。,.!?！？]{0,6}(回|返)|\bhow long\b[^.?!]{0,25}\bback\b/i;

/**
 * In a complaint beside which a return to the sender was asked for: "多少钱 要几天能回来" — the return's cost and time,
 * then the step again (blind batch 44b: 07.5 heard the sending times of a new parcel).
 * @returns whether it was answered.
 */
export async function answerReturnAsideInIntake(turn: Turn, position: IntakePosition): Promise<boolean> {
  const number = position.state.trackingNumbers[0];
  if (!number) return false;
  const cost = RETURN_COST_ASKED.test(turn.text) && (asksQuestion(turn.text) || asksHowMuch(turn.text));
  const time = RETURN_TIME_ASKED.test(turn.text);
  if (!cost && !time) return false;
  const request = await ownRequestOn(turn, number);
  if (!request || request.kind !== 'return_to_sender' || request.status === 'declined') return false;
  const lines = [
    ...(cost ? [say(turn, 'change.returnCost', { number })] : []),
    ...(time ? [say(turn, 'change.returnTime', { number })] : []),
  ];
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
