import type { ComplaintCategory } from '../nlu';
import { findTrackingNumbers } from '../nlu/entities/tracking';
import { normalize } from '../nlu/normalize';
import { demandsSaid } from './demand-details';
import {
  ANSWERED_ASIDE,
  CATEGORY_PROMPT,
  CONFIRM_PROMPT,
  DEMAND_PROMPT,
  STEP_ANSWERED,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { overcharged, speaksOfCategory } from './message-cues';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * A charge above the quote told in the middle of another complaint (issue #17, blind batch 24: 09.4): "i was quoted 23
 * at the counter but charged 45 on my receipt, can you check that too", "柜台报价23 结果收了我45", "講好23蚊 點知收咗我
 * 45". It is a fee complaint — never the paragraph on invoices (fapiao) or on cash on delivery its word "receipt"
 * pulled in: taken on the complaint (its type when the complaint had none of its own, else a second problem named for
 * the agent), its words in the account, and the receipt asked for as the proof of what was paid.
 */

// A complaint's type that says nothing of its own: no type yet, "other", or a guess the customer never confirmed.
const UNTYPED = (category: string | undefined, guessed: boolean | undefined): boolean =>
  category === undefined || category === 'other' || (guessed === true && category === 'info_error');

/**
 * Takes an overcharge told mid-complaint; true when it was taken (the step is then asked again, or at the remedy
 * question — which the refund answers — the intake goes on: STEP_ANSWERED).
 */
export async function takeOverchargeTold(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  const { text, reading } = turn;
  // (The summary and the type question read the message themselves; another parcel's charge is its own.)
  if (prompt === CONFIRM_PROMPT || prompt === CATEGORY_PROMPT || !overcharged(text)) return false;
  if (reading.entities.trackingNumbers.some((t) => !state.trackingNumbers.includes(t.number))) return false;
  if (state.category === 'fee' || (state.otherProblems ?? []).includes('fee')) return false;
  if (UNTYPED(state.category, state.categoryGuessed)) {
    state.category = 'fee';
    state.categoryGuessed = false;
  } else state.otherProblems = [...(state.otherProblems ?? []), 'fee'];
  keepInAccount(turn, state);
  const category = say(turn, 'category.fee' as ReplyKey);
  const lines = [say(turn, 'intake.overchargeTaken', { category })];
  if (refundTaken(state))
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  // At the remedy question the refund is its answer: the intake goes on to the next step.
  if (prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}

/**
 * The type an opening is read as: a charge above the quote told ("报价23 收了我45", "講好23蚊 收咗我45") is a fee
 * dispute though no currency is named, where the reading found no type of its own (issue #17: the parcel's record
 * made it "wrong information").
 */
export function feeWhereOvercharged(
  category: ComplaintCategory | undefined,
  text: string,
): ComplaintCategory | undefined {
  // (Nor a delay where nothing late is told: "I think I have paid for it twice" was read as late and answered "sorry
  // you're still waiting" — blind batch 42b 02.1.)
  const untyped = category === undefined || category === 'other';
  const lateNotTold = category === 'delay' && !speaksOfCategory(text, 'delay') && !TRANSIT_TIME_ASKED.test(text);
  return (untyped || lateNotTold) && overcharged(text) ? 'fee' : category;
}

/**
 * The money charged too much, wanted back: a complaint about an overcharge asks for the difference refunded, though
 * the customer never says "refund" (issue #17: the summary said "nothing in particular"). Added to the demands held —
 * the ticket's demand where there was none; true when it was added.
 */
function refundTaken(state: IntakeState): boolean {
  if (state.demand === 'refund' || (state.moreDemands ?? []).includes('refund')) return false;
  if (!state.demand || state.demand === 'none') state.demand = 'refund';
  else state.moreDemands = [...(state.moreDemands ?? []), 'refund'];
  return true;
}

// How long sending takes, asked ("寄到北京最慢要几天？", "how slow is it to Beijing, how many days?"): no delay of
// anyone's parcel.
const TRANSIT_TIME_ASKED =
  /(要|需要|得)?多久|多長時間|多长时间|(几|幾)(多)?(天|日)|多少(天|日)|幾耐|几耐|\bhow (long|many days|soon)\b|\bwhen (will|would|does|do) (it|they|parcels?|packages?)\b/i;

/**
 * An earlier message that tells this complaint's parcel is late: it names no other parcel (one naming none is of the
 * parcel the conversation was about), and speaks of a delay rather than asking how long sending takes (issue #17
 * review: "寄到北京最慢要几天？" put a delay on the next fee complaint).
 */
function toldDelayOf(turn: Turn, state: IntakeState, said: string): boolean {
  if (!speaksOfCategory(said, 'delay') || TRANSIT_TIME_ASKED.test(said)) return false;
  const named = findTrackingNumbers(normalize(said).halfWidth).filter((m) => m.valid);
  if (named.length > 0) return named.every((m) => state.trackingNumbers.includes(m.number));
  const last = turn.data.lastTracking;
  return state.trackingNumbers.length === 0 || last === undefined || state.trackingNumbers.includes(last);
}

/**
 * A fee complaint opened on a charge above the quote: the receipt asked for as the proof of what was paid, and a delay
 * of the parcel the customer asked about earlier in the conversation ("do I get money back for it being 3 days late?")
 * kept on the same complaint beside it — for the first reply.
 */
export function overchargeAtOpening(turn: Turn, state: IntakeState): string[] {
  if (state.category !== 'fee' || !overcharged(turn.text)) return [];
  const delayAsked = (turn.data.said ?? []).some((said) => said !== turn.text && toldDelayOf(turn, state, said));
  const lines = [say(turn, 'intake.receiptForFee')];
  if (refundTaken(state))
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
  if (delayAsked && !(state.otherProblems ?? []).includes('delay')) {
    state.otherProblems = [...(state.otherProblems ?? []), 'delay'];
    lines.push(say(turn, 'intake.delayAlsoOn'));
  }
  return lines;
}
