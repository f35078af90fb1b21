import { ruleOn } from './case-rules';
import { goodsBroke, speaksOfCategory } from './message-cues';
import type { Turn } from './turn';

/**
 * A customer who wants to send a parcel back themselves — "how do I return it", "點樣寄返去", "怎么退回去", "I want to
 * send it back to the seller" (issue #17): how returns work, from the knowledge files (the entry keyed `send a parcel
 * back` in every market and language). That is no complaint and opens no ticket; a complaint told in the same message
 * ("it came broken, how do I send it back?") goes on after the answer.
 */

// "怎么退回去", "點樣寄返去", "寄回给卖家", "我想退货", "how do I return it", "send it back to the seller". Not a parcel the
// courier sent back ("点解退咗件", "why was it returned"): the customer is the one to send it.
const SEND_BACK =
  /(怎么|怎麼|怎样|怎樣|点样|點樣|点|點|如何|点先|點先)(样)?(先)?(可以|能|才能)?(退|寄)(回|返|番)(去|俾|畀|给|給|卖家|賣家|商家)?|(寄|退)(回|返|番)(俾|畀|给|給)?(卖家|賣家|商家|店家)|(想|要|点样|點樣|怎么|怎麼)退(货|貨)|\b(how|where) (do|can|should|would) i (return|send)\b[^.?!]{0,30}(\bback\b|\b(it|this|them|the (parcel|package|item|order))\b)|\b(i'?d like to|i want to|i wanna|i need to|can i|could i|let me) (return|send)\b[^.?!]{0,20}\b(back|to the (seller|shop|store|merchant|sender))\b|\bhow (do|does) (a |the )?return(s)? work\b/i;

// "怎么被退回去了", "點解退咗", "why was it sent back": the courier's return, asked about.
const RETURNED_BY_COURIER =
  /被退|给退|給退|退咗|退了|退回去了|退回來了|退回来了|退返(去|嚟)咗|点解|點解|为什么|為什麼|为啥|為啥|\bwhy\b|\b(was|got|been) (it )?(returned|sent back)\b/i;

/** The customer asks how to send a parcel back themselves (a return to the seller). */
export const asksHowToSendBack = (text: string): boolean => SEND_BACK.test(text) && !RETURNED_BY_COURIER.test(text);

// "发错货了", "寄錯咗", "wrong item", "not what I ordered": the item is not the one expected.
const WRONG_ITEM =
  /(发|發|寄|送|给|給|畀|俾)(错|錯)(了|咗)?(货|貨|东西|東西)?|(货|貨|东西|東西)不对|(貨|嘢)唔啱|\bwrong (item|thing|product|size|colou?r|one)\b|\bnot what i (ordered|bought)\b/i;

/** The message tells of a problem to complain of beside the return: broken goods, a wrong item, a named problem. */
export function complainsBesideReturn({ text, reading }: Turn): boolean {
  if (goodsBroke(text, 'spaces split') || WRONG_ITEM.test(text)) return true;
  const category = reading.intent === 'complaint' ? reading.category : undefined;
  return Boolean(category && category !== 'other' && speaksOfCategory(text, category));
}

/** How sending a parcel back works, from the knowledge file of the customer's market, or undefined when it has none. */
export const sendBackAnswer = (turn: Turn): string | undefined => ruleOn(turn, 'sendBack');
