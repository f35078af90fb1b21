import { caseQuestionIn } from './case-questions';
import { channelOf } from './channels';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { priorityLine } from './priority-question';
import type { ReplyKey } from './replies';
import type { Ticket } from '../tickets/records';
import { reply, say, type Turn } from './turn';

/**
 * What happens to a complaint being taken down, and how long it takes (issue #17, blind batch 26: 04.4, 04.6, 26.5,
 * 26.7; 26b: 18.5): "what are you going to do?", "how long does the investigation take?", "你哋會點處理",
 * "要幾耐先寄得返嚟", "要是没人联系我怎么办". Answered from what the product knows — the steps the team takes for the
 * complaint's kind, the priority it is filed with and its first-answer and resolution times (the same line as a
 * priority question: priority-question.ts) — then the step again; never "I can't answer that", never taken for a
 * demand, never the parcel's scans again.
 */

// What the courier will do about it: "what ARE you going to do", "what can you actually do", "what will you do about
// it", "how will you handle this", "你们会怎么处理", "你哋會點處理", "打算點跟進", "你们能做什么", "你哋可以做啲乜" —
// not "你们怎么搞的", "怎么做事的", which are anger, not a question.
const WHAT_YOU_DO =
  /\bwhat (are|will|would|can|could|do) (you|u|you guys|your (team|company|people|side))(\s+(actually|really|even|then|now))?(\s+(going to|gonna|able to))?\s+do\b|\bhow (will|would|are|do) (you|your (team|company))(\s+(going to|gonna))?\s+(handle|deal with|sort out|fix|investigate|resolve) (this|it|that|the (case|complaint|problem|issue))\b|(你们|你們|你哋|您们|您們)[^，。,.?？!！]{0,4}(怎么|怎麼|点样|點樣|點|点|如何)(处理|處理|跟进|跟進|做|搞|查|解决|解決|办|辦)(?![的事嘅㗎])|(你们|你們|你哋)[^，。,.?？!！]{0,3}(能|可以|会|會)?(做|帮|幫)(到)?(我)?(什么|什麼|啥|乜|咩|啲乜|啲咩|些什么|些什麼)/i;

// How long the case takes: "how long does the investigation take", "how long will the search take", "how long until
// it's sorted", "how long to resend it", "调查要多久", "查要幾耐", "處理要幾日", "要幾耐先寄得返嚟", "几天能寄回来" — not
// "帮我查下还要多久能到", which asks when the parcel arrives (its status answers that).
const PROCESS_TIME =
  /\bhow long\b[^.?!]{0,30}\b(investigat\w*|search\w*|trac(e|ing)|check(ing)?|look(ing)? into|sort(ed)?|resolv\w*|fix(ed)?|re-?sen[dt]\w*|sen[dt] (it )?(back|again|out)|come back|process(ed)?)\b|(调查|調查|查|搵|找|处理|處理|跟进|跟進|解决|解決)[^，。,.?？!！]{0,4}(多久|多长时间|多長時間|幾耐|几天|幾天|几日|幾日)(?![^，。,.?？!！]{0,3}(到|送到|送达|送達|寄到))|(多久|多长时间|多長時間|幾耐|几天|幾天|幾日|几日)[^，。,.?？!！]{0,4}(寄|派|送)(得)?(返|回|过来|過嚟|過來)|(多久|多长时间|多長時間|幾耐|几天|幾天|幾日|几日)[^，。,.?？!！]{0,4}(先|才|能|可以|会|會)[^，。,.?？!！]{0,2}(查|搵|找|处理|處理|解决|解決)/i;

// Only "how long?": "so how long?", "咁要幾耐？", "要多久啊", "幾時得".
const BARE_HOW_LONG =
  /^\s*((ok|okay|fine|alright|right|so|and|then)[,.!]?\s+)?(how long( does| will| would)?( it| that| this)?( take| be)?|(咁|那|那么|那麼|所以|好吧|好啦|好|行)?[，,。.!！]?\s*(要|需要)?(多久|幾耐|几天|幾天|幾日|多长时间|多長時間)(呢|啊|呀|㗎|啦)?|(咁|那)?\s*(几时|幾時)(得|有|搞掂)(呢|啊|呀|㗎)?)\s*[?？!.]*\s*$/i;

