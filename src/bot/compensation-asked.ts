import { claimLimitsFor } from './goods-value';
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
