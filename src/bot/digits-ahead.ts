/**
 * Last-4 digits told before any parcel was named, of a party on the waybill — "收件人係我老公 電話尾數5555 可唔可以幫我查下"
 * (issue #17, blind batch 44b: 14.3–14.4 asked for them again once the number came). They prove the number given later,
 * checked and counted as any digits are; digits of the customer's own phone with no party named ("my phone ends in
 * 1234") are not kept, since they may not be on the waybill at all.
 */

/** The turn state key of the digits told ahead, in the turn the number arrives. */
export const DIGITS_AHEAD = Symbol('parcelcare.digitsAhead');

// The recipient or the sender named: "收件人", "寄件人", "收件嘅", "the recipient", "she's the receiver".
export const PARTY_NAMED =
  /收件人|寄件人|收件嘅|寄件嘅|收货人|收貨人|发件人|發件人|\b(recipient|receiver|sender|addressee)\b/i;
