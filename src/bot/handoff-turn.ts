import { answerRuleAside } from './service-questions';
import { answerWithdrawal } from './complaint-withdrawal';
import { changeFiledDemands } from './filed-demand-change';
import { answerBusinessFollowUp } from './business-follow-up';
import { answerSendingQuestion } from './sending-questions';
import { caseQuestionIn } from './case-questions';
import { ruleOn } from './case-rules';
import { parcelQuestionIn } from './parcel-facts';
import type { Ticket } from '../tickets/records';
import { askSupervisor } from './supervisor-asked';
import { OPEN_STATUSES, TicketNotFoundError, TicketNotYoursError } from '../tickets';
import { findTicketNumber } from '../tickets/ticket-number';
import { channelOf } from './channels';
import { reply, say, spokenRegister, type FaqIntent, type Turn } from './turn';
import { describeTicket, handleFaq, handleVerification } from './handlers';
import { numberOnTicket } from './number-on-ticket';
import { numberAsGiven } from './number-as-given';
import { wantsToComplain } from './complaint-words';
import { arrivalAnswer, asksAboutParcel, asksArrival, asksReplyTime } from './intake-questions';
import { stepsWhileWaiting } from './next-steps';
import { asksAboutTopic } from './faq-topics';
import {
  asksQuestion,
  digitsWritten,
  faqAsked,
  labelledLastFour,
  refersToEarlierComplaint,
  saysCancel,
  saysThanks,
} from './message-cues';
import { wantsFiled } from './intake-reading';
import { saysGoodbye } from './intake-leaving';
import { acknowledge, impatientWhileWaiting, thanksNotMeant } from './empathy';
import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind } from './delivery-change-reading';
import { accountOf, offerOtherParcel, saveContact } from './file-complaint';
import { VersionConflictError } from '../store/errors';
import type { IntakeState } from './intake-state';
import {
  ANOMALY_CATEGORY,
  lookUpParcel,
  lookupProblem,
  parcelNamedIn,
  shipmentFields,
  trackingAnswer,
} from './parcel-answer';
import { payoutAnswer, payoutAsked } from './ticket-questions';
import { noteOutcome } from './turn-outcome';
import { callBackAsked } from './call-back';
import { contactFromOpening } from './opening-contact';
import { listedParcelNamed } from './listed-parcels';
import { lateRefundAnswer } from './late-refund';
import { withdrawCall } from './call-withdrawn';
import { compensationAnswer } from './compensation-asked';
import { customerSide } from './customer-side';

/** "Agents are off until …", when they are; empty otherwise. */
function outOfHoursNotice(turn: Turn, number: string): string {
  const opening = turn.services.handoff.nextOpening();
  if (!opening) return '';
  const when = turn.services.replies.dateTime(turn.locale, opening.toISOString(), turn.services.timeZone);
  return `\n${say(turn, 'human.outOfHours', { opening: when, number })}`;
}

/**
 * The ticket a hand-off works on: the conversation's open ticket, else the customer's own open ticket on the
 * parcel in question (or their latest open one when no parcel is known), else a new one carrying what the
 * conversation knows — the parcel, its anomaly as the category and lateness, so the priority follows.
 */
async function handoffTicket(turn: Turn, intake?: IntakeState): Promise<Ticket> {
  const { services, reading, data } = turn;
  // Only the customer's own ticket is reused (a conversation may still point at someone else's from before
  // complaints were kept apart).
  const open = (t: Ticket | undefined): t is Ticket =>
    Boolean(t && t.customerId === turn.customer.id && OPEN_STATUSES.includes(t.status));
  const current = turn.conversation.ticketId ? await services.store.tickets.get(turn.conversation.ticketId) : undefined;
  if (open(current)) return current;
  const trackingNumbers = reading.entities.trackingNumbers.map((t) => t.number);
  if (trackingNumbers.length === 0) trackingNumbers.push(...(intake?.trackingNumbers ?? []));
  if (trackingNumbers.length === 0 && data.lastTracking) trackingNumbers.push(data.lastTracking);
  // A number not found that the customer stood by, or sent: on the ticket as given, for the agent to check.
  const given = numberAsGiven(data) ?? data.unfoundNumbers?.at(-1);
  if (trackingNumbers.length === 0 && given) trackingNumbers.push(given);
  const parcel = trackingNumbers[0];
  const mine = (await services.tickets.forCustomer(turn.customer.id, 5)).filter(open);
  const same = parcel ? mine.find((t) => t.trackingNumbers.includes(parcel)) : mine[0];
  if (same) return same;

  const lookup = parcel ? await lookUpParcel(services, parcel) : undefined;
  const found = lookup?.kind === 'found' ? lookup : undefined;
  const anomaly = found?.view.anomalies[0];
  const category =
    (intake?.category && intake.category !== 'other' ? intake.category : undefined) ??
    turn.complaintCategory ??
    (reading.category && reading.category !== 'other' ? reading.category : undefined) ??
    (anomaly ? ANOMALY_CATEGORY[anomaly] : undefined) ??
    'other';
  // What the customer wrote before asking, when the bot could not follow it, is their account of the problem.
  const description = [intake ? accountOf(services, intake) : '', ...(data.unclear ?? []), turn.text]
    .filter((t) => t.trim())
    .join('\n');
  const demand = reading.entities.demand ?? (intake?.demand !== 'none' ? intake?.demand : undefined);
  // Who the customer is to the parcel, for the agent's card as on a filed complaint: what the intake noted, else what
  // they wrote and the phone digits they proved.
  const customerIs = intake?.customerIs ?? customerSide(description, parcel ? data.verifiedAs?.[parcel] : undefined);
  data.unclear = undefined;
  const { ticket } = await services.tickets.fileComplaint({
    customer: turn.customer,
    channel: channelOf(turn.context.activity.channelId),
    conversationId: turn.conversation.id,
    trackingNumbers,
    ...(found ? shipmentFields(found) : {}),
    category,
    description,
    evidence: [...(intake?.evidence ?? []), ...services.evidenceOf(turn.context.activity)],
    facts: {
      severe: reading.signals.severe || Boolean(intake?.facts.severe),
      minor: reading.signals.minor,
      daysLate:
        reading.signals.daysLate ??
        intake?.facts.daysLate ??
        (found && found.view.daysLate > 0 ? found.view.daysLate : null),
      escalationThreat: reading.signals.escalationThreat ?? intake?.facts.escalationThreat ?? null,
      dataLeak: Boolean(intake?.facts.dataLeak),
    },
    ...(demand ? { demand } : {}),
    ...(customerIs ? { customerIs } : {}),
    by: 'bot',
    // Only for the hand-off: withdrawing the request for a person withdraws it (ticket.service.ts).
    origin: 'handoff',
  });
  return ticket;
}

