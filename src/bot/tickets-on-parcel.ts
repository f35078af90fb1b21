import { withdrawsComplaint } from './complaint-withdrawn';
import { turnedUpFine } from './turned-up';
import { answerWithdrawElsewhereAsked } from './withdraw-elsewhere';
import { findTicketNumber, type Ticket } from '../tickets';
import { describeTicket } from './ticket-text';
import { asksQuestion, endsLettingGo, namesComplaint, refersToEarlierComplaint } from './message-cues';
import { noteOutcome } from './turn-outcome';
import { wordsIn } from './intake-reading';
import { asksReplyTime } from './intake-questions';
import { ANOMALY_CATEGORY, lookupProblem, lookUpParcel } from './parcel-answer';
import { reply, say, spokenRegister, type Turn } from './turn';
import type { ShipmentView } from '../tracking';
import type { ReplyKey } from './replies';

/**
 * An earlier complaint found by its parcel (issue #17, batch 9 P8): "what happened with my complaint about SF…",
 * "我之前投訴過嘅 <number> 點樣", or the parcel's number sent after the bot asked for it. Only the customer's own
 * tickets are looked at — another customer's ticket on the same parcel is never named (DESIGN.md: a ticket
 * belongs to one customer) — and when none is found the customer hears that nothing of theirs is on it, and the way
 * on: a person who can look it up, or a complaint taken down now.
 */

/** Answers with the customer's own complaint on the parcel, or says there is none and offers the way on. */
export async function answerTicketsOnParcel(turn: Turn, parcel: string, during?: 'intake'): Promise<void> {
  const { services } = turn;
  const own = await services.tickets.forCustomerOnParcel(turn.customer.id, parcel);
  if (own.length > 0) {
    const lines =
      own.length === 1
        ? [describeTicket(turn, own[0] as Ticket, 'tickets.detail')]
        : [say(turn, 'tickets.header'), ...own.map((t) => describeTicket(turn, t, 'tickets.line'))];
    await reply(turn, lines.join('\n'));
    return;
  }
  // ("…結果是室友帮我拿了 投诉能撤销吗", "阿媽尋日已經收到 想取消返個投訴": a complaint made elsewhere, to be taken back —
  // glad it is sorted, and who can close it; no new complaint offered — blind batch 46a: 09.1, 15.1.)
  if (during !== 'intake' && (withdrawsComplaint(turn.text) || turnedUpFine(turn.text))) {
    const lookup = await lookUpParcel(services, parcel);
    if (lookup.kind === 'found') turn.data.lastTracking = parcel;
    turn.data.complaintSought = undefined;
    return answerWithdrawElsewhereAsked(turn, parcel);
  }
  // In the middle of a complaint on it: said, and the complaint goes on (the step is asked again).
  if (during === 'intake') {
    await reply(turn, say(turn, 'tickets.noneOnParcelNow', { number: parcel }));
    return;
  }
  // The parcel's number is kept for the way on ("file a complaint" is about it); its status is not said again: the
  // question was about a complaint (test/conversation/parcel-or-ticket.conversation.ts).
  const lookup = await lookUpParcel(services, parcel);
  if (lookup.kind === 'found') turn.data.lastTracking = parcel;
  turn.data.complaintSought = parcel;
  const problem = lookupProblem(services, turn.locale, lookup, spokenRegister(turn));
  turn.data.offeredHuman = true;
  // What is wrong with the parcel itself (3 days late, no scan for days) is said beside it — not its whole status
  // again (batch 11: 08.2, 28.2 never heard the parcel was late).
  const facts = lookup.kind === 'found' ? parcelFacts(turn, parcel, lookup.view) : [];
  const lines = [problem ?? '', say(turn, 'tickets.noneOnParcel', { number: parcel }), ...facts];
  await reply(turn, lines.filter(Boolean).join('\n'), wayOn(turn));
}

