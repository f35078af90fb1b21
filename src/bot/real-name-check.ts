import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { wantsToComplain } from './start-intake';
import { noteOutcome } from './turn-outcome';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * "朋友從上海寄包裹給我，說要做什麼實名認證？是真的嗎還是詐騙", "do I really have to upload my ID for customs?", "海关要实名认证
 * 是不是骗人的" (issue #17, blind batch 29: 21.1 heard an apology for a privacy complaint nobody made). A question about
 * the real-name check customs make on parcels coming in — Taiwan's EZ WAY app, the Mainland's ID upload — answered
 * from the entry of the customer's market (where the parcel comes in: where they say they are, else their market): that it is genuine, free, and never paid by
 * transfer. Never a complaint.
 */

// The check: "實名認證", "实名验证", "EZ WAY", "易利委", "上传身份证", "real-name verification", "upload my ID".
const REAL_NAME =
  /實名(認證|驗證|登記)|实名(认证|验证|登记)|易利委|\bez ?way\b|(上傳|上传|上載|上载)(身分證|身份證|身份证|證件|证件)|(身分證|身份證|身份证)(上傳|上传|上載|上载)|\breal[- ]?name\b|\bupload\b[^.?!]{0,15}\b(id|identity|passport)\b/i;
// Asked: a question mark, a question word, or the doubt whether it is real.
const ASKED =
  /[?？]|嗎|吗|咩|呢|是不是|係咪|係唔係|真的|真係|詐騙|诈骗|騙|骗|什麼|什么|怎麼|怎么|點樣|为什么|為什麼|要不要|使唔使|\b(scam|legit|legitimate|genuine|real|fake|what|why|how|do i|should i|is (this|it|that))\b/i;

// Where the customer is: "我在台灣", "我住高雄", "我喺觀塘", "I'm in Shanghai", "I live in Kowloon" — up to the clause's end.
const WHERE_THEY_ARE =
  /(?:我(?:人在|在|住|喺)|\b(?:i'?m|i am|i live|living|based) (?:in|at)\b)([^,，。.;；!！?？]{1,20})/i;

/** The message asks about the real-name check made on parcels coming in (whether it is genuine, what it is). */
export const asksRealNameCheck = (text: string): boolean => REAL_NAME.test(text) && ASKED.test(text);

/**
 * Answers a question about customs' real-name check with the customer's market's entry on it.
 * @returns false when the message asks no such question, tells a complaint, or the market has no entry.
 */
export async function answerRealNameCheck(turn: Turn): Promise<boolean> {
  if (!asksRealNameCheck(turn.text) || wantsToComplain(turn.text)) return false;
  const { knowledge, places } = turn.services;
  // Where the customer says they are is where the parcel comes in ("I'm in Shanghai … a parcel from Taiwan").
  const own = customerMarket(turn);
  const here = WHERE_THEY_ARE.exec(turn.text)?.[1];
  const region = here ? places.regionOf(here, own)?.region : undefined;
  const market = region && region in knowledge ? region : own;
  const entry = answerFaq(knowledge, market, turn.locale, 'fee', 'real-name check', 'entry', spokenRegister(turn));
  if (!entry) return false;
  turn.data.market ??= market;
  noteOutcome(turn.context, 'answered');
  await reply(turn, entry);
  return true;
}
