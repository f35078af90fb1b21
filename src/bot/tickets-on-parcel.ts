import { findTicketNumber, type Ticket } from '../tickets';
import { describeTicket } from './ticket-text';
import { namesComplaint, refersToEarlierComplaint } from './message-cues';
import { lookupProblem, lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';
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
  // In the middle of a complaint on it: said, and the complaint goes on (the step is asked again).
  if (during === 'intake') {
    await reply(turn, say(turn, 'tickets.noneOnParcelNow', { number: parcel }));
    return;
  }
  // The parcel's number is kept for the way on ("file a complaint" is about it); its status is not said again: the
  // question was about a complaint (test/conversation/parcel-or-ticket.test.ts).
  const lookup = await lookUpParcel(services, parcel);
  if (lookup.kind === 'found') turn.data.lastTracking = parcel;
  turn.data.complaintSought = parcel;
  const problem = lookupProblem(services, turn.locale, lookup);
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

const CLAIM = /claim|payout|compensat|理赔|理賠|索赔|索償|赔偿|賠償|赔款|賠款/i;

/**
 * "How long do I have to wait?" right after the bot found no complaint of the customer's on the parcel they named
 * (batch 11 20.4 started a new complaint instead): a question about that complaint, answered as such.
 */
export function asksHowLongForSought(turn: Turn): boolean {
  const sought = turn.data.complaintSought;
  if (!sought || !HOW_LONG.test(turn.text)) return false;
  const named = turn.reading.entities.trackingNumbers.map((t) => t.number);
  // (A bare "how long do I have to wait" may read as the claims FAQ's "how long"; one that names a claim is that.)
  const { intent } = turn.reading;
  const about =
    ['complaint', 'other', 'track', 'ticket_status'].includes(intent) ||
    (intent === 'faq.claim' && !CLAIM.test(turn.text));
  return named.every((n) => n === sought) && about;
}

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
  if (!parcel || findTicketNumber(turn.text)) return false;
  const { intent } = turn.reading;
  const aboutComplaint =
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