/** A person who can look the complaint up, or a complaint taken down now. */
const wayOn = (turn: Turn) => [
  { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  { title: say(turn, 'choice.complain'), value: say(turn, 'choice.complain') },
];

/** What looks wrong with the parcel ("It is 3 days past the promised date."), under a line naming it; none when nothing does. */
function parcelFacts(turn: Turn, parcel: string, view: ShipmentView): string[] {
  if (view.anomalies.length === 0) return [];
  return [
    say(turn, 'tickets.parcelMeanwhile', { number: parcel }),
    ...view.anomalies.map((a) => say(turn, `anomaly.${a}` as ReplyKey, { days: view.daysLate })),
  ];
}

/**
 * The last 4 digits proved the parcel the customer was looking for their complaint on (batch 11: 08.3, 20.3, 28.3
 * showed the names and addresses and then nothing): their complaint on it now, or that there is still none and the
 * way on.
 */
export async function answerAfterProof(turn: Turn, parcel: string): Promise<void> {
  const own = await turn.services.tickets.forCustomerOnParcel(turn.customer.id, parcel);
  if (own.length > 0) return answerTicketsOnParcel(turn, parcel);
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'tickets.noneAfterProof', { number: parcel }), wayOn(turn));
}

// "要等幾耐？", "how long do I have to wait?", "到底什么时候有人理我": how long, asked of the complaint being looked for.
const HOW_LONG =
  /多久|幾耐|几耐|等到幾時|等到几时|等到什么时候|等到什麼時候|要等|仲要等|还要等|還要等|幾時先|几时先|什么时候才|什麼時候才|\bhow (much )?long\b|\bwhen (will|do|can) (i|someone|anyone|you)\b.{0,30}\b(hear|answer|reply|call|contact|get back)\b|\bhow much longer\b/i;

/** "How long?" about a complaint looked for and not found: how long one takes if taken down again now, and the call. */
export async function howLongIfFiled(turn: Turn, parcel: string): Promise<string | undefined> {
  const { services } = turn;
  if (!asksHowLong(turn.text)) return undefined;
  const lookup = await lookUpParcel(services, parcel);
  const view = lookup.kind === 'found' ? lookup.view : undefined;
  const anomaly = view?.anomalies[0];
  const { resolution } = services.tickets.deadlinesIf({
    category: (anomaly ? ANOMALY_CATEGORY[anomaly] : undefined) ?? 'other',
    facts: {
      severe: false,
      minor: false,
      daysLate: view && view.daysLate > 0 ? view.daysLate : null,
      escalationThreat: null,
      dataLeak: false,
    },
  });
  return say(turn, 'tickets.howLongIfFiled', {
    within: services.replies.within(turn.locale, services.clock.now(), resolution),
  });
}

/** "要等幾耐？", "你们什么时候能给我回复？": how long until the customer hears back. */
const asksHowLong = (text: string): boolean => HOW_LONG.test(text) || asksReplyTime(text);

// "投诉单号我没记住", "唔記得個編號", "I don't remember the ticket number": the complaint's own number is not to hand.
const NUMBER_FORGOTTEN =
  /((投诉|投訴|客诉|客訴|工单|工單|案件|申诉|申訴)(单号|單號|编号|編號|号码|號碼|号|號)?|编号|編號)[^，。,.?？]{0,4}(没记住|沒記住|没记|沒記|不记得|不記得|唔记得|唔記得|忘了|忘记|忘記|忘咗|记不得|記不得|记不住|記不住|记不清|記不清|找不到|搵唔到|冇記低|没记下|沒記下)|(没记住|沒記住|不记得|不記得|唔记得|唔記得|忘了|忘记|忘記|忘咗)[^，。,.?？]{0,6}((投诉|投訴|客诉|客訴|工单|工單)(单号|單號|编号|編號|号码|號碼)?|编号|編號)|\b(don'?t|do not|can'?t|cannot) (remember|recall|find)\b[^.?!]{0,20}\b(ticket|complaint|case|reference|ref)( number| no\.?)?\b|\b(lost|forgot|forgotten)\b[^.?!]{0,12}\b(ticket|complaint|case|reference|ref) (number|no)\b/i;

/**
 * "投诉单号我没记住" right after the bot looked for the customer's earlier complaint (blind-12 08.3 started a new
 * complaint): the ticket number is not needed — a person finds it by the parcel's number and the customer's phone,
 * or the parcel's number finds it here. False when the message says nothing of a forgotten number.
 */
