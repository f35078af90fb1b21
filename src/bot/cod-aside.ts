import { asksCodHandlingFee } from './cod-fee-asked';
import { asksCodOffered, codEntry, codOfferedAnswer } from './cod-offered';
import { ANSWERED_ASIDE } from './intake-state';
import { reply, type Turn } from './turn';

/**
 * Whether cash on delivery is offered and how it works, asked in the middle of a complaint (issue #17, blind batch 27:
 * 05.3): "does your company even do COD? how is that supposed to work?", "你们有代收货款吗 怎么运作的", "你哋有冇貨到付款
 * 㗎 點運作" — the service's entry of the customer's market, as outside a complaint (cod-offered.ts), then the step
 * again; never "I can't answer that one here".
 */
// The COD money wanted, not the service asked about: "我要你哋將代收貨款打俾我", "I want the cash on delivery paid to me".
const WANTS_THE_MONEY =
  /我要|我想要|\bI (want|need)\b|(打|转|轉|付|畀|俾|给|給)(返)?(俾|畀|给|給)我|paid to me|pay (it )?(to )?me\b/i;

export async function answerCodAside(turn: Turn): Promise<boolean> {
  // ("是扣了手续费吗 百分之几" about the cash on delivery told of: its entry, with the fee.)
  const feeAsked = asksCodHandlingFee(turn);
  if (!feeAsked && (!asksCodOffered(turn.text) || WANTS_THE_MONEY.test(turn.text))) return false;
  const answer = feeAsked ? codEntry(turn) : codOfferedAnswer(turn);
  if (!answer) return false;
  await reply(turn, answer);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
