import { claimLimitsFor } from './goods-value';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { reply } from './turn';
import { asksQuestion } from './message-cues';
import type { Turn } from './turn';

/**
 * "Just tell me how compensation works for a lost parcel, I didn't buy insurance", "冇買保險賠幾多", "没保价丢了怎么赔"
 * while a person is awaited: the claim rule with its cap, and what it means for the ticket's parcel by its waybill
 * (insured or not) — not the parcel's status again (issue #17, blind batch 23: 04.5).
 */

// Compensation or a claim, and how it works or what it pays.
const COMPENSATION = /\b(compensat\w*|claims?|reimburs\w*|insur\w*)\b|赔|賠|索償|索偿|保价|保價|保險|保险/i;
const HOW = /\bhow\b|\bwhat\b|怎么|怎麼|点样|點樣|几多|幾多|多少|如何|规则|規則|\brules?\b|\bwork/i;

// How to claim or what it needs ("what do I need to send you to claim?"): the claim steps answer that, not the cap.
const PROCESS =
  /\b(what do i need|need to (send|give|provide|show)|send (you|in|over)|file (a|the|my) claim|apply|submit|documents?|photos?|proof|when)\b|申请|申請|材料|资料|資料|照片|相片|证明|證明|手续|手續|几时|幾時|多久|幾耐/i;

/** The claim limits for the parcel when the message asks how compensation works; undefined otherwise. */
export async function compensationAnswer(turn: Turn, number: string | undefined): Promise<string | undefined> {
  const { text } = turn;
  if (!COMPENSATION.test(text) || PROCESS.test(text) || !(HOW.test(text) || asksQuestion(text))) return undefined;
  return (await claimLimitsFor(turn, number))?.join('\n');
}

// "And if you cannot find it at all, what then?", "万一找不到怎么办", "搵唔到點算": the parcel never found, asked of ahead.
const IF_NEVER_FOUND =
  /\b(if|what if|and if|suppose) (you|they|we) (can'?t|cannot|don'?t|do not|never) find (it|them|the (parcel|package|box))\b(?! (again|tomorrow))|\bif (it'?s|it is|it was|it gets) (really |actually )?(lost|never found|not found|gone)\b|\bwhat (then|happens)\b[^.?!]{0,20}\b(lost|not found|never found)\b|(找不到|搵唔到|找不回|丢了|丟了|唔見咗)(?!地址|地方|路|人|门|門)(的话|的話|嘅話|怎么办|怎麼辦|點算|点算|咋办|會點|会怎样|會怎樣|呢)|(要是|如果|万一|萬一|假如)[^，。,.!?！？]{0,8}(找不到|搵唔到|找不回|丢了|丟了|唔見咗|真的丢|真的丟)/i;

/**
 * In a complaint: "And if you cannot find it at all, what then? … I did not insure it" — what a loss pays, by the
 * parcel's waybill (insured or not), kept in the account, then the step again (issue #17, blind batch 44a: 04.4 was
 * told to send the photos whenever it could).
 * @returns whether it was answered.
 */
// How to claim or who claims, asked with it ("万一真丢了怎么申请理赔？", "who gets compensated?"): the claim steps and the
// claimant rule answer those (claim-questions, case-rules).
const CLAIM_ASKED = /申请|申請|索赔|索賠|索償|理赔|理賠|谁|誰|邊個|边个|\b(claim|who|apply|file)\b/i;

export async function answerIfNeverFound(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (!IF_NEVER_FOUND.test(turn.text) || CLAIM_ASKED.test(turn.text)) return false;
  const lines = await claimLimitsFor(turn, position.state.trackingNumbers[0]);
  if (!lines) return false;
  keepInAccount(turn, position.state);
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
