import { otherParcelWordsFor } from './other-parcel-words';
import { MessageFactory, type TurnContext } from 'botbuilder-core';
import { leaveChangeAtFiling } from './change-past-filing';
import { capabilitiesOf } from './channels';
import type { Customer } from '../conversations/records';
import { decidePriority, handoffReason, settleOutcome, type Priority } from '../tickets';
import { describeShipment } from '../tracking';
import { channelOf } from './channels';
import { registerOf, type IntakeState } from './intake-state';
import { lookUpParcel, recordCategory, shipmentFields } from './parcel-answer';
import type { ReplyKey } from './replies';
import { demandsSaid } from './demand-details';
import { filedRecord } from './intake-prompts';
import { perishableGoods } from './perishables';
import { medicineInside } from './urgent-contents';
import type { BotServices } from './services';
import type { ComplaintCategory } from '../nlu';

/**
 * Keeps the contact details the customer gave, for agents to call or write back. A phone or email typed into a
 * conversation is not an identity: anyone can type anyone's number, so it never joins the customer to that
 * phone's or address's messages and tickets, and never proves a link to a parcel (`verifiedPhones`).
 */
export async function saveContact(
  services: BotServices,
  customer: Customer,
  contact: IntakeState['contact'],
): Promise<Customer> {
  if (!contact || contact.skipped || (!contact.phone && !contact.email)) return customer;
  return services.store.customers.update(
    {
      ...customer,
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    },
    services.clock.now().toISOString(),
  );
}

/** Change-delivery requests recorded beside the complaint, by id, for the agent (the desks decide them). */
function withChanges(services: BotServices, state: IntakeState, account: string): string {
  const lines = (state.changes ?? []).map((c) => services.replies.t(state.locale, 'intake.changeInAccount', c));
  return [account, ...lines].filter((s) => s.trim()).join('\n');
}

/**
 * The account the ticket keeps: the customer's words, and — the ticket keeping one demand — every demand they
 * named with what they said of it ("赔偿（东西值800块）"), for the agent.
 */
export function accountOf(services: BotServices, state: IntakeState): string {
  const t = (key: ReplyKey, vars: Record<string, string>) => services.replies.t(state.locale, key, vars);
  // A second problem told during the intake ("also overcharged me") is named for the agent beside the words.
  const others = (state.otherProblems ?? []).map((c) =>
    t('intake.otherProblemInAccount', { category: t(`category.${c}` as ReplyKey, {}) }),
  );
  const more = Boolean(state.demand && state.demand !== 'none' && state.moreDemands?.length);
  const asked =
    more || state.demandNotes?.length ? [t('intake.alsoAsked', { demands: demandsSaid(services.replies, state) })] : [];
  // A number filed as the customer wrote it, which tracking could not confirm: the agent is asked to check it.
  const unverified = (state.unverifiedNumbers ?? [])
    .filter((number) => state.trackingNumbers.includes(number))
    .map((number) => t('intake.unverifiedInAccount', { number }));
  // Where the account and the record disagree ("left at the door" against a signature in person): the agent checks.
  const conflicts = (state.recordConflicts ?? []).map((what) => t('intake.recordDiffersInAccount', { what }));
  // "13911116666 打这个": the agent sees that the customer wants a call, and on which number.
  const phone = state.contact?.call ? state.contact.phone : undefined;
  const when = state.contact?.callWhen;
  const who = state.contact?.who;
  const call =
    phone && who
      ? [t('intake.contactForInAccount', { phone, who })]
      : phone
        ? [t(when ? 'intake.callWhenInAccount' : 'intake.callInAccount', { phone, when: when ?? '' })]
        : [];
  // "帮我催一下", "hurry it up": the urgency, for the team — nothing raised by it.
  const urgent = state.urgent ? [t('intake.urgentInAccount', {})] : [];
  // "里面是降压药": the medicine the customer needs, for the team to look for first.
  if (state.facts.medicine) urgent.push(t('intake.medicineInAccount', {}));
  // "查一下我之前的投诉 电话139…" during this one: the agent looks the earlier complaint up by that (unverified) phone.
  const lookup = state.lookupPhone ? [t('intake.lookupInAccount', { phone: state.lookupPhone })] : [];
  return [state.description, ...others, ...asked, ...unverified, ...conflicts, ...call, ...urgent, ...lookup]
    .filter((s) => s.trim())
    .join('\n');
}

/** The parcel the complaint is about, as tracking has it (none when it has no number or the lookup fails). */
async function parcelOf(services: BotServices, state: IntakeState) {
  const trackingNumber = state.trackingNumbers[0];
  let shipment;
  try {
    shipment = trackingNumber ? await services.shipments.find(trackingNumber) : undefined;
  } catch (err) {
    services.logger.warn({ err, trackingNumber }, 'shipment lookup failed while filing a complaint');
  }
  return { shipment, view: shipment ? describeShipment(shipment, services.clock.now()) : undefined };
}

