import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { asksCodTiming } from './faq-topics';
import { COD } from './cod-words';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * Whether cash on delivery is offered, and how to use it (issue #17, batch 22: 26.1): "你哋有冇貨到付款代收服務？",
 * "do you offer COD?", "可以代收货款吗" — said plainly ("Yes, we offer cash on delivery here:") with the entry of the
 * customer's market, which says how to choose it, what it costs and where it does not apply — not who pays the postage
 * (freight collect, 到付, is another thing).
 */

// Asked whether it is offered or can be used: "有冇", "有没有", "支持", "可以用代收货款吗", "do you offer", "can I use" —
// 可以/能 tied to the service ("可以用/选/做代收货款"), never any "可以帮我查查吗" beside it.
const OFFERED =
  /有冇|有没有|有沒有|有无|有無|提供|支持|支援|(可唔可以|可不可以|可以|能不能|能唔能|能否|能)(用|使用|选|選|揀|做|开|開|办|辦|申请|申請|寄)?[^，。,.?？\s]{0,2}(代收|[货貨]到付款)|做唔做|做不做|接唔接|\b(do|does|can|could) (you|u|i|we|your (company|courier))\b[^.?!]{0,20}\b(offer|do|have|provide|support|use|get|send|choose)\b|\bis (there|it) (an? )?(option|possible|available)\b|\bhow (do|can) (i|we) (use|set up|get|choose|add)\b|\bhow (does|do|is|would|should|will)\b[^.?!]{0,25}\bwork\b|(怎么|怎麼|点样|點樣|如何)(运作|運作|操作|收法|收款)|(點|点)(運作|运作|收法)/i;
// The money collected not reached the seller ("一直没打过来", "还没收到", "not received", "still waiting"): a
// remittance complained of, not whether the service is offered.
const MONEY_NOT_RECEIVED =
  /没到账|沒到帳|沒到賬|未到账|未到帳|未入帳|未入账|没打过来|沒打過來|没打來|沒匯過來|没汇过来|没转过来|沒轉過來|(还|還|一直|仲)(没|沒|未)(有)?(收到|到|打|汇|匯|转|轉|俾|畀|入)|未收到|(没|沒)收到|\bnot (been )?(received|paid|remitted|transferred)\b|\b(haven'?t|hasn'?t|have not|has not|never|didn'?t|did not) (yet )?(received|got|gotten|been paid|been remitted|been transferred|paid)\b|\bstill waiting\b|\bnever (came|arrived|got)\b/i;

/** The message asks whether cash on delivery is offered or how to use it (not when its money is paid out, nor money not received). */
export const asksCodOffered = (text: string): boolean =>
  COD.test(text) && OFFERED.test(text) && !asksCodTiming(text) && !MONEY_NOT_RECEIVED.test(text);

/**
 * "Yes, we offer cash on delivery here:" and the entry of the customer's market (how to choose it, what it costs,
 * where it does not apply); undefined when the market has no entry.
 */
export function codOfferedAnswer(turn: Turn): string | undefined {
  const entry = codEntry(turn);
  return entry ? `${say(turn, 'cod.offered')}\n${entry}` : undefined;
}

/** Cash on delivery's entry of the customer's market (how to choose it, its fee, its payout times). */
export function codEntry(turn: Turn): string | undefined {
  const market = customerMarket(turn);
  const { knowledge } = turn.services;
  const words = 'cod cash on delivery 代收货款 代收貨款';
  const entry = answerFaq(knowledge, market, turn.locale, 'fee', words, 'entry', spokenRegister(turn));
  if (!entry) return undefined;
  turn.data.market ??= market;
  turn.data.marketFrom ??= 'language';
  return entry;
}

/** Answers whether cash on delivery is offered in the customer's market; false when it is not asked or has no entry. */
export async function answerCodOffered(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (!asksCodOffered(text) || wantsToComplain(text) || strongFeelings(reading, text)) return false;
  if (reading.entities.trackingNumbers.length > 0) return false;
  const answer = codOfferedAnswer(turn);
  if (!answer) return false;
  turn.data.lastFaq = 'faq.fee';
  await reply(turn, answer);
  return true;
}
