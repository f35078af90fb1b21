import { answerRuleAside } from './service-questions';
import { wantsAnotherComplaint } from './parcel-mentions';
import { answerWhoHandles, asksIfPersonHandles } from './bot-identity';
import { findTicketNumber, OPEN_STATUSES } from '../tickets';
import { describeTicket } from './handlers';
import { wordsIn } from './intake-reading';
import { asksWhoMayClaim } from './claimant-asked';
import {
  addsToEarlier,
  asksHowItGoes,
  asksQuestion,
  awaitsReply,
  labelledLastFour,
  makesClaim,
  namesComplaint,
  refersToEarlierComplaint,
  refusesNewComplaint,
  speaksOfCategory,
  goodsBroke,
  tellsOfWrongItem,
} from './message-cues';
import { reply, say, type Turn } from './turn';
import { leftWithoutWord } from './empathy';
import { wantsToComplain } from './start-intake';
import { asksTicketNumber, payoutAnswer, payoutAsked } from './ticket-questions';
import { noteOutcome } from './turn-outcome';
import { correctsFiledNumber } from './filed-number-correction';
import { asksIfWithdrawn, withdrawsComplaint } from './complaint-withdrawn';
import { answerWithdrawal } from './complaint-withdrawal';
import { arrivalDayAsked } from './arrival-day-asked';
import { parcelQuestionIn } from './parcel-facts';
import { changeFiledDemands } from './filed-demand-change';

/**
 * A message after the customer filed a complaint in this conversation, read against that complaint while it
 * is open: "any news on it?", "that complaint I just made" get its status; "I also want to add that…", or
 * more about what happened, is added to it — not a new intake. A message about another parcel, or one that
 * asks for a new complaint, is not a follow-up.
 * @returns true when the message was answered as a follow-up.
 */
export async function followUpOnFiledTicket(turn: Turn): Promise<boolean> {
  const { conversation, services, reading, text } = turn;
  if (!conversation.ticketId) return false;
  const ticket = await services.store.tickets.get(conversation.ticketId);
  if (!ticket || ticket.customerId !== turn.customer.id) return false;
  // "so is it cancelled or not?", "撤销 不用处理了" again after it was withdrawn: it is, said so — never a new complaint.
  const withdrawnAsked = withdrawsComplaint(text) || asksIfWithdrawn(text) || reading.intent === 'ticket_status';
  if (ticket.status === 'withdrawn' && ticket.origin !== 'handoff' && withdrawnAsked) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, describeTicket(turn, ticket, 'tickets.detail'));
    return true;
  }
  if (!OPEN_STATUSES.includes(ticket.status)) return false;
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  if (named.some((n) => !ticket.trackingNumbers.includes(n)) || wantsAnotherComplaint(text)) return false;
  // "can you cancel the complaint please", "那投诉就撤了吧": asked, then withdrawn when nobody is on it yet, else the agent
  // is told — never a note added in silence, nor "you're welcome" (blind batch 39a: 04.6–04.7, 09.6–09.7).
  if (await answerWithdrawal(turn, ticket)) return true;
  // "Will a human actually look at this?": who handles this ticket and by when, not a guess at the words.
  if (asksIfPersonHandles(text)) {
    await answerWhoHandles(turn, ticket);
    return true;
  }
  // "How long does the refund take?": when the money comes (the rules and this ticket's deadline), not the
  // claims text for lost or damaged parcels.
  const payout = payoutAsked(text);
  if (payout) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, payoutAnswer(turn, ticket, payout));
    return true;
  }
  // "说法也不要了 我要赔偿", "道歉就不用了 退差额给我": what they want, changed on the ticket and said back.
  const demandChanged = await changeFiledDemands(turn, ticket);
  if (demandChanged) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, demandChanged);
    return true;
  }
  // "Will the courier know it was me?", "能不能隐藏号码": the courier's rule, and the worry kept for the agent.
  if (await answerRuleAside(turn)) {
    await services.tickets.addNote(ticket.id, 'customer', 'customer added', text);
    return true;
  }
  // "改單號，冇單號", "remove the tracking number, I don't have one": a correction of what was filed, for the agent.
  if (correctsFiledNumber(text)) {
    await services.tickets.addNote(ticket.id, 'customer', 'customer correction', text);
    noteOutcome(turn.context, 'answered');
    await reply(turn, say(turn, 'tickets.added', { number: ticket.number }));
    return true;
  }
  const { intent } = reading;
  const aboutIt = refersToEarlierComplaint(text) || refusesNewComplaint(text);
  const adds = addsToEarlier(text) && wordsIn(text) >= 8;
  // "張單而家點樣", "how's it going?": a short question tells nothing new about what happened — it asks.
  const asks = asksHowItGoes(text) && wordsIn(text) < 20 && !adds;
  const unsure =
    ['complaint', 'other', 'greeting'].includes(intent) || (intent.startsWith('faq.') && reading.confidence < 0.8);
  // "When will I get an answer?" right after filing asks about this complaint, whatever parcel words it has.
  const awaits = asks && awaitsReply(text);
  // "What's my ticket number again?": a question naming the ticket's number, or one the NLU reads as a status
  // question at least as its runner-up, is about this ticket — however many letters it has.
  const statusAlso = reading.alternatives.some((a) => a.intent === 'ticket_status');
  const aboutTicket = !adds && (asksTicketNumber(text) || (asksQuestion(text) && statusAlso && unsure));
  if (intent === 'ticket_status' || awaits || aboutTicket || ((aboutIt || asks) && !adds && unsure)) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, describeTicket(turn, ticket, 'tickets.detail'));
    return true;
  }
  // The conversation has moved on to another parcel (offered once this ticket was filed, or looked up since): a
  // complaint told now is about that one, not more for this ticket (blind-12 10.6).
  const moved = Boolean(turn.data.lastTracking) && !ticket.trackingNumbers.includes(turn.data.lastTracking ?? '');
  if (moved && intent === 'complaint' && !aboutIt) return false;
  if (intent === 'complaint' || (intent === 'other' && adds)) {
    await services.tickets.addNote(ticket.id, 'customer', 'customer added', text);
    noteOutcome(turn.context, 'answered');
    await reply(turn, say(turn, 'tickets.added', { number: ticket.number }));
    return true;
  }
  return false;
}