// "what if nobody contacts me?", "and if no one gets back to me", "要是到时候没人联系我怎么办", "如果冇人覆我點算".
const NOBODY_CONTACTS =
  /\b(what|and) if\b[^.?!]{0,20}\b(no ?one|nobody|no-one|you (don'?t|never)|they (don'?t|never))\b[^.?!]{0,25}\b(contacts?|calls?|repl(y|ies)|answers?|responds?|gets? back|hear)\b|(要是|如果|万一|萬一|假如|若果|假设|假設)[^，。,.?？!！]{0,8}(没人|沒人|冇人|没有人|沒有人|无人|無人|你们没|你們沒|你哋冇)[^，。,.?？!！]{0,6}(联系|聯繫|聯絡|打(给|給|畀|俾)?|覆|回复|回覆|找|搵|理)/i;

// How the customer will hear: "btw 后续是email通知还是SMS？", "will you email or text me?", "how will you contact me",
// "之後點樣通知我", "會用電話定電郵聯絡我".
const MEANS = /\b(e-?mail|sms|text|call|phone)\w*|邮件|郵件|电邮|電郵|短信|簡訊|电话|電話|微信|whatsapp/i;
const HOW_CONTACTED =
  /\bhow (will|would|do|are) (you|they|your (team|colleague|people))( \w+)?( going to)? (contact|reach|notify|update|tell|get back to|get in touch with) (me|us)\b|\b(will|would) (you|they) (e-?mail|text|call|sms|message|phone) (me|us)\b[^.?!]{0,20}\bor\b|(怎么|怎麼|点样|點樣|用什么|用什麼|用咩|以什么|通过什么|透過什麼|經什麼|经什么)(方式)?(来|來)?(通知|联系|聯絡|聯繫|告诉|告訴|覆|回复|回覆)(我)?/i;
const EITHER_MEANS = /(还是|還是|定係|抑或|或者|\bor\b)/i;
const asksHowContacted = (text: string): boolean =>
  HOW_CONTACTED.test(text) ||
  (MEANS.test(text) &&
    EITHER_MEANS.test(text) &&
    /通知|联系|聯絡|聯繫|告诉|告訴|覆|回复|回覆|\b(notif|contact|update|reach)\w*/i.test(text));

// A day the parcel is needed by, told beside the question: "her birthday is Friday", "聽日要用", "星期五生日".
const DAY_NEEDED =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(birthday|tomorrow|tonight|this weekend)\b|星期[一二三四五六日天]|周[一二三四五六日天末]|週[一二三四五六日天末]|礼拜|禮拜|生日|明天|聽日|听日|后天|後天|後日/i;

/** What the message asks about the case's handling, if it asks it. */
export type NextStepsAsked = 'whatWeDo' | 'howLong' | 'nobodyContacts' | 'howContacted';

/**
 * The question about what happens next a message asks inside a complaint (bare "how long?" only where no parcel is
 * still coming: a resend, or a parcel delivered).
 */
export function nextStepsAskedIn(text: string, resend: boolean): NextStepsAsked | undefined {
  if (NOBODY_CONTACTS.test(text)) return 'nobodyContacts';
  if (asksHowContacted(text)) return 'howContacted';
  // ("會點處理佢", "will he be fired?": what becomes of the courier is its own answer — case-questions.ts.)
  if (caseQuestionIn(text) === 'courier') return undefined;
  if (WHAT_YOU_DO.test(text)) return 'whatWeDo';
  if (PROCESS_TIME.test(text) || (resend && BARE_HOW_LONG.test(text))) return 'howLong';
  return undefined;
}

/** The steps the team takes for this complaint's kind. */
function stepsKey(category: string | undefined, resend: boolean, where: ParcelPlace): ReplyKey {
  if (resend) return 'nextSteps.resend';
  // (Signed for but not received: the proof of delivery is checked; missing on the way: the route is traced.)
  if (category === 'lost') return where === 'delivered' ? 'nextSteps.lost' : 'nextSteps.lostTransit';
  return 'nextSteps.general';
}

