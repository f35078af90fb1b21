import { ruleOn } from './case-rules';
import { gap } from './intake-slot-text';
import { entrySentences } from './entry-sentences';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';

/**
 * A seller asking about returns from their buyers (issue #17, batch 22: 21.1, 21.3): "可以讓買家寄回來運費算我這邊嗎",
 * "can my customers send returns back at my cost?", "買家退貨要怎麼填單" — answered as the seller's question: the
 * return comes to them freight collect (到付), which the courier's rules on postage and on returns say, and what the
 * buyer writes on the waybill — not the buyer's own return ("write the seller's address, you pay the postage").
 */

// Buyers returning to the one who writes ("買家要退貨", "my customers return", "客人寄返嚟"): the writer is the seller.
// ("The customer service said I can return it": the courier's staff, no buyers.)
const BUYERS_RETURN =
  /(買家|买家|客人|顧客|顾客|客戶|客户)[^，。,.?？]{0,12}(退貨|退货|寄回|寄返|退回|退返|退)|\b(my |our )?(buyers?|customers?(?! (service|support|care)))\b[^.?!]{0,30}\b(return\w*|send\w* (it |them |things |stuff |items )?back)\b|\breturns? from (my |our )?(buyers?|customers?)\b/i;
// The writer is the buyer: "我是买家", "我係買家", "I'm the buyer" — their own return, not a seller's question.
const WRITER_BUYS =
  /我(是|係|系)(买家|買家|买方|買方)|\b(i'?m|i am) (the |a )?(buyer|customer)\b|\bas (the|a) buyer\b/i;
// The freight put on the seller: "運費算我這邊", "我來付", "到付給我", "at my cost", "charge it to me" — not a bare 到付 nor
// "I pay" ("我是买家 可以到付吗", "do I pay the postage?" are the buyer's).
const AT_MY_COST =
  /(运费|運費|邮费|郵費|费用|費用)[^，。,.?？]{0,8}(算我|我付|我出|我俾|我畀|我來付|我来付|我這邊|我这边|記我|记我|計我)|我(來|来)?(付|出|俾|畀|負擔|负担)[^，。,.?？]{0,2}(运费|運費|邮费|郵費)|我(來|来)(付|出|俾|畀)|算我(這邊|这边|嘅|的)?|到付(給|给|俾|畀)我|\b(i|we)('ll| will| can) (pay|cover) (it|the (postage|shipping|return))\b|\b(charge|bill)\w* (it |them |the postage )?to (me|us|my account|our account)\b|\bat (my|our) (cost|expense)\b/i;
// The waybill the buyer fills in: "填單", "運單怎麼寫", "what goes on the label", "fill in the waybill".
const WAYBILL =
  /填单|填單|填写|填寫|填表|(怎么|怎麼|點樣|点样|點|点|如何)填|(运单|運單|托运单|託運單|面单|面單)[^，。,.?？]{0,6}(写|寫|填)|(写|寫)[^，。,.?？]{0,4}(什么|什麼|咩|乜)|\bwaybills?\b|\blabels?\b|\bfill (in|out)\b|\bwhat (do|should) (they|the buyers?|the customers?) write\b/i;

/** What the seller's question asks of buyers' returns: the freight put on them, how to fill in the waybill. */
function askedOf(turn: Turn): { cost: boolean; waybill: boolean } | undefined {
  const { text } = turn;
  // ("And what do they write on the label?" after the answer is about those returns still.)
  const about = BUYERS_RETURN.test(text) || (turn.data.sellerReturnsTold === true && text.length <= 80);
  if (!about || WRITER_BUYS.test(text) || wantsToComplain(text) || turn.reading.entities.trackingNumbers.length > 0)
    return undefined;
  const cost = AT_MY_COST.test(text);
  const waybill = WAYBILL.test(text);
  return cost || waybill ? { cost, waybill } : undefined;
}

/** The sentences of a rule that say a thing (split at 。；; and sentence ends). */
function sentencesOf(rule: string | undefined, says: RegExp): string[] {
  return entrySentences(rule ?? '').filter((s) => says.test(s));
}

/** Answers a seller's question about returns from buyers; false when the message asks none. */
export async function answerSellerReturns(turn: Turn): Promise<boolean> {
  const asked = askedOf(turn);
  if (!asked) return false;
  const lines: string[] = [];
  if (asked.cost) {
    // The return postage's rule on the seller paying, and the postage rule's freight collect (and where it is not offered).
    const seller = sentencesOf(ruleOn(turn, 'returnPostage'), /由(賣家|卖家)(付|俾|畀)|\bthe seller pays\b/i);
    const collect = sentencesOf(
      ruleOn(turn, 'postagePayer'),
      /到付|\bfreight collect\b|\bprepaid only\b|只能寄|只可以寄付/i,
    )
      // (Not what freight collect is not: cash on delivery is another question.)
      .filter((s) => !/代收|\bcash on delivery\b/i.test(s));
    const rules = [...seller, ...collect];
    if (rules.length === 0) return false;
    lines.push(`${say(turn, 'sellerReturn.cost')}\n${rules.join(gap(turn))}`);
  }
  if (asked.waybill) lines.push(say(turn, 'sellerReturn.waybill'));
  turn.data.lastFaq = 'faq.fee';
  turn.data.sellerReturnsTold = true;
  await reply(turn, lines.join('\n'));
  return true;
}