// A person asked for by name: "转人工", "真人", "an agent", "a human" (not "nobody called me").
const PERSON_NAMED =
  /人工|真人|客服|專員|专员|主管|經理|经理|\b(agent|human|person|representative|operator|supervisor|manager)\b/i;

/**
 * "十来天了也没人给我打电话", "都没人给我回电话": the customer tells that nobody called back — no request for a person,
 * however the NLU reads the call.
 */
export const nobodyCalledBack = (text: string): boolean => leftWithoutWord(text) && !PERSON_NAMED.test(text);

// "what do you mean delivered?? … I never got it", "显示签收是什么意思 我根本没收到 快递员乱签": a meaning asked in anger
// at what happened — the complaint it is (review of session 40).
const NOT_GOT_IT =
  /没收到|沒收到|冇收到|没拿到|沒拿到|冇攞到|乱签|亂簽|冒签|冒簽|\bnever (got|came|received|arrived)\b|\b(didn'?t|did not|haven'?t) (get|receive|got)\b|\bnot (received|delivered)\b/i;

/**
 * Readings the bot corrects from how the message moves the conversation: a complaint that speaks of one
 * made before ("我上周投诉的丢件到底有没有人管") is a status question; a tracking number with the last 4
 * digits and little else ("單號…，收件人尾數5555") is the customer identifying the parcel, not a complaint.
 */
