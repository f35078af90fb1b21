import type { Ticket } from '../tickets/records';
import { OPEN_STATUSES } from '../tickets';
import { channelOf } from './channels';
import { reply, say, type FaqIntent, type Turn } from './turn';
import { handleFaq } from './handlers';
import { asksAboutTopic } from './faq-topics';
import { asksQuestion, faqAsked, labelledLastFour } from './message-cues';
import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind } from './delivery-change-reading';
import { accountOf, saveContact } from './file-complaint';
import { VersionConflictError } from '../store/errors';
import type { IntakeState } from './intake-state';
import { ANOMALY_CATEGORY, lookUpParcel, lookupProblem, parcelNamedIn, shipmentFields } from './parcel-answer';
import { payoutAnswer, payoutAsked } from './ticket-questions';

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
    by: 'bot',
  });
  return ticket;
}

/** Hands the conversation to the agent desk: marks the ticket pending_agent and shows it to agents. */
export async function handleHuman(turn: Turn, reason: string, intake?: IntakeState): Promise<void> {
  const { services } = turn;
  const ticket = await handoffTicket(turn, intake);
  const handedOff = await services.handoff.start(ticket.id, turn.conversation, reason);
  turn.conversation = handedOff.conversation;
  services.directory.remember(turn.context, { customer: turn.customer, conversation: turn.conversation });
  const within = services.replies.within(turn.locale, services.clock.now(), handedOff.ticket.deadlines.firstResponse);
  const number = handedOff.ticket.number;
  // A number this message names that is mistyped or unknown is said so: the customer can check it meanwhile.
  const lookup = await parcelNamedIn(services, turn.reading.entities);
  const problem = lookup ? lookupProblem(services, turn.locale, lookup) : undefined;
  const created = say(turn, 'human.created', { number, within }) + outOfHoursNotice(turn, number);
  await reply(turn, problem ? `${problem}\n${created}` : created);
}

/**
 * During handoff the bot does not answer for the agent: every message goes to the desks. While nobody has
 * accepted the ticket yet, the bot still does what it can by itself — a phone or email is added to the ticket,
 * a question about the rules is answered from the FAQ, and a tracking question or a change to the delivery
 * (with the proof it asks for) is left to the bot's usual handling (`'bot'`). The customer hears the wait in
 * full once; after that in one short line with their place in the queue.
 */
export async function handleWaitingForAgent(turn: Turn): Promise<'answered' | 'bot'> {
  const { services, conversation } = turn;
  const ticket = conversation.ticketId ? await services.store.tickets.get(conversation.ticketId) : undefined;
  if (!ticket || ticket.customerId !== turn.customer.id) return 'answered';
  await services.handoff.customerWrote(ticket.id, {
    text: turn.text,
    attachments: services.evidenceOf(turn.context.activity),
    createdAt: services.clock.now().toISOString(),
  });
  if (ticket.status === 'in_progress') return 'answered';
  const contact = await addContact(turn, ticket);
  if (!contact && botCanDo(turn)) return 'bot';
  // "When will I get the compensation?" asks about the money, not the wait: the claim rules and the ticket's
  // deadline. "By the way, how does insurance pay out?": answered from the FAQ. Then the wait is said again.
  const payout = contact ? undefined : payoutAsked(turn.text);
  if (payout) await reply(turn, payoutAnswer(turn, ticket, payout));
  const faq = contact || payout ? undefined : waitingFaq(turn);
  if (faq) await handleFaq(turn, faq);
  const within = services.replies.within(turn.locale, services.clock.now(), ticket.deadlines.firstResponse);
  const said = turn.data.waitingSaid ?? 0;
  turn.data.waitingSaid = said + 1;
  if (said === 0 && !contact && !faq && !payout) {
    await reply(
      turn,
      say(turn, 'human.waiting', { number: ticket.number, within }) + outOfHoursNotice(turn, ticket.number),
    );
    return 'answered';
  }
  const queue = await services.store.tickets.find({ status: ['pending_agent'], order: 'queue', limit: 500 });
  const position = queue.findIndex((t) => t.id === ticket.id) + 1 || queue.length + 1;
  await reply(turn, say(turn, 'human.stillWaiting', { number: ticket.number, position, within }));
  return 'answered';
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
