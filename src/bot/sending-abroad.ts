/**
 * Sending abroad: a parcel or papers to a country outside the courier's markets (Japan, the UK, "國外"). The price
 * lists' entry on it says where, how long and what to prepare (the customs declaration, ID, what is not taken) —
 * not the domestic document prices, nor the claims procedure "what do I need to prepare" also names.
 */

// A country or "abroad" in the three languages. ("us" alone is a word far more often than the country.)
const ABROAD =
  /日本|韩国|韓國|南韩|南韓|美国|美國|英国|英國|新加坡|马来西亚|馬來西亞|泰国|泰國|越南|菲律宾|菲律賓|印尼|印度|澳洲|澳大利亚|澳大利亞|新西兰|紐西蘭|纽西兰|加拿大|德国|德國|法国|法國|意大利|義大利|西班牙|荷兰|荷蘭|欧洲|歐洲|国外|國外|海外|外国|外國|出国|出國|国际|國際|\b(japan|korea|usa|u\.s\.a?|united states|america|uk|u\.k|united kingdom|britain|england|london|singapore|malaysia|thailand|vietnam|philippines|indonesia|india|australia|new zealand|canada|germany|france|italy|spain|netherlands|europe|abroad|overseas|international(ly)?|another country|foreign countr(y|ies))\b/i;
const SENDING = /寄|\b(send|sending|sent|ship|shipping|post|posting|mail|mailing|courier)\b/i;

/** A place abroad named: "英国", "the UK", "overseas". */
export const namesAbroad = (text: string): boolean => ABROAD.test(text);

/** "寄文件到日本要幾天", "can I send documents to the UK": a question of sending something abroad. */
export const asksSendingAbroad = (text: string): boolean => SENDING.test(text) && ABROAD.test(text);

/**
 * The words of the price lists' entry on sending abroad, in the three languages: added to a price question's lookup,
 * they name that entry, and — being longer — stand in for the domestic documents entry's "文件" or "documents".
 */
export const ABROAD_ENTRY_WORDS = 'international documents 国际文件 國際文件';

// "要幾天", "how long": the time abroad is in the entry on sending abroad, not the domestic delivery times.
const HOW_LONG_WORDS =
  /几天|幾天|幾日|多少天|多久|幾耐|幾多日|多长时间|多長時間|\bhow (long|many days)\b|\btransit time\b|\bdelivery time\b/gi;

/** A question of sending abroad, as the price lists are searched for it: their entry on it, no domestic times. */
export const abroadLookupText = (text: string): string => `${text.replace(HOW_LONG_WORDS, ' ')} ${ABROAD_ENTRY_WORDS}`;
