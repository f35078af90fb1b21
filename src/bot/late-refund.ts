import { ruleOn } from './case-rules';
import { asksPay } from './late-cause';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import type { Turn } from './turn';

/**
 * "Do I get anything back for 3 days late?", "delay咗咁耐，可唔可以refund返運費？", "晚了这么多天能退运费吗" — asked while
 * a person is awaited, after a delivery change, or after the complaint is filed: the courier's rule on what lateness
 * gives back (the delay entry of the claim rules, in the parcel's market), not the loss and damage compensation
 * rules nor only "added to the ticket" (issue #17, blind batch 23: 10.3, 28.4).
 */

// A loss or damage spoken of: its compensation rules answer, not the delay's.
const LOSS_OR_DAMAGE =
  /\b(lost|missing|damaged|broken|smashed|crushed)\b|丢|丟|遗失|遺失|唔見|不见|不見|找不到|搵唔到|破|烂|爛|壞|坏|碎|损|損/i;

// The postage asked back with the money named first: "运费能退吗", "運費可唔可以退返", "shipping fee back?".
// ("could I have the postage paid back", "get my shipping refunded", "退运费".)
const FEE_BACK =
  /(运费|運費|邮费|郵費)[^，,。.!！?？]{0,6}退|退(回|返)?(运费|運費|邮费|郵費)|\b(shipping|delivery|postage|fees?|charges?)\b[^.?!]{0,20}\b(back|refunded|returned|reimbursed)\b/i;
// Lateness named as such ("3 days late", "delay咗咁耐", "延误三天") — not "多久" of a question on when money comes.
// ("if you miss the day", "要是没按时到", "趕唔切": the promised day missed — blind batch 41b 04.3 heard the claim rules.)
const LATE_SAID =
  /晚了|迟了|遲咗|遲了|晚到|迟到|遲到|延误|延誤|延迟|延遲|\blate\b|\bdelay\w*|\boverdue\b|\bmiss(es|ed)? (the |that )?(day|date|deadline|delivery date|promised date)\b|\b(isn'?t|not|never) (arriving |delivered |there )?on time\b|\b(doesn'?t|don'?t|won'?t|didn'?t) (arrive|come|make it|get there) (in|on) time\b|(没|沒)(有)?(按时|按時|准时|準時)|唔準時|赶不上|趕不上|趕唔切|赶不及|趕不及|來不及|来不及/i;

/** The message asks what lateness gives back and speaks of the lateness. */
export const asksWhatLatenessGives = (text: string): boolean =>
  LATE_SAID.test(text) && (asksPay(text) || (FEE_BACK.test(text) && asksQuestion(text)));

/** The delay rule when the message asks what lateness gives back; undefined otherwise. */
export async function lateRefundAnswer(turn: Turn, number = turn.data.lastTracking): Promise<string | undefined> {
  if (!asksWhatLatenessGives(turn.text) || LOSS_OR_DAMAGE.test(turn.text)) return undefined;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  return ruleOn(turn, 'lateRefund', lookup?.kind === 'found' ? lookup : undefined);
}
