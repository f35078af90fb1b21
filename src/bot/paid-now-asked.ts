import { ruleOn } from './case-rules';
import { COD } from './cod-words';
import { lostLooking } from './direct-answer';
import { lookUpParcel } from './parcel-answer';
import { wantsPaidNow } from './paid-now';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "Pay me now", "现在马上赔钱打到我支付宝", "即刻過數俾我" about the conversation's parcel, outside a complaint (issue #17,
 * session 30: right after a tracking answer on a lost-looking parcel it went unanswered; inside a complaint paid-now.ts
 * answers it): honestly, nobody can pay compensation on the spot — a claim is assessed first — the claim's payout
 * rule of the parcel's market, and a complaint with a compensation claim offered, with its buttons.
 * @returns false when the message wants nothing paid at once, or there is no parcel in the chat.
 */
export async function answerPaidNowAsked(turn: Turn): Promise<boolean> {
  // (Cash on delivery owed is the customer's own money, remitted under its own rule: cod-on-parcel.ts.)
  if (!wantsPaidNow(turn.text) || COD.test(turn.text)) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind !== 'found') return false;
  noteOutcome(turn.context, 'answered');
  const { data } = turn;
  data.lastTracking = lookup.number;
  // What the tracking answer saw wrong with it (lost, late …) stays the complaint's kind; a parcel this answer finds
  // the courier cannot account for, past its promise, is a loss (blind-31 06.1); else the intake asks.
  data.suggestedCategory ??= lostLooking(turn, lookup) ? 'lost' : 'other';
  // (The offer is the last reply: a "yes" takes it, and what drew it is the complaint's account — offer-account.ts.)
  data.offeredComplaint = lookup.number;
  const complain = say(turn, 'choice.complain');
  const lines = [
    say(turn, 'claim.notOnTheSpot'),
    ruleOn(turn, 'payout', lookup),
    say(turn, 'paidNow.offer', { number: lookup.number }),
  ];
  await reply(turn, lines.filter(Boolean).join('\n'), [
    { title: complain, value: `${complain} ${lookup.number}` },
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}
