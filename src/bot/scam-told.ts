import { knewDetails } from './scam-call';

/**
 * A call, text or chat the customer tells of as a scam — "我刚接到一个诈骗电话…说快递丢了要理赔让我加微信", "got a scam
 * call saying my parcel was lost and they'd pay me through WeChat", "有人打電話嚟呃錢，講得出我個名" — or one whose
 * caller knew their details (issue #17, blind batch 31: 20.1). What the caller said (a claim, a payment into a wallet,
 * a fee) is reported speech: it is not what the customer wants from us.
 */

// A call, text, chat or mail that reached them.
const CONTACT =
  /电话|電話|来电|來電|打来|打來|打嚟|打俾我|打給我|打给我|短信|簡訊|短訊|讯息|訊息|微信|whatsapp|\b(call|calls|called|caller|phoned|rang|texts?|texted|messages?|sms|e-?mails?|emailed)\b/i;
// Named a scam, a fraud, a fake or an impersonator: "诈骗电话", "骗子", "呃人", "a scam call", "scammers", "fake courier".
const SCAM =
  /诈骗|詐騙|骗子|騙子|骗人|騙人|骗局|騙局|骗钱|騙錢|呃人|呃錢|呃钱|冒充|假冒|\b(scam\w*|fraud\w*|fake|phishing|impersonat\w*)\b/i;

/** The message tells of a call or text it names a scam, or whose sender knew the customer's details. */
export const toldOfScamCall = (text: string): boolean => CONTACT.test(text) && (SCAM.test(text) || knewDetails(text));