export function rereadIntent(turn: Turn): void {
  const { reading, text } = turn;
  // "so it comes tomorrow?", "tomorrow?" of a parcel in sight: asked about its day, no day asked for (blind batch 40b:
  // 03.4, 14.3 — the NLU reads a day as a change of delivery).
  const parcelInSight = reading.entities.trackingNumbers.length > 0 || turn.data.lastTracking !== undefined;
  if (
    (reading.intent === 'change_delivery' || reading.intent === 'other') &&
    parcelInSight &&
    arrivalDayAsked(text) !== undefined
  ) {
    turn.reading = { ...reading, intent: 'track' };
    return;
  }
  // "2222 我是寄件人 所以退回到底是什麼意思", "what does exception mean?": what the parcel's status means, asked — no
  // complaint (blind batch 40b: 12.2 heard "what would you like us to do?").
  if (
    reading.intent === 'complaint' &&
    parcelInSight &&
    parcelQuestionIn(text) === 'meaning' &&
    !wantsToComplain(text) &&
    !NOT_GOT_IT.test(text) &&
    reading.signals.anger < 0.4
  ) {
    turn.reading = { ...reading, intent: 'track' };
    return;
  }
  // "What's the status of <parcel number>?" asks where the parcel is, unless it names a complaint or a ticket.
  if (
    reading.intent === 'ticket_status' &&
    reading.entities.trackingNumbers.length > 0 &&
    !findTicketNumber(text) &&
    !namesComplaint(text)
  ) {
    turn.reading = { ...reading, intent: 'track' };
    return;
  }
  // "I ordered a lamp and got a mug", "送錯貨": a wrong item delivered is a complaint (LABELS.md: 其他, no damage),
  // however faintly the NLU reads it — not a question to clarify, nor damage.
  const question = reading.intent === 'ticket_status' || reading.intent.startsWith('faq.');
  if (!question && reading.intent !== 'human' && tellsOfWrongItem(text) && !goodsBroke(text, 'spaces split')) {
    turn.reading = {
      ...reading,
      intent: 'complaint',
      category: 'other',
      confidence: Math.max(reading.confidence, 0.9),
    };
    return;
  }
  // "Right, I'd like to file a claim then": the claim is made here (a complaint), not asked about.
  // ("買家可以自己申請理賠嗎？" with no parcel named asks who may claim: the claims question it is.)
  const whoMayClaim = asksWhoMayClaim(text) && reading.entities.trackingNumbers.length === 0;
  if (reading.intent === 'faq.claim' && makesClaim(text) && !whoMayClaim) {
    turn.reading = { ...reading, intent: 'complaint', category: reading.category ?? 'other' };
    return;
  }
  // "十来天了也没人给我打电话" tells that nobody called back; it asks for no person (the NLU may read the call as one).
  if (reading.intent === 'human' && nobodyCalledBack(text)) {
    turn.reading = { ...reading, intent: 'complaint', category: reading.category ?? turn.complaintCategory ?? 'other' };
    return rereadIntent(turn);
  }
  if (reading.intent !== 'complaint') return;
  // "都一个星期了还没人联系我？？" right after the bot looked for the customer's complaint by its parcel and found none:
  // about that complaint (sorry, and the way on), not a new delay complaint (blind-10 07.3).
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  const sought = turn.data.complaintSought;
  // ("再没人管我就打12305" there is the same complaint chased with a threat: blind-12 08.4.)
  const chased = leftWithoutWord(text) || reading.signals.escalationThreat !== null;
  if (sought && chased && named.every((n) => n === sought)) {
    turn.reading = { ...reading, intent: 'ticket_status' };
    return;
  }
  // "Still no one has got back to me" and nothing else — no parcel in sight, no problem named, no wish to complain:
  // about a complaint made before (its status, or how to find it), not a new one of whatever kind the NLU guessed
  // (a paid service not honoured, a special request). With a complaint open, ticket-chase.ts answers it.
  const guessed = reading.category !== undefined && !speaksOfCategory(text, reading.category);
  const alone = named.length === 0 && !turn.data.lastTracking && !wantsToComplain(text) && wordsIn(text) <= 100;
  if (leftWithoutWord(text) && alone && (guessed || reading.category === undefined)) {
    turn.reading = { ...reading, intent: 'ticket_status' };
    return;
  }
  const statusAlso = reading.alternatives.some((a) => a.intent === 'ticket_status');
  if (refusesNewComplaint(text) || (refersToEarlierComplaint(text) && statusAlso)) {
    turn.reading = { ...reading, intent: 'ticket_status' };
    return;
  }
  const digits = labelledLastFour(text);
  if (digits && reading.entities.trackingNumbers.length > 0) {
    const rest = text
      .replace(digits, '')
      .replace(/[A-Z]{0,4}\d{6,}[A-Z]{0,2}/gi, '')
      .replace(
        /单号|單號|tracking( number)?|number|last\s*(4|four)|digits?|尾[号號数數]|[后後末尾]四[位码碼]|寄件人|收件人|sender|receiver|recipient|係|是/gi,
        '',
      );
    if (wordsIn(rest) < 8) turn.reading = { ...reading, intent: 'track' };
  }
}
