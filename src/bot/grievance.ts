import type { ComplaintCategory } from '../nlu';
import type { Feeling } from './empathy';
import { tellsCodChargedAtDoor } from './cod-charged';
import { goodsBroke, tellsOfWrongItem } from './message-cues';

/**
 * The grievance a complaint's opening names in so many words (issue #17, batch 11 pattern 7): an insured value
 * against the payout offered ("保價3000 只賠200", "insured for 2000, offering me 100"), a double charge, an
 * overcharge, cash on delivery not paid over, goods that are not the ones bought. The acknowledgement says that, not a general apology.
 */
export interface Grievance {
  feeling: Extract<
    Feeling,
    'payoutShort' | 'overcharged' | 'doubleCharged' | 'codUnpaid' | 'codBuyerPaid' | 'codCharged' | 'wrongItem'
  >;
  /** The complaint category the grievance belongs to. */
  category: ComplaintCategory;
  vars?: { insured: string; offered: string };
}

// A figure as written: "3000", "2,000", "HK$500", "¥200".
const FIGURE = /(?:HK\$|NT\$|US\$|\$|¥|￥|RMB\s?|CNY\s?)?(\d[\d,]*(?:\.\d+)?)/g;
// Where the insured value is said: "保價3000", "保了3000", "insured it for 2000", "declared value of 500".
const INSURED = /保價|保价|保值|保了|保咗|insured|insurance|declared value/i;
// Where the payout offered is said: "只賠200", "賠我200", "offering me 100", "they'll pay 50".
const OFFERED = /賠|赔|償|偿|offer|pay(?:ing)?(?: me)?|give me|giving me|compensat/i;
// ("I have paid for it twice", "two payments of 23 yuan", "俾咗兩次錢": blind batch 42b 02.1.)
const DOUBLE =
  /\b(paid|charged|billed|deducted)\b(\s+(?!as\b)[\w']+){0,5}?\s+(twice|two times)\b(?!\s+(as|this|a|per|in|each|every|the)\b)|\btwo payments\b|(俾|畀)(了|咗)?(兩|两|2)次(錢|钱|運費|运费)|\bcharged (me )?twice\b|\bdouble[- ]?charged\b|\btwo charges\b|\bcharged two times\b|(扣|收|付)(了|咗)?(我)?(两|兩|2)次|重复(扣|收)|重複(扣|收)|两笔|兩筆/i;
const OVER =
  /\bovercharg\w*|\bcharged (me )?too much\b|多收|收多(了|咗)|(?<!\d)\d+\s*(公斤|kg)[^，,。.\d]{0,4}收(了|咗)?(我)?\s*\d+\s*(公斤|kg)/i;
const COD = /代收(的|嘅)?(货|貨)?款|[货貨]到付款|\bcod\b|cash on delivery/i;
// The buyer paid the courier ("I paid cash on delivery", "我貨到付款付了1280", "我俾咗錢") and the seller says the money
// never came: the money is the seller's, paid over by the courier — not the buyer's, late reaching them (batch 20 04.1).
const BUYER_PAID =
  /我[^，。,.!?！？]{0,8}(付了|付咗|付过|付過|俾咗|畀咗|给了|給了|交了|交咗)|(把|将|將)[^，。,.!?！？]{0,12}(给了|給了|交给|交給|付给|付給|俾咗|畀咗)(快递员|快遞員|速递员|速遞員|司机|司機|派件员|派件員)|(付|俾|畀|给|給)(了|咗)?(钱|錢|款)(给|給|俾|畀)?(快递员|快遞員|速递员|速遞員|司机|司機|你们|你們|你哋)|\b(i|we) (paid|handed|gave)\b/i;
const SELLER_SAYS =
  /(店家|商家|卖家|賣家|店主|商户|商戶|间舖|間舖|舖頭|网店|網店|老板|老闆)[^，。,.!?！？]{0,8}(说|說|话|話|讲|講)|\b(shop|seller|store|merchant|vendor)\b[^.?!]{0,20}\b(says?|said|claims?|told me)\b/i;
const NOT_PAID =
  /(没|沒|冇|未|还没|還沒|仲未)(有)?(打|撥|拨|到账|到帳|入账|入帳|收到|回款|给我|給我|俾我)|\b(not|never|hasn'?t|haven'?t|didn'?t)\b[^.?!]{0,20}\b(paid|remitted|received|got|arrived|come)\b/i;

/** The message tells of cash on delivery's money not paid over ("代收货款还没到账", "my COD money hasn't been paid"). */
export const tellsCodUnpaid = (text: string): boolean => COD.test(text) && NOT_PAID.test(text);

/** A figure written within a few characters after a cue (a tracking number is no amount), or undefined. */
function figureAfter(text: string, cue: RegExp): { value: number; written: string; at: number } | undefined {
  // (Nor a list's number: "…保价能全额赔吗 3. 运费退不退" asks a third question, no payout of 3 — blind batch 42b 09.1.)
  const listed = (text.match(/(^|\s)[1-9](\.|、|\))/g) ?? []).length >= 2;
  const listMarker = (f: RegExpMatchArray): boolean =>
    listed &&
    /^\d{1,2}$/.test(f[0]) &&
    /^(\.|、|\))/.test(text.slice((f.index ?? 0) + f[0].length)) &&
    /(^|\s)$/.test(text.slice(0, f.index));
  const figures = [...text.matchAll(FIGURE)]
    .filter((f) => (f[1] ?? '').replace(/[,.]/g, '').length <= 8 && !listMarker(f))
    .map((f) => ({ value: Number((f[1] ?? '').replace(/,/g, '')), written: f[0].trim(), at: f.index }));
  for (const m of text.matchAll(new RegExp(cue.source, `${cue.flags.replace('g', '')}g`))) {
    const from = m.index + m[0].length;
    const figure = figures.find((f) => f.at >= from && f.at - from <= 30);
    if (figure) return figure;
  }
  return undefined;
}

/** The grievance an opening message names, if it names one of these in so many words. */
export function grievanceIn(text: string): Grievance | undefined {
  if (INSURED.test(text)) {
    const insured = figureAfter(text, INSURED);
    const offered = figureAfter(text, OFFERED);
    if (insured && offered && offered.at !== insured.at && offered.value < insured.value)
      return {
        feeling: 'payoutShort',
        category: 'value_added',
        vars: { insured: insured.written, offered: offered.written },
      };
  }
  if (DOUBLE.test(text)) return { feeling: 'doubleCharged', category: 'fee' };
  if (OVER.test(text)) return { feeling: 'overcharged', category: 'fee' };
  if (COD.test(text) && BUYER_PAID.test(text) && SELLER_SAYS.test(text))
    return { feeling: 'codBuyerPaid', category: 'value_added' };
  // (Cash on delivery taken from a recipient who did not owe it is a fee taken wrongly, not money owed to a seller.)
  if (tellsCodChargedAtDoor(text)) return { feeling: 'codCharged', category: 'fee' };
  if (COD.test(text) && NOT_PAID.test(text)) return { feeling: 'codUnpaid', category: 'value_added' };
  // (Goods that came broken as well are damage: that harm is acknowledged.)
  if (tellsOfWrongItem(text) && !goodsBroke(text, 'spaces split')) return { feeling: 'wrongItem', category: 'other' };
  return undefined;
}
