import { MessageFactory, type TurnContext } from 'botbuilder';
import type { ComplaintCategory, Locale, NluResult } from '../nlu';
import type { Conversation, Customer, Ticket } from '../store/records';
import { OPEN_STATUSES, TicketNotFoundError, TicketNotYoursError } from '../tickets';
import { describeShipment, provesLink } from '../tracking';
import { capabilitiesOf, channelOf } from './channels';
import { answerFaq, type FaqTopic } from './knowledge';
import type { ReplyKey, ReplyVars } from './replies';
import type { BotServices } from './services';

/** What the bot remembers about a conversation between turns (ConversationState). */
export interface ConversationData {
  locale?: Locale;
  misunderstandings: number;
  /** A tracking number whose details wait for the last 4 digits of a phone on it. */
  verifyTracking?: string;
  /** Tracking numbers this conversation has proven a link to. */
  verified: string[];
  lastTracking?: string;
  /** The category a tracking answer suggested ("it is late — complain?"). */
  suggestedCategory?: ComplaintCategory;
}

export interface Turn {
  context: TurnContext;
  services: BotServices;
  data: ConversationData;
  customer: Customer;
  conversation: Conversation;
  reading: NluResult;
  /** The complaint the message speaks of even when its intent is something else (a request for a person). */
  complaintCategory?: ComplaintCategory;
  locale: Locale;
}

export function say(turn: Turn, key: ReplyKey, vars?: ReplyVars): string {
  return turn.services.replies.t(turn.locale, key, vars);
}

/** Sends text with quick-reply buttons where the channel shows them; plain text elsewhere. */
export async function reply(turn: Turn, text: string, buttons: { title: string; value: string }[] = []): Promise<void> {
  if (buttons.length > 0 && capabilitiesOf(turn.context.activity.channelId).suggestedActions) {
    const activity = MessageFactory.suggestedActions(
      buttons.map((b) => ({ type: 'imBack', title: b.title, value: b.value })),
      text,
    );
    await turn.context.sendActivity(activity);
    return;
  }
  await turn.context.sendActivity(text);
}

const ANOMALY_CATEGORY: Record<string, ComplaintCategory> = {
  past_promised_date: 'delay',
  no_scan_48h: 'info_error',
  returned: 'other',
};

