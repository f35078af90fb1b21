import { claimLimitsFor } from './goods-value';
import { namesInsurance } from './insurance-quote';
import { asksQuestion, labelledLastFour } from './message-cues';
import { wordsIn } from './intake-reading';
import { wantsToComplain } from './complaint-words';
import { reply, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "我有保價 三千", "it was insured for 3000", "冇買保價喎" right after the claim rules were given or a claim was asked about: the customer tells
 * where they stand, and hears what that means for their parcel — the insured value paid against the actual loss, or the
 * uninsured cap (by the waybill, else on their word with its proof asked) — never a complaint opened on it (issue
 * #17, blind batch 34b: 12.3 heard "確實不應該這樣" and the demand question).
 */

// A claim asked about the message before: "can I claim?", "能理赔吗", "可唔可以索償".
const CLAIM = /\bclaim|\bcompensat|理赔|理賠|索赔|索賠|索偿|索償|赔|賠/i;

/** @returns true when answered. */
export async function answerInsuranceTold(turn: Turn): Promise<boolean> {
  const { text, data } = turn;
  // (A claim only asked about — "能理赔吗" — not one demanded: "现在就赔钱给我" then "尾号0000 保价3000" goes on with it.)
  const before = data.said?.at(-1) ?? '';
  const claimBefore = data.lastFaq === 'faq.claim' || (CLAIM.test(before) && asksQuestion(before));
  if (labelledLastFour(text)) return false;
  if (!claimBefore || !namesInsurance(text) || wordsIn(text) > 40) return false;
  if (wantsToComplain(text) || turn.reading.entities.trackingNumbers.some((t) => t.number !== data.lastTracking))
    return false;
  const limits = await claimLimitsFor(turn, data.lastTracking, [text]);
  if (!limits) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, limits.join('\n'));
  return true;
}
