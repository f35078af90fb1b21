import type { Demand } from '../types';

/**
 * A refund paid to someone else — the seller's buyer, a customer, the recipient: "多收的钱要退给买家", "退返俾我啲客人",
 * "refund the difference to my buyer". A refund demand all the same; the bot notes who gets it (demand-details).
 */
export const REFUND_TO_ANOTHER =
  /(退|还|還|返)(还|還|回|返|番)?(款|钱|錢)?(给|給|俾|畀)(我的|我嘅|我啲|我)?(买家|買家|买方|買方|客人|顾客|顧客|客户|客戶|收件人|收货人|收貨人|对方|對方)|\brefund\b.{0,30}\bto (my|our|the) (buyers?|customers?|clients?|recipients?)\b|\brefund (my|our|the) (buyers?|customers?|clients?|recipients?)\b|\bpay (my|our|the) (buyers?|customers?|clients?|recipients?) back\b/i;

// Checked in this order: an explicit money demand outranks a request for an explanation in the same message, and so
// does the parcel wanted again ("why was it returned? I want it sent again to me" — blind-25 09.5).
const DEMANDS: [Demand, RegExp][] = [
  [
    'compensation',
    // (Written formally too: "给予合理补偿", "予以赔付" — the customer's letter, blind batch 27: 23.2.)
    /赔偿|索赔|赔钱|赔给我|全额赔|按价值赔|赔不赔|赔不陪|要求赔|补偿|赔付|compensat|reimburs|pay (me|for it)|full value/i,
  ],
  [
    'refund',
    new RegExp(
      // ("运费有没有可能退一部分", "退那个特快费": the fee named and given back — blind batch 53b: 12.4–12.6.)
      `${/退款|退钱|退给我|退回来|(退|还|還)(返|番)(俾|畀|给|給)?我|退(俾|畀)我|退运费|退.{0,2}多(收|扣|付|算)|把.{0,6}钱退|退(那个|这个|呢个|嗰个|个|番|返)?(特快费|快递费|运费|邮费)|(运费|快递费|特快费|邮费)[^，,。？?]{0,8}退(?!回寄|返寄|件|货)|refund|money back|want it back|give (it|that|them) back|reimburse/.source}|${REFUND_TO_ANOTHER.source}`,
      'i',
    ),
  ],
  [
    'redelivery',
    /重新(派送|送|发|寄)|再送一次|补发|重发|再(寄|派|发)(一次|一遍|过来|给我)|(寄|送|派)(返|回)(俾|畀|给)我|redeliver|re-deliver|resend|re-sen[dt]|sen[dt] (it |them )?(to me )?again|(deliver|bring|ship) (it |them )?(to me )?again|replacement|\b(i|we) (just |only |still )?(want|need) (my|our) (stuff|things|parcel|package|order|items?|goods)\b(?! (tracked|number|refunded|cancel))|\b(want|need) (it|them) (found|delivered)\b|我(就|只|还)?(想)?要我的(东西|货|包裹|快递)|(想|要|只想)(攞返|拿回|取回)(件|我嘅|我的)?(嘢|野|东西|東西|包裹|件货|件貨|快递|快遞)/i,
  ],
  ['apology', /道歉|赔礼|apolog|say sorry/i],
  [
    'explanation',
    // ("请贵公司说明延误原因", "敬请提供书面说明", "kindly clarify the reason": an explanation asked for in a letter.)
    /给个说法|给个交代|给我.{0,2}解释|请解释|解释一下|说法|交代|说明[^,，。]{0,6}(原因|理由|缘由|情况|经过)|(提供|给予|给出|作出|予以)[^,，。]{0,4}(解释|说明)|(敬请|烦请|恳请|请)[^,，。]{0,4}(解释|说明)|explain|explanation|clarif(y|ication)|why (was|is|did|does)/i,
  ],
];

/** The demand patterns in priority order: what a RegexGate over the text is given (see text-gate). */
export const DEMAND_PATTERNS: readonly RegExp[] = DEMANDS.map(([, pattern]) => pattern);

/**
 * What the customer asks for, if anything: the first matching demand in priority order. `may`, when given, is a
 * RegexGate's answer for the text with DEMAND_PATTERNS from `at`: a pattern it rules out is not run.
 */
export function findDemand(text: string, may?: Uint8Array, at = 0): Demand | null {
  for (let i = 0; i < DEMANDS.length; i += 1) {
    const [demand, pattern] = DEMANDS[i] as [Demand, RegExp];
    if ((may === undefined || may[at + i] === 1) && pattern.test(text)) return demand;
  }
  return null;
}
