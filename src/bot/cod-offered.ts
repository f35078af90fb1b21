import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { asksCodTiming } from './faq-topics';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * Whether cash on delivery is offered, and how to use it (issue #17, batch 22: 26.1): "你哋有冇貨到付款代收服務？",
 * "do you offer COD?", "可以代收货款吗" — said plainly ("Yes, we offer cash on delivery here:") with the entry of the
 * customer's market, which says how to choose it, what it costs and where it does not apply — not who pays the postage
 * (freight collect, 到付, is another thing).
 */

const COD = /代收(货款|貨款|款)?|[货貨]到付款|\bcod\b|\bc\.o\.d\b|\bcash[- ]on[- ]delivery\b/i;
// Asked whether it is offered or can be used: "有冇", "有没有", "可以…吗", "支持", "do you offer", "can I use".
const OFFERED =
  /有冇|有没有|有沒有|有无|有無|提供|支持|支援|可唔可以|可不可以|可以|能不能|能唔能|做唔做|做不做|接唔接|\b(do|does|can|could) (you|u|i|we|your (company|courier))\b[^.?!]{0,20}\b(offer|do|have|provide|support|use|get|send|choose)\b|\bis (there|it) (an? )?(option|possible|available)\b|\bhow (do|can) (i|we) (use|set up|get|choose|add)\b/i;

/** The message asks whether cash on delivery is offered or how to use it (not when its money is paid out). */
export const asksCodOffered = (text: string): boolean => COD.test(text) && OFFERED.test(text) && !asksCodTiming(text);

/** Answers whether cash on delivery is offered in the customer's market; false when it is not asked or has no entry. */
export async function answerCodOffered(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (!asksCodOffered(text) || wantsToComplain(text) || strongFeelings(reading, text)) return false;
  if (reading.entities.trackingNumbers.length > 0) return false;
  const market = customerMarket(turn);
  const { knowledge } = turn.services;
  const words = 'cod cash on delivery 代收货款 代收貨款';
  const entry = answerFaq(knowledge, market, turn.locale, 'fee', words, 'entry', spokenRegister(turn));
  if (!entry) return false;
  turn.data.market ??= market;
  turn.data.marketFrom ??= 'language';
  turn.data.lastFaq = 'faq.fee';
  await reply(turn, `${say(turn, 'cod.offered')}\n${entry}`);
  return true;
}