/** The facts the complaint is filed with: the parcel's days late when the customer's words gave none. */
const factsOf = (state: IntakeState, view: { daysLate: number } | undefined): IntakeState['facts'] => ({
  ...state.facts,
  daysLate: state.facts.daysLate ?? (view && view.daysLate > 0 ? view.daysLate : null),
  // Goods told of later in the intake ("里面是鲜花") count as well as those in the opening.
  perishable: Boolean(state.facts.perishable) || perishableGoods(state.description),
  medicine: Boolean(state.facts.medicine) || medicineInside(state.description),
});

/**
 * When the complaint, filed as it stands, goes straight to a person (high priority, a category kept for agents, a
 * threat): in how many minutes they reply — said in the summary, so that the hand-off after "submit" is no
 * surprise. Undefined when the bot keeps it, or the customer said they want no person.
 * @remarks A repeat complaint joining an open ticket is only known at filing; it is not foreseen here.
 */
export async function personRepliesIn(services: BotServices, state: IntakeState): Promise<number | undefined> {
  if (state.noPerson) return undefined;
  const { view } = await parcelOf(services, state);
  const facts = factsOf(state, view);
  const category = state.category ?? 'other';
  const { priority } = decidePriority({ ...facts, category, repeat: false });
  const threat = { escalationThreat: Boolean(facts.escalationThreat), dataLeak: facts.dataLeak };
  if (!handoffReason({ priority, category }, threat, services.agentOnly)) return undefined;
  const { firstResponse } = services.tickets.deadlinesIf({ category, facts });
  return Math.max(1, Math.round((Date.parse(firstResponse) - services.clock.now().getTime()) / 60_000));
}

/**
 * The priority the complaint would be filed with as it stands, and its deadlines from now — what the customer hears
 * when they ask "will it be high priority?" before submitting.
 * @remarks A repeat complaint joining an open ticket is only known at filing; it is not foreseen here.
 */
export async function foreseenPriority(
  services: BotServices,
  state: IntakeState,
): Promise<{ priority: Priority; firstResponse: string; resolution: string }> {
  const { view } = await parcelOf(services, state);
  const facts = factsOf(state, view);
  const category = state.category ?? 'other';
  const { priority } = decidePriority({ ...facts, category, repeat: false });
  return { priority, ...services.tickets.deadlinesIf({ category, facts }) };
}

/**
 * Files the complaint the intake collected: saves contact details, enriches the ticket with the shipment
 * (sender, recipient, station, route), links the conversation to the ticket and tells the customer the
 * ticket number, the deadline in plain words and what happens next.
 */
