import { ruleOn, type Found } from './case-rules';
import { lookUpParcel } from './parcel-answer';
import { reply, type Turn } from './turn';

/**
 * "如果真的找不到，我可以要求退運費嗎？", "if it never turns up, do I get the shipping fee back?", "萬一唔見咗，運費退唔退
 * 返？" (issue #17, blind 29: 23.4 heard "it is not lost" again): what a loss would give back — the shipping fee
 * refunded with the compensation, under the claim rules of the parcel's market — asked of a parcel that may yet be
 * found. The parcel's status is no answer to a question about what happens if it is lost.
 */

// A loss supposed, not told: "if it's lost", "如果真的找不到", "萬一唔見咗", "in case it never arrives".
const IF_LOST =
  /(如果|要是|万一|萬一|假如|假设|假設|若是|若果|如果係|如果是)[^。？?！!，,]{0,12}(找不到|找不回|找唔到|搵唔到|搵唔返|丢|丟|遗失|遺失|唔見|不见|不見|没了|沒了)|(丢|丟|遗失|遺失|唔見)(了|咗)?(的话|的話|嘅話)|\b(if|in case|what if|suppose|supposing)\b[^.?!,]{0,25}\b(lost|los(e|es|ing) it|can'?t be found|cannot be found|isn'?t found|is not found|never (turns up|arrives|shows up|comes|found)|not found|doesn'?t turn up|gone for good)\b/i;
// The shipping fee back: "退运费", "運費可以退嗎", "退返運費", "get the fare back", "refund the shipping".
const FREIGHT_BACK =
  /(退|退还|退還|退返|返還|还|還)[^。？?！!]{0,6}(运费|運費|邮费|郵費)|(运费|運費|邮费|郵費)[^。？?！!]{0,8}(退|还给|還給|返|赔|賠)|\b(shipping|delivery|postage|freight|fare|carriage)( fees?| costs?| charges?| money)?\b[^.?!]{0,25}\b(back|refund\w*|returned|repaid)\b|\brefund\w*\b[^.?!]{0,25}\b(shipping|postage|freight|fare|delivery fee)\b/i;

/** The message asks whether the shipping fee comes back if the parcel is lost. */
export const asksLostFreight = (text: string): boolean => IF_LOST.test(text) && FREIGHT_BACK.test(text);

/**
 * Answers it from the claim rules of the market of the parcel the conversation is about (else the customer's).
 * @returns whether it answered.
 */
export async function answerLostFreight(turn: Turn): Promise<boolean> {
  if (!asksLostFreight(turn.text)) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel: Found | undefined = lookup?.kind === 'found' ? lookup : undefined;
  const rule = ruleOn(turn, 'lostFreight', parcel);
  if (!rule) return false;
  await reply(turn, rule);
  return true;
}