/** "Where is my parcel": status, last scan, promised date, anomalies; details only after a proven link. */
export async function handleTrack(turn: Turn): Promise<void> {
  const { entities } = turn.reading;
  const number = entities.trackingNumbers[0]?.number;
  if (!number) {
    const invalid = entities.invalidTracking[0]?.number;
    await reply(turn, say(turn, invalid ? 'trackInvalid' : 'askTracking', invalid ? { number: invalid } : {}));
    return;
  }
  let shipment;
  try {
    shipment = await turn.services.shipments.find(number);
  } catch (err) {
    turn.services.logger.warn({ err, number }, 'shipment lookup failed');
    await reply(turn, say(turn, 'trackUnavailable'));
    return;
  }
  if (!shipment) {
    await reply(turn, say(turn, 'trackUnknown', { number }));
    return;
  }
  turn.data.lastTracking = number;
  const now = turn.services.clock.now();
  const view = describeShipment(shipment, now);
  const lines = [
    view.lastScan
      ? say(turn, 'trackStatus', {
          number,
          origin: shipment.origin,
          destination: shipment.destination,
          status: say(turn, `status.${view.status}` as ReplyKey),
          scanTime: turn.services.replies.dateTime(turn.locale, view.lastScan.at, turn.services.timeZone),
          scanPlace: view.lastScan.place,
        })
      : `${number}: ${say(turn, 'trackNoScans')}`,
  ];
  if (view.promisedDate && !view.delivered) lines.push(say(turn, 'trackPromised', { date: view.promisedDate }));
  for (const anomaly of view.anomalies)
    lines.push(say(turn, `anomaly.${anomaly}` as ReplyKey, { days: view.daysLate }));

  const phones = [
    turn.customer.phone,
    ...turn.customer.identities.filter((i) => i.kind === 'phone').map((i) => i.value),
  ];
  const linked =
    turn.data.verified.includes(number) || provesLink(shipment, { phones: phones.filter((p): p is string => !!p) });
  if (linked) {
    lines.push(say(turn, 'trackDetails', detailsOf(shipment)));
  } else {
    lines.push(say(turn, 'trackDetailsHint'));
    turn.data.verifyTracking = number;
  }
  await reply(turn, lines.join('\n'));

  if (view.anomalies.length > 0) {
    turn.data.suggestedCategory = ANOMALY_CATEGORY[view.anomalies[0] as string] ?? 'other';
    const complain = say(turn, 'choice.complain');
    await reply(turn, say(turn, 'offerComplaint'), [
      { title: complain, value: `${complain} ${number}` },
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
  }
}

function detailsOf(shipment: {
  sender: { name?: string; address?: string };
  recipient: { name?: string; address?: string };
}): ReplyVars {
  return {
    senderName: shipment.sender.name ?? '—',
    senderAddress: shipment.sender.address ?? '—',
    recipientName: shipment.recipient.name ?? '—',
    recipientAddress: shipment.recipient.address ?? '—',
  };
}

/** The customer answered the "last 4 digits" question. */
export async function handleVerification(turn: Turn, digits: string): Promise<void> {
  const number = turn.data.verifyTracking as string;
  turn.data.verifyTracking = undefined;
  const shipment = await turn.services.shipments.find(number);
  if (shipment && provesLink(shipment, { last4: digits })) {
    turn.data.verified = [...turn.data.verified, number];
    await reply(turn, say(turn, 'trackDetails', detailsOf(shipment)));
  } else {
    await reply(turn, say(turn, 'last4Wrong'));
  }
}

/** The customer's own tickets, or one of them by number. */
export async function handleTicketStatus(turn: Turn): Promise<void> {
  const number = /\bC-\d{8}-\d{4,}\b/i.exec(turn.context.activity.text ?? '')?.[0]?.toUpperCase();
  const describe = (ticket: Ticket, key: 'tickets.line' | 'tickets.detail') =>
    say(turn, key, {
      number: ticket.number,
      category: say(turn, `category.${ticket.category}` as ReplyKey),
      status: say(turn, `ticketStatus.${ticket.status}` as ReplyKey),
      created: turn.services.replies.dateTime(turn.locale, ticket.createdAt, turn.services.timeZone),
      deadline: turn.services.replies.dateTime(turn.locale, ticket.deadlines.resolution, turn.services.timeZone),
    });
  if (number) {
    try {
      await reply(
        turn,
        describe(await turn.services.tickets.byNumberForCustomer(number, turn.customer.id), 'tickets.detail'),
      );
    } catch (err) {
      // Someone else's ticket is reported exactly like a missing one: no enumeration of other people's cases.
      if (err instanceof TicketNotFoundError || err instanceof TicketNotYoursError)
        await reply(turn, say(turn, 'tickets.notFound', { number }));
      else throw err;
    }
    return;
  }
  const tickets = await turn.services.tickets.forCustomer(turn.customer.id, 5);
  if (tickets.length === 0) {
    await reply(turn, say(turn, 'tickets.none'));
    return;
  }
  if (tickets.length === 1) {
    await reply(turn, describe(tickets[0] as Ticket, 'tickets.detail'));
    return;
  }
  await reply(turn, [say(turn, 'tickets.header'), ...tickets.map((t) => describe(t, 'tickets.line'))].join('\n'));
}

const HOURS = /几点|幾點|时间|時間|营业|營業|开门|開門|关门|關門|放假|hours|open|close|closing|holiday/i;

export async function handleFaq(
  turn: Turn,
  intent: 'faq.fee' | 'faq.outlet' | 'faq.prohibited' | 'faq.claim',
): Promise<void> {
  const text = turn.context.activity.text ?? '';
  const topic: FaqTopic =
    intent === 'faq.outlet' ? (HOURS.test(text) ? 'hours' : 'outlet') : (intent.slice(4) as FaqTopic);
  const answer = answerFaq(turn.services.knowledge, turn.locale, topic, text);
  if (answer) await reply(turn, answer);
  else
    await reply(turn, say(turn, 'faq.missing'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
}

/** "Agents are off until …", when they are; empty otherwise. */
function outOfHoursNotice(turn: Turn, number: string): string {
  const opening = turn.services.handoff.nextOpening();
  if (!opening) return '';
  const when = turn.services.replies.dateTime(turn.locale, opening.toISOString(), turn.services.timeZone);
  return `\n${say(turn, 'human.outOfHours', { opening: when, number })}`;
}

/**
 * Hands the conversation to the agent desk: reuses the conversation's open ticket or the customer's latest
 * open one, or opens one; marks it pending_agent, the conversation as handed off, and shows it to agents.
 */
export async function handleHuman(
  turn: Turn,
  reason: string,
  message: 'human.created' | 'human.misunderstood' = 'human.created',
): Promise<void> {
  const { services } = turn;
  // Only the customer's own ticket is reused (a conversation may still point at someone else's from before
  // complaints were kept apart).
  const open = (t: Ticket | undefined) => t && t.customerId === turn.customer.id && OPEN_STATUSES.includes(t.status);
  let ticket = turn.conversation.ticketId ? await services.store.tickets.get(turn.conversation.ticketId) : undefined;
  if (!open(ticket)) ticket = (await services.tickets.forCustomer(turn.customer.id, 5)).find((t) => open(t));
  if (!ticket) {
    const category = turn.complaintCategory ?? turn.reading.category ?? 'other';
    const trackingNumbers = turn.reading.entities.trackingNumbers.map((t) => t.number);
    if (trackingNumbers.length === 0 && turn.data.lastTracking) trackingNumbers.push(turn.data.lastTracking);
    ticket = (
      await services.tickets.fileComplaint({
        customer: turn.customer,
        channel: channelOf(turn.context.activity.channelId),
        conversationId: turn.conversation.id,
        trackingNumbers,
        category,
        description: turn.context.activity.text ?? '',
        evidence: services.evidenceOf(turn.context.activity),
        facts: {
          severe: turn.reading.signals.severe,
          minor: turn.reading.signals.minor,
          daysLate: turn.reading.signals.daysLate,
          escalationThreat: turn.reading.signals.escalationThreat,
          dataLeak: false,
        },
        ...(turn.reading.entities.demand ? { demand: turn.reading.entities.demand } : {}),
        by: 'bot',
      })
    ).ticket;
  }
  const handedOff = await services.handoff.start(ticket.id, turn.conversation, reason);
  turn.conversation = handedOff.conversation;
  services.directory.remember(turn.context, { customer: turn.customer, conversation: turn.conversation });
  const within = services.replies.within(turn.locale, services.clock.now(), handedOff.ticket.deadlines.firstResponse);
  const number = handedOff.ticket.number;
  await reply(turn, say(turn, message, { number, within }) + outOfHoursNotice(turn, number));
}

/**
 * During handoff the bot does not answer for the agent: the message goes to the desks, and while nobody has
 * accepted the ticket yet the customer is told it waits (and when agents are back, out of hours).
 */
export async function handleWaitingForAgent(turn: Turn): Promise<void> {
  const { services, conversation } = turn;
  const ticket = conversation.ticketId ? await services.store.tickets.get(conversation.ticketId) : undefined;
  if (!ticket || ticket.customerId !== turn.customer.id) return;
  await services.handoff.customerWrote(ticket.id, {
    text: turn.context.activity.text ?? '',
    attachments: services.evidenceOf(turn.context.activity),
    createdAt: services.clock.now().toISOString(),
  });
  if (ticket.status === 'in_progress') return;
  const within = services.replies.within(turn.locale, services.clock.now(), ticket.deadlines.firstResponse);
  await reply(
    turn,
    say(turn, 'human.waiting', { number: ticket.number, within }) + outOfHoursNotice(turn, ticket.number),
  );
}
