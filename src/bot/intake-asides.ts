import { answerRefusedDamagedAside } from './refused-damaged';
import { answerRefusingAside } from './refusing';
import { answerNotTheirsCollection } from './not-theirs';
import { answerMissingContentsAside } from './missing-contents';
import { answerWeatherAsked } from './weather-asked';
import { answerUnorderedPaidAside } from './unordered-cod-paid';
import { noteDataDeletion } from './data-deletion';
import { takeReissueForMe } from './invoice-details';
import { noteSameAgent } from './same-agent';
import { answerCapDisputed, answerCompensationAsked, answerIfNeverFound } from './compensation-asked';
import { answerReturnAsideInIntake } from './change-questions';
import { answerOtherPartyDetailsAside } from './other-party-details';
import { answerBusinessFollowUp, BUSINESS_TOLD, namesBusinessAccount } from './business-follow-up';
import { answerHowToTellCall } from './scam-call-tell';
import { answerScamAsides, answerScamLoss } from './scam-aftermath';
import { answerPickupBookingInComplaint } from './missed-pickup';
import { answerWhetherToResend, answerWhoPaysResend } from './resend-advice';
import { answerScamAndLoss } from './scam-and-loss';
import { answerColdHandling } from './cold-goods';
import { findTicketNumber } from '../tickets';
import { asksPrice } from './shipment-quote';
import { handleFaq, handleTicketStatus, handleVerification, lastFourIn, volunteeredLastFour } from './handlers';
import { reply, say, spokenRegister, type FaqIntent, type Turn } from './turn';
import {
  asksAboutTopic,
  asksCodMoney,
  asksCodTiming,
  COD_MONEY_ASKED,
  entryQuestionIn,
  faqQuestionIn,
} from './faq-topics';
import {
  ANSWERED_ASIDE,
  CATEGORY_PROMPT,
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  DETAIL_KEPT,
  INTAKE_TRACKING_PROMPT,
  LAST_FOUR_AT_CONTACT,
  PHOTO_PROMPT,
  PHOTOS_LATER,
  STEP_ANSWERED,
  TEXT_PROMPT,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import { lookupProblem, lookUpParcel, trackingAnswer } from './parcel-answer';
import {
  asksHowItGoes,
  asksQuestion,
  clausesOf,
  correctedCategory,
  onlyTheBox,
  goodsBroke,
  digitsWritten,
  labelledLastFour,
  overcharged,
  refersToEarlierComplaint,
  refusesNewComplaint,
  saysHasPhotos,
  sendsLater,
  sendsPhotosLater,
  speaksOfCategory,
  speaksOfLeak,
  speaksOfLoss,
} from './message-cues';
import { answerAddressSaidRight, answerRecordDisputed, keepInAccount, takeSlotText } from './intake-slot-text';
import { noteUnagreedPlacement } from './unagreed-placement';
import { answerPriorityQuestion, asksPriority, replyTimeOf } from './priority-question';
import { answerReplyTime, replyTimeTold } from './reply-time-asked';
import { withoutSpeedUpAsked } from './speed-up-asked';
import { noteDamageAsked } from './damage-and-attitude';
import {
  allDemands,
  asksForRemedy,
  isAcknowledgement,
  isCancel,
  isYes,
  sameContact,
  summaryChanges,
  wantsFiled,
  wordsIn,
} from './intake-reading';
import { CONFIRM } from './intake-validators';
import { statedDemands, takeVolunteered } from './intake-volunteered';
import type { ReplyKey } from './replies';
import { acknowledge } from './empathy';
import { asksToChangeDelivery } from './context-reading';
import { answerDeliveryDays } from './delivery-days';
import { answerSomeoneElseReceives } from './someone-else-receives';
import { answerPickupCodeLost } from './pickup-code-lost';
import { answerNumberRequired } from './number-required';
import { answerHoldBeforeParcel } from './hold-before-parcel';
import { changeAlongside } from './intake-change';
import { asksReturnToSender } from './waybill-change-reading';
import { takeDeliveryWish, wishBeforeChange } from './intake-delivery-wish';
import { wantsToComplain } from './start-intake';
import { asksAboutMoney, asksRefundTime, asksWhen, parcelFactsAnswer, parcelQuestionIn } from './parcel-facts';
import { answerLeakCaseQuestions } from './leak-case-questions';
import { callAtSummary } from './call-at-summary';
import {
  asksAboutParcel,
  asksMeaning,
  asksWhoHandles,
  asksHowToSendPhotos,
  asksReplyTime,
  photosHow,
  photosHowAgain,
  asksKeptFor,
  withoutPhotoClauses,
  asksArrival,
  arrivalAndLateRule,
} from './intake-questions';
import { complaintTheirs, fileAsLeft, leaveComplaint, saysNotComplaining } from './intake-leaving';
import { pauseIntake } from './intake-pause';
import { answerTermsAsked } from './term-meaning';
import { answerBeyondRules } from './beyond-rules';
import { answerComplaintWish } from './complaint-wish';
import { asksIfBot, asksIfPersonHandles } from './bot-identity';
import { answerCaseQuestion, caseQuestionIn } from './case-questions';
import { answerPickupPoint } from './pickup-point-turn';
import { asksTicketNumber, payoutAsked } from './ticket-questions';
import { evidenceAsked } from './claim-evidence';
import { asksWhoIsPaid, ruleOn } from './case-rules';
import { asksSellerOrCourier } from './claimant-asked';
import { demandDetailsIn, demandsSaid, quotesUsBack } from './demand-details';
import { withoutChatTalk } from './complaint-account';
import { answerTicketsOnParcel } from './tickets-on-parcel';
import { lostLooking } from './direct-answer';
import { fileBeforeOtherParcel } from './filed-before-other';
import {
  answerAnythingElse,
  answerBothHandled,
  answerSecondIssue,
  dropLetGoProblem,
  asksAnythingElse,
  otherParcelNote,
  anotherParcelIn,
  noteOtherParcel,
} from './second-issue';
import { parcelMentionIn, setsParcelAside } from './parcel-mentions';
import { noteUrgency } from './speed-up';
import { answerParcelRoutesInIntake } from './parcel-routes';
import { OTHER_ONE } from './parcel-in-words';
import { answerSignFirstInIntake } from './sign-first';
import { answerOneOrTwoInIntake } from './ticket-count';
import { keepParcelsApart } from './parcels-kept-apart';
import { answerOrderNumber } from './order-number';
import { answerTodayInIntake } from './today-asked';
import { answerComplainWithoutDigits } from './complain-without-digits';
import { asksAboutCustoms, asksToRefuseDuties, asksWhetherToPay, customsAnswer, noteCustomsTold } from './customs';
import { asksChargedWeight, chargedWeightAnswer } from './charged-weight';
import { COD } from './cod-words';
import { asksWhoPaysPostage, postagePayerAnswer } from './postage-payer';
import { returnFreightAsked } from './return-freight-asked';
import { onlyPings, stillHereKey } from './impatience';
import { answerReturnFollowUp, asksHowToSendBack, asksHowToSendBackAtPhotos, sendBackAnswer } from './send-back';
import { answerGoodsValue, answerOnlyThat, claimLimitsFor } from './goods-value';
import { answerPaidInsurance } from './paid-insurance';
import { answerWhatToDo, answerWhichIssues, asksWhatToDo, asksWhichIssues } from './intake-plain-answers';
import { reassureAtTrackingStep, worryOnlyIntake } from './worry-answer';
import { besideDigits, leadingLastFour, readRestOf } from './digits-beside';
import { answerLookupByPhone } from './lookup-in-intake';
import { asksLookupByName } from './lookup-by-name';
import { answerWrongItemQuestions } from './wrong-item';
import { overchargeBackAsked } from './overcharge-refund';
import { followsQuote } from './shipment-quote';
import { weightIn } from './quote-reading';
import { takeDemandBesideAside, takeDemandsSaid } from './demand-step';
import { answerStillLate } from './still-late-asked';
import { answerEmailWish, refusesContact } from './contact-refusal';
import { answerServiceAside } from './service-questions';
import { takeOverchargeTold } from './overcharge-told';
import { answerClaimQuestions, asksClaimPapers, asksPapersAndTimeLimit, lostUndelivered } from './claim-questions';
import { answerPaidNow } from './paid-now';
import { answerCodAside } from './cod-aside';
import { answerCodMoneyAsked } from './cod-money-asked';
import { answerCourierNumberInIntake } from './courier-number';
import { answerDateWish } from './date-wish';
import { answerStillLooking } from './still-looking';
import { answerWhosePhoneInIntake } from './whose-phone';
import { contactInsteadOfAccount } from './contact-only';
import { answerLateCause } from './late-cause';
import { answerDelayPayInIntake } from './delay-pay-asked';
import { answerRushAndDelayPay } from './rush-and-delay-pay';
import { takeSignerAsDemand } from './signer-demand';
import { answerSignatureDisputed } from './signature-disputed';
import { answerLockerFee } from './locker-fee';
import { takeResendAsDemand } from './resend-demand';
import { otherParcelAgain } from './other-parcel-again';
import { answerNextSteps } from './next-steps';
import { answerPickupAsked } from './pickup-again';
import { complaintAskedForOther, otherParcelNamed, UNASKED_DROPPED } from './other-parcel-named';
import {
  answerChangeDoneInIntake,
  answerOtherParcelChange,
  correctOtherParcelAddress,
  sayComplaintGoesOn,
} from './other-parcel-change';
import { keepOtherParcelWords, saysFine } from './other-parcel-words';
import { answerIfLostAndMedicine } from './urgent-contents';
import { takeSomeoneElseToCall } from './call-someone-else';

// "what do you need for a claim", "how long does the claim take", "理賠要準備什麼", "索償要幾耐": the claim rules asked.
const CLAIM_NEEDS =
  /\b(what|which)\b[^.?!]{0,30}\b(need|needed|required|documents?|papers?)\b[^.?!]{0,20}\bclaims?\b|\bclaims?\b[^.?!]{0,30}\bhow long\b|\bhow long\b[^.?!]{0,30}\bclaims?\b|(理赔|理賠|索赔|索賠|索償|索偿)[^，。?？!！]{0,6}(需要|要|準備|准备|材料|資料|资料|文件|多久|幾耐|几天|幾天|幾日)/i;
// "how long does it take", "how long?", "要多久", "幾耐呀": the whole message asks only how long.
const HOW_LONG_ONLY =
  /^\s*(ok |so |and )?(how long( does| will| would)?( it| that| this)?( take| be)?|要?多久(呢|啊|呀)?|要?幾耐(呀|啊|㗎)?|要?几天|要?幾天)\s*[?？!.]*\s*$/i;
// A claim spoken of in the account ("a claim was opened", "理赔", "索償").
// The parcel whose status the intake showed in its reply before this message (state.lastShown, read once a turn).
const SHOWN_BEFORE = Symbol('parcelcare.shownBefore');
const CLAIM_SPOKEN = /\bclaims?\b|理赔|理賠|索赔|索賠|索偿|索償/i;
// "why do you need that?", "why do you want my number", "为什么要留电话", "點解要俾電話你": why the contact is asked.
const WHY_CONTACT =
  /\bwhy (do|would|does) (you|u|it) (need|want)\b|为什么要(留|给|給)?(你)?(电话|手机|号码|联系方式|邮箱)|為什麼要(留|給)?(你)?(電話|手機|號碼|聯絡方式|郵箱)|(點解|点解)要(留|俾|畀)?(你)?(電話|电话|手機|手机|號碼|号码)|要(电话|電話|手機|手机)(做|干|幹)(什么|什麼|咩|嘛)|要(我|我的|我嘅)(的)?(电话|電話|手機|手机|号码|號碼|联系方式|聯絡方式)(号|號|号码|號碼)?(来|來)?(干嘛|幹嘛|干什么|幹什麼|做什么|做什麼|做咩|做乜|有什么用|有咩用)|\bwhat (do|would) (you|u) (need|want) (my|a) (phone|number|email|contact)\b[^.?!]{0,10}\bfor\b/i;
// "是不是你們個資外洩", "係咪你哋賣咗我啲資料", "did you leak/sell my data?": asking whether the data came from the courier.
const LEAK_ASKED =
  /(外洩|外泄|洩漏|泄漏|泄露|洩露|賣了|卖了|賣咗|卖咗|出賣|出卖).{0,8}[?？嗎吗]|(是不是|是否|係咪|係唔係|会不会|會不會).{0,12}(外洩|外泄|洩漏|泄漏|泄露|洩露|賣|卖|流出)|\b(did|do|have|has) (you|your (staff|company|courier|people))\b[^.?!]{0,30}\b(leak|leaked|sell|sold|share|shared|give|gave)\b/i;
const asksAboutLeak = (text: string): boolean => LEAK_ASKED.test(text);
const WHEREABOUTS = /在哪|到哪|去到邊|喺邊/;
/** The message asks something: the shared question words, and the whereabouts words of a parcel. */
const asks = (text: string): boolean => asksQuestion(text) || WHEREABOUTS.test(text);

/**
 * What the bot does after an aside ('answered': the aside's reply asked the step's question itself; 'leave': the
 * customer does not want this complaint — it ends unfiled; 'notComplaint': it ends, and the message is then read
 * as if no complaint were open).
 */
export type AsideOutcome =
  | 'reprompt'
  | 'continue'
  | 'abandon'
  | 'change'
  | 'answered'
  | 'leave'
  | 'notComplaint'
  | 'filed'
  | 'reassured'
  | 'switch';

const REPLY_TIME =
  /多久|多长|多長|幾耐|几时|幾時|什么时候|什麼時候|进度|進度|处理到|處理到|联系我|聯絡我|聯繫我|覆我|回复我|回覆我|how long|when will|status|contact me|call me|get back to me|hear back/i;

const JUST_NOW =
  /刚刚|剛剛|刚才|剛才|啱啱|頭先|头先|\bjust now\b|\bthe one i just\b|\bi just (made|filed|sent|reported)\b/i;

/** The message speaks of a complaint made before — "剛剛那個案件" before anything was filed here is this one. */
const meansEarlierComplaint = ({ text, conversation }: Turn): boolean =>
  refersToEarlierComplaint(filedNow(text)) && !(JUST_NOW.test(text) && !conversation.ticketId);

// "Please submit the first one", "file this one": the complaint being taken down, of two the customer has to make.
const THIS_OR_FIRST_ONE = /\b(the |this )?(first|other) one\b/gi;
/** A message asking to file names the one being taken down by "the first one": that is no earlier complaint. */
const filedNow = (text: string): string => (wantsFiled(text) ? text.replace(THIS_OR_FIRST_ONE, '') : text);

/** A question about when this complaint is answered or how it stands (not one filed before). */
function asksAboutThisOne(turn: Turn): boolean {
  const { text, reading } = turn;
  // "Yes, the summary is correct. Email me the reference number." answers the summary.
  // ("算了 不投诉了 取消吧" is a cancel, whatever a status reading of its 投诉 says.)
  if (findTicketNumber(text) || meansEarlierComplaint(turn) || isYes(text) || isCancel(text)) return false;
  return reading.intent === 'ticket_status' || ((asks(text) || asksReplyTime(text)) && REPLY_TIME.test(text));
}

// "How does compensation work if it's lost?", "what would I get back", "怎么赔", "點樣賠", "没保价": how a claim is
// paid — the rules, whatever else the question mentions (the parcel being lost).
const CLAIM_RULES =
  /\bhow (does|do|would|will|is) (the )?(compensation|claims?|payout|insurance)\b|\b(compensation|claims?) work\b|\bwhat (do|would|will|can) (i|we) get( back)?\b|\bhow much (will|would|do|can) (i|we) get\b|\b(not|wasn'?t|isn'?t|never|nobody|no one) insured\b|\buninsured\b|\bno insurance\b|\bdidn'?t (buy|get|take|pay for) (any )?(insurance|cover)\b|怎么赔|怎麼賠|点赔|點賠|点样赔|點樣賠|赔多少|賠多少|怎么理赔|怎麼理賠|理赔(规则|規則|标准|標準)|理賠(規則|標準)|没(有)?保价|沒(有)?保價|冇(買)?保價|冇(买)?保价|\bhow (do|can|would|should|will) (i|we) (make|file|submit|lodge|start|put in|apply for|get) (a |the )?(claim|compensation)\b|\bhow (do|can) (i|we) claim\b|\b(claims?|compensation) (process|procedure)\b|(怎么|怎麼|如何|点样|點樣|點)(去)?(申请|申請|提出|办理|辦理|办|辦|搞|攞|拎)?(理赔|理賠|索赔|索賠|索偿|索償|赔偿|賠償)|(理赔|理賠|索赔|索賠|索偿|索償)(的)?(流程|程序|手续|手續|点搞|點搞)/i;
// ("how do I claim if it's lost?", "要怎麼申請理賠", "點樣索償": the claim process — blind batch 31: 23.5.)
// ("要拍照吗 箱子要留着吗", "do I need to keep the box?": what a claim needs is asked of its rules too.)
const asksClaimRules = (text: string): boolean => (CLAIM_RULES.test(text) && asks(text)) || evidenceAsked(text);

// A loss or damage the question is about ("if it really is lost", "要是丢了", "如果唔見咗").
const IF_HARMED = /\b(lost|missing|damaged|broken)\b|丢|丟|遗失|遺失|唔見|不见|不見|损坏|損壞|壞|坏/i;

/**
 * Answers what a message asks in the middle of a complaint intake, before the intake goes on: a FAQ or a
 * ticket-status question (then the step is asked again), and any parcel the message names or asks about
 * (its status first, then the step reads the message as usual). The tracking step's own answer is left to it.
 * @returns 'reprompt' when the message was only that question, 'continue' when the step should read it too,
 * 'abandon' when the customer does not want this complaint at all but asks about one made before, 'change'
 * when they ask for a change to the delivery instead.
 */
// How a parcel's weight is charged, asked: "按什么称的重", "怎麼秤的", "點樣磅", "how did you weigh it", "what weight did you
// charge", "一个鞋盒能有多重".
const WEIGHED_HOW =
  /(按|照|用)(什么|什麼|咩|哪个|哪個)[^，。？?]{0,3}(称|稱|秤|磅|算)|(怎么|怎麼|點樣|点样|如何)(称|稱|秤|磅)|能有多重|有(几|幾)重|\bhow (do|did|does) (you|they|the courier) weigh\b|\bwhat weight did you (charge|use)\b|\bhow (is|was) (the|my) weight (charged|worked out|calculated)\b/i;
// The parcel sent back to its sender, asked: "退回给寄件人", "退回去", "return it to the sender".
const RETURN_ASKED =
  /退(回|返)(给|給|俾|畀)?(寄件人|卖家|賣家|商家|店家|发货|發貨)|退(回|返)去|\breturn (it |the parcel )?to (the )?(sender|seller|shop)\b|\bsend it back\b/i;
// Whether the money comes back, asked: "钱能不能退", "能退吗", "退唔退", "can I get the difference back".
const REFUND_WHETHER =
  /(钱|錢|差价|差價|多收的|多扣的)?[^，。？?]{0,3}(能不能|可不可以|可唔可以|能|可以|会不会|會不會)(退|返還|返还)|退(不退|唔退)|\b(can|will|do) (i|you) (at least )?(get|give|pay)[^.?!]{0,24}\b(back|refund\w*)\b|\bwill (you|i|it) (be )?refund(ed)?\b|\b(whether|if) (i|we) (get|will get|can get|would get)\b[^.?!]{0,24}\b(back|refund\w*)\b/i;

export async function answerAside(turn: Turn, position: IntakePosition): Promise<AsideOutcome> {
  const outcome = await answerAsideOnly(turn, position);
  if (outcome === 'reprompt') noteGrievanceBeside(turn, position.state);
  return outcome;
}

/**
 * "今天早上去取还要我交3块超时费…他居然说爱要不要，还挂我电话" answered by the locker-fee rule in a complaint of no type
 * yet: what it tells of the courier is the complaint's account and its type too (blind batch 52a: 07.2 went unkept,
 * and the complaint was filed as "other"). Only a sure reading whose words speak of that kind of problem.
 */
function noteGrievanceBeside(turn: Turn, state: IntakeState): void {
  const { reading, text } = turn;
  const told = reading.intent === 'complaint' && reading.confidence >= 0.85 ? reading.category : undefined;
  if (!told || told === 'other' || state.category !== 'other' || state.aboutNotTheirs) return;
  // (A question tells nothing that went wrong: "还能重新寄过来吗？运费谁出？" of a returned parcel asks who pays.)
  // ("他说爱要不要": the courier's words quoted are no question of the customer's.)
  if (!speaksOfCategory(text, told) || asksQuestion(text.replace(/[爱愛]要不要|愛要唔要/g, ' '))) return;
  state.category = told;
  state.categoryGuessed = false;
  keepInAccount(turn, state);
}

async function answerAsideOnly(turn: Turn, position: IntakePosition): Promise<AsideOutcome> {
  // ("thats the number in my taobao app": a shop's order number where the tracking number is asked — order-number.ts.)
  if (position.prompt === INTAKE_TRACKING_PROMPT && (await answerOrderNumber(turn))) return 'reprompt';
  // "3x the shipping?? … compensation of that amount is a joke": the objection on the complaint, not the rule again.
  if (await answerCapDisputed(turn, position)) return position.prompt === DEMAND_PROMPT ? 'continue' : 'reprompt';
  // "地址啱㗎喎 點會無法派送" of a parcel returned for its address: the return looks like ours (50a: 13.3).
  // (Who pays for it, asked beside it, is the case question's: its rule says a return of ours goes out again free.)
  if (caseQuestionIn(turn.text) === undefined && (await answerAddressSaidRight(turn, position))) return 'reprompt';
  // "什么本人签收？？…是放在小区丰巢柜里的": the record disputed, put on the complaint (52a: 07.4).
  if (await answerRecordDisputed(turn, position)) return 'reprompt';
  // "do I at least get the shipping money back?" in a delay complaint: what lateness gives back (49b: 01.4, 10.4, 11.5).
  if (await answerLateMoneyBack(turn, position)) return 'reprompt';
  // "那如果真的退回去了 再寄一次運費誰出": the rule on returned parcels, then the step again (50b: 11.4).
  if (await answerWhoPaysResend(turn, position.state.trackingNumbers[0])) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "多少钱 要几天能回来" with a return to the sender asked beside the complaint: its cost and time (44b: 07.5).
  if (await answerReturnAsideInIntake(turn, position)) return 'reprompt';
  // (Whether the customer had asked for this complaint before this message: one that asks for it now says so below.)
  const askedBefore = Boolean(position.state.askedFor);
  // (The parcel shown in the reply before this message — and only that one: this message shows its own, if any.)
  turn.context.turnState.set(SHOWN_BEFORE, position.state.lastShown);
  position.state.lastShown = undefined;
  // "哦不对 是18号 不是88号" right after another parcel's new address was taken down: that request corrected (31: 16.5).
  if (await correctOtherParcelAddress(turn, position)) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "請專人於三個工作天內回覆", "多久给答复？": the complaint's real reply times, said; the message is read on (27: 23.4).
  await answerReplyTime(turn, position);
  // "我要不要再补发一票？" while the parcel is looked for: the customer's call, and when it counts as lost — nothing ordered.
  if (await answerWhetherToResend(turn, position.state.trackingNumbers[0])) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "send someone tomorrow before 11", "直接帮我取消吧" in a missed pickup's complaint: the booking page does that; the
  // wish goes on the complaint as the step reads the message (missed-pickup.ts).
  if (
    position.state.trackingNumbers.length === 0 &&
    (await answerPickupBookingInComplaint(turn, position.state.aboutMissedPickup === true))
  ) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'continue';
  }
  // "are you a robot?", "你係咪機械人嚟㗎" mid-complaint: who is answering, then the step again — not a confirmation
  // of the number asked about, nor "I can't answer that" (batch 16: 05.2, 20.2, 28.2).
  // ("My email is …. Will somebody actually look at this or not?": a person will, said so, and the email is the
  // contact step's answer — blind batch 52a: 04.6 heard "I'm automated" and the contact asked again.)
  const botAsked = asksIfBot(turn.text);
  if (botAsked || asksIfPersonHandles(turn.text)) {
    await reply(turn, say(turn, botAsked ? 'bot.identityInIntake' : 'bot.personHandlesInIntake'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    const { phones, emails } = turn.reading.entities;
    return position.prompt === CONTACT_PROMPT && phones.length + emails.length > 0 ? 'continue' : 'reprompt';
  }
  // "月结的事找谁谈？" mid-complaint: the business account's answer, then the step again — not a hand-off of the
  // complaint, nor a phone given for the account's sales team taken as this complaint's contact (blind 19: 19.8).
  // (The account named outright is about it, however long ago its entry was told.)
  if (namesBusinessAccount(turn.text)) {
    const told = turn.context.turnState.get(BUSINESS_TOLD) === true;
    turn.context.turnState.set(BUSINESS_TOLD, true);
    if (await answerBusinessFollowUp(turn, false)) {
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
    if (!told) turn.context.turnState.delete(BUSINESS_TOLD);
  }
  // "以后我怎么分辨是不是你们打来的？" at the summary: the rule on such calls, then the step again (blind 18: 18.4);
  // "will you ever ask me for a code?", "is 2730 0273 your hotline?", "I got scammed, 1800 taken": their answers, then
  // the step again — a number asked about is no contact of theirs (blind batch 47a: 02.5, 15.7).
  if ((await answerHowToTellCall(turn)) || (await answerScamLoss(turn)) || (await answerScamAsides(turn))) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "丢没丢？那个电话是不是诈骗？": the parcel's loss by its record and the rule on such calls, together (27: 18.2).
  const scamAsked = await answerScamAndLoss(turn, position);
  if (scamAsked) return scamAsked;
  // "末四碼是指誰的電話", "whose phone do you mean?" where its digits are asked for: either phone on the waybill, then
  // the step again — not an answer to the step (blind batch 24: 21.3).
  if (await answerWhosePhoneInIntake(turn, position)) return 'reprompt';
  // "wait, I'll find it", "等一下 我找找" where the number is asked for: take your time, and the step waits — "hold on"
  // asks no hold (blind batch 22: 03.3).
  const looking = await answerStillLooking(turn, position);
  if (looking) return looking;
  // "係咪一定要單號先幫到手" where the number is asked for: no, "skip" does — then the step again (50b: 15.2).
  if (await answerNumberRequired(turn, position)) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "你哋星期六會唔會派件" at a step: the delivery days, then the step again (batch 20: 18, 28); "可唔可以送去便利店"
  // before the parcel's number is had: the rule on holds (the change waits for the parcel).
  const holdEarly = position.prompt === INTAKE_TRACKING_PROMPT && (await answerHoldBeforeParcel(turn));
  // "可唔可以俾第二個同事代收 要唔要帶乜嘢" at a step: who may sign, what a collector shows — no hold (49a: 14.4).
  if (
    holdEarly ||
    (await answerDeliveryDays(turn, 'intake')) ||
    (await answerSomeoneElseReceives(turn)) ||
    (await answerPickupCodeLost(turn))
  ) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // Last-4 digits in front of something else: checked, then the rest is this turn's message.
  if (await proveDigitsInFront(turn, position)) return answerAsideOnly(turn, position);
  // "查一下我之前的投诉 电话139…": a lookup of an earlier complaint by phone — not this complaint's contact.
  if (await answerLookupByPhone(turn, position)) return 'reprompt';
  // "can't you look it up by my name?" at a step: a parcel is found by its number, and where that is found — then the
  // step again, never "what would you like us to do?" as if it were the answer (blind batch 28: 03.2).
  if (asksLookupByName(turn.text) && turn.reading.entities.trackingNumbers.length === 0) {
    await reply(turn, say(turn, 'lookup.byNameNot'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "hello??", "???", "人呢", "喂 有冇人㗎" while a step waits: a short word that the bot is here, then the step again —
  // not "I can't answer that one here" (batch 17).
  if (onlyPings(turn.text)) {
    const times = position.state.pings ?? 0;
    position.state.pings = times + 1;
    // At the summary the whole complaint is not shown again for a "人呢": it waits only for the customer's "submit"
    // (blind batch 17: 12.5–12.6 saw it three times and never filed).
    if (position.prompt === CONFIRM_PROMPT) {
      const titles = CONFIRM.map((key) => say(turn, key));
      const waiting = `${say(turn, stillHereKey(times))}\n${say(turn, 'intake.summaryWaits')}`;
      await reply(
        turn,
        waiting,
        titles.map((title) => ({ title, value: title })),
      );
      return 'answered';
    }
    await reply(turn, say(turn, stillHereKey(times)));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "唔想留電話，覆email得唔得" at the contact question: the email asked for (batch 20 P2).
  if (await answerEmailWish(turn, position)) return 'answered';
  // "我的耳机去哪了？袜子要不要寄回去" in a wrong-item complaint: answered, then the step again (blind batch 18 14.4).
  // "上星期四黑雨喎 係咪因為咁所以冇人送？": the record's word on the cause, the rule on severe weather (49b).
  if (await answerWeatherAsked(turn, position)) return 'reprompt';
  // "要拍什么照片留证据", "should I tape it back up?", "2.1公斤到底是谁称的" about contents missing: the entry (48a).
  if (await answerMissingContentsAside(turn, position)) return 'reprompt';
  if (await answerWrongItemQuestions(turn, position)) return 'reprompt';
  // "I still need to ship this today, can someone else come?", "能不能再派人来取": how to book a pickup (this chat cannot),
  // the new pickup kept on the complaint as the customer's wish, then the step again (blind-26 05.5).
  // "so is anyone coming or not", "你哋派人嚟拎" of someone else's parcel left with them: yes, the station (48a: 01.5).
  if (await answerNotTheirsCollection(turn, position)) return 'reprompt';
  if (await answerPickupAsked(turn, position)) return 'reprompt';
  if (wantsToComplain(turn.text)) position.state.askedFor = true;
  // "能不能加急？另外延误了有没有赔偿": the speed-up asked of the station and the delay rule, both (24: 13.4).
  if (await answerRushAndDelayPay(turn, position)) return 'reprompt';
  // "我要投訴，延遲這麼久要怎麼補償？": why it is late and what lateness gives back, then the step (22: 19.4, 23.4).
  // ("赔偿啊还用问？先告诉我为啥晚了": the why answered, and the demand said beside it taken — blind-30 11.2.)
  if (await answerLateCause(turn, position))
    return (await takeDemandsSaid(turn, position, statedDemands(turn, position.state.category)))
      ? 'continue'
      : 'reprompt';
  // "晚了三天不该补偿吗" at the summary, or in another complaint: what lateness gives back, then the step (27: 15.6).
  if (await answerDelayPayInIntake(turn, position)) return 'reprompt';
  // "ok now the vase one, JT…, I want compensation for it": that parcel's status, and its own ticket after this one —
  // its words and demand are not this complaint's (blind-15 02.4; blind-14 08.3, 21.4). "算了这个 另外一个 SF…" sets
  // this one aside: the complaint is about the other parcel from here on.
  // "did you set up the evening delivery?" about a change taken in this chat: that request as it stands (31: 07.7).
  const changeAnswered = await answerChangeDoneInIntake(turn);
  if (changeAnswered !== undefined) {
    await sayComplaintGoesOn(turn, position, changeAnswered);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "哪個是寄去成都的", "怎么是寄到上海的 我在苏州啊": each parcel's route, or that one addressed elsewhere is probably
  // not theirs — then the step again (blind batch 43a: 07.3, 12.3) — before
  // the parcel it names is taken for another complaint.
  if (await answerParcelRoutesInIntake(turn, position.state.trackingNumbers[0])) return 'reprompt';
  // "我不知道他們電話後四碼 這樣不能投訴嗎": yes, no digits needed (blind batch 43a: 11.3) — then the step again.
  if (await answerComplainWithoutDigits(turn, true)) return 'reprompt';
  // "那你们让他今天下午送过来" of a parcel still on its way: it cannot come today (blind batch 43b: 10.5).
  if (await answerTodayInIntake(turn, position.state.trackingNumbers[0])) return 'reprompt';
  // "这是一个投诉单还是两个啊": one ticket per parcel, said — then the step again (blind batch 43a: 10.5, 14.4).
  if (await answerOneOrTwoInIntake(turn, position)) return 'reprompt';
  // "这两个别给我混在一起 丢的那个我要赔钱 晚的那个…": apart they are, and each one's wish goes to it.
  if (await keepParcelsApart(turn, position))
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  // "now what about the other one?", "另外一个呢", "另一個呢 明天幾點到": the other parcel named before, by no number.
  const earlier = position.state.otherParcel;
  const otherOne = earlier && turn.reading.entities.trackingNumbers.length === 0 && asksAfterOtherOne(turn.text);
  // ("can you file a complaint for the YT one?", "SF那个 要改地址": a parcel shown before, named by its letters — 31: 02.4.)
  const other =
    position.prompt === INTAKE_TRACKING_PROMPT
      ? undefined
      : (anotherParcelIn(turn, position.state) ?? otherParcelNamed(turn, position.state));
  // "先提交。然后第二个…呢": filed first, then the other parcel.
  if (await fileBeforeOtherParcel(turn, position, otherOne ? earlier : other)) return 'filed';
  const again = otherOne ? await otherParcelAgain(turn, position.state, earlier) : undefined;
  if (otherOne && again !== 'pass') return again ?? answerOtherParcel(turn, position, earlier);
  // ("算了先说SF那个 地址写错了 要改成…" mid-complaint about EA…: SF's own change, the complaint kept — 31: 16.4.)
  if (other && (await answerOtherParcelChange(turn, position, other))) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "can you file a complaint for the YT one?" in a complaint the bot opened unasked: that parcel's complaint now.
  if (other && complaintAskedForOther(turn, position.state, askedBefore)) {
    turn.context.turnState.set(UNASKED_DROPPED, position.state.trackingNumbers[0]);
    turn.data.lastTracking = other;
    return 'switch';
  }
  if (other) return answerOtherParcel(turn, position, other);
  // "单号也写错了 应该是SF…", "應該係…", "sorry typo, it's …": the complaint's own number corrected, checked as any
  // number is — never another parcel (the summary reads its own changes).
  const corrected = position.prompt === CONFIRM_PROMPT ? undefined : correctionIn(turn, position);
  if (corrected) return correctNumber(turn, position, corrected);
  // "你们打电话给我孙子吧", "call my daughter instead, 139…": the one to call is theirs, noted (blind-31 17.5).
  const someoneElse = await takeSomeoneElseToCall(turn, position);
  if (someoneElse) return someoneElse;
  // "丢了怎么办 里面是降压药": what a loss brings, and the medicine taken as urgent — then the step (blind-31 17.4).
  if (await answerIfLostAndMedicine(turn, position)) return 'reprompt';
  // "柜子超时费谁出？", "do I pay the locker fee?": the record and the market's locker rule (blind 27 replay: 11.4).
  if (await answerLockerFee(turn, position.state.trackingNumbers[0])) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "是不是送到超商了？取貨碼是多少", "7-11 says it isn't there", "can someone open the locker?": the parcel's record and
  // what the customer can do, kept in the account — then the step again, never a redelivery demand (batch 19: 21.3–21.4).
  // ("跳过 我没有单号 我就是想知道去哪拿 不是投诉": no complaint — it ends first, and the question is answered outside it;
  // blind batch 40b: 06.6.)
  if (!saysNotComplaining(turn.text) && (await answerPickupPoint(turn, position.state.trackingNumbers[0]))) {
    keepInAccount(turn, position.state);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "帮我催一下", "急", "快啲啦", "hurry it up (haha)": the urgency noted for the team, then the step again — no change of
  // delivery to prove, no demand. ("会优先处理吗" asks the priority: answered below.)
  // ("13911116666 快点弄" at the contact step: the number is the answer, taken with the hurry — blind batch 54a: 08.7.)
  if (!asksPriority(turn.text) && (await noteUrgency(turn, position))) {
    const { phones, emails } = turn.reading.entities;
    return position.prompt === CONTACT_PROMPT && phones.length + emails.length > 0 ? 'continue' : 'reprompt';
  }
  // "Who pays the postage?" right after how to send it back: about the return, then the step again.
  if (await answerReturnFollowUp(turn)) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "How do I send it back to the seller?" in the middle of a complaint: how returns work, then the step again (what
  // else the message tells is read by the step as usual).
  const atPhotos = position.prompt === PHOTO_PROMPT;
  const returnAsked = atPhotos ? asksHowToSendBackAtPhotos(turn.text) : asksHowToSendBack(turn.text);
  const sendBack = returnAsked ? sendBackAnswer(turn) : undefined;
  if (sendBack) {
    await reply(turn, sendBack);
    turn.data.returnTold = true;
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return wordsIn(turn.text) > 12 ? 'continue' : 'reprompt';
  }
  // "速遞員叫我撳已簽收係咪正常": not normal, never before having it (blind batch 43b: 13.4) — then the step again.
  if (await answerSignFirstInIntake(turn)) return wordsIn(turn.text) > 12 ? 'continue' : 'reprompt';
  // "Do I have to pay duties?", "海关会扣多久": the courier's customs rule (of the complaint's parcel's market), or
  // plainly "not customs" of a parcel sent back for another reason; then the step again.
  if (asksAboutCustoms(turn.text) || asksToRefuseDuties(turn) || asksWhetherToPay(turn)) {
    const named = turn.reading.entities.trackingNumbers[0]?.number;
    const customs = await customsAnswer(turn, named ?? position.state.trackingNumbers[0], false);
    if (customs) {
      await reply(turn, customs);
      noteCustomsTold(turn);
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return wordsIn(turn.text) > 12 ? 'continue' : 'reprompt';
    }
  }
  // "I'd like the second payment returned — how long will it take?" in a fee complaint: the courier's refund times,
  // then the step (a claim's or cash on delivery's money has its own times).
  const feeComplaint = position.state.category === 'fee';
  const refundTime = feeComplaint && asksRefundTime(turn.text) ? ruleOn(turn, 'refund') : undefined;
  if (refundTime) {
    await reply(turn, refundTime);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'continue';
  }
  // "为什么按5公斤算", "is it by volume? box 40*30*25" in a fee complaint: the volumetric rule worked out, then the step.
  const complaintParcel = asksChargedWeight(turn.text, feeComplaint) ? position.state.trackingNumbers[0] : undefined;
  const parcelLooked = complaintParcel ? await lookUpParcel(turn.services, complaintParcel) : undefined;
  const weightCharged = chargedWeightAnswer(
    turn,
    feeComplaint,
    parcelLooked?.kind === 'found' ? parcelLooked : undefined,
  );
  if (weightCharged) {
    await reply(turn, weightCharged);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return wordsIn(turn.text) > 12 ? 'continue' : 'reprompt';
  }
  // "运费谁出", "who pays the shipping?" mid-complaint: prepaid or freight collect, then the step again.
  // ("运费谁出" of a parcel sent back asks who pays for its return: the case question below — 12.3.)
  const postage =
    asksWhoPaysPostage(turn.text) && !(await returnFreightAsked(turn, position.state.trackingNumbers[0]))
      ? postagePayerAnswer(turn)
      : undefined;
  if (postage) {
    // "那20公斤呢 可以貨到付款嗎" right after a price: the new weight's price too, then who pays (blind batch 19: 24.3
    // heard only who pays).
    // (Only the clause with the figure is priced: "貨到付款" beside it names no place.)
    const clause = clausesOf(turn.text).find((part) => weightIn(part) !== undefined);
    const priced = clause ? { ...turn, text: clause } : undefined;
    if (priced && followsQuote(priced)) await handleFaq(priced, 'faq.fee');
    await reply(turn, postage);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return wordsIn(turn.text) > 12 ? 'continue' : 'reprompt';
  }
  // "I want 20,000 for the stress and the job I lost", "do I get the 20k or not?": no promise beyond the rules, the ask
  // kept — before the goods' value told beside it is answered on its own.
  // (A number put right beside it, at the number's step, is still read by the step.)
  if (await answerBeyondRules(turn, position)) {
    const { trackingNumbers, invalidTracking } = turn.reading.entities;
    const numberGiven =
      position.prompt === INTAKE_TRACKING_PROMPT && trackingNumbers.length + invalidTracking.length > 0;
    // (At the account's step the message is the account: "the camera cost 3000. I want 15,000 for the stress…".)
    const account = position.prompt === TEXT_PROMPT;
    return turn.context.turnState.get(STEP_ANSWERED) || numberGiven || account ? 'continue' : 'reprompt';
  }
  // "那我只能赔这么点？" after the goods' value was answered: the claim rule again, then the step.
  if (await answerOnlyThat(turn, position)) return 'reprompt';
  // "值两千多块" in a loss or damage complaint: what can be paid for it, then the step (which keeps the words).
  await answerGoodsValue(turn, position);
  // "I paid for insurance, so what did I pay for?": what it covers (a return is no loss), then the step.
  await answerPaidInsurance(turn, position);
  // "咁我再寄過要幾錢 1公斤 武漢去香港", "how much to send it again, 2kg?": what sending costs is asked — the price,
  // then the step; never a redelivery demand or a change read in "再寄" (blind batch 35a: 15.3).
  if (turn.reading.intent === 'faq.fee' && asksPrice(turn.text) && !asksForRemedy(turn.text)) {
    await handleFaq(turn, 'faq.fee');
    return 'reprompt';
  }
  // A demand or a phone given at another step is taken first; a demand beside a question at the demand step
  // answers that step once the question is answered.
  // "make sure the damage is on there": damage put on the complaint and said so; a "submit" beside it files (09.6).
  if ((await noteDamageAsked(turn, position, isYes(turn.text))) && !isYes(turn.text) && !wantsFiled(turn.text))
    return 'reprompt';
  const answered = await takeVolunteered(turn, position);
  // ("多久會有結果？會有人打給我嗎？我的電話 09…" at the summary: the number is the contact, and whether and when the call
  // comes is said — then the summary with it; blind batch 28: 23.6.)
  // (The summary's own reading takes the number and says it: nothing aside is answered — intake.dialog.ts.)
  const phone = turn.reading.entities.phones[0]?.e164;
  if (position.prompt === CONFIRM_PROMPT && callAtSummary(turn.services, position.state, turn.text, phone))
    return 'continue';
  // "我的电话139…" where what happened is asked: the contact taken, and what happened asked again.
  if (contactInsteadOfAccount(turn.text, position)) return 'reprompt';
  const outcome = await answerQuestionsIn(turn, position);
  // ("找回来，找不回来就赔钱" read as a loss first: its demand still answers the demand step — batch 20 P1.)
  if (outcome === 'reprompt' && !answered && (await takeDemandBesideAside(turn, position))) return 'continue';
  return answered && outcome === 'reprompt' ? 'continue' : outcome;
}

// "the other one?", "what about the second parcel", "另外一个呢", "另一個呢", "第二件呢", "嗰件呢": the parcel named beside
// this one, asked after without its number.
const SECOND_OR_THAT_ONE =
  /\b(the )?(other|second|2nd) (one|parcel|package|order)\b|第二(个|個|单|單|件|票|包)|(那|嗰)(个|個|件|单|單)(呢|點|点|怎)/i;
const asksAfterOtherOne = (text: string): boolean =>
  (OTHER_ONE.test(text) || SECOND_OR_THAT_ONE.test(text)) && text.trim().length <= 60;

/** Another parcel named in the middle of the complaint: its status and its own ticket, or the switch to it. */
async function answerOtherParcel(turn: Turn, { state }: IntakePosition, number: string): Promise<AsideOutcome> {
  if (setsParcelAside(turn.text)) return 'switch';
  const { services, context, locale } = turn;
  const lookup = await lookUpParcel(services, number);
  // A complaint on a number tracking cannot find gives way to a parcel that is found and in trouble (late, stalled,
  // or a problem told now): that is the parcel the customer is talking about, and what they ask for next is its
  // complaint's — never silently the unfound number's (blind batch 20 08.4–08.6). The other is said to be set aside.
  const ownUnfound = state.trackingNumbers.every((n) => state.unverifiedNumbers?.includes(n));
  const troubled = lookup.kind === 'found' && (lookup.view.anomalies.length > 0 || turn.reading.intent === 'complaint');
  if (ownUnfound && troubled) return 'switch';
  if (lookup.kind === 'found') {
    // (Its status shown already — listed, or named before — is not told again for its complaint: 31: 02.4.)
    const shown = turn.data.parcelsListed?.includes(number) === true || state.otherParcel === number;
    noteOtherParcel(turn, state, number);
    // (Something wrong with it told now: its complaint is offered after this one after all.)
    if (state.otherParcelCategory) state.otherParcelOnlyAsked = undefined;
    // What the customer wants of it ("I want it found or my money back, a 600 rmb jacket") is kept for its own ticket.
    const kept = keepOtherParcelWords(turn, state, number);
    // "顺丰那单什么时候能到" of a parcel with nothing wrong: only asked about — no ticket of its own promised.
    if (!kept && (asks(turn.text) || saysFine(turn.text)) && lookup.view.anomalies.length === 0)
      state.otherParcelOnlyAsked = true;
    const status = (await trackingAnswer(services, context, locale, lookup, spokenRegister(turn))).join('\n');
    const current = state.trackingNumbers[0] ?? '';
    const own = state.otherParcelOnlyAsked
      ? ''
      : say(turn, kept ? 'intake.otherParcelKept' : 'intake.otherParcelOwnTicket', { number, current });
    // (Never an empty bubble: with nothing new to say of it, its status is said again.)
    await reply(turn, [kept && shown ? '' : status, own].filter(Boolean).join('\n') || status);
    if (!(kept && shown)) state.lastShown = number;
  } else {
    await reply(turn, lookupProblem(services, locale, lookup, spokenRegister(turn)) ?? say(turn, 'trackUnavailable'));
  }
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return 'reprompt';
}

/** The number a message corrects the complaint's own to, valid or not, if it corrects it. */
function correctionIn({ text, reading }: Turn, { state }: IntakePosition): string | undefined {
  const { trackingNumbers, invalidTracking } = reading.entities;
  const named = [...trackingNumbers, ...invalidTracking].map((t) => t.number);
  const mention = parcelMentionIn(text, named, state.trackingNumbers);
  return mention?.kind === 'correction' ? mention.number : undefined;
}

/**
 * The complaint's number corrected: a number tracking finds replaces it (its status told, how late it is taken from
 * it); one that fails its check or that tracking cannot find is named with the reason, and the complaint stays under
 * the number it had. The step is asked again either way.
 */
async function correctNumber(turn: Turn, { state }: IntakePosition, number: string): Promise<AsideOutcome> {
  const { services, context, locale } = turn;
  const before = state.trackingNumbers[0] ?? '';
  // (A number failing its check digit is not looked up: it names no parcel.)
  const invalid = turn.reading.entities.invalidTracking.some((t) => t.number === number);
  const lookup = invalid ? undefined : await lookUpParcel(services, number);
  if (lookup?.kind === 'found') {
    state.trackingNumbers = [number];
    state.trackingSkipped = false;
    state.unverifiedNumbers = undefined;
    if (state.otherParcel === number) state.otherParcel = undefined;
    state.facts.daysLate = lookup.view.daysLate > 0 ? lookup.view.daysLate : null;
    turn.data.lastTracking = number;
    state.lastShown = number;
    const status = (await trackingAnswer(services, context, locale, lookup)).join('\n');
    await reply(turn, [say(turn, 'intake.numberCorrected', { number, before }), status].join('\n'));
  } else {
    const reason = invalid ? 'intake.numberCorrectionInvalid' : 'intake.numberCorrectionUnknown';
    await reply(turn, say(turn, lookup?.kind === 'unavailable' ? 'trackUnavailable' : reason, { number, before }));
  }
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return 'reprompt';
}

async function answerQuestionsIn(turn: Turn, position: IntakePosition): Promise<AsideOutcome> {
  const { reading, services, locale, text } = turn;
  // "Yes, file it" to the question asked as the customer said goodbye: filed as it stands.
  if (await fileAsLeft(turn, position)) return 'filed';
  // "好吧那我再問朋友", "I'll think about it": a pause — come back with it, the draft kept (intake-pause.ts).
  const paused = await pauseIntake(turn, position);
  if (paused) return paused;
  // "I'm not complaining, just asking", or a bare "thanks" to a complaint the bot opened by itself.
  const left = await leaveComplaint(turn, position);
  if (left) return left;
  // The number for a complaint the bot opened on a worry: a parcel on its way and not late is a worry answered, not a
  // complaint to take down (blind-12 04.3).
  if (await reassureAtTrackingStep(turn, position)) return 'reassured';
  // "签收是什么", "what is SLA?": the word explained, with where the complaint's parcel stands; then the step again.
  if (await answerTermsAsked(turn, position.state.trackingNumbers[0])) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "quoted 23 but charged 45 on my receipt": a fee complaint taken, the receipt asked for as proof — not the
  // invoices' entry its word "receipt" pulls in (blind batch 24: 09.4).
  if (await takeOverchargeTold(turn, position))
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  // "do you even do COD? how does it work?", "你哋有冇貨到付款": the service's entry, then the step again (27: 05.3).
  if (await answerCodAside(turn)) return 'reprompt';
  // "钱呢？" in a COD complaint: when the money is paid out, and the cash traced (blind 28: 16.3).
  if (await answerCodMoneyAsked(turn, position))
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  // "what do I send for the claim? photos? how long do I have?": the claim's papers and time limit, both (27: 06.2).
  // ("what documents do you need exactly? …and the invoice" in a claim's complaint: its papers too — 29: 03.3.)
  const papersAsked = asksPapersAndTimeLimit(text) || asksClaimPapers(text, position.state);
  const papersAndTime = papersAsked ? await answerClaimQuestions(turn, position) : undefined;
  if (papersAndTime) return papersAndTime;
  // "可以開收據給我嗎", "I need an invoice for my company too": the courier's entry on it, kept for the agent.
  if (await answerServiceAside(turn, await lostUndelivered(turn, position.state))) {
    keepInAccount(turn, position.state);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return (await takeDemandBesideAside(turn, position, true)) ? 'continue' : 'reprompt';
  }
  // "拒收退回去的运费谁出" in a complaint about a parcel refused because it came damaged: that rule (41a: 09.3).
  if (await answerRefusedDamagedAside(turn, position)) return 'reprompt';
  // "can you give me the address it went back to", "给我把他电话发过来": nobody's details are given out (44b: 04.2).
  if (await answerOtherPartyDetailsAside(turn)) return 'reprompt';
  // "拒收我要付钱吗", "退回广州要几天" after telling they will refuse it: the ordinary refusal's rule (44a: 10.3).
  // "那錢可以退回來嗎" in a complaint about cash on delivery paid for goods nobody ordered: how (47a: 11.3).
  if (await answerUnorderedPaidAside(turn, position)) return 'reprompt';
  // "之前一个员工离职了 她的手机号身份证…能不能删掉": kept for the person who handles it (48b: 10.4).
  if (await noteDataDeletion(turn, position)) return 'reprompt';
  // "你们后台不能直接帮我重开吗" after the invoice reissue's rule: kept for the billing team (48b: 07.5).
  if (await takeReissueForMe(turn, position)) return 'reprompt';
  // "I spoke with Ms Zhou yesterday… can I continue with her?": kept on it, a person offered (48b: 04.2, 09.2).
  if (await noteSameAgent(turn, position)) return 'reprompt';
  if (await answerRefusingAside(turn, position)) return 'reprompt';
  // "需要冷藏的怎么办", "what about stuff that needs to be kept cold?": the cold-chain entry, then the step again.
  if (await answerColdHandling(turn)) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "另外包装那个也要投诉，能一起吗": a second problem goes on this ticket, said so, then the step again.
  // "延误我不追究了": that problem leaves the complaint, said so; what else the message says is read as usual.
  if (await dropLetGoProblem(turn, position)) return 'continue';
  // "兩單嘢你哋點跟？": both on this one complaint, named (51b: 14.4).
  if ((await answerBothHandled(turn, position)) || (await answerSecondIssue(turn, position))) return 'reprompt';
  // "唔該幫我投訴", "ok pls file a complaint then": it is being taken down, said so, then the step again.
  if (await answerComplaintWish(turn, position)) return 'reprompt';
  // "left with a neighbour … i never agreed to that": the consent rule, kept in the account, then the step (02.3, 12.3).
  if (await noteUnagreedPlacement(turn, position)) return 'reprompt';
  // "is this going to be high priority or not?", "会优先处理吗": the priority it is filed with and its times (08.4).
  if (await answerPriorityQuestion(turn, position)) return 'reprompt';
  // "how long will you keep it?", "你们会保留多久": the storage period of the parcel's market, then the step again — not
  // the claim's keep-the-box rule nor "I can't answer that" (issue #17).
  if (position.prompt !== INTAKE_TRACKING_PROMPT && asks(text) && asksKeptFor(text)) {
    const number = position.state.trackingNumbers[0];
    const lookup = number ? await lookUpParcel(services, number) : undefined;
    const rule = ruleOn(turn, 'keptFor', lookup?.kind === 'found' ? lookup : undefined);
    if (rule) {
      await reply(turn, rule);
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
  }
  // "I don't have the number, it was a pickup": the complaint goes on without it (the step takes the message).
  if (position.prompt === INTAKE_TRACKING_PROMPT && (await takeSlotText(turn, position)) === 'next') return 'continue';
  const attached = (turn.context.activity.attachments?.length ?? 0) > 0;
  // "And if you cannot find it at all, what then? I did not insure it": what a loss pays (44a: 04.4).
  if (await answerIfNeverFound(turn, position)) return 'reprompt';
  // "Can I send the photos later?": about the evidence, whatever else its words resemble (a prohibited item, a
  // change of delivery). The photo question is not asked again; at the photo step this is its answer.
  // ("My daughter will send it", "等會兒發" at the photo step need not name the photos.)
  if ((sendsPhotosLater(text) || (position.prompt === PHOTO_PROMPT && sendsLater(text))) && !attached) {
    position.state.photosAsked = position.prompt !== PHOTO_PROMPT || position.state.photosAsked;
    // ("how do I send them later?": how, on the customer's channel, too — blind 29: 03.6.)
    const how = asksHowToSendPhotos(text, position.prompt === PHOTO_PROMPT) ? photosHow(turn) : undefined;
    await reply(turn, [say(turn, 'intake.photosLater'), how].filter(Boolean).join('\n'));
    // "照片我等下发。先给我提交了，工单号多少？": the summary comes next, and the number with the filing (27: 14.6).
    if (position.prompt === PHOTO_PROMPT && asksTicketNumber(text) && !turn.conversation.ticketId)
      await reply(turn, say(turn, 'intake.noNumberAtSummary'));
    // "I'll send photos tonight. what do you need for a claim and how long does it take?": the claim rules too, not
    // only the photos (blind batch 18: 02.3).
    const claimAsked =
      asksClaimRules(text) ||
      payoutAsked(text) !== undefined ||
      faqQuestionIn(turn) === 'faq.claim' ||
      CLAIM_NEEDS.test(text);
    if (claimAsked) await handleFaq(turn, 'faq.claim');
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    turn.context.turnState.set(PHOTOS_LATER, true);
    return position.prompt === PHOTO_PROMPT ? 'continue' : 'reprompt';
  }
  // "what do you need from me?", "怎么赔 要多久 需要我提供什么", "東西不見了誰要負責": the customer's part, each point of
  // the claim, who answers for the loss — then the step again (blind batch 20: 01.2, 12.3, 21.3).
  // "give me the driver's own WhatsApp": not given; the station contacting them goes on the complaint (26b: 05.2).
  if (await answerCourierNumberInIntake(turn, position)) return 'reprompt';
  // "轉數快即刻賠俾我得唔得", "pay me right now": not on the spot, the claim's rule, the demand taken (26: 29.2).
  if (await answerPaidNow(turn, position)) return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  const claimAnswer = await answerClaimQuestions(turn, position);
  if (claimAnswer) return claimAnswer;
  // "it's a gift, I need it on Friday, can you make sure": when it is expected, no guarantee, the wish noted (08.3).
  if (await answerDateWish(turn, position)) return 'reprompt';
  // "你们是不是就会说 会尽快", "all you ever say is 'asap'": scorn for words without a time — heard, and the time the
  // complaint is answered in, never taken for a demand or a question the bot cannot answer (blind batch 19: 18.5).
  if (position.prompt !== CONFIRM_PROMPT && quotesUsBack(text) && reading.entities.demand === null) {
    // ("how long until I get money? and don't tell me 30 days": when the money comes — the claim's payout time, or a
    // fee's refund time — not when the complaint is answered; blind-31 06.4.)
    const money = payoutAsked(text);
    const rule = money ? ruleOn(turn, position.state.category === 'fee' ? 'refund' : money, undefined) : undefined;
    const within = rule ?? say(turn, 'intake.notYetFiledStep', { within: await replyTimeOf(turn, position.state) });
    await reply(turn, `${say(turn, 'intake.notJustWords')}${within}`);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "what ARE you going to do?", "how long does the investigation take?", "要幾耐先寄得返嚟": the steps and times (26: 04.4).
  // (Except "the complaint I just made, how long?" at the summary: it is this one, not filed yet — said below.)
  const thisOneAsJustMade = position.prompt === CONFIRM_PROMPT && JUST_NOW.test(text) && !turn.conversation.ticketId;
  if (!thisOneAsJustMade && (await answerNextSteps(turn, position))) return 'reprompt';
  // "How long until someone gets back to me?" before the summary: not filed yet — once it is, this long.
  // ("please just file it and tell me when someone will get back to me. my email is …" at the contact step is filed
  // by this very message, and its filing says when: no "once it is filed" beside it — blind batch 22 02.4.)
  const filedNow = position.prompt === CONTACT_PROMPT && wantsFiled(text);
  if (
    position.prompt !== CONFIRM_PROMPT &&
    !filedNow &&
    asksReplyTime(text) &&
    !findTicketNumber(text) &&
    !meansEarlierComplaint(turn)
  ) {
    // (Once: a question naming a reply has heard the complaint's times above — not a second, other time; 31: 02.5.)
    if (!replyTimeTold(turn))
      await reply(turn, say(turn, 'intake.notYetFiledStep', { within: await replyTimeOf(turn, position.state) }));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "多久到账", "when do I get it back?" in a fee complaint (charged twice, overcharged): the refund time of a fee, not
  // a claim's payout (blind batch 20: 13.4).
  const feeMoneyWhen = payoutAsked(text) !== undefined || HOW_LONG_ONLY.test(text);
  if (position.state.category === 'fee' && feeMoneyWhen && !reading.entities.trackingNumbers.length) {
    const rule = ruleOn(turn, 'refund');
    if (rule) {
      await reply(turn, rule);
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
  }
  // In a fee complaint: "你们是按什么称的重 一个鞋盒能有多重" hears how the weight is charged (volumetric), "钱能不能退"
  // that an overcharge confirmed is paid back and when (blind batch 48b: 08.4, 08.5 heard "noted" and "I can't answer").
  if (position.state.category === 'fee' && !reading.entities.trackingNumbers.length) {
    // ("多收的那些可以退給我嗎" names the overcharge: its own reader takes the refund as the demand — overcharge-told.ts.)
    const ofOvercharge = /多收|多扣|多付|差價|差价|差額|差额|\b(extra|difference|overcharg\w*)\b/i.test(text);
    const entry = WEIGHED_HOW.test(text)
      ? 'volumetric'
      : REFUND_WHETHER.test(text) && !ofOvercharge
        ? 'refund'
        : undefined;
    const rule = entry ? ruleOn(turn, entry) : undefined;
    if (rule) {
      keepInAccount(turn, position.state);
      await reply(turn, rule);
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
  }
  // A bare "how long does it take?" once money is asked for (a refund, compensation): how long until it is decided
  // and paid — not the parcel's scans again (blind batch 18: 09.5).
  // (So does it in a complaint whose remedy is a claim — a loss, damage, a payout refused — or one that speaks of a claim:
  // "how long does it take" there asks how long the claim takes — blind batch 20: 09.4.)
  const claimCase =
    ['lost', 'damaged', 'value_added'].includes(position.state.category ?? '') ||
    CLAIM_SPOKEN.test(position.state.description);
  const wantsMoney = ['refund', 'compensation'].includes(position.state.demand ?? '') || claimCase;
  if (wantsMoney && HOW_LONG_ONLY.test(text) && !reading.entities.trackingNumbers.length) {
    const payout = ruleOn(turn, 'payout', undefined);
    const within = say(turn, 'intake.notYetFiledStep', { within: await replyTimeOf(turn, position.state) });
    await reply(turn, payout ? `${within}\n${payout}` : within);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "why do you need that?", "为什么要留电话" at the contact question: what the contact is for, and that it is not
  // needed — then the question again (the rescore of blind batch 18: 07.4 heard the parcel's delay instead).
  if (position.prompt === CONTACT_PROMPT && WHY_CONTACT.test(text)) {
    await reply(turn, say(turn, 'intake.whyContact'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // ("要我电话干嘛？我不给": answered, and the refusal is the step's answer — it goes on without one.)
    return refusesContact(text) ? 'continue' : 'reprompt';
  }
  // "是不是你們個資外洩", "did you sell my data?" in a data-leak complaint: that is what the complaint asks the team to
  // find out — said so, then the step again, never "I can't answer that here" (blind batch 18: 24.2, 05.2).
  if ((position.state.facts.dataLeak || position.state.category === 'info_error') && asksAboutLeak(text)) {
    // (The leak told in the question is noted first: the type, the account and the priority it brings.)
    await noteLeak(turn, position);
    await reply(turn, say(turn, 'intake.leakQuestion'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "我应该报警吗？会给书面答复吗？" in a data-leak complaint: the police, and how the answer comes (blind-28 14.4).
  if (await answerLeakCaseQuestions(turn, position))
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  // "What's the ticket number?" before anything is filed: none yet — it comes with the filing, a question or two on
  // (blind batch 18: 01.6, 13.6, 23.5 — it was added to the complaint's account).
  if (
    asksTicketNumber(text) &&
    !findTicketNumber(text) &&
    !meansEarlierComplaint(turn) &&
    !turn.conversation.ticketId
  ) {
    const key = position.prompt === CONFIRM_PROMPT ? 'intake.noNumberAtSummary' : 'intake.noNumberYet';
    await reply(turn, say(turn, key));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "好 那多收的80可以退嗎" in a fee complaint: the difference is refunded once the charge is checked — said, and the
  // refund becomes its demand when none is held; then the step again (blind batch 19: 24.4 heard "I can't answer that
  // here" in Traditional Chinese, where English had the answer).
  // (Not cash on delivery's money, "代收的货款什么时候退回给我": its own remittance — review of 0bd6389.)
  if (position.state.category === 'fee' && asks(text) && !COD.test(text) && overchargeBackAsked(turn)) {
    const held = position.state.demand !== undefined && position.state.demand !== 'none';
    if (!held) position.state.demand = 'refund';
    // ("how long until I get it back?": when — the refund times.)
    const when = asksWhen(text) ? ruleOn(turn, 'refund') : undefined;
    await reply(turn, when ?? say(turn, held ? 'intake.overchargeBackHeld' : 'intake.overchargeBack'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // At the remedy question this is its answer: the intake goes on to the next step.
    if (position.prompt === DEMAND_PROMPT) {
      turn.context.turnState.set(STEP_ANSWERED, true);
      return 'continue';
    }
    return 'reprompt';
  }
  // "赔给我还是赔给买家？", "who gets the money?" in a loss or damage complaint: who is paid a claim, from the market's
  // rules, then the step again (blind batch 19: 05.3 heard the claim limits only).
  // ("我是找卖家还是找你们" in the complaint: whom to go to — the seller, or here — blind-30 12.5.)
  const sellerAsked = asksSellerOrCourier(text);
  if (sellerAsked || asksWhoIsPaid(text)) {
    const rule = ruleOn(turn, sellerAsked ? 'sellerOrCourier' : 'claimant');
    if (rule) {
      // ("…who pays if it's lost?": how much a loss is paid, too — blind batch 26b: 02.5.)
      const limits = IF_HARMED.test(text) ? ruleOn(turn, 'limits') : undefined;
      await reply(turn, [rule, limits].filter(Boolean).join('\n'));
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return 'reprompt';
    }
  }
  // "我根本没签收", "wrong building?" of a parcel signed for: kept in the account, the check said (blind 27: 11.3, 21.2).
  if (await answerSignatureDisputed(turn, position)) return 'reprompt';
  // "Can the fee be refunded?", "who pays to send it again?", "can you cancel it or not?", "how is my earlier
  // complaint going?", "who signed for it?": answered from the rules, the record or the tickets, then the step again.
  // ("The complaint I just made" before anything is filed is this one: its own answer below.)
  const asked = caseQuestionIn(text);
  // ("可以幫我攔截退回嗎？": the return asked for, which the change beside the complaint takes — not the rule on
  // cancelling read out again; blind batch 40a: 11.2.)
  const caseAsked =
    (asked === 'earlier' && !meansEarlierComplaint(turn)) || (asked === 'cancel' && asksReturnToSender(text))
      ? undefined
      : asked;
  // ("邊個簽收㗎" right after the other parcel's status: who signed for that one, nothing of it in this account.)
  const { otherParcel } = position.state;
  const ofOther =
    caseAsked === 'signer' &&
    otherParcel !== undefined &&
    turn.context.turnState.get(SHOWN_BEFORE) === otherParcel &&
    reading.entities.trackingNumbers.length === 0;
  const noteIt = () => (ofOther ? undefined : keepInAccount(turn, position.state));
  const about = ofOther ? otherParcel : position.state.trackingNumbers[0];
  const refundWanted = allDemands(position.state).includes('refund');
  if (caseAsked && (await answerCaseQuestion(turn, caseAsked, about, noteIt, position.state.category, refundWanted))) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    if (ofOther) return 'reprompt';
    // ("那是誰拿走了" where the demand is asked: to know who took it is the demand — blind batch 22: 22.5.)
    if (caseAsked === 'signer' && (await takeSignerAsDemand(turn, position))) return 'continue';
    // ("重新寄要再付運費嗎？這不合理" of a returned parcel: a free re-send is what is wanted — blind-25 21.4.)
    if (caseAsked === 'resend' && (await takeResendAsDemand(turn, position)))
      return position.prompt === DEMAND_PROMPT ? 'continue' : 'reprompt';
    return 'reprompt';
  }
  // "How do I send the photos?" (not for later): how on this channel, then the step again.
  // (Asked again, it is said in other words, never the same reply twice — blind batch 31: 15.4. "Sender didn't insure
  // it, do I get nothing?" beside it: the claim rules too — blind batch 30: 02.3. "我要赔偿 照片发哪里" where the demand
  // is asked: the demand is the step's answer.)
  if (!attached && asksHowToSendPhotos(text, position.prompt === PHOTO_PROMPT)) {
    const again = position.state.photosHowTold === true;
    position.state.photosHowTold = true;
    await reply(turn, again ? photosHowAgain(turn) : photosHow(turn));
    const claimRules = asksClaimRules(withoutPhotoClauses(text));
    const limits = claimRules ? await claimLimitsFor(turn, position.state.trackingNumbers[0], [text]) : undefined;
    if (limits) await reply(turn, limits.join('\n'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    const demandGiven =
      position.prompt === DEMAND_PROMPT && (reading.entities.demand !== null || statedDemands(turn).length > 0);
    return demandGiven ? 'continue' : 'reprompt';
  }
  // "I have photos", "我有拍照片": welcome, and how to send them here — the step again after it (never only the step's
  // question, as if nothing were said). At the photo step the step itself asks for them.
  if (!attached && position.prompt !== PHOTO_PROMPT && saysHasPhotos(text) && !asks(text)) {
    await reply(turn, [say(turn, 'intake.photosWelcome'), photosHow(turn)].join(' '));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return wordsIn(text) > 24 ? 'continue' : 'reprompt';
  }
  // ("如果沒到可以怎麼辦" in a complaint the bot opened on a worry the customer never made theirs: nothing to do while it
  // is on its way, and where to write if it does not come by its date — the complaint is let go, not pressed on.)
  if (position.prompt !== CONFIRM_PROMPT && (asksWhatToDo(text) || asksAnythingElse(text))) {
    const worry = await worryOnlyIntake(turn, position.state);
    if (worry) {
      const date = worry.view.promisedDate ? services.replies.day(locale, worry.view.promisedDate) : '';
      const person = say(turn, 'choice.human');
      await reply(turn, say(turn, date ? 'worry.whatToDo.wait' : 'worry.personOffer', { date }), [
        { title: person, value: person },
      ]);
      return 'leave';
    }
  }
  // "Do I need to do anything else?": nothing but what their kind of complaint may need kept ready.
  if (position.prompt !== CONFIRM_PROMPT && position.prompt !== INTAKE_TRACKING_PROMPT && asksAnythingElse(text)) {
    await answerAnythingElse(turn, position.state);
    return 'reprompt';
  }
  // "Which of the two issues are you handling?": what this complaint covers, then the step again (blind-12 23.3).
  if (asks(text) && asksWhichIssues(text)) {
    await answerWhichIssues(turn, position.state);
    return 'reprompt';
  }
  // "明天到不了怎么办" of a late parcel: no firm time, the chase, what lateness gives, the demand kept (blind-30 11.3).
  if (await answerStillLate(turn, position)) return 'reprompt';
  // "那我该怎么办呢 我不太会弄这些": nothing hard to do, what happens next in plain words, then the step (blind-12 04.5).
  if (position.prompt !== CONFIRM_PROMPT && asksWhatToDo(text)) {
    await answerWhatToDo(turn);
    return 'reprompt';
  }
  // "Who handles this, can I call them directly?": we do, end to end — the step again after the answer.
  if (asksWhoHandles(text)) {
    await reply(turn, say(turn, 'intake.whoHandles'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // "What does 'demand' mean?": the words of the questions and the summary, with what is recorded so far.
  if (asksMeaning(text)) return explainWords(turn, position);
  // "Can you deliver it again, to …?" in a complaint the bot opened by itself is a change to the delivery of a
  // parcel still on its way (one delivered can only be resent: that is the complaint's demand).
  if (await wantsChangeInstead(turn, position)) return 'change';
  // "could you get him to carry it up, 4th floor?": the note for the courier with the change (intake-delivery-wish.ts).
  const noted = wishBeforeChange(turn, position) ? await takeDeliveryWish(turn, position) : undefined;
  if (noted) return noted;
  // "…and resend it to my office, 123 Hoi Yuen Road" in a complaint the customer wants: a request beside it.
  if (await changeAlongside(turn, position)) {
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // (A speed-up asked for at the remedy question answers it: the step goes on — intake-change.ts.)
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  }
  // "I want it brought to my door, 6th floor", "tomorrow after 2pm works": a wish for the delivery, taken beside it.
  const wish = await takeDeliveryWish(turn, position);
  if (wish) return wish;
  // "赔偿" to "what would you like us to do?" answers it, and "要求免费重新寄到香港" at any step states a demand:
  // neither asks how claims work or what sending costs.
  // ("I'd like to file a claim", "我要理赔" name compensation by the intake's own demand words, not the NLU's.)
  // ("are you even reading this? I want the cash on delivery paid to me": what is said of the chat asks nothing of
  // the courier's rules; a demand of no kind — the COD money paid over — answers the demand question too.)
  const own = withoutChatTalk(text);
  const demandWords = position.prompt === DEMAND_PROMPT && demandDetailsIn(own).length > 0;
  const answersDemand =
    (reading.entities.demand !== null || statedDemands(turn).length > 0 || demandWords) &&
    // ("我要賠償，可唔可以快啲送": the speed-up is asked for as a demand too — no question about the claim rules.)
    !asks(withoutSpeedUpAsked(own));
  // "If you don't pay in full I'll report you to the consumer council" threatens; it does not ask how claims work.
  const threatensOnly = reading.signals.escalationThreat !== null && !asks(text);
  // "You can reach me by email … or phone …" gives a contact; it asks nothing about the courier's rules.
  const givesContact = reading.entities.phones.length + reading.entities.emails.length > 0 && !asks(text);
  // Only a message that asks about the topic gets its canned answer.
  // "退款要多久?", "when is compensation paid?": the claims rules' refund and payout times.
  const payout = payoutAsked(text) !== undefined;
  // "How long does the COD money take?" is the price list's rule on cash on delivery, whatever else it reads as.
  // ("你们到底什么时候给钱" in a complaint about cash on delivery asks the same.)
  const codMoney = asksCodMoney(text, position.state.description);
  if (codMoney) turn.context.turnState.set(COD_MONEY_ASKED, true);
  // "What would I get back if it's never found? It wasn't insured": the claim rules, not the parcel's status again.
  const claimRules = asksClaimRules(text);
  const faq =
    asksCodTiming(text) || codMoney
      ? 'faq.fee'
      : claimRules
        ? 'faq.claim'
        : reading.intent.startsWith('faq.')
          ? (reading.intent as FaqIntent)
          : (faqQuestionIn(turn) ?? entryQuestionIn(turn) ?? (payout ? 'faq.claim' : undefined));
  const topical =
    faq &&
    (asksAboutTopic(services.knowledge, faq, text) || (faq === 'faq.claim' && (payout || claimRules)) || codMoney);
  // "几点送的？" about the complaint's delivered parcel asks its record, not an outlet's hours.
  const recordAsked = ['deliveredWhen', 'deliveredYet', 'lost', 'meaning', 'tracking'].includes(
    parcelQuestionIn(text) ?? '',
  );
  const ofParcel = recordAsked && position.state.trackingNumbers.length > 0 && !asksCodTiming(text) && !claimRules;
  // ("怎么赔" names compensation as a demand too: asked as a question, the rules answer it first.)
  const demandOnly = answersDemand && !claimRules;
  if (faq && !demandOnly && !threatensOnly && !givesContact && topical && !ofParcel) {
    // "我是收件人，手机后四位5555。…没有保价": the digits given beside the question are checked too (blind-12 02.2).
    const parcel = position.state.trackingNumbers[0];
    const digits = parcel && !turn.data.verified.includes(parcel) ? labelledLastFour(text) : undefined;
    if (parcel && digits) await handleVerification(turn, digits, parcel);
    await handleFaq(turn, faq);
    return 'reprompt';
  }
  // "I don't want to file it again, what happened with the first one?": not this complaint at all.
  if (refusesNewComplaint(text)) return 'abandon';
  // A status question is answered when there is something to tell ("Yes, the summary is correct. Email me
  // the reference number" is the summary's answer, not a question about complaints the customer has none of).
  // "提交" to "shall I submit it?" files this complaint, whatever a faint status reading says of the word.
  // (At the contact question too: "My number is …. Please submit the first one." — blind-14 21.3.)
  const filesThisOne =
    (position.prompt === CONFIRM_PROMPT || position.prompt === CONTACT_PROMPT) &&
    wantsFiled(text) &&
    !meansEarlierComplaint(turn);
  // "这次再没人打给我，我就去邮政局投诉你们" at the summary: the threat heard and the complaint marked for it first — read
  // as a question about this complaint, it was answered "not submitted yet" and never acknowledged (issue #17).
  if (position.prompt === CONFIRM_PROMPT && !filesThisOne) await noteThreat(turn, position);
  // "How long until someone contacts me?", "what's my ticket status?" at the summary: about this complaint, which
  // is not filed yet — said so, with how long an answer takes once it is and how to file it.
  if (position.prompt === CONFIRM_PROMPT && !filesThisOne && asksAboutThisOne(turn)) {
    const { state } = position;
    // ("…just the refund and an apology. when will someone contact me": the reply times said already this turn are not
    // said again in other numbers, and a change beside the question is the summary's to read — blind 29: 10.4.)
    const told = replyTimeTold(turn);
    if (told && summaryChanges(services.nlu, services.replies, state, text)) return 'continue';
    const { resolution } = services.tickets.deadlinesIf({ category: state.category ?? 'other', facts: state.facts });
    const within = services.replies.within(locale, services.clock.now(), resolution);
    const titles = CONFIRM.map((key) => say(turn, key));
    await reply(
      turn,
      told ? say(turn, 'intake.summaryWaits') : say(turn, 'intake.notYetFiled', { within }),
      titles.map((title) => ({ title, value: title })),
    );
    return 'answered';
  }
  // "我之前已經申訴過一次了 現在進度到哪": the customer's earlier complaint on this parcel, if there is one; this one goes on.
  const parcelAsked = reading.entities.trackingNumbers[0]?.number ?? position.state.trackingNumbers[0];
  const earlierOne = meansEarlierComplaint(turn) && (reading.intent === 'ticket_status' || asksHowItGoes(text));
  if (earlierOne && parcelAsked && !filesThisOne && !findTicketNumber(text)) {
    await answerTicketsOnParcel(turn, parcelAsked, 'intake');
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  if (reading.intent === 'ticket_status' && !filesThisOne && (await hasTicketToTell(turn))) {
    await handleTicketStatus(turn);
    return 'reprompt';
  }
  const { state } = position;
  // "Not in full and I'm going to the consumer council": heard, said so, and the complaint marked for it.
  await noteThreat(turn, position);
  // "It's not lost, it's damaged", "按延误给我登记": the type is corrected wherever the customer says so
  // (the summary and the type question read it themselves).
  // A packaging complaint becomes damage when the goods inside turn out broken ("a cup has cracked"); a damage one
  // becomes packaging when they turn out unharmed and only the box is ("里面杯子没事 就是外包装破了": blind-13 03.2).
  const corrected =
    position.prompt === CONFIRM_PROMPT || position.prompt === CATEGORY_PROMPT || state.aboutNotTheirs
      ? undefined
      : (correctedCategory(services.nlu, text) ??
        (state.category === 'packaging' && goodsBroke(text, 'spaces split') ? 'damaged' : undefined) ??
        (state.category === 'damaged' && onlyTheBox(text) ? 'packaging' : undefined));
  if (corrected && corrected !== state.category) {
    state.category = corrected;
    state.categoryGuessed = false;
    // "而且裡面的兩個玻璃杯也碎了": what changed the type is part of what happened.
    keepInAccount(turn, state);
    await reply(
      turn,
      say(turn, 'intake.categoryChanged', { category: say(turn, `category.${corrected}` as ReplyKey) }),
    );
    turn.context.turnState.set(ANSWERED_ASIDE, true);
  }
  if (!corrected) await noteLeak(turn, position);
  if (!corrected) await noteAnotherProblem(turn, position);
  await settleLoss(turn, position);
  if (position.prompt === INTAKE_TRACKING_PROMPT) {
    // "货款是350元，买家早就签收了" where a number was asked for: more of what happened, kept in the account (the
    // step says so if it asks for the number again).
    const { trackingNumbers, invalidTracking } = reading.entities;
    const noNumber = trackingNumbers.length + invalidTracking.length === 0;
    if (noNumber && !asks(text) && !turn.context.turnState.get(ANSWERED_ASIDE)) {
      const before = state.description;
      keepInAccount(turn, state);
      if (state.description !== before) turn.context.turnState.set(DETAIL_KEPT, true);
    }
    return 'continue';
  }
  // Proof of a link to the parcel, offered unasked: checked and acknowledged; the step is asked again unless
  // the message says more than the digits ("收件人尾號5555，我要賠償").
  // Digits are checked against a parcel the record has: a number filed as written (tracking cannot find it) has no
  // phone to check them against, the other parcel just looked up may have (batch 11 09.4: the sender's digits of
  // that parcel were turned down against the unknown one).
  const parcel = digitsParcel(turn, state);
  // ("我頭先已經講咗電話尾2468…唔好再問" with a number tracking cannot find: nothing to check the digits against, and no
  // way to call on them — said so, not "number not found" again; blind batch 52b: 15.4.)
  const unchecked = !parcel || (state.unverifiedNumbers?.includes(parcel) ?? false);
  const endDigits = labelledLastFour(text);
  const contactGiven = reading.entities.phones.length + reading.entities.emails.length > 0;
  if (unchecked && endDigits && !contactGiven && state.trackingNumbers.length > 0) {
    await reply(turn, say(turn, 'intake.contactNotLastFour', { digits: endDigits }));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return position.prompt === CONTACT_PROMPT ? 'answered' : 'reprompt';
  }
  // After wrong digits the next try may come inside a sentence ("oops, it's 4567"); a phone is the contact step's.
  const retry = parcel && turn.data.verifyTracking === parcel && reading.entities.phones.length === 0;
  const digits = parcel ? ((retry ? lastFourIn(turn) : undefined) ?? volunteeredLastFour(turn)) : undefined;
  // (Digits checked already this turn, with the rest of the message read on its own, are not checked again.)
  if (parcel && digits && !turn.context.turnState.get(DIGITS_TAKEN)) {
    await handleVerification(turn, digits, parcel);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // ("…last 4 digits 2222. contact me at 135…": the contact is the step's answer.)
    const contact = reading.entities.phones.length > 0 || reading.entities.emails.length > 0;
    // ("你们不是有我电话吗？尾号1111": the waybill's phone is meant as the contact — the step takes it: waybill-contact.ts.)
    const more = saysMoreThanDigits(text) || contact || sameContact(text);
    // "手机尾号6666" where a phone was asked for proved the parcel but is no way to call back: the question again
    // says so plainly (by the step when the message says more, else here).
    if (position.prompt === CONTACT_PROMPT && !contact && turn.data.verified.includes(parcel)) {
      turn.context.turnState.set(LAST_FOUR_AT_CONTACT, digits);
      if (!more) {
        await reply(turn, say(turn, 'intake.contactAfterLastFour', { digits }));
        return 'answered';
      }
    }
    return more ? 'continue' : 'reprompt';
  }
  const valid = reading.entities.trackingNumbers[0]?.number;
  const mistyped = reading.entities.invalidTracking[0]?.number;
  // A question about the complaint's parcel (where it is, when it comes, what its status means, whether it was
  // delivered) is answered from its record; any other question is not: the status said again answers nothing.
  // "so it's lost. what compensation do i get, it was a 2800 yuan phone": what a loss pays, not the status again (50a).
  if (await answerCompensationAsked(turn, position)) return 'reprompt';
  const question = parcelQuestionIn(text);
  // (Not a number filed as the customer wrote it: tracking has said it cannot find it. The question is then about
  // the other parcel just looked up, the one there is a record of — blind batch 18 21.4.)
  // ("…the second payment returned. How long will it take?" asks of the money, not the parcel — blind batch 42b 02.3.)
  const ofIt =
    (asks(text) && asksAboutParcel(text) && !asksAboutMoney(text)) || question ? state.trackingNumbers[0] : undefined;
  const unconfirmed = ofIt !== undefined && (state.unverifiedNumbers?.includes(ofIt) ?? false);
  const known = unconfirmed ? state.otherParcel : ofIt;
  const lookup = valid
    ? await lookUpParcel(services, valid)
    : mistyped
      ? ({ kind: 'invalid', number: mistyped } as const)
      : known
        ? await lookUpParcel(services, known)
        : undefined;
  if (!lookup) {
    // An address or more of what happened where a demand, a phone or the photos were asked for: kept, said so,
    // and the step asked again.
    const taken = await takeSlotText(turn, position);
    return taken === 'again' ? 'reprompt' : taken === 'asked' ? 'answered' : 'continue';
  }
  // "When will it come?", "what does 'exception' mean?", "what time was it delivered?" about the parcel the
  // complaint is about: the answer to that, from its record — not the whole status again.
  const instead = unconfirmed && !valid && !mistyped && lookup.kind === 'found' && lookup.number === known;
  const told =
    lookup.kind === 'found' && (lookup.number === state.trackingNumbers[0] || question === 'arrival' || instead);
  const answer = lookup.kind === 'found' && question && told ? parcelFactsAnswer(turn, lookup, question) : undefined;
  // Another parcel than the complaint's, with a problem of its own: a ticket of its own, after this one.
  // (Not said again of the other parcel asked about by no number: it was said when it was named.)
  const ownTicketLine =
    lookup.kind === 'found' && !instead
      ? otherParcelNote(turn, state, lookup.number, lookup.view.anomalies.length > 0)
      : undefined;
  // What is told of it ("the courier who brought JT… swore at my colleague") is kept for its own ticket, with its
  // kind, as when it is named with no question (answerOtherParcel; blind batch 51b: 01.6).
  const keeps = ownTicketLine !== undefined && lookup.kind === 'found';
  if (keeps) noteOtherParcel(turn, state, lookup.number);
  const another =
    keeps && keepOtherParcelWords(turn, state, lookup.number)
      ? say(turn, 'intake.otherParcelKept', { number: lookup.number, current: state.trackingNumbers[0] ?? '' })
      : ownTicketLine;
  if (lookup.kind === 'found') {
    const status = (await trackingAnswer(services, turn.context, locale, lookup, spokenRegister(turn))).join('\n');
    // ("what i want to know is when, and whether i get my shipping fee back" in a delay complaint: what lateness gives
    // back too — blind batch 53b: 02.2.)
    const lateRule =
      question === 'arrival' &&
      state.category === 'delay' &&
      (REFUND_WHETHER.test(text) || caseQuestionIn(text) === 'refund') &&
      !RETURN_ASKED.test(text)
        ? ruleOn(turn, 'lateRefund')
        : undefined;
    await reply(turn, [answer ?? status, lateRule, another].filter(Boolean).join('\n'));
    if (state.trackingNumbers.length === 0) {
      state.trackingNumbers = [lookup.number];
      state.trackingSkipped = false;
    }
    if (lookup.view.daysLate > 0) state.facts.daysLate ??= lookup.view.daysLate;
    if (!state.trackingNumbers.includes(lookup.number)) state.otherParcel = lookup.number;
    state.lastShown = lookup.number;
    // The parcel talked about now is the one digits that follow are checked against (issue #17).
    const proven = turn.data.verified.includes(lookup.number);
    turn.data.verifyTracking = lookup.number !== state.trackingNumbers[0] && !proven ? lookup.number : undefined;
  } else if (state.unverifiedNumbers?.includes(lookup.number)) {
    // The number taken as the customer gave it, sent again ("我頭先咪俾咗你囉！SF…"): it stands as given — no "check it".
    await reply(turn, say(turn, 'intake.trackingAsWritten', { number: lookup.number }));
  } else {
    await reply(turn, lookupProblem(services, locale, lookup, spokenRegister(turn)) ?? say(turn, 'trackUnavailable'));
  }
  // ("你们到底能不能送到，我要赔偿" to "what would you like us to do?" says what they want too: the step takes it,
  // and says it is noted.)
  // (Only beside "will it ever come?": "派送異常係咩意思" names no 派送 demand.)
  const givesDemand =
    question === 'arrival' &&
    position.prompt === DEMAND_PROMPT &&
    (reading.entities.demand !== null || statedDemands(turn).length > 0 || demandWords);
  if (!givesDemand) turn.context.turnState.set(ANSWERED_ASIDE, true);
  // "Where is it now?", "when will it come?" was the whole message: ask the step's question again.
  return another || reading.intent === 'track' || (answer && position.prompt !== TEXT_PROMPT && !givesDemand)
    ? 'reprompt'
    : 'continue';
}

/** A request to change the delivery, mid-way through a complaint the customer did not ask for, of a parcel on its way. */
async function wantsChangeInstead(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  // A complaint the customer made theirs (a demand named, more told: "個地址冇錯㗎") is not dropped for the change:
  // both go on — the change beside it (blind-10 11.4, 19.3).
  if (complaintTheirs(state) || prompt === CONFIRM_PROMPT || prompt === INTAKE_TRACKING_PROMPT) return false;
  // "你们到底能不能送到，我要赔偿": a remedy asked for (money, an apology, an explanation) makes the complaint theirs.
  if (!asksToChangeDelivery(turn.text, turn.reading) || asksForRemedy(turn.text)) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? state.trackingNumbers[0];
  if (!number) return true;
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind !== 'found' || !lookup.shipment.events.some((e) => e.status === 'delivered');
}

// "还有…", "另外…", "also …": the message adds to what the complaint is about.
const ADDS =
  /还有|還有|另外|仲有|此外|而且|顺便|順便|再加上|加埋|也(没|沒|冇|未)|\beither\b|\balso\b|\bbesides\b|\bon top of (that|this|it)\b|\banother (thing|problem|issue)\b|\bplus\b|\bas well\b/i;
const STEPS_READING_THEMSELVES = [TEXT_PROMPT, CONFIRM_PROMPT, CATEGORY_PROMPT, INTAKE_TRACKING_PROMPT];

/**
 * A second problem told in the middle of the intake ("还有运费多收了我20块" during a complaint about cash on delivery,
 * "also you overcharged me"): said back in one line, its words added to the account and the problem kept for the
 * ticket — never met with the step's question alone. An overcharge needs no "also": it is never the same problem
 * as a parcel's; any other needs its words and an "also" ("另外…", "仲有…").
 */
async function noteAnotherProblem(turn: Turn, { prompt, state }: IntakePosition): Promise<void> {
  const { reading, text } = turn;
  const category = reading.category;
  if (STEPS_READING_THEMSELVES.includes(prompt) || asks(text) || reading.intent !== 'complaint') return;
  if (!category || category === 'other' || category === state.category) return;
  // (Another parcel's problem — "different thing: YT…, quoted 23 but charged 45" — is its own complaint, not this one's.)
  if (reading.entities.trackingNumbers.some((t) => !state.trackingNumbers.includes(t.number))) return;
  // A fee problem is money taken wrongly ("多收了", "overcharged"): "refund the shipping fee" only asks for money back,
  // and "重新免费寄一个" asks for a resend at no charge.
  const speaksOf = category === 'fee' ? overcharged(text) : ADDS.test(text) && speaksOfCategory(text, category);
  if ((state.otherProblems ?? []).includes(category) || !speaksOf) return;
  state.otherProblems = [...(state.otherProblems ?? []), category];
  if (!state.description.includes(text.trim()))
    state.description = [state.description, text.trim()].filter((s) => s.trim()).join('\n');
  const named = say(turn, `category.${category}` as ReplyKey);
  await reply(turn, say(turn, 'intake.otherProblemNoted', { category: named }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}

/**
 * Personal data leaked, told after the complaint began ("是不是你們個資外洩", "they knew my name — who leaked it?"): the
 * complaint is marked a data leak (high priority, for an agent: DESIGN.md) and one that had no type of its own becomes
 * one about leaked information (blind batch 18 24.6 was filed as "other" at low priority). Said in one line.
 */
async function noteLeak(turn: Turn, { prompt, state }: IntakePosition): Promise<void> {
  if (prompt === CONFIRM_PROMPT || prompt === CATEGORY_PROMPT || state.facts.dataLeak || !speaksOfLeak(turn.text))
    return;
  state.facts.dataLeak = true;
  if (state.category && state.category !== 'other' && state.category !== 'info_error') {
    // (Another complaint — a late parcel — keeps its type; the leak goes on the same ticket beside it.)
    state.otherProblems = [...(state.otherProblems ?? []).filter((c) => c !== 'info_error'), 'info_error'];
    keepInAccount(turn, state);
    // (Said so, by its name: not "added to your complaint" as if it were one more detail — batch 20 16.4.)
    await reply(turn, say(turn, 'intake.otherProblemNoted', { category: say(turn, 'category.info_error.leak') }));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return;
  }
  const retyped = state.category !== 'info_error';
  state.category = 'info_error';
  state.categoryGuessed = false;
  keepInAccount(turn, state);
  if (retyped) await reply(turn, say(turn, 'intake.categoryChanged', { category: say(turn, 'category.info_error') }));
}

/**
 * A loss feared ("is it lost?") for a parcel the courier itself cannot account for (an exception scan) makes the
 * complaint a loss: said in one line, and the step's question is asked again. (The account of what happened is
 * read by its own step: its words may set the type.)
 */
async function settleLoss(turn: Turn, { prompt, state }: IntakePosition): Promise<void> {
  const { services, text } = turn;
  if (prompt === TEXT_PROMPT) return;
  const parcel = state.trackingNumbers[0];
  if (prompt === CONFIRM_PROMPT || !parcel || !speaksOfLoss(text)) return;
  const lookup = await lookUpParcel(services, parcel);
  if (lookup.kind !== 'found' || lookup.view.status !== 'exception') return;
  // Taken down as a loss already (the parcel looked lost when the complaint began): the question still gets what
  // happens to such a parcel.
  if (state.category === 'lost') {
    // ("这是不是丢了" asks: its answer says this line with the parcel's status — not twice, blind batch 48a 08.3.)
    if (parcelQuestionIn(text) !== undefined) return;
    const lost = lostLooking(turn, lookup);
    if (!lost) return;
    await reply(turn, lost);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return;
  }
  // A data-leak complaint keeps its type: the parcel looking lost is a second problem on the same ticket, said so
  // (blind batch 18 15.4 had the leak silently retyped as a loss).
  if (state.facts.dataLeak && state.category === 'info_error') {
    const lost = lostLooking(turn, lookup);
    const added = !(state.otherProblems ?? []).includes('lost');
    if (added) state.otherProblems = [...(state.otherProblems ?? []), 'lost'];
    const noted = added ? say(turn, 'intake.otherProblemNoted', { category: say(turn, 'category.lost') }) : '';
    if (!lost && !noted) return;
    await reply(turn, [lost, noted].filter(Boolean).join('\n'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return;
  }
  state.category = 'lost';
  state.categoryGuessed = false;
  // What happens to a parcel that looks lost, as the tracking answer says it, then the type taken down.
  const lost = lostLooking(turn, lookup);
  const changed = say(turn, 'intake.categoryChanged', { category: say(turn, 'category.lost') });
  await reply(turn, [lost, changed].filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}

/** The customer has a complaint to report on, or names one by number. */
async function hasTicketToTell(turn: Turn): Promise<boolean> {
  if (findTicketNumber(turn.text)) return true;
  const tickets = await turn.services.tickets.forCustomer(turn.customer.id, 1);
  return tickets.length > 0 || refersToEarlierComplaint(turn.text);
}

/**
 * The parcel last-4 digits sent in the intake are checked against: one the record has — a number filed as written
 * (tracking cannot find it) has no phone to check them against, the other parcel just looked up may have (batch 11
 * 09.4: the sender's digits of that parcel were turned down against the unknown one).
 */
function digitsParcel(turn: Turn, state: IntakeState): string | undefined {
  const first = state.trackingNumbers[0];
  const other = state.otherParcel;
  // Digits after the customer moved to the other parcel are that parcel's (its status was the last one told).
  const movedOn = other !== undefined && turn.data.verifyTracking === other;
  return movedOn || (first && state.unverifiedNumbers?.includes(first) && other) ? other : first;
}

/**
 * "6666 快點啦", "1111 where did they leave it?", "尾號6666 有事打給我09…": last-4 digits with words of something else
 * (batch 16 22.4). The digits are checked first, as bare digits are; then the rest is read as the message of this
 * step, so a question is answered, an urging noted, a phone or a demand taken — not dropped. False when the message
 * is not that (the digits alone, or with only a thank-you, are answered as before).
 */
async function proveDigitsInFront(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  if (turn.context.turnState.get(DIGITS_TAKEN)) return false;
  const parcel = digitsParcel(turn, state);
  if (!parcel || turn.data.verified.includes(parcel)) return false;
  // (A number taken as written has no phone to check digits against: they are read as a contact that cannot be
  // called — answerAside.)
  if (state.unverifiedNumbers?.includes(parcel)) return false;
  const digits = leadingLastFour(turn.text) ?? labelledLastFour(turn.text);
  const rest = digits ? besideDigits(turn.text, digits) : undefined;
  // "1111行了吧", "2222 好了吧": the digits and an "ok?" that says nothing more — read as the digits alone (batch 20
  // 16.5 heard neither a check nor a word on them).
  const around = digits ? turn.text.replace(digits, '').trim() : '';
  if (digits && !rest && around && isAcknowledgement(around) && leadingLastFour(turn.text) === digits) {
    readRestOf(turn, digits);
    return false;
  }
  if (!digits || !rest) return false;
  turn.context.turnState.set(DIGITS_TAKEN, true);
  await handleVerification(turn, digits, parcel);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  const proved = turn.data.verified.includes(parcel);
  readRestOf(turn, rest);
  // (Where a phone was asked for, the question again says the digits proved the parcel but are no way to call.)
  const { phones, emails } = turn.reading.entities;
  if (prompt === CONTACT_PROMPT && proved && phones.length + emails.length === 0)
    turn.context.turnState.set(LAST_FOUR_AT_CONTACT, digits);
  return true;
}

/** Set once a turn's last-4 digits were checked: the rest of the message, read on its own, is not checked again. */
const DIGITS_TAKEN = Symbol('parcelcare.digitsTaken');

/** What a message says besides last-4 digits and the words naming them. */
export function saysMoreThanDigits(text: string): boolean {
  const written = digitsWritten(text);
  const digits = labelledLastFour(text);
  const rest = (digits ? written.replace(digits, '') : written).replace(/[\dx*×•#]{3,}/gi, '');
  return (
    wordsIn(
      rest.replace(
        /last\s*(4|four)(\s*digits?)?|\b(of )?(my )?(phone|mobile|cell|number)\b|\bend(s|ing)?( in| with)?\b|sender|receiver|recipient|尾[号號数數码碼]|[后後末尾]\s*四\s*[个個]?\s*(位|码|碼|字|数字|數字)|寄件人|收件人|手[机機]|電話|电话|我是|i'?m the|i was the|\b(one )?(receiving|sending|getting it|who sent it)\b/gi,
        '',
      ),
    ) >= 8
  );
}

/** The words the intake uses ("demand", "type"), explained with what this complaint has so far. */
async function explainWords(turn: Turn, { prompt, state }: IntakePosition): Promise<AsideOutcome> {
  const demand = state.demand ? demandsSaid(turn.services.replies, state) : say(turn, 'intake.meaningNoDemand');
  const text = say(turn, 'intake.meaning', { demand });
  if (prompt !== CONFIRM_PROMPT) {
    await reply(turn, text);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // At the summary the answer ends on its choices, as the summary does.
  const titles = CONFIRM.map((key) => say(turn, key));
  await reply(
    turn,
    `${text}\n${say(turn, 'intake.confirmRetry')}`,
    titles.map((title) => ({ title, value: title })),
  );
  return 'answered';
}

/** A threat to go to the regulator, consumer council, media or a lawyer: heard, said so, the complaint marked for it. */
async function noteThreat(turn: Turn, { state }: IntakePosition): Promise<void> {
  const threat = turn.reading.signals.escalationThreat;
  if (!threat || state.facts.escalationThreat) return;
  state.facts.escalationThreat = threat;
  await reply(turn, acknowledge(turn, 'threat'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}

/**
 * In a delay complaint, "do I at least get the shipping money back?", "延误运费退不退", "運費可以退嗎 畢竟都延誤了": what
 * lateness gives back — the express surcharge — before any question of the parcel's timing the words also ask (blind
 * batch 49b: 01.4 heard the parcel's status again, 11.5 was taken as a redelivery).
 * @returns whether it answered.
 */
async function answerLateMoneyBack(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const { text, reading } = turn;
  // ("能不能退回给寄件人", "可以退回去給寄件人嗎": the parcel sent back, not money — the review of fa01cd3.)
  // (A speed-up asked beside it — "can you speed it up? and do I get anything back?" — is answered with both by
  // rush-and-delay-pay.ts.)
  if (state.category !== 'delay' || !REFUND_WHETHER.test(text) || RETURN_ASKED.test(text)) return false;
  if (/\b(speed|hurry|rush|chase|expedite)\b|加急|催|加快|快啲|快点|快點/i.test(text)) return false;
  if (reading.entities.trackingNumbers.length > 0) return false;
  const rule = ruleOn(turn, 'lateRefund');
  if (!rule) return false;
  keepInAccount(turn, state);
  // ("what I need is WHEN and whether I get my shipping fee back": when it comes too, from its record — blind batch
  // 53b: 02.2 heard the refund alone.)
  const number = state.trackingNumbers[0];
  const lookup = number && asksArrival(text) ? await lookUpParcel(turn.services, number) : undefined;
  await reply(turn, arrivalAndLateRule(turn, lookup?.kind === 'found' ? lookup : undefined, rule));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
