import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, CONFIRM_PROMPT, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "丢了怎么办啊 里面是降压药", "what happens if it's never found? it's got my insulin in it", "萬一搵唔返點算" in a
 * complaint (issue #17, blind batch 31: 17.4 heard only "confirm submit?"): what happens if the parcel is lost — the
 * search first, then a lost parcel's compensation under the claim rules of its market — and medicine the customer
 * needs inside taken as urgent: noted on the ticket for the team and raising its priority as perishables do
 * (src/tickets/priority.ts). Then the step's question again.
 */

// The parcel not found, or lost: "丢了", "找不到", "搵唔返", "唔見咗", "lost", "never turns up", "can't be found".
const LOSS =
  /丢|丟|遗失|遺失|唔見|不见了|不見了|找不到|找不回|搵唔到|搵唔返|没了|沒了|\blost\b|\bnever (turns? up|arrives?|comes?|shows? up|(gets?|is) found)\b|\b(can'?t|cannot|couldn'?t|isn'?t|is not) (be )?found\b|\bgone for good\b/i;
// What then, asked: "怎么办", "会怎样", "点算", "然后呢", "what then", "what happens", "what if".
const WHAT_THEN =
  /怎么办|怎麼辦|咋办|咋辦|点算|點算|点办|點辦|会怎样|會怎樣|会点|會點|怎么处理|怎麼處理|点处理|點處理|然后呢|然後呢|那怎么|那怎麼|咁點|\bwhat (then|happens|if|now|do (i|you|we) do|would happen|will happen)\b|\bthen what\b/i;
// Told as already lost and a claim asked ("丢了怎么赔") is the claim questions' (claim-questions.ts); the shipping fee
// back if lost is lost-freight-asked.ts's.
const CLAIM_OR_FREIGHT = /怎么赔|怎麼賠|点赔|點賠|点样赔|點樣賠|运费|運費|\b(shipping|postage|freight) (fee|cost)/i;

/** The message asks what happens if the parcel is lost, or is not found. */
export const asksIfLost = (text: string): boolean =>
  LOSS.test(text) && WHAT_THEN.test(text) && !CLAIM_OR_FREIGHT.test(text);

// Medicine someone needs: "降压药", "胰岛素", "药品", "我爸的药", "藥", "insulin", "medicine", "medication",
// "prescription" — not a pharmacy, herbs, ointment or oil ("药店", "中药材", "药膏", "藥油").
const MEDICINE =
  /胰岛素|胰島素|(?<![中草])(药|藥)(?![店房材油膏酒丸妆妝])|\b(insulin|medicines?|medications?|prescriptions?|meds|inhalers?|epipens?|pills|tablets)\b/i;

/** Medicine the customer needs is in the parcel, by these words. */
export const medicineInside = (text: string): boolean => MEDICINE.test(text);

/**
 * Answers what happens if the parcel is lost, and takes medicine told of inside as urgent (see above).
 * @returns false when the message does neither.
 */
export async function answerIfLostAndMedicine(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { state, prompt } = position;
  const lost = asksIfLost(turn.text);
  // (Medicine told of at another step is in the account the step reads: the ticket's facts find it there.)
  const medicine = medicineInside(turn.text) && !state.facts.medicine && (lost || prompt === CONFIRM_PROMPT);
  if (!lost && !medicine) return false;
  const lines: string[] = [];
  if (lost) {
    const number = state.trackingNumbers[0];
    const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
    const rule = ruleOn(turn, 'limits', lookup?.kind === 'found' ? lookup : undefined);
    lines.push([say(turn, 'intake.ifLost'), rule].filter(Boolean).join('\n'));
  }
  if (medicine) {
    state.facts = { ...state.facts, medicine: true };
    // (What is inside, in the customer's words, is in the account for the team.)
    keepInAccount(turn, state);
    lines.push(say(turn, 'intake.medicineNoted'));
  }
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