/**
 * A ticket number other than the one waiting, named in the message: that ticket when it is the customer's own,
 * `{ ticket: undefined }` when it is someone else's or does not exist (told apart from nothing named only).
 */
async function earlierTicketNamed(turn: Turn, waiting: Ticket): Promise<{ ticket?: Ticket } | undefined> {
  const named = findTicketNumber(turn.text);
  if (!named || named === waiting.number) return undefined;
  try {
    return { ticket: await turn.services.tickets.byNumberForCustomer(named, turn.customer.id) };
  } catch (err) {
    if (err instanceof TicketNotFoundError || err instanceof TicketNotYoursError) return {};
    throw err;
  }
}

/** Where the ticket waiting for a person stands, said after an answer (short) or instead of one. */
async function sayWaitLine(turn: Turn, waiting: Ticket, short: boolean): Promise<'answered'> {
  const { services } = turn;
  const within = services.replies.within(turn.locale, services.clock.now(), waiting.deadlines.firstResponse);
  const said = turn.data.waitingSaid ?? 0;
  turn.data.waitingSaid = said + 1;
  const queue = await services.store.tickets.find({ status: ['pending_agent'], order: 'queue', limit: 500 });
  const position = queue.findIndex((t) => t.id === waiting.id) + 1 || queue.length + 1;
  const key = short ? 'human.queueShort' : said === 0 ? 'human.waiting' : 'human.stillWaiting';
  await reply(turn, say(turn, key, { number: waiting.number, position, within }));
  return 'answered';
}

/**
 * Hands the conversation to the agent desk: marks the ticket pending_agent and shows it to agents. `why` is said
 * before the ticket's number when the customer needs to hear why a person takes it.
 */
export async function handleHuman(turn: Turn, reason: string, intake?: IntakeState, why?: string): Promise<void> {
  const { services } = turn;
  // "Can someone phone me? 137…": the customer's own number in the message that asks is on the ticket and is the one
  // the call line names — not "send the number they should call" (blind batch 24 rescore: the number was just sent).
  const own = contactFromOpening(turn.reading, turn.text)?.phone;
  if (own && own !== turn.customer.phone) turn.customer = await saveContact(services, turn.customer, { phone: own });
  const ticket = await handoffTicket(turn, intake);
  turn.data.handedOffIntake = intake;
  turn.data.declinedPerson = undefined;
  // "…call me back today": on the ticket for the agent, and said back to the customer.
  const callBack = callBackAsked(turn, intake);
  const note = callBack ? `${reason}; ${callBack.note}` : reason;
  const handedOff = await services.handoff.start(ticket.id, turn.conversation, note);
  turn.conversation = handedOff.conversation;
  services.directory.remember(turn.context, { customer: turn.customer, conversation: turn.conversation });
  const within = services.replies.within(turn.locale, services.clock.now(), handedOff.ticket.deadlines.firstResponse);
  const number = handedOff.ticket.number;
  // A number this message names that is mistyped or unknown is said so: the customer can check it meanwhile.
  const lookup = await parcelNamedIn(services, turn.reading.entities);
  const problem = lookup ? lookupProblem(services, turn.locale, lookup, spokenRegister(turn)) : undefined;
  const created = say(turn, 'human.created', { number, within }) + outOfHoursNotice(turn, number);
  const said = [problem, why, created, callBack?.line].filter(Boolean).join('\n');
  await reply(turn, said);
  // Another parcel's complaint promised a ticket of its own during this one is offered next, with what was told of
  // it, as when a complaint is filed (blind batch 51b: 01.6 took it down as a second delay with a new story).
  // (Only one with a problem kept for it: "my other one came yesterday and it was fine" is no complaint to offer.)
  const kept = intake?.otherParcelCategory !== undefined || intake?.otherParcelWords !== undefined;
  if (intake && kept) await offerOtherParcel(services, turn.context, intake, (key, vars) => say(turn, key, vars));
}

/**
 * A message in a chat handed to a person reaches them on their desk — every one, whatever the bot then does with it
 * (answers it, takes down another parcel's complaint meanwhile, switches language): the person on the case reads
 * all the customer wrote. With two of their tickets with the agents from this chat (a second parcel's complaint
 * filed while the first waited), both desks read it. Only the tickets' own customer is relayed.
 */
export async function relayToAgent(turn: Turn): Promise<void> {
  const { services, conversation } = turn;
  if (conversation.mode !== 'handoff' || !conversation.ticketId) return;
  const current = await services.store.tickets.get(conversation.ticketId);
  if (!current || current.customerId !== turn.customer.id) return;
  const open = await services.store.tickets.find({
    customerId: turn.customer.id,
    status: ['pending_agent', 'in_progress'],
    limit: 20,
  });
  const alsoWithAgents = open.filter((t) => t.id !== current.id && t.conversationIds.includes(conversation.id));
  for (const ticket of [current, ...alsoWithAgents]) await services.handoff.customerWrote(ticket.id, messageOf(turn));
}

