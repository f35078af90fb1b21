import { ruleOn, type CaseRule } from './case-rules';
import { amountAsked, deadlineAsked, evidenceAsked, HOW_LONG, PAPERS_ASKED } from './claim-evidence';
import { demandsSaid } from './demand-details';
import { claimLimitsFor } from './goods-value';
import { asksClaimStillOpen, asksWindowOfClaim, claimTimeAnswer, speaksOfSigning } from './claim-window';
import { namesInsurance } from './insurance-quote';
import {
  ANSWERED_ASIDE,
  CONFIRM_PROMPT,
  DEMAND_PROMPT,
  STEP_ANSWERED,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import { asksArrival } from './intake-questions';
import { lookUpParcel } from './parcel-answer';
import { liveGoods, spoiledPerishables } from './perishables';
import { asksQuestion, clausesOf, sendsPhotosLater, speaksOfCategory } from './message-cues';
import type { ReplyKey } from './replies';
import { asksAnythingElse } from './second-issue';
import { namesClaim } from './service-words';
import { reply, say, type Turn } from './turn';

/**
 * What a customer asks about their own part and about the money in the middle of a complaint (issue #17, blind
 * batch 20: 01.2, 12.3, 21.3), each answered before the step is asked again — never "I can't answer that one here":
 * - "what do you need from me?", "你需要我提供什么", "要我提供咩": what the complaint still needs from them (what they
 *   want done, the last 4 digits that show the parcel's details, photos of damage, a way to reach them), or, in a
 *   claim, the proof a claim takes;
 * - "怎么赔 要多久 需要我提供什么", "how does compensation work and how long?": every point of the claim asked — how it
 *   is paid, how long it takes, what to provide — from the claim rules of the market; asking how it is paid in a
 *   complaint with no demand yet makes compensation its demand, said back;
 * - "東西不見了誰要負責", "who is responsible if it's lost?": the courier is, while the parcel is in its care (left
 *   somewhere without the customer's agreement included), and how a loss is paid.
 */

// "what do you need from me", "what do I have to give you", "what documents do you need", "你需要我提供什么",
// "要我准备啥", "需要提供什么材料", "要我提供咩", "你哋要我俾啲乜".
// ("what do you need my phone for?" asks why the contact is asked: not this.)
const WHAT_NEEDED =
  /\bwhat (else )?(do|would|will|d'?) ?(you|u|ya) (need|want|require)( from me| me to (do|send|give|provide))?\b(?!\s+(my|a|the|your) (phone|number|email|contact|digits))|\bwhat (do|should|must|shall) i (need to |have to )?(give|send|provide|prepare|submit|show)( (you|u))?\b|\bwhat (documents?|papers?|info(rmation)?|details?|proof|evidence) (do|would|will|should) (you|u|i) (need|want|send|provide)\b|(需要|要)我(提供|准备|準備|给|給|发|發|做|补|補|俾|畀)(些|點|点|啲|D)?(什么|什麼|甚麼|啥|咩|乜嘢?)|(需要|要)(提供|准备|準備)(些|點|点|啲)?(什么|什麼|甚麼|啥|咩|乜嘢?)(材料|资料|資料|证明|證明|文件)?/i;

/**
 * The claim's papers and its time limit asked together ("what do I need to send? photos? how long do I have?"): the
 * claim's points answer both, before the time limit alone is answered as a service question (27: 06.2).
 */
export const asksPapersAndTimeLimit = (text: string): boolean =>
  deadlineAsked(text) && (asksWhatIsNeeded(text) || evidenceAsked(text));

/**
 * "What documents do you need exactly? I have the photos and the invoice" in a claim's complaint: the claim's papers,
 * never how to get an invoice for the postage (blind 29: 03.3).
 */
// ("I'll send photos tonight, what do you need for a claim?" is answered with the photos sent later: intake-asides.ts.)
export const asksClaimPapers = (text: string, state: IntakeState): boolean =>
  PAPERS_ASKED.test(text) && aboutClaim(state, text) && !sendsPhotosLater(text);

/** "What do you need from me?": what the complaint (or the claim) needs of the customer. */
export const asksWhatIsNeeded = (text: string): boolean => WHAT_NEEDED.test(text) || PAPERS_ASKED.test(text);

// How a claim is paid: "怎么赔", "點樣賠", "如何理赔", "how does compensation work", "how do I get compensated".
const CLAIM_HOW =
  /怎么赔|怎麼賠|怎样赔|怎樣賠|点赔|點賠|点样赔|點樣賠|点样索偿|點樣索償|(怎么|怎麼|如何)(理赔|理賠|赔偿|賠償|索赔|索賠)|\bhow (does|do|would|will|is) (the )?(compensation|claims?|payout|reimbursement)\b|\b(compensation|claims?|payouts?) work\b|\bhow (do|can|would|will) (i|we) (get )?(compensated|reimbursed|paid|claim)\b/i;
// How to make a claim, the steps: "how do I claim if it's lost?", "點樣索償", "怎么申请理赔", "理賠流程" — its process
// entry (what to send, where, how soon it is paid), not only what a claim pays (blind 31: 23.5).
const CLAIM_APPLY =
  /点样索偿|點樣索償|(怎么|怎麼|如何|点样|點樣)(去)?(申请|申請|提出|办理|辦理)(理赔|理賠|索赔|索賠|索偿|索償)|(理赔|理賠|索赔|索賠|索偿|索償)(的)?(流程|程序|手续|手續)|\bhow (do|can|would|should) (i|we) (make|file|submit|lodge|start|put in|apply for) (a |the )?claim\b|\bhow (do|can) (i|we) claim\b|\bclaims? (process|procedure)\b/i;
// A claim named: "赔", "索償", "claim", "compensation", "paid back".
const CLAIM_WORDS = /赔|賠|索偿|索償|\b(claims?|compensat\w*|reimburs\w*|payout|insur\w*)\b/i;

// Whether a claim pays in full: "保价5000能全赔吗", "可唔可以全賠", "will I get the full declared value?", "paid in full?"
// (how much, "赔多少", "how much will I get", is `amountAsked`).
const IN_FULL =
  /全赔|全賠|全额|全額|足额|足額|赔足|賠足|(全部|全数|全數)(赔|賠)|\b(full|whole|entire) (amount|value|sum|price)\b|\bin full\b|\bfully (covered|compensated|paid|refunded)\b/i;

// The money paid out, in a "how long" ("how long does it take to pay?", "多久能赔下来"): the payout's time, not the parcel's.
const PAID = /赔|賠|到账|到帳|过数|過數|\b(pay|paid|compensat\w*|reimburs\w*|refund\w*|payout|money)\b/i;

// Who pays a claim, the courier who delivered it or the company: "does the courier have to pay or you?", "is it the
// driver who pays?", "快递员赔还是你们赔", "是网点出钱还是公司出", "係速遞員賠定你哋賠" (blind batch 24: 08.4).
const WHO_PAYS =
  /\b(does|do|will|would|should|must|is|has)\b[^.?!]{0,30}\b(courier|driver|delivery ?(guy|man|person|staff)|postman|station|branch|outlet|depot|company)\b[^.?!]{0,25}\b(pay|pays|paying|compensate|cover|liable)\b(?=[^.?!]{0,25}\bor\b|[^.?!]{0,10}\?)|\b(courier|driver|station|branch|company|you)\b[^.?!]{0,4}\bor\b[^.?!]{0,4}\b(you|your company|the company|courier|driver|station|branch)\b[^.?!]{0,25}\b(pay|pays|paying|compensates?|covers?)\b|\bwho\b[^.?!]{0,10}\bpays?\b[^.?!]{0,15}\b(courier|driver|station|branch|company|you)\b[^.?!]{0,4}\bor\b|(快递员|快遞員|速遞員|派件员|派件員|送货的|送貨的|司机|司機|网点|網點|营业所|營業所|站点|站點|公司|你们|你們|你哋)(自己)?(要|会|會|来|來|嚟)?(赔|賠|出钱|出錢|付钱|付錢|俾錢|畀錢|承担|承擔|孭)[^，。,.?？]{0,3}(还是|還是|定係|定|或者|或是)/i;

type ClaimPoint = 'apply' | 'how' | 'howLong' | 'deadline' | 'provide' | 'howMuch' | 'perishable' | 'whoPays';
const POINT_RULE: Record<Exclude<ClaimPoint, 'whoPays'>, CaseRule> = {
  apply: 'claimProcess',
  how: 'limits',
  howLong: 'payout',
  deadline: 'deadline',
  provide: 'evidence',
  howMuch: 'limits',
  perishable: 'perishable',
};

/** A complaint whose remedy is a claim: a loss or damage, a payout disputed, or compensation wanted. */
const aboutClaim = (state: IntakeState, text: string): boolean =>
  ['lost', 'damaged', 'value_added'].includes(state.category ?? '') ||
  state.demand === 'compensation' ||
  CLAIM_WORDS.test(text);

// The customer's own time limit asked outright: "期限", "有时限吗", "how many days do I have?", "is there a deadline?".
const OWN_LIMIT =
  /期限|时限|時限|时间限制|時間限制|\bhow (long|many days) do (i|we) have\b|\btime limits?\b|\bdeadlines?\b|\bhow soon (do|must|should) (i|we)\b/i;

/**
 * The time to claim in, asked in a clause: with a claim named in the message ("理赔要准备哪些材料？有没有期限？"), or
 * as the customer's own time limit outside a delay — never a time asked of the courier ("你们几天内能找到？").
 */
// ("签收了还能赔吗", "是不是过了7天了", "can I still claim after signing?": whether the time still runs — 41a 08.1, 10.5.)
// (Only of goods that came — damaged, or signed for: "can I still claim if it's lost?" in a delay is the loss's question.)
const claimDeadlineAsked = (clause: string, text: string, state: IntakeState): boolean =>
  (asksWindowOfClaim(text) && aboutGoodsThatCame(state, text)) ||
  (deadlineAsked(clause) && (namesClaim(text) || (state.category !== 'delay' && OWN_LIMIT.test(clause))));

/** A claim in the complaint (compensation wanted, or a claim named) on goods that came (see `cameGoods`). */
const aboutGoodsThatCame = (state: IntakeState, text: string): boolean =>
  (state.demand === 'compensation' || asksClaimStillOpen(text) || namesClaim(state.description)) &&
  cameGoods(state, text);
/** The complaint is about goods that came: damaged or short, or the parcel spoken of as signed for. */
const cameGoods = (state: IntakeState, text: string): boolean =>
  state.category === 'damaged' ||
  state.category === 'packaging' ||
  speaksOfSigning(text) ||
  speaksOfSigning(state.description);

/** The points of a claim a message asks, in their order (each clause on its own). */
function claimPointsIn(text: string, state: IntakeState): ClaimPoint[] {
  const points: ClaimPoint[] = [];
  // ("螃蟹死了你们赔吗", "if the fish goes bad do you compensate?": the claim rules on perishables — 19.4.)
  const perishable = spoiledPerishables(text, state.description);
  for (const clause of clausesOf(text)) {
    if (perishable && CLAIM_WORDS.test(clause)) points.push('perishable');
    else if (WHO_PAYS.test(clause)) points.push('whoPays');
    else if (CLAIM_APPLY.test(clause)) points.push('apply');
    else if (CLAIM_HOW.test(clause)) points.push('how');
    // ("how long do I have?", "理赔有期限吗": the time to claim in, not how long the payout takes — 27 06.2.)
    // (In any complaint a time asked without a claim named is not the claim's: "too late?" in a delay is the parcel's
    // lateness, "你们几天内能找到？" in a loss asks how soon it is found — review 31.)
    else if (claimDeadlineAsked(clause, text, state)) points.push('deadline');
    else if (asksWhatIsNeeded(clause) || evidenceAsked(clause)) points.push('provide');
    else if (IN_FULL.test(clause) || amountAsked(clause)) points.push('howMuch');
    else if (HOW_LONG.test(clause) && (!asksArrival(clause) || PAID.test(clause))) points.push('howLong');
    // "what do I need to send you and how much will I get back?": the amount asked beside another point (08.3).
    if (amountAsked(clause) && !['howMuch', 'perishable'].includes(points.at(-1) ?? '')) points.push('howMuch');
  }
  const unique = points.filter((p, i) => points.indexOf(p) === i);
  // A "how long" or "what to provide" is about the claim only beside a claim point or in a claim's complaint.
  if (!unique.includes('how') && !unique.includes('perishable') && !aboutClaim(state, text)) return [];
  return unique;
}

// Who answers for a loss: "谁要负责", "誰來賠", "邊個負責", "who's responsible", "who pays for it", "whose fault is it".
// ("快递员要为丢件负责吗", "速遞員使唔使負責", "網點會負責嗎": whether one of ours answers for it, as the English asks.)
const WHO_ANSWERS =
  /(快递员|快遞員|速遞員|速递员|派送员|派送員|司机|司機|网点|網點|你们|你們|你哋|公司)(要|会|會|需要|應該|应该|得|使唔使|要不要|會唔會|会不会)?(为|為|对|對|就)?[^，。,.?？]{0,6}(负责|負責|承担|承擔|孭)[^，。,.]{0,3}[吗嗎咩㗎?？]|(谁|誰)(要|来|來|应该|應該|会|會|得)?(负责|負責|赔|賠|承担|承擔|买单|買單)|邊個(要|嚟|應該|會)?(負責|賠|承擔|孭)|\bwho('?s| is| will be| should be| would be)? (responsible|liable|to blame|at fault|accountable)\b|\bwho (pays|will pay|is paying|covers) for (it|this|that|the (loss|damage|parcel|goods))\b|\bwhose (fault|responsibility)\b|\b(is|are|will|would) (the |your |that )?(courier|driver|delivery (guy|man|person)|station|company|you)\b[^.?!]{0,15}\b(responsible|liable|accountable) for (the |my |this |that )?(loss|damage|parcel|package|goods)\b/i;
// The loss or the harm it is asked about ("東西不見了", "lost", "被拿走", "broken").
const HARM =
  /不见|不見|唔見|丢|丟|没了|沒了|冇咗|拿走|攞走|偷|遗失|遺失|损|損|坏|壞|碎|爛|烂|\b(lost|loss|missing|gone|stolen|taken|broken|damaged|ruined)\b/i;

/** "Who is responsible for the loss?": a question about liability, not about who handles the complaint. */
export function asksWhoIsLiable(text: string, state: IntakeState): boolean {
  if (!WHO_ANSWERS.test(text)) return false;
  // ("谁负责处理" asks who handles it; "谁负责" beside a loss, or in a loss complaint, asks who answers for it.)
  if (/处理|處理|跟进|跟進|handl|deal/i.test(text)) return false;
  return HARM.test(text) || state.category === 'lost' || state.category === 'damaged';
}

// Harm to the goods told in the account though the type is another ("everything is soaked"): photos help there too.
const WET_OR_BROKEN = /soak|\bwet\b|ruin|湿|濕|泡水|浸/i;

/** What the complaint still needs of the customer, each as a line: the demand, the digits, photos, a contact. */
function needsOf(turn: Turn, { prompt, state }: IntakePosition): ReplyKey[] {
  const parcel = state.trackingNumbers[0];
  const damaged =
    state.category === 'damaged' ||
    state.category === 'packaging' ||
    speaksOfCategory(state.description, 'damaged') ||
    WET_OR_BROKEN.test(state.description);
  const needs: ReplyKey[] = [];
  if (prompt === DEMAND_PROMPT || state.demand === undefined) needs.push('intake.needs.demand');
  if (parcel && !turn.data.verified.includes(parcel) && !state.unverifiedNumbers?.includes(parcel))
    needs.push('intake.needs.lastFour');
  if (damaged && state.evidence.length === 0) needs.push('intake.needs.photos');
  if (state.needsContact && !state.contact) needs.push('intake.needs.contact');
  return needs;
}

/** The answer of a claim's points, one rule each (a rule said once), and the demand the "how" makes. */
async function answerClaimPoints(turn: Turn, position: IntakePosition, points: ClaimPoint[]): Promise<boolean> {
  // (Who pays is the company's word, not a knowledge entry: the claim is the company's, never the courier's own.)
  // (How much is paid is the rule and what it means for this parcel: its declared value when insured — 08.3.)
  const parcel = position.state.trackingNumbers[0];
  const rules = (
    await Promise.all(
      points.map(async (point) =>
        point === 'whoPays'
          ? say(turn, 'intake.companyPays')
          : point === 'provide'
            ? proofRule(turn, position.state)
            : point === 'deadline'
              ? deadlineRule(turn, position.state)
              : point === 'howMuch'
                ? (await claimLimitsFor(turn, parcel, [position.state.description, turn.text]))?.join('\n')
                : ruleOn(turn, POINT_RULE[point]),
      ),
    )
  ).filter((r): r is string => Boolean(r));
  const lines = rules.filter((r, i) => rules.indexOf(r) === i);
  if (lines.length === 0) return false;
  const { state, prompt } = position;
  // Live crabs or seafood: no ordinary perishables — their survival is never promised (19.4).
  if (points.includes('perishable') && liveGoods(turn.text, state.description))
    lines.push(say(turn, 'intake.liveGoods'));
  // ("怎么赔" in a complaint with no demand yet asks for compensation: said back, and the remedy question answered;
  // so does "螃蟹死了你们赔吗".)
  // ("how much will I get back?" wants compensation too.)
  const asksPaid =
    points.includes('apply') || points.includes('how') || points.includes('perishable') || points.includes('howMuch');
  const takesDemand = asksPaid && (state.demand === undefined || state.demand === 'none');
  if (takesDemand) {
    state.demand = 'compensation';
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
    if (prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  }
  const intro = points.length > 1 ? [say(turn, 'intake.claimAsked')] : [];
  await reply(turn, [...intro, ...lines].join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * Answers what a message in the intake asks of the customer's part or of the claim (see above).
 * @returns 'continue' when the answer also answered the step (a demand taken at the remedy question), 'reprompt'
 * when the step is to be asked again, undefined when the message asks none of these.
 */
export async function answerClaimQuestions(
  turn: Turn,
  position: IntakePosition,
): Promise<'continue' | 'reprompt' | undefined> {
  const { text } = turn;
  const { state, prompt } = position;
  // ("我要俾啲咩文件你哋？" at the summary: the papers a claim takes, said before what else the message asks is answered
  // and the summary's question put again — 27.5.)
  if (prompt === CONFIRM_PROMPT) {
    await answerPapersAtSummary(turn, state);
    return undefined;
  }
  const points = claimPointsIn(text, state);
  // ("Is it the driver who pays for this or you?" asks who pays the claim, not who answers for the loss: 08.4.)
  if (!points.includes('whoPays') && asksWhoIsLiable(text, state)) {
    const rule = ruleOn(turn, 'limits');
    await reply(turn, [say(turn, 'intake.courierResponsible'), rule].filter(Boolean).join('\n'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  // (One point alone — "怎么赔" with a demand held, "how long?" — is left to the answers that take it already; "what do
  // you need from me?" alone is answered below, with the claim's proof in a claim's complaint.)
  const several = points.length > 1;
  const howTakesDemand = points.includes('how') && (state.demand === undefined || state.demand === 'none');
  const perishable = points.includes('perishable');
  // ("冇買保價 咁賠幾多", "no insurance, so how much do I get?": what is paid with or without it — blind 34b: 15.3.)
  const insuranceHowMuch = points.includes('howMuch') && namesInsurance(text);
  if (
    (several ||
      howTakesDemand ||
      perishable ||
      insuranceHowMuch ||
      points.includes('whoPays') ||
      points.includes('deadline')) &&
    // ("咁賠幾多": how much, asked with no question mark; "过没过7天" asks by its own form.)
    (asksQuestionOrHow(text) || insuranceHowMuch || (asksWindowOfClaim(text) && aboutGoodsThatCame(state, text))) &&
    (await answerClaimPoints(turn, position, points))
  )
    return turn.context.turnState.get(STEP_ANSWERED) ? 'continue' : 'reprompt';
  if (asksWhatIsNeeded(text) && !asksAnythingElse(text)) {
    const needs = needsOf(turn, position);
    const lines = needs.map((key) => `- ${say(turn, key)}`);
    // (In a claim's complaint, what a claim takes is said too: photos, the box kept, proof of the value.)
    const proof = aboutClaim(state, text) ? proofRule(turn, state) : undefined;
    const said =
      needs.length > 0
        ? [say(turn, 'intake.needs.intro'), ...lines, proof, say(turn, 'intake.needs.rest')].filter(Boolean).join('\n')
        : [proof, say(turn, 'intake.nothingElseNeeded', { tip: '' })].filter(Boolean).join('\n');
    await reply(turn, said);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  return undefined;
}

/**
 * The papers a claim takes, or the time to claim in, asked at the summary in a claim's complaint: their rules, then the
 * question again.
 */
async function answerPapersAtSummary(turn: Turn, state: IntakeState): Promise<void> {
  const { text } = turn;
  if (!aboutClaim(state, text)) return;
  const papers = PAPERS_ASKED.test(text) || evidenceAsked(text) ? proofRule(turn, state) : undefined;
  const deadline = claimDeadlineAsked(text, text, state) ? await deadlineRule(turn, state) : undefined;
  const lines = [papers, deadline].filter((r): r is string => Boolean(r));
  if (lines.length > 0) await reply(turn, lines.join('\n'));
}

/** The proof a claim takes: for a lost parcel its value and its sending (nothing to photograph), else the damage's. */
const proofRule = (turn: Turn, state: IntakeState): string | undefined =>
  (state.category === 'lost' ? ruleOn(turn, 'lostEvidence') : undefined) ?? ruleOn(turn, 'evidence');

/**
 * How long the claim may wait: a lost parcel never delivered has its own time limit (from the day it was sent), one
 * recorded as delivered ("signed for but not received") and every other claim the one from delivery.
 */
async function deadlineRule(turn: Turn, state: IntakeState): Promise<string | undefined> {
  return claimTimeAnswer(turn, state.trackingNumbers[0], state.category, state.description);
}

/** A loss complaint about a parcel never recorded delivered (not "signed for but not received"). */
export async function lostUndelivered(turn: Turn, state: IntakeState): Promise<boolean> {
  if (state.category !== 'lost') return false;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  return !(lookup?.kind === 'found' && lookup.view.delivered);
}

/** The message asks (a question word or mark), or asks how a claim is paid ("怎么赔" asks by itself). */
const asksQuestionOrHow = (text: string): boolean => asksQuestion(text) || CLAIM_HOW.test(text);