/** How the answer reaches the customer on their channel: this chat, a text message, a mail. */
function contactedKey(turn: Turn): ReplyKey {
  const channel = channelOf(turn.context.activity.channelId);
  return channel === 'sms'
    ? 'nextSteps.contacted.sms'
    : channel === 'email'
      ? 'nextSteps.contacted.email'
      : 'nextSteps.contacted.chat';
}

/**
 * Answers a question about what happens to the complaint being taken down and how long it takes.
 * @returns whether the message asked one (the caller asks its step again).
 */
export async function answerNextSteps(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { state } = position;
  // ("如果這次還是沒人聯絡我，我就去找消基會": a threat, not a question — the summary marks it for senior colleagues.)
  if (turn.reading.signals.escalationThreat) return false;
  const where = await parcelPlace(turn, state.trackingNumbers[0]);
  const resend = state.demand === 'redelivery' || where === 'back';
  // (A bare "how long?" about a parcel already delivered asks how long the complaint takes: its parcel comes no more —
  // blind batch 27: 05.5.)
  const asked = nextStepsAskedIn(turn.text, resend || where === 'delivered');
  if (!asked) return false;
  // On the channel they write from, and on the contact they give if the team needs to call or write (intake.whyContact).
  if (asked === 'howContacted') {
    await reply(turn, say(turn, contactedKey(turn)));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return true;
  }
  const times = await priorityLine(turn, position);
  // (The resend steps only of a parcel on its way back: a late one asked to be delivered is not resent — 30b review.)
  const steps =
    asked === 'nobodyContacts' ? 'nextSteps.nobodyContacts' : stepsKey(state.category, where === 'back', where);
  // "It's a birthday present, her birthday is Friday. What can you actually do?" of a missing parcel: honestly, a
  // parcel being searched for has no day to promise — the day is written on the complaint (blind batch 26: 02.3).
  const byDay = state.category === 'lost' && asked === 'whatWeDo' && DAY_NEEDED.test(turn.text);
  if (byDay) keepInAccount(turn, state);
  const day = byDay ? `\n${say(turn, 'nextSteps.lostByDay')}` : '';
  // Asked again ("ok but how long?" after the steps were told): the deadlines, and that the steps stand as said —
  // never the same paragraph twice in a row (session 30).
  const told = state.stepsTold === steps;
  state.stepsTold = steps;
  await reply(turn, `${say(turn, told ? 'nextSteps.asSaid' : steps)}${day}\n${times}`);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/** Where the complaint's parcel is, as far as the steps go: back to its sender, delivered, on its way. */
type ParcelPlace = 'back' | 'delivered' | 'onTheWay' | 'unknown';

async function parcelPlace(turn: Turn, number: string | undefined): Promise<ParcelPlace> {
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind !== 'found') return 'unknown';
  if (['returned', 'returning'].includes(lookup.view.status)) return 'back';
  return lookup.view.delivered ? 'delivered' : 'onTheWay';
}

/**
 * The steps and the resolution deadline of a filed ticket whose customer waits for a person and asks what happens or
 * how long it takes ("你仲未答我 要幾耐先寄得返嚟？" — blind batch 26: 26.7 heard only the wait); undefined otherwise.
 */
export async function stepsWhileWaiting(turn: Turn, ticket: Ticket): Promise<string | undefined> {
  const where = await parcelPlace(turn, ticket.trackingNumbers[0]);
  const resend = ticket.demand === 'redelivery' || where === 'back';
  const asked = nextStepsAskedIn(turn.text, false);
  if (asked !== 'howLong' && asked !== 'whatWeDo') return undefined;
  const { services, locale } = turn;
  const deadline = services.replies.dateTime(locale, ticket.deadlines.resolution, services.timeZone);
  const resolveBy = say(turn, 'human.resolveBy', { number: ticket.number, deadline });
  return `${say(turn, stepsKey(ticket.category, resend, where))}\n${resolveBy}`;
}

/**
 * The message asks what the courier does with the complaint (its steps, its time, or what becomes of the courier) —
 * which asks what a demand could be, and names none.
 */
export const asksWhatHappensNext = (text: string): boolean =>
  nextStepsAskedIn(text, false) !== undefined || caseQuestionIn(text) === 'courier';