/**
 * During handoff the bot does not answer for the agent: every message goes to the desks. While nobody has
 * accepted the ticket yet, the bot still does what it can by itself and answers before the queue line: a change
 * of mind ("no person needed, just redeliver it") withdraws the request for a person and the bot takes what is
 * asked instead (`'bot'`); a phone or email is added to the ticket; last-4 digits are checked and noted for the
 * agent; when the parcel comes, where it is, when the ticket will be resolved and questions about the rules are
 * answered; a tracking question with a number or a change to the delivery (with the proof it asks for) is left to
 * the bot's usual handling (`'bot'`); anything else is said to be on the ticket for the agent. The wait is said
 * in full once; after that in one short line with the place in the queue. Once an agent has the ticket, the bot
 * stays quiet, except to say that a change of mind is theirs to act on.
 */
export async function handleWaitingForAgent(turn: Turn): Promise<'answered' | 'bot' | 'intake'> {
  const { services, conversation } = turn;
  const asked = conversation.ticketId ? await services.store.tickets.get(conversation.ticketId) : undefined;
  if (!asked || asked.customerId !== turn.customer.id) return 'answered';
  // "cancel the complaint please" while it waits for an agent (none has it yet): the complaint itself taken back, once
  // confirmed — not only the request for a person, which would leave it open with nobody on it. With an agent on it,
  // the agent handles what is said (below).
  if (asked.status === 'pending_agent' && asked.origin !== 'handoff' && (await answerWithdrawal(turn, asked)))
    return 'answered';
  const changeOfMind = withdrawsHandoff(turn.text);
  if (asked.status === 'in_progress') {
    if (changeOfMind && asked.assignee) {
      const agent = services.handoff.shownName({ id: asked.assignee, supervisor: false }, turn.locale);
      await reply(turn, say(turn, 'human.agentHasIt', { agent, number: asked.number }));
    }
    return 'answered';
  }
  // "算啦 唔等啦", "forget it, I'll post on weibo": giving up on the wait is anger at it, not a change of mind — the
  // case stays with the team, and the customer hears who answers, when and where (blind batch 19: 08.5, 27.6).
  if (changeOfMind && givesUpOnWait(turn)) return keepCaseOpen(turn, asked);
  if (changeOfMind) {
    const { withdrawn, ticket: after, conversation: back } = await services.handoff.withdraw(asked.id, conversation);
    if (withdrawn) {
      turn.data.declinedPerson = true;
      turn.conversation = back;
      services.directory.remember(turn.context, { customer: turn.customer, conversation: back });
      turn.data.waitingSaid = undefined;
      const intake = turn.data.handedOffIntake;
      turn.data.handedOffIntake = undefined;
      if (after.status !== 'withdrawn') {
        await reply(turn, say(turn, 'human.withdrawn', { number: asked.number }));
      } else {
        noteOutcome(turn.context, 'cancelled');
        // "不用转了 你先帮我登记吧": the complaint they were telling goes on from where it was.
        const resume = intake && (wantsItLogged(turn) || readsIntoIntake(turn));
        // "I don't want to sit in a queue, just log a complaint" with no complaint begun: the one told when the person
        // was asked for ("…is 3 days late, get me a human") is taken down by the bot (batch 18 07.2).
        const logIt = !intake && wantsItLogged(turn) && asked.description.trim() !== '';
        const told = say(turn, 'human.withdrawnClosed', { number: asked.number });
        const next =
          intake || logIt ? say(turn, resume || logIt ? 'human.withdrawnResume' : 'human.withdrawnNotFiled') : '';
        await reply(turn, [told, next].filter(Boolean).join('\n'));
        if (resume) {
          turn.data.handedOffIntake = intake;
          return 'intake';
        }
        if (logIt) {
          turn.data.leftComplaint = {
            ...(asked.trackingNumbers[0] ? { trackingNumber: asked.trackingNumbers[0] } : {}),
            ...(asked.category !== 'other' ? { category: asked.category } : {}),
            description: asked.description,
            describedEnough: true,
          };
          turn.reading = { ...turn.reading, intent: 'complaint', category: asked.category };
          return 'bot';
        }
      }
      // "…just redeliver it", "…just speed it up": what they ask instead is the bot's to do, as without a hand-off
      // (said in place of a person, "加快處理" is about the parcel, not the ticket's handling).
      if (turn.data.lastTracking && deliveryChangeKind(turn.text, turn.reading)) {
        turn.reading = { ...turn.reading, intent: 'change_delivery' };
        return 'bot';
      }
      if (botCanDo(turn)) return 'bot';
      // "算啦唔使喇，我自己問你。油麻地有冇門市？幾點開？": the question asked instead is answered now, not only the
      // withdrawal (blind batch 23: 29.2).
      const asksInstead = waitingFaq(turn);
      if (asksInstead) await handleFaq(turn, asksInstead);
      return 'answered';
    }
  }
  // "还有我上周那个投诉 C-… 怎么样了": another ticket named by its number is answered only when it is this customer's
  // own (as ticket_status checks); anyone else's, or none, is never shown nor named back — the same words either way.
  const earlier = await earlierTicketNamed(turn, asked);
  if (earlier) {
    const own = earlier.ticket;
    await reply(turn, own ? describeTicket(turn, own, 'tickets.detail') : say(turn, 'tickets.cannotShow'));
    // Then where the ticket waiting stands: one short line after an answer, the wait line otherwise.
    return sayWaitLine(turn, asked, own !== undefined);
  }
  // "Now the second one, JT…, we want an apology": another parcel's complaint is a ticket of its own, taken down by the
  // bot while this one waits (blind-14 21.4) — not a note on the ticket waiting.
  if (otherParcelComplaint(turn, asked)) return 'bot';
  const contact = await addContact(turn, asked);
  if (!contact && botCanDo(turn)) return 'bot';
  // "ok thx bye", "好吧 謝謝": the customer is leaving — the ticket stays with the team and the answer comes here; not
  // the queue line again. "提交吧" while waiting: there is nothing left to submit (blind-12 25.4, 13.4, 13.5).
  const closing = !contact && leavesWhileWaiting(turn);
  if (closing || (!contact && wantsFiled(turn.text) && !asksQuestion(turn.text))) {
    const within = services.replies.within(turn.locale, services.clock.now(), asked.deadlines.firstResponse);
    const key = closing ? 'human.goodbyeWaiting' : 'human.alreadyWithTeam';
    await reply(turn, say(turn, key, { number: asked.number, within }));
    return 'answered';
  }
  // An impatient or unheard customer ("are you even listening", "到底有没有人") hears first that they are heard, in a
  // line not said last time — not only the wait line again (blind batch 15, 07.4).
  if (!contact && impatientWhileWaiting(turn.reading, turn.text)) await reply(turn, acknowledge(turn, 'impatient'));
  // "When will I get the compensation?" asks about the money, not the wait: the claim rules and the ticket's
  // deadline. Then what the bot knows itself; "by the way, how does insurance pay out?" from the FAQ.
  const payout = contact ? undefined : payoutAsked(turn.text);
  if (payout) await reply(turn, payoutAnswer(turn, asked, payout));
  // "赔偿唔使 道个歉就得" while it waits: what they want, changed on the ticket and said back (filed-demand-change.ts).
  const demandChanged = contact || payout ? undefined : await changeFiledDemands(turn, asked);
  if (demandChanged) await reply(turn, demandChanged);
  // "可唔可以退返運費俾我" while a late parcel's case waits: the courier's rule on money back for lateness, which the
  // agent sees to — not the parcel's status again (blind batch 19: 30.5).
  // ("3 days late, do I get anything back?" while a hand-off ticket waits: the same rule — blind batch 23: 10.3.)
  const lateRefund =
    contact || payout || demandChanged
      ? undefined
      : asked.category === 'delay' && caseQuestionIn(turn.text) === 'refund'
        ? ruleOn(turn, 'lateRefund')
        : await lateRefundAnswer(turn, asked.trackingNumbers[0] ?? turn.data.lastTracking);
  if (lateRefund) await reply(turn, lateRefund);
  // ("and the first one, still tomorrow?" of two parcels shown together: that one, not the ticket's — blind batch 23: 01.6.)
  const parcel = listedParcelNamed(turn) ?? asked.trackingNumbers[0] ?? turn.data.lastTracking;
  // "Actually forget the call … how does compensation work for a lost parcel, I didn't buy insurance?": the call is
  // taken off the ticket, and the claim rule with its cap for this parcel is said (blind batch 23: 04.5).
  const callOff = contact ? undefined : await withdrawCall(turn, asked);
  if (callOff) await reply(turn, callOff);
  const compensation =
    contact || payout || lateRefund || demandChanged ? undefined : await compensationAnswer(turn, parcel);
  if (compensation) await reply(turn, compensation);
  // "I want a supervisor to look at this": the ticket flagged for the supervisors, said so (blind batch 35b: 05.2).
  const supervisor =
    contact || payout || lateRefund || callOff || compensation ? undefined : await askSupervisor(turn, asked);
  if (supervisor) await reply(turn, supervisor);
  const told = Boolean(lateRefund || callOff || compensation || supervisor || demandChanged);
  // "Please make sure someone calls me": the call goes on the ticket, and the number for it is asked for when we have
  // none (blind-13 28.5 heard only the queue line).
  // ("I want a supervisor to call me back": the supervisor asked for does not keep the call off the ticket.)
  const callBack =
    contact || payout || lateRefund || callOff || compensation
      ? undefined
      : callBackAsked(turn, turn.data.handedOffIntake);
  if (callBack) await reply(turn, callBack.line);
  // ("那大概什么时候能送到呢，运费能退吗": when it comes is answered beside the rule on the fee — blind batch 46a: 07.4.)
  // ("13811206666 any time after 2pm. and where is the parcel now, will it come today": the number taken, and where it
  // is answered too — blind batch 46a: 01.3.)
  const question = told || contact ? parcelQuestionIn(turn.text) : undefined;
  const parcelAsked = question === 'arrival' || question === 'where' || question === 'timeOfDay';
  const answered =
    (contact && !parcelAsked ? contact : undefined) ||
    (!payout && (!told || parcelAsked) && !callBack && (await answerWhileWaiting(turn, asked, parcel))) ||
    contact;
  // (The request for a person may have joined the customer's earlier complaint meanwhile: its queue line is said.)
  const joined = turn.conversation.ticketId === asked.id ? undefined : turn.conversation.ticketId;
  const ticket = (joined ? await services.store.tickets.get(joined) : undefined) ?? asked;
  // "Do you do pickups from my place?", "is there a minimum?" after the business account's entry: answered from the
  // knowledge while the ticket waits (the agent sees it too), not only "added to the ticket" (batch 22: 01.4).
  const known =
    !answered && !payout && !told && !callBack
      ? (await answerBusinessFollowUp(turn, false)) ||
        (await answerSendingQuestion(turn)) ||
        (await answerRuleAside(turn))
      : false;
  const faq = answered || payout || told || callBack || known ? undefined : waitingFaq(turn);
  if (faq) await handleFaq(turn, faq);
  const within = services.replies.within(turn.locale, services.clock.now(), ticket.deadlines.firstResponse);
  const said = turn.data.waitingSaid ?? 0;
  turn.data.waitingSaid = said + 1;
  const queue = await services.store.tickets.find({ status: ['pending_agent'], order: 'queue', limit: 500 });
  const position = queue.findIndex((t) => t.id === ticket.id) + 1 || queue.length + 1;
  // After an answer, the queue is one short sentence.
  if (answered === 'answer' || payout || told || faq || callBack || known) {
    await reply(turn, say(turn, 'human.queueShort', { number: ticket.number, position, within }));
    return 'answered';
  }
  // Anything the bot cannot act on is the agent's: the customer hears it is on the ticket, not only the queue.
  const added =
    !answered && !aboutTheWait(turn) ? `${say(turn, 'human.addedForAgent', { number: ticket.number })} ` : '';
  if (said === 0 && !answered) {
    await reply(
      turn,
      added + say(turn, 'human.waiting', { number: ticket.number, within }) + outOfHoursNotice(turn, ticket.number),
    );
    return 'answered';
  }
  if (added) {
    await reply(turn, added + say(turn, 'human.queueShort', { number: ticket.number, position, within }));
    return 'answered';
  }
  await reply(turn, say(turn, 'human.stillWaiting', { number: ticket.number, position, within }));
  return 'answered';
}

