import { ruleOn } from './case-rules';
import { overcharged } from './message-cues';
import { wantsToComplain } from './start-intake';
import { noteOutcome } from './turn-outcome';
import { reply, type Turn } from './turn';

/**
 * Who pays the postage of a return the customer sends themselves (issue #17): "Customer service said I can return
 * it, do I pay postage?", "客服说可以退货，那退回去的运费谁出？", "賣家答應退貨，寄回去的運費要我付嗎？" — the rule on a
 * return's postage (the one who sends it pays, unless the seller gives a label, a voucher or takes it freight
 * collect), from the knowledge file of the customer's market — not the price list, who pays postage in general, nor
 * a fee complaint. A parcel the courier sent back ("退回来的运费") is return-freight.ts's.
 */

// The customer's own return, going back to the seller: "退货", "退回去", "寄回去", "寄返去", "寄回给卖家", "return it",
// "send it back", "returning the order". (Coming back to them — "退回来", "was returned" — is the courier's return.)
const OWN_RETURN =
  /退货|退貨|(退|寄|送)(回|返)(去|俾|畀|给|給)|(寄|退)(回|返)(卖家|賣家|商家|店家)|\breturn(ing)? (it|this|them|these|the (item|items|order|goods|product|parcel|package|shoes|dress|jacket))\b|\bsend(ing)? (it|this|them|the \w+) back\b|\b(can|may|allowed to|able to) return\b/i;
// The postage of it asked: "运费谁出", "运费要我付吗", "邮费自己出吗", "do I pay (the) postage", "who covers the shipping".
const POSTAGE_ASKED =
  /(运费|運費|邮费|郵費|邮资|郵資|快递费|快遞費|寄费|寄費)[^，。,.?？!！]{0,8}(谁|誰|邊個|边个|我|自己|要|使唔使|需要|收)|(谁|誰|邊個|边个|我|自己)[^，。,.?？!！]{0,4}(出|付|俾|畀)[^，。,.?？!！]{0,3}(运费|運費|邮费|郵費)|\b(postage|shipping|return shipping|return label|freight|delivery (fee|cost|charge))\b[^.?!]{0,20}\?|\b(do|will|would|should|must|have to) (i|we) (have to |need to )?(pay|cover)\b|\bwho (pays|covers|is paying)\b|\b(is|are) (it|the (postage|shipping|return)) (free|on me|on them|paid)\b/i;
// The courier's return, a parcel that came back ("被退", "退回来了", "was sent back") or one refused at the door ("如果我
// 拒收", "if I refuse it": freight collect refused is the postage-payer rule): not the customer's own.
const COURIER_RETURNED =
  /被退|退回来|退回來|退返嚟|退咗|拒收|拒簽|拒签|拒絕|拒绝|唔收|\b(was|were|got|been|being) (returned|sent back)\b|\b(refuse|refused|refusing|reject|rejected)\b/i;

/** The message asks who pays the postage of a return the customer sends back themselves. */
export const asksOwnReturnPostage = (text: string): boolean =>
  OWN_RETURN.test(text) &&
  POSTAGE_ASKED.test(text) &&
  !COURIER_RETURNED.test(text) &&
  !wantsToComplain(text) &&
  !overcharged(text);

/** Answers who pays a return's postage with the market's rule; false when the message asks no such thing. */
export async function answerOwnReturnPostage(turn: Turn): Promise<boolean> {
  if (turn.reading.entities.trackingNumbers.length > 0 || !asksOwnReturnPostage(turn.text)) return false;
  const rule = ruleOn(turn, 'returnPostage');
  if (!rule) return false;
  await reply(turn, rule);
  // (What a return asks next — packing, where to hand it in — is about this return still: send-back.ts.)
  turn.data.returnTold = true;
  turn.data.lastFaq = 'faq.fee';
  noteOutcome(turn.context, 'answered');
  return true;
}
