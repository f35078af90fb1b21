/**
 * "打我电话别打她的", "call my number, not hers", "唔好打俾佢，打俾我": the customer wants the call themselves and turns
 * down calling someone else (the recipient, a parent) — no refusal of the call itself. A leaf module: the delivery
 * readers use it, and it imports nothing.
 */

// The other person turned down as the one to call: "别打她的", "不要打给我妈", "唔好打俾佢", "not hers", "don't call him".
// Each optional word carries its own trailing space, so no two spaces-runs sit side by side (a padded message backtracked
// in cubic time otherwise).
const OTHER_NOT_CALLED =
  /(不要|别|別|唔好|唔使|不用)\s*(?:(?:打|call)\s*)?(?:(?:给|給|俾|畀)\s*)?(她|他|佢|对方|對方|收件人|老人家|我(妈|媽|爸|老婆|老公|阿媽|阿爸))(的|嘅)?(电话|電話|手机|手機|号码|號碼)?|\b(not|don'?t|do not)\s+(?:(?:call|phone|ring)\s+)?(her|him|them|hers|his|theirs|the recipient|my (mum|mom|mother|dad|father|wife|husband))\b(\s+(number|phone|mobile))?/gi;

/** The words with every "not her / 别打她的" taken out: what is left says whether a call is refused at all. */
export const withoutOthersNotCalled = (text: string): string => text.replace(OTHER_NOT_CALLED, ' ');

/** "打我电话", "打我手機", "call my number", "ring my mobile": the customer's own phone is the one to call. */
export const CALL_MY_NUMBER =
  /打我(的)?(电话|電話|手机|手機|号码|號碼)|\b(call|phone|ring|text)\s+(my|this)\s+(own\s+)?(number|phone|mobile|cell)\b/i;
