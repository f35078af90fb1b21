import { codRemittanceRule } from './cod-remittance';
import { demandsSaid } from './demand-details';
import { DEMAND_PROMPT, STEP_ANSWERED, ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { owesCodMoney } from './owed-money';
import { reply, say, type Turn } from './turn';

/**
 * "钱呢？", "錢呢", "so where's my money?" in a complaint about cash on delivery's money (issue #17, blind 28: 16.3, where
 * the bot took it for no demand): when that money is paid out — the remittance rule of the market — and that the
 * complaint traces the cash the courier collected; the money paid over is what they want, said back, at the demand
 * question.
 */

// Where the money is, or when it comes: "钱呢", "我的钱呢", "款呢", "錢去咗邊", "钱什么时候到", "where's my money",
// "what about my money", "when do I get paid".
const MONEY_ASKED =
  /(钱|錢|款|货款|貨款)(呢|去哪|去哪了|去咗邊|去了哪|在哪|喺邊)|(钱|錢|货款|貨款)[^，。？?]{0,4}(什么时候|什麼時候|几时|幾時|几号|幾號)|\bwhere('?s| is| did)\b[^.?!]{0,8}\b(my|the|our)\b[^.?!]{0,6}\b(money|cash|payment)\b|\bwhat about (my|the) (money|cash|payment)\b|\bwhen (do|will|can) (i|we) (get|be) paid\b/i;

/** Answers where the COD money is in a COD complaint; false when the message does not ask it. */
export async function answerCodMoneyAsked(turn: Turn, { state, prompt }: IntakePosition): Promise<boolean> {
  if (!owesCodMoney(state) || !MONEY_ASKED.test(turn.text)) return false;
  const rule = codRemittanceRule(turn);
  const lines = [rule, say(turn, 'intake.codTraced')].filter((line): line is string => Boolean(line));
  // (At the demand question the money paid over is the demand — compensation of what is owed, as "I want my 850 paid".)
  if (prompt === DEMAND_PROMPT && (state.demand === undefined || state.demand === 'none')) {
    state.demand = 'compensation';
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
    turn.context.turnState.set(STEP_ANSWERED, true);
  }
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
