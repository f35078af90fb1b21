import { evidenceAsked } from './claim-evidence';
import { claimLimitsFor } from './goods-value';
import { lookUpParcel } from './parcel-answer';
import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { STEP_ANSWERED } from './intake-volunteered';
import { keepInAccount } from './intake-slot-text';
import { reply, say } from './turn';
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

// What a loss or damage pays, asked: "what compensation do i get", "how much do i get back", "能赔多少", "賠幾多".
const WHAT_PAID =
  /\bwhat compensation\b|\bhow much\b[^.?!]{0,25}\b(do i get( back)?|get paid|paid out|compensat\w*|refund\w*)\b|\bwhat do i get\b|(赔|賠)(多少|几多|幾多|咩|什么|什麼)|(能|可以|会|會)(赔|賠)(多少|几多|幾多)|怎么赔|怎麼賠|點賠|点赔/i;

/**
 * "so it's lost. what compensation do i get, it was a 2800 yuan phone" in a loss or damage complaint: what it pays by
 * the waybill (insured or not), kept in the account, then the step again — not the parcel's status once more (issue
 * #17, blind batch 50a: 04.3).
 * @returns whether it was answered.
 */
export async function answerCompensationAsked(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  // ("要不要拍照？紙箱需要留著嗎？可以賠多少？": what a claim needs too — the claim rules answer all of it.)
  if (
    !['lost', 'damaged'].includes(position.state.category ?? '') ||
    !WHAT_PAID.test(text) ||
    PROCESS.test(text) ||
    evidenceAsked(text)
  )
    return false;
  const lines = await claimLimitsFor(turn, position.state.trackingNumbers[0], [text]);
  if (!lines) return false;
  keepInAccount(turn, position.state);
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

// The cap of an uninsured claim scorned: "3x the shipping?? … a joke", "没保价就只赔几倍运费？开什么玩笑", "賠咁少 唔接受".
// (The cap itself as the object — "3x the shipping", "只賠三倍運費", "that amount", "這點錢" — never "3 times I called" nor
// "运费我都付了", a grievance about the fee paid: a review of session 49.)
const CAP_NAMED =
  /\b(3|three) ?(x|times)( the)? (shipping|postage|freight|delivery fee)\b|\bcompensation of that amount\b|\bthat amount\b[^.?!]{0,15}\b(compensat\w*|payout|claim)\b|(3|三|几|幾)倍(的)?(运费|運費)|(只|就|才)(赔|賠)[^，。？?]{0,8}(运费|運費|倍)|(赔|賠)(这点钱|這點錢|咁少|这么少|這麼少|咁啲)/i;
const SCORNED =
  /\b(joke|ridiculous|insult\w*|unacceptable|pathetic|laughable|absurd|outrageous)\b|开什么玩笑|開什麼玩笑|开玩笑|開玩笑|搞笑|太少|不接受|唔接受|接受不了|離譜|离谱|荒唐|欺负人|欺負人|笑死|玩嘢|玩野/i;

/**
 * "3x the shipping?? that's like 40 yuan, compensation of that amount is a joke": the cap acknowledged, the objection
 * put on the complaint (compensation, with a note that the actual loss is disputed), and the step goes on — not the rule
 * again, nor the scorn taken as the demand's words (issue #17, blind batch 50a: 04.5, 09.4).
 * @returns whether it was answered.
 */
export async function answerCapDisputed(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  const { state } = position;
  if (!['lost', 'damaged'].includes(state.category ?? '') || !CAP_NAMED.test(text) || !SCORNED.test(text)) return false;
  // (An insured parcel is paid up to its declared value: no cap of the uninsured to speak of.)
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind === 'found' && lookup.shipment.declaredValue?.insured) return false;
  if (!state.demand || state.demand === 'none') state.demand = 'compensation';
  else if (state.demand !== 'compensation' && !(state.moreDemands ?? []).includes('compensation'))
    state.moreDemands = [...(state.moreDemands ?? []), 'compensation'];
  const note = say(turn, 'claim.capDisputedNote');
  if (!(state.demandNotes ?? []).includes(note)) state.demandNotes = [...(state.demandNotes ?? []), note];
  keepInAccount(turn, state);
  await reply(turn, say(turn, 'claim.capDisputed'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  if (position.prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}
