import { asksForCall } from './call-words';

// "我電話 +852 6123 4567", "my number is …", "call me on …", "联系我 139…", "打呢個號碼", "contact: …": the number is
// given as the one to reach the customer on.
const CONTACT_WORDS =
  /(我|我的|我嘅)(电话|電話|手机|手機|号码|號碼|联系方式|聯絡方式)|(联系|聯絡|聯繫|搵)(我|佢)|打(这|這|呢)(个|個)?(号码|號碼|电话|電話)|\b(my|our|his|her) (phone|number|mobile|cell|contact)\b|\b(contact|reach|call|ring|phone|text) (me|us|him|her)\b|\b(contact|reach me|call me) (on|at)\b/i;

/**
 * A whole phone number given as a contact or as the number to call before delivery ("送貨前打俾我先？我電話 +852 6123
 * 4567", "my number is 13701234567, call me first") is that number — never the last 4 digits asked for to prove the
 * parcel (blind 27: 29.3, 07.4). A leaf module: the last-4 reader and the delivery readers both use it.
 */
export const phoneGivenAsContact = (text: string): boolean => CONTACT_WORDS.test(text) || asksForCall(text);
