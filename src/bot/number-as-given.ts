import type { ConversationData } from './turn';

/**
 * A tracking number the customer stands by though tracking cannot find it (issue #17, blind batch 27: 25.3, 26.4–26.6):
 * "it's on my receipt", "我頭先咪俾咗你囉" with the same number again. Once they stood by it — or sent the same unknown
 * number a second time — it is taken as given for the rest of the conversation: a complaint or a hand-off started
 * later carries it (marked for an agent to check), and it is never asked for again. Nothing of a parcel not found is
 * shown. A leaf module: the conversation's record of such numbers and the words that cite where the number came from.
 */

// "收據上就是這個號碼", "短訊明明係你哋發嘅", "小票上印的就是", "it's on my receipt", "your own text gave me this number":
// the number is the one the customer was given — by the courier's message, the receipt or the label; "這是購物網站上寫的
// 我只有這個號碼", "the shop gave me this one": the only number they have (blind batch 43b: 11.3).
const CITES_SOURCE =
  /(收據|收据|單據|单据|小票|短信|短訊|簡訊|面单|面單|运单|運單)(上|度|裡|里|裏)?(面)?[^，。,.?？!！]{0,6}(明明|就是|就係|都係|都是)|明明(是|係|就是|就係)?(你们|你們|你哋)(发|發|寄|俾|給|给)|\bit'?s (on|from) (my|the) (receipt|label|slip|text|sms|email)\b|\b(you|your (own )?(text|sms|message|email|app))\b[^.?!]{0,20}\b(sent|gave|texted|emailed|shows?)\b[^.?!]{0,15}\b(this|that|the same) (number|one)\b|(网站|網站|网店|網店|商家|卖家|賣家|店家|淘宝|淘寶|app|APP)(上|度|裡|里)?(面)?(写|寫|给|給|俾|顯示|显示)(的|嘅)|(只有|淨係有|得)(这个|這個|呢個)(号码|號碼|单号|單號|號)|\bonly (have|got) (this|that) (one|number)\b|\b(the shop|the seller|the store|the website|the site|amazon|taobao) (gave|sent|shows?) (me )?(this|that)( number| one)?\b/i;

/** "收據上就是這個號碼", "短訊明明係你哋發嘅", "it's on my receipt": where the number came from, cited to stand by it. */
export const citesNumberSource = (text: string): boolean => CITES_SOURCE.test(text);

/** Notes a number tracking could not find, sent by the customer in this conversation. */
export function noteUnfound(data: ConversationData, number: string): void {
  const seen = data.unfoundNumbers ?? [];
  if (!seen.includes(number)) data.unfoundNumbers = [...seen, number].slice(-5);
}

/** The number was sent before in this conversation and not found then either (or was stood by already). */
export function unfoundBefore(data: ConversationData, number: string): boolean {
  return Boolean(data.unfoundNumbers?.includes(number) || data.numbersAsGiven?.includes(number));
}

/** Takes a number not found as the customer gave it, for the rest of the conversation. */
export function takeAsGiven(data: ConversationData, number: string): void {
  const given = (data.numbersAsGiven ?? []).filter((n) => n !== number);
  data.numbersAsGiven = [...given, number].slice(-5);
}

/** The number not found the customer last stood by, if any. */
export const numberAsGiven = (data: ConversationData): string | undefined => data.numbersAsGiven?.at(-1);
