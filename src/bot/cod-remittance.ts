import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { entrySentences } from './entry-sentences';
import { spokenRegister, type Turn } from './turn';

/**
 * When cash on delivery's money is paid out, said to a seller whose money has not come (issue #17): "我的代收货款一直没
 * 打过来 可以帮我查查吗", "my COD payment still hasn't come through, can you check?", "貨到付款嘅錢仲未入帳" — the
 * remittance rule of the customer's market (how many working days after the recipient pays, where each payment shows,
 * and when it counts as late) beside the complaint being taken down, not the service's fee.
 */

// The sentence the remittance rule starts with, in every knowledge file's cash-on-delivery entry.
const REMITTANCE = /\bRemittance\b|回款时间|回款時間|到账时间|到賬時間|入帳時間|過數時間|撥款時間|拨款时间/;

const COMPLAINT = /\bcomplaint\b|投诉|投訴|客訴/i;

/**
 * The cash-on-delivery entry's remittance rule, from its first sentence on; undefined when the market has none.
 * @param market the customer's, unless a parcel's own market is known.
 */
export function codRemittanceRule(turn: Turn, market: string = customerMarket(turn)): string | undefined {
  const words = 'cod cash on delivery 代收货款 代收貨款';
  const entry = answerFaq(turn.services.knowledge, market, turn.locale, 'fee', words, 'entry', spokenRegister(turn));
  if (!entry) return undefined;
  const sentences = entrySentences(entry);
  const from = sentences.findIndex((sentence) => REMITTANCE.test(sentence));
  if (from < 0) return undefined;
  // (The entry's "file a complaint here if it is late" is what the conversation is doing already.)
  const rule = sentences.slice(from).filter((sentence) => !COMPLAINT.test(sentence));
  return rule.join(turn.locale === 'en' ? ' ' : '');
}
