import { claimLimitsFor } from './goods-value';
import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { STEP_ANSWERED } from './intake-volunteered';
import { keepInAccount } from './intake-slot-text';
import { reply, say, type Turn } from './turn';

/**
 * "I want 20,000 compensation for the stress and the job I lost … Dont tell me about your rules", "do I get the 20k or
 * not? yes or no", "另外要求賠我一千塊精神損失" in a complaint (issue #17, blind batch 54b: 02.2 heard the loss line again,
 * 02.3 "I can't answer that here", 12.3 nothing about it). Compensation asked beyond what the claim rules pay: said
 * plainly that the bot will not promise it — the rules pay for the goods, not stress, lost work or business — with the
 * rules for this parcel, and what was asked kept on the complaint for the colleague who reviews the actual loss. Never
 * a promise, never silence.
 */

// Losses beyond the goods: "for the stress", "the job I lost", "lost business", "精神损失", "误工费", "客人唔再幫襯".
const BEYOND_GOODS =
  /\b(stress|emotional|mental|suffering|distress|lost (my )?(job|work|business|clients?|customers?|income|wages|earnings)|the job i lost|(time|work|business) (i )?lost)\b|精神损失|精神損失|精神赔偿|精神賠償|误工|誤工|生意(上)?(的|嘅)?(损失|損失)|收入(损失|損失)|(客人|客户|客戶|啲客|熟客|客仔)[^，。,.]{0,6}(唔再|不再|流失|跑了|走咗|冇咗|没了)/i;
// Compensation asked: "compensation", "赔我", "賠我", "要求赔".
// ("我嘅損失邊個負責？", "who pays for my loss?": the loss laid at the courier's door, too.)
const COMPENSATION =
  /\bcompensat\w*|\bpay (me|for)\b|赔|賠|索偿|索償|(损失|損失)[^，。,.?？]{0,6}(负责|負責|承担|承擔|买单|埋單)|\bwho('?s| is)? (pays?|paying|responsible) for (my|the|this) loss/i;
// An amount as typed: "20,000", "20k", "4200", "两万", "一千塊".
const AMOUNT_TYPED =
  /\b\d{1,3}(?:,\d{3})+\b|\b\d{1,9}(?:\.\d{1,2})?\s?k\b|\b\d{4,6}\b|(?<![一二两兩三四五六七八九十\d])[一二两兩三四五六七八九十\d]{1,8}(?:万|萬|千)(?:块|塊|元|蚊)?/i;
// Yes or no asked of getting it: "do I get the 20k or not", "yes or no", "到底赔不赔", "能不能赔两万".
const YES_OR_NO = /\byes or no\b|\bor not\b|(赔不赔|賠不賠|賠唔賠|能不能赔|能不能賠|可唔可以賠|到底(赔|賠))/i;

// A sum wanted: "I want 15,000 for the stress", "要5000".
const SUM_WANTED = /\b(want|demand|expect|need)\b[^.?!]{0,12}\d|(我要|要求)[^，。,.]{0,4}\d/i;
// The money itself asked of: "do I get the 20k", "will I receive 5000".
const GETS = /\b(do|will|would|can) i (get|receive)\b/i;

/** The amount the message asks for, as the customer typed it, when it asks compensation beyond the goods or a yes/no. */
function amountBeyond(text: string): { amount: string | undefined; yesOrNo: boolean } | undefined {
  // (The amount asked, not the goods' price told before it: "That lens cost me 4200 yuan. I want 20,000…".)
  const amounts = [...text.matchAll(new RegExp(AMOUNT_TYPED.source, 'gi'))];
  const asking = /\b(want|demand|get|give me|pay me|compensat\w*)\b|要求|要|赔|賠|俾我|给我|給我/i;
  const amount = (amounts.find((m) => asking.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0))) ??
    amounts.at(-1))?.[0];
  const beyond = BEYOND_GOODS.test(text) && (COMPENSATION.test(text) || SUM_WANTED.test(text));
  // (Of money: "are you treating this as urgent or not?" beside a phone number asks no amount — a review of 217df6f.)
  const gets = GETS.test(text);
  const yesOrNo = amount !== undefined && (YES_OR_NO.test(text) || gets) && (COMPENSATION.test(text) || gets);
  return beyond || yesOrNo ? { amount, yesOrNo } : undefined;
}

/**
 * Answers compensation asked beyond the rules in a complaint; the demand is compensation and the amount asked is noted.
 * @returns whether it answered (the step goes on after it at the demand step, else the step is asked again).
 */
export async function answerBeyondRules(turn: Turn, position: IntakePosition): Promise<boolean> {
  const asked = amountBeyond(turn.text);
  if (!asked) return false;
  const { state } = position;
  // ("do I get the 4200 back or not", "我保价了3000 到底赔不赔": the goods' own value asked — the claim rules answer that;
  // a yes or no is said here only of a sum asked beyond the goods earlier in this complaint — a review of 217df6f.)
  const toldBefore = state.beyondRulesTold === true;
  if (asked.yesOrNo && !BEYOND_GOODS.test(turn.text) && !toldBefore) return false;
  if (!state.demand || state.demand === 'none') state.demand = 'compensation';
  else if (state.demand !== 'compensation' && !(state.moreDemands ?? []).includes('compensation'))
    state.moreDemands = [...(state.moreDemands ?? []), 'compensation'];
  const note = asked.amount ? say(turn, 'claim.beyondRulesNote', { amount: asked.amount }) : undefined;
  // (Asked again — "yes or no?" — the answer is the no and the rule for this parcel, not the whole paragraph again.)
  if (note && !(state.demandNotes ?? []).includes(note)) state.demandNotes = [...(state.demandNotes ?? []), note];
  state.beyondRulesTold = true;
  keepInAccount(turn, state);
  // (What a loss or damage of the goods pays, where the complaint is about one; a rude courier's pays nothing of it.)
  const aboutGoods = ['lost', 'damaged'].includes(state.category ?? '');
  const limits = aboutGoods ? ((await claimLimitsFor(turn, state.trackingNumbers[0])) ?? []) : [];
  const no = asked.yesOrNo && asked.amount ? say(turn, 'claim.beyondRulesNo', { amount: asked.amount }) : '';
  const lines = toldBefore ? [no, limits[0]] : [no, say(turn, 'claim.beyondRules'), ...limits];
  await reply(turn, lines.filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  if (position.prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}