// "不用真人了", "不需要人工了", "唔使真人喇", "不找客服了", "不用转了", "never mind the person", "forget the agent",
// "I don't need a person anymore", "no need for an agent", "no agent", "I don't want to sit in a queue", "不想排队":
// the customer takes back their request for a person.
const NO_PERSON =
  /(不用|不需要|不要|唔使|唔駛|唔需要|唔要|免|不找|唔搵|不等)(了|啦|喇)?\s*(转|轉|找|搵|等)?\s*(真人|人工|客服|人手|專人|专人)|(不用|不需要|唔使|唔駛|唔需要|免)(了|啦|喇)?\s*((转|轉)(了|啦|喇)?|(搵|找)人)|(never ?mind|forget( about)?|skip|drop)\s+(the|a|an)?\s*(real\s+)?(person|human|agent|people)|(don'?t|do not|no longer)\s+(need|want)\s+(to\s+(talk|speak)\s+to\s+)?(a|an|the)?\s*(real\s+)?(person|human|agent|someone)|\bno (need for|more) (a |an |the )?(real )?(person|human|agent)|\bno (real )?(agent|person|human)s?\b|\b(cancel|withdraw)\s+(the|my)?\s*(request for a (person|human|agent)|hand-?off|agent request)|\b(don'?t|do not|no longer)\s+(want|need|wanna)\s+(to\s+)?(sit|wait|be|stay|stand|queue)\s*(in|on)?\s*(a|the|any|your|this)?\s*(queue|line)\b|\b(don'?t|do not)\s+(put|keep|leave)\s+me\s+(in|on)\s+(a|the|any|your|this)?\s*(queue|line|hold)\b|(不想|不要|不用|唔想|唔要|唔使|唔駛|不需要)(再)?(排队|排隊|等人工|等客服|等真人)/i;

// While the customer waits for a person, a clause that only gives up: "算了 不用了" (or "算了不用了"), "唔等喇 算數", "不想等了",
// "算了不投诉了", "forget it", "never mind", "I won't wait".
const GIVES_UP =
  /^(算了|算啦|算數|算数|不用了|不用啦|不需要了|唔使喇|唔使啦|唔使了|唔駛喇|唔等喇|唔等啦|唔等了|唔想等喇|不等了|不想等了|不等啦)+$|^(算了|算啦|咁)?(不|唔|唔使)(投诉|投訴|客诉|客訴)(了|啦|喇|住)?$|^(forget it|never ?mind|don'?t bother|(i )?(won'?t|will not|can'?t) wait( any ?more| any longer)?)$/i;

// A word before the clause that changes nothing: "actually never mind", "oh forget it", "哎 算了".
const LEAD_IN = /^(actually|oh|ok(ay)?|well|um+|uh+|hmm+|nah|no|so|just|哎|唉|咁|那|那就|诶|欸)[\s,，]*/i;

/** "不用转人工了", "no need for an agent": the person named and not wanted (a bare "算了" is not about the person). */
export const saysNoPerson = (text: string): boolean => NO_PERSON.test(text);

/** The customer no longer wants a person: "never mind the agent, just…", "算了 不用了", or a cancel while they wait. */
export const withdrawsHandoff = (text: string): boolean =>
  !DENIES_WITHDRAWING.test(text) && (NO_PERSON.test(text) || saysCancel(text) || givesUpOnly(text));

// "谁说不要人工了？？", "who said I don't want an agent": the person still wanted, said against a withdrawal (54b: 09.7).
const DENIES_WITHDRAWING =
  /(谁|誰|边个|邊個|邊个)(说|說|话|話)(过|過|咗)?(我)?(不要|唔要|不用|唔使|不需要)|我(没|沒|冇|从来没|從來沒)(有)?(说|說|话|話)(过|過)?(不要|唔要|不用|唔使|不需要)|\bwho said (that )?i (don'?t|do not|didn'?t|did not) (want|need)\b|\bi (never|didn'?t|did not) say i (don'?t|didn'?t|did not) (want|need)\b/i;

// What a message asks for after its "算了": "那算了，明天上午之前必须送到" gives up on what was just answered (today's
// delivery) and wants the next thing — the person waited for is not what is let go (blind batch 54b: 09.6 closed it).
// (Of the parcel: "never mind, I have to go", "算了算了 我要睡觉了" are leaving — a review of 217df6f.)
// ("算啦，叫真人打畀我", "never mind, just have someone call me": a person still wanted, by phone — blind batch 55b: 15.6
// closed the ticket.)
const WANTS_NEXT =
  /真人|人工|客服|專人|专人|(打|致电|致電|回电|回電)(个|個)?(电话|電話)?(畀|俾|给|給)我|打返(畀|俾)我|\b(call|ring|phone) me\b|\b(a |an )?(person|human|agent|someone|somebody) (to )?(call|ring|phone|contact)\b|(必须|必須|一定要|要求|我要|(给|給|俾|畀)我|能不能|可不可以|可唔可以|(能|可以|会|會))[^，。,.?？]{0,12}(送|派|到|寄|拿|取|攞)|\b(must|have to|need|want|i expect|can you|could you|will it|is it)\b[^.?!]{0,24}\b(deliver\w*|arriv\w*|come|here|tomorrow|today|parcel|package)\b/i;

/** A clause that only gives up ("算了 不用了", "never mind"), with nothing wanted after it in the message. */
function givesUpOnly(text: string): boolean {
  // Chinese clauses stand between spaces ("算了 不用了"); English ones between marks ("actually never mind, forget it").
  const clauses = [...text.split(/[\s,，。.!！;；]+/), ...text.split(/[,，。.!！;；]+/)].map((clause) =>
    clause.trim().replace(LEAD_IN, '').trim(),
  );
  const given = clauses.filter((clause) => GIVES_UP.test(clause));
  if (given.length === 0) return false;
  const rest = given.reduce((left, clause) => left.replace(clause, ' '), text);
  return !WANTS_NEXT.test(rest);
}

// "唔等啦", "不想等了", "I won't wait", "done waiting": the wait given up on — not the person or the case.
const WAIT_GIVEN_UP =
  /唔等|不等|不想等|唔想等|等唔到|等不了|等不到|等不起|懒得等|懶得等|\b(won'?t|will not|can'?t|cannot|not going to|not gonna|refuse to) wait\b|\bdone waiting\b|\b(tired|sick) of waiting\b|\bwaited (long )?enough\b/i;
// "不用真人了", "no need for an agent": the person is not needed — a change of mind, whatever the wait.
const NO_NEED = /不用|不需要|唔使|唔駛|唔需要|\bno need\b|\b(don'?t|do not|no longer) (need|want)\b/i;

/**
 * The customer gives up on the wait rather than on the case: a threat to take it further ("I'll post on weibo"), or
 * only the wait refused ("算啦 唔等啦") with nothing said against the person or the complaint — no cancel, no "不用了",
 * no request to just log it.
 */
function givesUpOnWait(turn: Turn): boolean {
  if (turn.reading.signals.escalationThreat) return true;
  const { text } = turn;
  return WAIT_GIVEN_UP.test(text) && !NO_NEED.test(text) && !saysCancel(text) && !wantsItLogged(turn);
}

/**
 * The ticket stays in the queue as it was (the complaint joined to it too); the customer hears that it is not closed,
 * who contacts them, when and where, and a threat is noted on the ticket for the agent.
 */
async function keepCaseOpen(turn: Turn, ticket: Ticket): Promise<'answered'> {
  const { services } = turn;
  const threat = turn.reading.signals.escalationThreat;
  if (threat) await services.tickets.addNote(ticket.id, 'customer', 'threat to escalate', `${threat}: ${turn.text}`);
  const within = services.replies.within(turn.locale, services.clock.now(), ticket.deadlines.firstResponse);
  const lines = [say(turn, 'human.waitGivenUp', { number: ticket.number, within })];
  if (threat) lines.push(say(turn, 'human.threatNoted'));
  await reply(turn, lines.join('\n'));
  return 'answered';
}

// "你先帮我登记吧", "你幫我記錄就好", "just log a complaint", "file it": the complaint itself is still wanted.
const LOG_IT =
  /登记|登記|记录|記錄|记下|記下|记低|記低|[记記]一下|(?<![不唔使别別])(投诉|投訴|客诉|客訴)|提交|\b(log|record|file|register|submit|note)\b|\bcomplain/i;

/** The withdrawal asks for the complaint to be taken down all the same. */
const wantsItLogged = (turn: Turn): boolean => LOG_IT.test(turn.text);

/** The withdrawal carries what the complaint still needed: a phone or an email. */
function readsIntoIntake(turn: Turn): boolean {
  const { services } = turn;
  const { phones, emails } = services.nlu.analyze(turn.text, services.clock.now(), turn.locale).entities;
  return phones.length > 0 || emails.length > 0;
}

/** "ok thx bye", "好吧 謝謝", "拜拜": a thank-you or goodbye with nothing asked or told besides. */
function leavesWhileWaiting(turn: Turn): boolean {
  const { reading, text } = turn;
  if (asksQuestion(text) || reading.entities.trackingNumbers.length > 0) return false;
  if (saysGoodbye(text)) return true;
  return reading.intent === 'thanks' && saysThanks(text) && !thanksNotMeant(reading, text) && text.trim().length <= 30;
}

/** "How long until someone answers?", "人工！", "在吗": about the wait itself, answered by the wait line. */
function aboutTheWait(turn: Turn): boolean {
  const { intent } = turn.reading;
  // ("status of my complaint", "而家跟到邊？": where the case stands — the queue line answers it, nothing to add.)
  if (ABOUT_THE_WAIT.test(turn.text) || asksReplyTime(turn.text) || asksHowFarAlong(turn.text)) return true;
  // "C-… 进度如何": a ticket asked about by number hears where the customer's own one stands, nothing of others'.
  if (findTicketNumber(turn.text)) return true;
  if (intent === 'human' || intent === 'greeting' || intent === 'thanks') return true;
  // "在吗", "hello??", "!!!": nothing for the agent to read.
  return turn.text.replace(/[\s\p{P}\p{S}]/gu, '').length <= 3;
}

// "要多久才能处理好", "幾時搞掂", "how long until it's resolved", "when will this be sorted out".
const RESOLVED =
  /(多久|多长时间|多長時間|几时|幾時|幾耐|什么时候|什麼時候|几天|幾天)[^，。,.?？]{0,8}(处理好|處理好|处理完|處理完|解决|解決|搞掂|搞定|有结果|有結果|办好|辦好)|\b(how long|when)\b[^.?!]{0,40}\b(resolved?|sorted( out)?|fixed|settled|solved|closed|done)\b|\bhow long\b[^.?!]{0,20}\b(complaint|ticket|case)\b[^.?!]{0,12}\btake\b/i;

// "什么状态", "進度點", "what's its status", "any progress": where a case stands.
const STATUS_WORDS = /状态|狀態|进度|進度|进展|進展|\b(status|progress)\b/i;
// "跟到邊", "处理到哪一步了", "where are we at", "any update?": how far the case has got.
const HOW_FAR =
  /跟到(边|邊|哪)|跟进到|跟進到|(到|去到)(哪|边|邊)一步|(处理|處理|搞)到(哪|边|邊)|\bwhere (are|is) (we|it|things|this) (up to|at)\b|\bany (news|updates?)\b/i;
const asksHowFarAlong = (text: string): boolean => (STATUS_WORDS.test(text) || HOW_FAR.test(text)) && text.length <= 60;

const TICKET_WORDS = /案子|案件|工单|工單|客訴|客诉|投诉|投訴|\b(complaint|ticket|case)\b/i;

/**
 * What the bot answers by itself while the customer waits, before the queue line: when the ticket will be
 * resolved, when the parcel comes or where it is, last-4 digits (checked, and noted for the agent), the status
 * of the ticket, a parcel the message names (its status, and it joins the ticket). `'answer'` when it answered.
 */
async function answerWhileWaiting(turn: Turn, ticket: Ticket, parcel: string | undefined): Promise<'answer' | false> {
  const { services, text, reading } = turn;
  // "要幾耐先寄得返嚟", "what are you doing about it?": the team's steps for it, with the resolution deadline.
  const steps = await stepsWhileWaiting(turn, ticket);
  if (steps) {
    await reply(turn, steps);
    return 'answer';
  }
  if (RESOLVED.test(text)) {
    const deadline = services.replies.dateTime(turn.locale, ticket.deadlines.resolution, services.timeZone);
    await reply(turn, say(turn, 'human.resolveBy', { number: ticket.number, deadline }));
    return 'answer';
  }
  const parcelNamed = reading.entities.trackingNumbers[0]?.number;
  const bare = digitsWritten(text).trim();
  const digits = labelledLastFour(text) ?? (/^\d{4}$/.test(bare) ? bare : undefined);
  if (digits && parcel && !parcelNamed) {
    await handleVerification(turn, digits, parcel);
    if (turn.data.verified.includes(parcel))
      await reply(turn, say(turn, 'human.proofNoted', { number: ticket.number }));
    return 'answer';
  }
  if (parcelNamed) {
    const lookup = await lookUpParcel(services, parcelNamed);
    if (lookup.kind !== 'found') {
      const ownNumber = lookup.kind === 'unknown' ? numberOnTicket(turn, ticket, parcelNamed) : undefined;
      const problem = ownNumber ?? lookupProblem(services, turn.locale, lookup, spokenRegister(turn));
      if (problem) await reply(turn, problem);
      return false;
    }
    turn.data.lastTracking = parcelNamed;
    // "It's about the complaint I made last week on <number>": that complaint is what the person is for.
    if (refersToEarlierComplaint(text) && (await earlierComplaintWhileWaiting(turn, ticket, parcelNamed)))
      return 'answer';
    await services.tickets.addParcel(ticket.id, parcelNamed, 'customer');
    const lines = await trackingAnswer(services, turn.context, turn.locale, lookup, spokenRegister(turn));
    await reply(turn, lines.join('\n'));
    // "單號JT… 我係收件人 1111": the digits given with the number are checked against it, and noted for the agent.
    const given = labelledLastFour(text.replace(parcelNamed, ' '));
    if (given) {
      await handleVerification(turn, given, parcelNamed);
      if (turn.data.verified.includes(parcelNamed))
        await reply(turn, say(turn, 'human.proofNoted', { number: ticket.number }));
    }
    return false;
  }
  // "那我剛剛那個案子處理到哪了？": the case, not the parcel; "你哋幾時會覆我？": the wait (the wait line says it).
  const aboutTicket = TICKET_WORDS.test(text) || reading.intent === 'ticket_status';
  const named = findTicketNumber(text);
  // "So what's the status?" after the earlier complaint was looked for and not found: about that one, not about the
  // request for a person opened a moment ago.
  const sought = turn.data.complaintSought;
  const asksStatus = aboutTicket || STATUS_WORDS.test(text);
  if (asksStatus && !named && sought && asksQuestion(text) && !ABOUT_THE_WAIT.test(text) && !asksReplyTime(text)) {
    const own = await services.tickets.forCustomerOnParcel(turn.customer.id, sought);
    if (!own.some((t) => t.id !== ticket.id)) {
      await reply(turn, say(turn, 'human.earlierStillNotFound', { parcel: sought, number: ticket.number }));
      return 'answer';
    }
  }
  if (
    aboutTicket &&
    (!named || named === ticket.number) &&
    asksQuestion(text) &&
    !ABOUT_THE_WAIT.test(text) &&
    !asksReplyTime(text)
  ) {
    await reply(turn, describeTicket(turn, ticket, 'tickets.detail'));
    return 'answer';
  }
  if (parcel && !aboutTicket && asksAboutParcel(text)) {
    const lookup = await lookUpParcel(services, parcel);
    if (lookup.kind !== 'found') return false;
    const arrival = asksArrival(text) ? arrivalAnswer(turn, lookup) : undefined;
    await reply(
      turn,
      arrival ?? (await trackingAnswer(services, turn.context, turn.locale, lookup, spokenRegister(turn))).join('\n'),
    );
    return 'answer';
  }
  return false;
}

/** The customer's message of this turn, as it goes on a ticket's transcript. */
function messageOf(turn: Turn) {
  return {
    text: turn.text,
    attachments: turn.services.evidenceOf(turn.context.activity),
    createdAt: turn.services.clock.now().toISOString(),
  };
}

/**
 * While the customer waits for a person, they name the parcel of a complaint they made before (issue #17, blind-13
 * 28.2, 28.4): their own complaint on it is what the person is for, and they hear its status. One still open takes
 * the hand-off over — the request for a person moves to it (a ticket opened only to reach a person is withdrawn), so no
 * second ticket stands for the same case; one already closed is shown. None found: the customer hears so, and that
 * the agent will look it up (made by phone or at an outlet, it is not here). False when the hand-off is on a
 * complaint about another parcel and nothing of the customer's is on this one (the parcel is the agent's to see).
 */
async function earlierComplaintWhileWaiting(turn: Turn, ticket: Ticket, parcel: string): Promise<boolean> {
  const { services } = turn;
  turn.data.complaintSought = parcel;
  // The hand-off is on that very complaint already: its status.
  if (ticket.origin !== 'handoff' && ticket.trackingNumbers.includes(parcel)) {
    await reply(turn, describeTicket(turn, ticket, 'tickets.detail'));
    return true;
  }
  const own = (await services.tickets.forCustomerOnParcel(turn.customer.id, parcel)).filter((t) => t.id !== ticket.id);
  const open = own.find((t) => OPEN_STATUSES.includes(t.status));
  if (open) {
    const note = `the customer's request for a person moves to their complaint ${open.number} on ${parcel}`;
    const { withdrawn, ticket: left } = await services.tickets.withdrawAgentRequest(ticket.id, 'bot', note);
    if (withdrawn) {
      const handedOff = await services.handoff.start(open.id, turn.conversation, 'customer asked for a person');
      // (Every desk sees the request leave the ticket it was on.)
      await services.handoff.refresh(left);
      turn.conversation = handedOff.conversation;
      services.directory.remember(turn.context, { customer: turn.customer, conversation: turn.conversation });
      await services.handoff.customerWrote(open.id, messageOf(turn));
      const status = describeTicket(turn, handedOff.ticket, 'tickets.detail');
      await reply(turn, [status, say(turn, 'human.joinedEarlier', { number: open.number })].join('\n'));
      return true;
    }
  }
  const earlier = open ?? own[0];
  if (!earlier && ticket.origin !== 'handoff') return false;
  if (ticket.origin === 'handoff') await services.tickets.addParcel(ticket.id, parcel, 'customer');
  if (earlier) {
    await reply(turn, describeTicket(turn, earlier, 'tickets.detail'));
    return true;
  }
  const lookup = await lookUpParcel(services, parcel);
  const lines =
    lookup.kind === 'found'
      ? await trackingAnswer(services, turn.context, turn.locale, lookup, spokenRegister(turn))
      : [];
  await reply(turn, [...lines, say(turn, 'human.earlierNotFound', { parcel, number: ticket.number })].join('\n'));
  return true;
}

/** A phone or email sent while waiting: kept on the customer and the ticket, and the customer told so. */
async function addContact(turn: Turn, ticket: Ticket): Promise<boolean> {
  const { services } = turn;
  const { phones, emails } = services.nlu.analyze(turn.text, services.clock.now(), turn.locale).entities;
  const phone = phones[0]?.e164;
  const email = emails[0];
  if (!phone || phone === ticket.customer.phone) {
    if (!email || email === ticket.customer.email) return false;
  }
  const contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  turn.customer = await saveContact(services, turn.customer, contact);
  const now = services.clock.now().toISOString();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = attempt === 0 ? ticket : await services.store.tickets.get(ticket.id);
    if (!current) break;
    try {
      await services.store.tickets.update({ ...current, customer: { ...current.customer, ...contact } }, now);
      break;
    } catch (err) {
      // An agent changed the ticket meanwhile: read it again and add the contact to what they wrote.
      if (!(err instanceof VersionConflictError)) throw err;
    }
  }
  const shown = [phone, email].filter(Boolean).join(', ');
  await reply(turn, say(turn, 'human.contactAdded', { contact: shown, number: ticket.number }));
  return true;
}

/** What the bot does itself while the customer waits: where a parcel is, a change to its delivery and its proof. */
/**
 * A complaint about a parcel other than the waiting ticket's: named with a problem or a demand, or the parcel offered
 * once the ticket was filed. Read as a complaint from here on.
 */
function otherParcelComplaint(turn: Turn, asked: Ticket): boolean {
  const { data, reading, text } = turn;
  // (A hand-off ticket about no parcel yet takes the one named as its own: the agent sees it there.)
  // ("I mean the earlier complaint I filed about JT…" points at a complaint made before, not a new one.)
  if (asked.trackingNumbers.length === 0 || refersToEarlierComplaint(text) || findTicketNumber(text)) return false;
  const number = reading.entities.trackingNumbers.find((t) => !asked.trackingNumbers.includes(t.number))?.number;
  if (!number) return false;
  const offered = data.suggestedCategory !== undefined && data.lastTracking === number;
  const complains = reading.intent === 'complaint' || reading.entities.demand !== null || wantsToComplain(text);
  if (!offered && !complains) return false;
  turn.reading = { ...reading, intent: 'complaint' };
  return true;
}

function botCanDo(turn: Turn): boolean {
  const { data, reading, text } = turn;
  if (data.deliveryChange && !data.deliveryChange.recorded) return true;
  if (data.verifyTracking && labelledLastFour(text)) return true;
  if (reading.intent === 'track' && reading.entities.trackingNumbers.length > 0) return true;
  if (
    asksToChangeDelivery(text, reading) ||
    (reading.intent === 'change_delivery' && deliveryChangeKind(text, reading))
  ) {
    turn.reading = { ...reading, intent: 'change_delivery' };
    return true;
  }
  return false;
}

const ABOUT_THE_WAIT =
  /多久|多长时间|多長時間|幾耐|几时有人|幾時有人|有人(联系|聯絡|聯繫|搵|找)|how long|someone (get|call|contact|reply)|gets? back to me/i;

// "保价怎么赔", "點樣賠", "how do I claim": a question without a question mark.
const HOW = /怎么|怎麼|点样|點樣|[点點][赔賠计計]|\bhow\b/i;

/** A question about the courier's rules or places asked while the customer waits for a person. */
function waitingFaq(turn: Turn): FaqIntent | undefined {
  const { intent, confidence } = turn.reading;
  // "How long until someone gets back to me?" asks about the wait, whatever rule its words resemble.
  if (ABOUT_THE_WAIT.test(turn.text)) return undefined;
  const asks = asksQuestion(turn.text) || HOW.test(turn.text);
  const topical = intent.startsWith('faq.') && asksAboutTopic(turn.services.knowledge, intent as FaqIntent, turn.text);
  if (topical && confidence >= 0.5 && asks) return intent as FaqIntent;
  return faqAsked(turn.text);
}
