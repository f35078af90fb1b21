import { ruleOn, type Found } from './case-rules';
import { say, type Turn } from './turn';

/**
 * Who pays for a parcel's way back to its sender (issue #17, batch 22: 09.3, 12.4): "who pays for the return
 * shipping?", "退回来的运费要我出吗", "寄返嚟嘅運費使唔使我俾" about a parcel returned or on its way back — the
 * courier's rule on returned parcels (free when the courier was at fault, else charged to the sender), and, when the
 * buyer is named, that the courier charges the sender: what the buyer pays back is between seller and buyer.
 */

// The freight of the way back, in the three languages (word families: the return's freight, the parcel coming back).
// ("運費可唔可以退返俾我", "退回运费" ask the freight refunded: no way back in them.)
const RETURN_FREIGHT =
  /(退|寄|送)(回|返)(来|來|嚟|去)(嘅|的)?[^，。,.?？]{0,6}(运费|運費|邮费|郵費|费用|費用)|(退回|退返|寄回|寄返|送回|送返)(嘅|的)(运费|運費|邮费|郵費|费用|費用)|(退件|回程)(运费|運費|邮费|郵費|费用|費用)|\breturn(ed)? (shipping|postage|freight|fees?|charges?|costs?|delivery)\b|\b(shipping|postage|freight|fees?|charges?|costs?) (for|of) (the |its |it )?(return\w*|way back|(coming|sending|shipping|being sent|getting) (it |them )?back)\b|\b(for it|it) to (come|be sent|be shipped) back\b|\bsending it back to me\b/i;
// The one who would pay instead: the buyer, the recipient, the customer the parcel was for.
const BUYER = /买家|買家|收件人|客人|顾客|顧客|\b(buyer|recipient|receiver|customer|addressee)s?\b/i;

// Paying or the freight, in the clause that names the buyer ("要买家出运费吗", "should the buyer pay for it?").
const PAID =
  /出|付|俾|畀|给|給|承担|承擔|运费|運費|邮费|郵費|\b(pay|pays|paid|paying|cover|covers|charge\w*|shipping|postage|freight)\b/i;

/** The message names the freight of a parcel's way back (who pays is asked by the caller's words). */
export const namesReturnFreight = (text: string): boolean => RETURN_FREIGHT.test(text);

/** The rule on a returned parcel's freight, for a parcel returned or on its way back; undefined for any other. */
export function returnFreightAnswer(turn: Turn, parcel: Found | undefined): string | undefined {
  const back = parcel && (parcel.view.status === 'returned' || parcel.view.status === 'returning');
  const rule = back ? ruleOn(turn, 'returned', parcel) : undefined;
  if (!rule) return undefined;
  // (The buyer named where the return is paid for, not elsewhere: "凭什么不联系收件人就退？运费谁出" asks no buyer to pay — 12.3.)
  const buyerPays = turn.text.split(/(?<=[，,。.;；！!？?])/).some((clause) => BUYER.test(clause) && PAID.test(clause));
  return buyerPays ? `${rule}\n${say(turn, 'caseQ.returnBuyer')}` : rule;
}
