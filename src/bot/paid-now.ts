import { ruleOn } from './case-rules';
import { demandsSaid } from './demand-details';
import { clausesOf } from './message-cues';
import { owesCodMoney } from './owed-money';
import { ANSWERED_ASIDE, DEMAND_PROMPT, STEP_ANSWERED, type IntakePosition } from './intake-state';
import { toldOfScamCall } from './scam-told';
import { reply, say, type Turn } from './turn';

/**
 * "我想你哋而家即刻賠錢俾我 轉數快得唔得", "transfer it to my Alipay now", "pay me right now" (blind batch 26: 29.2):
 * compensation wanted on the spot, or into a wallet named. The customer hears honestly that nobody can pay it here and
 * now — a claim is assessed first — and the claim rule of the market (how long, how it is paid); compensation stays
 * the complaint's demand, said back. Never only "noted: compensation".
 */

// Paying the customer: "pay me", "compensate me", "transfer it", "賠錢俾我", "赔给我", "打钱", "過數", "退钱给我".
const PAY_ME =
  /\b(pay|compensate|reimburse|transfer|send)\b[^.?!]{0,20}\b(me|it|the money|my money|compensation)\b|\bcompensation\b|\bmoney\b|赔|賠|打钱|打錢|过数|過數|转账|轉賬|轉帳|匯款|汇款|俾錢|畀錢|给钱|給錢|付钱|付錢/i;
// At once: "now", "right now", "on the spot", "immediately", "即刻", "马上", "立即", "而家", "现在就".
const AT_ONCE =
  /\b(right now|now|right away|straight away|immediately|on the spot|this minute)\b|即刻|立即|立刻|马上|馬上|而家|现在就|現在就|当场|當場/i;
// Into a wallet or account named: FPS, PayMe, Alipay, WeChat Pay, PayPal, a bank transfer.
const WALLET =
  /\b(fps|payme|alipay|wechat ?pay|wechat|paypal|venmo|line ?pay|jko ?pay|bank transfer|octopus)\b|轉數快|转数快|支付宝|支付寶|微信|八達通|八达通|街口|銀行轉賬|银行转账/i;

/** The message wants compensation paid at once, or into a wallet it names. */
// (At once in the same clause as the payment: "今日之內搵返件貨，搵唔返就賠錢" wants the parcel found today.)
// (A scam call told of — "诈骗电话…说快递丢了要理赔让我加微信" — reports what the caller offered: blind batch 31: 20.1.)
// ("It was paid by WeChat Pay": a wallet's own name pays nobody.)
export const wantsPaidNow = (text: string): boolean => {
  const asked = text.replace(new RegExp(WALLET.source, 'gi'), ' ');
  return (
    !toldOfScamCall(text) &&
    ((PAY_ME.test(asked) && WALLET.test(text)) || clausesOf(asked).some((c) => PAY_ME.test(c) && AT_ONCE.test(c)))
  );
};

// A refund asked, not compensation: "refund it there", "退回我微信", "退返落 PayMe".
const REFUND = /\brefund\w*\b|\bmoney back\b|退款|退钱|退錢|退回|退返|退还|退還/i;

/**
 * Answers compensation wanted on the spot in a complaint being taken down: not here and now, the claim's rule, the
 * demand taken (at the remedy question, that answers the step).
 * @returns whether the message was such.
 */
export async function answerPaidNow(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  // (Cash on delivery owed is the customer's own money, remitted under its own rule: owed-money.ts.)
  if (!wantsPaidNow(turn.text) || owesCodMoney(state)) return false;
  // ("…paid by WeChat Pay, refund it there" with a refund asked: how a refund is paid back, not a claim's payout — blind
  // batch 46a: 03.3.)
  if (state.demand === 'refund' || REFUND.test(turn.text)) {
    const rule = ruleOn(turn, 'refund');
    if (!rule) return false;
    await reply(turn, rule);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return true;
  }
  const lines = [say(turn, 'claim.notOnTheSpot'), ruleOn(turn, 'payout')];
  if (state.demand === undefined || state.demand === 'none') {
    state.demand = 'compensation';
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
    if (prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
  }
  await reply(turn, lines.filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
