/**
 * A parcel the customer is still to send, told in the middle of a complaint about another ("next week I'm sending a
 * watch worth 12000", "下周还要寄一台相机"): its value and its story belong to no complaint (blind batch 19: 05.4).
 */

// A parcel still to be sent: "next week I'm sending a watch worth 12000", "下周还要寄一块表 值一万二", "遲啲會寄部相機" —
// a time to come or an intention, beside sending (not the receipt or photos sent for this claim).
const LATER =
  /\b(next|this coming) (week|month|time)\b|\b(i'?m|i am|we'?re|we are|i'?ll|we'?ll|i will|we will|going to|gonna|plan(ning)? to|want(ing)? to|about to|have to|need to) (also )?(be )?(send|ship|post|mail)(ing)?\b|\bwhen i (send|ship|post)\b|下周|下週|下星期|下礼拜|下禮拜|下个月|下個月|下次|下回|遲啲|迟啲|过几天|過幾天|准备|準備|打算|计划|計劃|还要|還要|将要|將要|想|会|會|要/i;
const SEND = /\b(send|sending|ship|shipping|post|posting|mail|mailing)\b|寄|发货|發貨/i;
const EVIDENCE =
  /\b(receipts?|invoices?|photos?|pictures?|pics?|screenshots?|proof)\b|发票|發票|收据|收據|单据|單據|照片|相片|截图|截圖|凭证|憑證/i;
export const sendingLater = (sentence: string): boolean =>
  LATER.test(sentence) && SEND.test(sentence) && !EVIDENCE.test(sentence);

// A figure: digits, or a Chinese number with its unit.
const FIGURE = /\d{2,}|[一二两兩三四五六七八九十][百千万萬]/;

/** A sentence that tells what a parcel still to be sent is worth: no part of this complaint's account. */
export const valueOfLaterParcel = (sentence: string): boolean => sendingLater(sentence) && FIGURE.test(sentence);

/** The message without its sentences about a parcel still to be sent and what it is worth. */
export const withoutLaterParcel = (text: string): string =>
  text
    .split(/(?<=[.。!！?？;；\n])/)
    .filter((sentence) => !valueOfLaterParcel(sentence))
    .join('');