export async function answerNumberForgotten(turn: Turn): Promise<boolean> {
  const sought = turn.data.complaintSought;
  const looking = sought !== undefined || turn.data.ticketLookup === true;
  // ("单号不记得了 算了" lets it go: answered as such elsewhere.)
  const forgot = NUMBER_FORGOTTEN.test(turn.text) && !endsLettingGo(turn.text);
  // "單號我不記得了", "I don't have the tracking number" to "send me the parcel's number": the parcel's number is not to
  // hand either — a person finds the complaint by phone (batch 15 24.2 took it as a new complaint).
  const noParcelNumber =
    turn.data.ticketLookup === true && !sought && PARCEL_NUMBER_FORGOTTEN.test(turn.text) && !endsLettingGo(turn.text);
  if (!looking || !(forgot || noParcelNumber) || turn.reading.entities.trackingNumbers.length > 0) return false;
  noteOutcome(turn.context, 'unanswered');
  turn.data.offeredHuman = true;
  if (sought) {
    await reply(turn, say(turn, 'tickets.numberNotNeeded', { number: sought }), wayOn(turn));
    return true;
  }
  turn.data.ticketLookup = true;
  if (noParcelNumber && !forgot) {
    turn.data.lookupByPhone = true;
    await reply(turn, say(turn, 'tickets.findByPhone'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
    return true;
  }
  await reply(turn, say(turn, 'tickets.numberNotNeededAsk'), wayOn(turn));
  return true;
}

// "單號我不記得了", "冇單號", "I don't have the tracking number": the parcel's number is not to hand.
const PARCEL_NUMBER_FORGOTTEN =
  /(单号|單號|运单|運單|快递号|快遞號|号码|號碼|编号|編號)[^，。,.?？]{0,4}(没记住|沒記住|不记得|不記得|唔记得|唔記得|忘了|忘记|忘記|忘咗|记不得|記不得|记不住|記不住|记不清|記不清|找不到|搵唔到|冇記低|没记下|沒記下|没有|沒有|冇)|(没记住|沒記住|不记得|不記得|唔记得|唔記得|忘了|忘记|忘記|忘咗|没有|沒有|冇|无|無)[^，。,.?？]{0,4}(单号|單號|运单号|運單號|快递单号|快遞單號)|\b(don'?t|do not|can'?t|cannot) (remember|recall|find|have)\b[^.?!]{0,20}\b(tracking|waybill|parcel|consignment)( number| no\.?)?|\b(lost|forgot|forgotten|no)\b[^.?!]{0,12}\b(tracking|waybill|consignment) (number|no)\b/i;

/**
 * A phone number sent right after the bot asked for the one the earlier complaint was made under: true when the
 * message gives one (the caller hands it to a person with the question; a typed phone is never trusted to show a
 * ticket here — anyone can type anyone's number).
 */
export function phoneForLookup(turn: Turn, asked: boolean): boolean {
  // "look it up by my phone 139…", "我電話係9876 5432 你查下" after a ticket number was not found among theirs (or while
  // they ask after an earlier complaint): the same request, unasked (batch 16: 09.2, 30.2).
  const seeking =
    turn.data.ticketNotFound !== undefined ||
    turn.data.ticketLookup === true ||
    turn.reading.intent === 'ticket_status';
  const offered = seeking && BY_PHONE.test(turn.text);
  return (
    (asked || offered) && turn.reading.entities.phones.length > 0 && turn.reading.entities.trackingNumbers.length === 0
  );
}

// "look it up by my phone", "search with my number", "用我手机号查", "你查下", "搵下": look something up by the phone given.
/** The message asks for something to be looked up by the phone it gives ("用我手机号查一下", "search with my number"). */
export const asksLookupByPhone = (text: string): boolean => BY_PHONE.test(text);

const BY_PHONE =
  /\b(look (it |them |me |this )?up|find (it|me|them)|search|check)\b|\b(by|with|using|under) my (phone|number|mobile|cell)\b|(用|按|凭|憑|以)(我的?|我嘅)?(手机|手機|电话|電話)|(查|搵|找|揾)(一)?下|(帮|幫)我(查|找|搵)|你(查|搵|找|揾)/i;

const PERSON = /人工|真人|客服|人手|專人|专人|\b(agent|human|person|representative|operator|someone real)\b/i;

const CLAIM = /claim|payout|compensat|理赔|理賠|索赔|索償|赔偿|賠償|赔款|賠款/i;

/**
 * "How long do I have to wait?" right after the bot found no complaint of the customer's on the parcel they named
 * (batch 11 20.4 started a new complaint instead): a question about that complaint, answered as such.
 */
export function asksHowLongForSought(turn: Turn): boolean {
  const sought = turn.data.complaintSought;
  if (!sought || !asksHowLong(turn.text)) return false;
  const named = turn.reading.entities.trackingNumbers.map((t) => t.number);
  // (A bare "how long do I have to wait" may read as the claims FAQ's "how long"; one that names a claim is that.)
  const { intent } = turn.reading;
  const about =
    ['complaint', 'other', 'track', 'ticket_status'].includes(intent) ||
    (intent === 'faq.claim' && !CLAIM.test(turn.text)) ||
    // "要等多久才有人给我打电话" asks when, not for a person now (no word for one).
    (intent === 'human' && asksQuestion(turn.text) && !PERSON.test(turn.text));
  return named.every((n) => n === sought) && about;
}

// "查不到吗", "can't your system find it?", "搵唔到咩": about how the bot looks complaints up.
// ("Can you see it or not?", "你看得到吗", "睇唔睇到": whether the bot sees it — batch 21 09.2.)
const LOOK_UP =
  /查不到|查唔到|查得到|查唔查到|找不到|找得到|搵唔到|搵到|看(不|得|唔)?到|睇(唔|得)?(到|睇到)|\b(find|look (it |this )?up|look for|search|check)\b|\bsee (it|that|my|the)\b/i;

// "哪一单？", "邊張單呀", "which one?", "which parcel do you mean": which of their parcels, asked back.
const WHICH =
  /哪(一|个|個|张|張|单|單|件|票)|边(一|个|张|单|件)|邊(一|個|張|單|件)|\bwhich( one| parcel| order| package| shipment| complaint)?\b/i;

// "冇投訴編號 運單號係…", "no ticket number, the tracking is …": the number asked for, though it says "complaint".
const GIVES_NUMBER = /編號|编号|單號|单号|工單|工单|\b(ticket|reference|case|tracking) (number|no)\b/i;
// "it was about SF…", "是关于 SF… 的", "係關於 SF… 嘅": the parcel the complaint was about, as asked for.
const ABOUT_IT = /\b(it was|it'?s|it is|that was|that'?s|was|is) (about|for|regarding|on)\b|\bregarding\b|关于|關於/i;

/**
 * A message about an earlier complaint that names its parcel, or a parcel's number right after the bot asked
 * for one to find the complaint by: answered with the customer's complaint on it. False when it is not that.
 */
export async function answerComplaintOnParcel(turn: Turn): Promise<boolean> {
  const asked = turn.data.ticketLookup;
  turn.data.ticketLookup = undefined;
  const parcel = turn.reading.entities.trackingNumbers[0]?.number;
  const { intent } = turn.reading;
  // "你不是應該查得到嗎？", "can't you look it up?" to "none found here — send the parcel's number": how the bot finds a
  // complaint, and the number asked for again, for the complaint (blind-12 20.2 asked "which parcel?" as if for
  // tracking, and the number sent next was only tracked).
  const noNumber = !parcel && turn.reading.entities.invalidTracking.length === 0 && !findTicketNumber(turn.text);
  // ("你估下係邊單？", "which one do you think?": which parcel, asked back — the number is what finds it.)
  const aboutLookUp = ['track', 'ticket_status'].includes(intent) || LOOK_UP.test(turn.text) || WHICH.test(turn.text);
  if (asked === true && noNumber && intent !== 'human' && aboutLookUp && asksQuestion(turn.text)) {
    turn.data.ticketLookup = true;
    turn.data.offeredHuman = true;
    noteOutcome(turn.context, 'unanswered');
    await reply(turn, say(turn, 'tickets.askParcelAgain'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
    return true;
  }
  if (!parcel || findTicketNumber(turn.text)) return false;
  // "it was SF…" to the question: the number alone, whatever the NLU makes of it.
  const onlyNumber = asked === true && wordsIn(turn.text) <= 8;
  const aboutComplaint =
    onlyNumber ||
    refersToEarlierComplaint(turn.text) ||
    (intent === 'ticket_status' && namesComplaint(turn.text)) ||
    (asked === true &&
      (['track', 'ticket_status', 'other'].includes(intent) ||
        GIVES_NUMBER.test(turn.text) ||
        ABOUT_IT.test(turn.text)));
  if (!aboutComplaint || intent === 'human') return false;
  await answerTicketsOnParcel(turn, parcel);
  return true;
}