export async function fileComplaint(
  services: BotServices,
  context: TurnContext,
  state: IntakeState,
  options: { unseen?: boolean } = {},
): Promise<void> {
  // (A change of delivery still waiting goes on after the complaint is filed: change-past-filing.ts.)
  leaveChangeAtFiling(context, state);
  const parties = await services.directory.resolve(context);
  const customer = await saveContact(services, parties.customer, state.contact);
  const { shipment, view } = await parcelOf(services, state);
  const fromShipment = shipment && view ? shipmentFields({ shipment, view }) : {};
  const { ticket, joined } = await services.tickets.fileComplaint({
    customer,
    channel: channelOf(context.activity.channelId),
    conversationId: parties.conversation.id,
    trackingNumbers: state.trackingNumbers,
    ...fromShipment,
    ...(state.customerIs ? { customerIs: state.customerIs } : {}),
    category: state.category ?? 'other',
    description: withChanges(services, state, accountOf(services, state)),
    ...(state.demand && state.demand !== 'none' ? { demand: state.demand } : {}),
    ...(state.demand && state.demand !== 'none' && state.moreDemands?.length
      ? { moreDemands: state.moreDemands.filter((d) => d !== state.demand) }
      : {}),
    evidence: state.evidence,
    facts: factsOf(state, view),
    by: 'bot',
  });
  // A complaint about another parcel taken down while the conversation waits for a person on its first ticket: the
  // conversation stays that ticket's (the agent's replies and the customer's messages go there); this one is filed
  // beside it (blind-14 21.4).
  const waitingOn =
    parties.conversation.mode === 'handoff' && parties.conversation.ticketId !== ticket.id
      ? parties.conversation.ticketId
      : undefined;
  const conversation = await services.store.conversations.update(
    {
      ...parties.conversation,
      customerId: customer.id,
      ticketId: waitingOn ?? ticket.id,
      outcome: settleOutcome(parties.conversation.outcome, 'filed'),
    },
    services.clock.now().toISOString(),
  );
  services.directory.remember(context, { customer, conversation });
  const t = (key: ReplyKey, vars?: Record<string, string | number>) =>
    services.replies.t(state.locale, key, vars, registerOf(state));
  const within = services.replies.within(state.locale, services.clock.now(), ticket.deadlines.resolution);
  // High priority, an agent-only category or a threat: a person takes over from here.
  const reason = handoffReason(
    ticket,
    { escalationThreat: Boolean(state.facts.escalationThreat), dataLeak: state.facts.dataLeak },
    services.agentOnly,
  );
  // One reply time only: with a person taking over, theirs (15 minutes); the ticket's deadline is when it is settled.
  const filed: ReplyKey = joined
    ? reason
      ? 'intake.ticketJoinedHandedOff'
      : 'intake.ticketJoined'
    : reason
      ? 'intake.ticketCreatedHandedOff'
      : 'intake.ticketCreated';
  await context.sendActivity(t(filed, { number: ticket.number, priority: t(`priority.${ticket.priority}`), within }));
  // Filed before any summary was shown: what it says, so the customer sees what went in.
  if (options.unseen) await context.sendActivity(filedRecord(services.replies, state));
  // A call asked for on the number given: said plainly, beside where the written answer comes (blind-14 02.6).
  const callOn = state.contact?.call ? state.contact.phone : undefined;
  // (Another person of theirs to call — "打给我孙子" — is named as the one called: call-someone-else.ts.)
  const who = state.contact?.who;
  const last4 = callOn?.replace(/\D/g, '').slice(-4) ?? '';
  if (callOn)
    await context.sendActivity(who ? t('intake.willCallWho', { last4, who }) : t('intake.willCall', { last4 }));
  if (!reason) {
    await context.sendActivity(t('intake.nextSteps', { number: ticket.number }));
    return offerOtherParcel(services, context, state, t);
  }
  // The customer said they want no person (a hand-off withdrawn): the ticket keeps its priority and its place at the
  // front of the agents' queue (the desks show every open ticket by priority), the chat stays with the bot, and the
  // customer hears that, not that an agent is taking over.
  if (state.noPerson) {
    // (The time is the one the filing line just gave: a second one beside it reads as a contradiction.)
    await context.sendActivity(t('intake.queuedNoPerson', { number: ticket.number }));
    return offerOtherParcel(services, context, state, t);
  }
  if (waitingOn) {
    // Queued for the agents beside the first; the chat stays with the hand-off it is in.
    const queued = await services.tickets.requestAgent(ticket.id, 'bot', reason);
    await services.handoff.refresh(queued);
    const firstResponse = services.replies.within(state.locale, services.clock.now(), queued.deadlines.firstResponse);
    const takeOver: ReplyKey = queued.priority === 'high' ? 'human.urgent' : 'human.takesOver';
    await context.sendActivity(t(takeOver, { number: ticket.number, within: firstResponse }));
    return offerOtherParcel(services, context, state, t);
  }
  const handedOff = await services.handoff.start(ticket.id, conversation, reason);
  services.directory.remember(context, { customer, conversation: handedOff.conversation });
  const firstResponse = services.replies.within(
    state.locale,
    services.clock.now(),
    handedOff.ticket.deadlines.firstResponse,
  );
  // "Because of how serious this is" only for a ticket that is: a threat or an agent-only type at medium priority is
  // taken over without it (blind batch 13: 26.6, 30.6 said it beside "medium priority").
  const takeOver: ReplyKey = handedOff.ticket.priority === 'high' ? 'human.urgent' : 'human.takesOver';
  await context.sendActivity(t(takeOver, { number: ticket.number, within: firstResponse }));
  await offerOtherParcel(services, context, state, t);
}

/**
 * The parcel the customer's next complaint is about, offered once this one is filed, with the kind its record
 * suggests (read by the bot's turn: the conversation's parcel, and a complaint offered on it).
 */
export const OTHER_PARCEL_NEXT = Symbol('parcelcare.otherParcelNext');
export interface OtherParcelOffer {
  number: string;
  category: ComplaintCategory;
  /** The category is what the customer said of that parcel (not its record's anomaly). */
  told: boolean;
  /** What the customer told of it during this complaint, for its own (other-parcel-words.ts). */
  words?: string;
}

/**
 * Another parcel named in the middle of the complaint, whose complaint was promised a ticket of its own once this
 * one was done (second-issue.ts): offered now, not dropped (blind-12 10.6).
 */
export async function offerOtherParcel(
  services: BotServices,
  context: TurnContext,
  state: IntakeState,
  t: (key: ReplyKey, vars?: Record<string, string | number>) => string,
): Promise<void> {
  const number = state.otherParcel;
  if (!number || state.otherParcelOnlyAsked || state.trackingNumbers.includes(number)) return;
  const found = await lookUpParcel(services, number);
  // (One its record cannot account for — an exception past its promise — is offered as the loss the bot said it is
  // treated as, as a tracking answer's complaint button is: blind batch 23 11.7 heard the delay rules.)
  const category =
    state.otherParcelCategory ?? (found.kind === 'found' ? recordCategory(found.view) : undefined) ?? 'other';
  const words = otherParcelWordsFor(state, number);
  const offer: OtherParcelOffer = {
    number,
    category,
    told: state.otherParcelCategory !== undefined,
    ...(words ? { words } : {}),
  };
  context.turnState.set(OTHER_PARCEL_NEXT, offer);
  const text = t('intake.otherParcelNow', { number });
  if (!capabilitiesOf(context.activity.channelId).suggestedActions) return void (await context.sendActivity(text));
  const complain = t('choice.complain');
  await context.sendActivity(
    MessageFactory.suggestedActions([{ type: 'imBack', title: complain, value: `${complain} ${number}` }], text),
  );
}
