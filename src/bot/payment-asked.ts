import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * "钱是给快递员现金还是怎么付 我不会用手机付", "how do I pay, can I pay cash?", "寄件可唔可以俾現金": how a sender pays — the
 * `how to pay` entry of the market's fee knowledge (blind batch 47b: 06.6 heard the price list). Not a charge disputed,
 * nor who pays the postage (the sender or the recipient), which have answers of their own.
 */
const HOW_TO_PAY =
  /(怎么|怎麼|点样|點樣|如何|咋)(付|给钱|給錢|俾錢|畀錢|付款|付钱|付錢|支付|交钱|交錢)|(现金|現金)[^，。,.?？]{0,4}(还是|還是|或者|定係|定)|(付|给|給|俾|畀|用)(现金|現金)|(收|收唔收|收不收)(现金|現金)|\bhow (?:do|can|should|would) (?:i|we) pay\b(?! less| more| lower)|\bpay (?:in |with |by )?cash\b|\bcash or card\b|\bpayment methods?\b/i;
// Money taken, disputed: "收了我…", "扣了", "charged me", "多收".
const CHARGED = /收了我|收咗我|扣了|扣咗|多收|乱收|亂收|\b(charged|overcharg\w*|double charge)\b/i;

/** The message asks how to pay for sending (cash or otherwise). */
// Another payment: duties and taxes (the customs entry's), a cash-on-delivery parcel's price (the recipient's), a card
// to be sent — "how do I pay the import tax?", "关税可以付现金吗", "can I pay cash on delivery?" (review of session 47).
const OTHER_PAYMENT =
  /关税|關稅|税|稅|清关|清關|到付|货到付款|貨到付款|代收|\b(dut(y|ies)|tax(es)?|customs|vat|cash on delivery|cod|gift card)\b/i;
export const asksHowToPay = (text: string): boolean =>
  HOW_TO_PAY.test(text) && !CHARGED.test(text) && !OTHER_PAYMENT.test(text);

/**
 * Answers how a sender pays from the market's knowledge.
 * @returns whether it answered.
 */
export async function answerHowToPay(turn: Turn): Promise<boolean> {
  if (!asksHowToPay(turn.text) || turn.reading.entities.trackingNumbers.length > 0) return false;
  const entry = answerFaq(
    turn.services.knowledge,
    customerMarket(turn),
    turn.locale,
    'fee',
    'how to pay',
    'entry',
    spokenRegister(turn),
  );
  if (!entry) return false;
  turn.data.lastFaq = 'faq.fee';
  await reply(turn, entry);
  return true;
}
