/**
 * A parcel of the customer's own in trouble, spoken of ("my own parcel has been stuck", "我自己有个快递 晚了三天", "我有件
 * 貨未到", "a package of mine is stuck"): a need about that parcel — track it, or take the complaint — not a follow-up
 * on the FAQ answered just before (the business account, a price).
 */
const OWN_PARCEL =
  /(我|我自己|我哋)[^，。,.?？]{0,4}(快递|快遞|包裹|件貨|件货|个件|個件|一件)[^。.?？]{0,16}(晚|慢|延误|延誤|没到|沒到|未到|没动|沒動|不动|不動|冇郁|未郁|没更新|沒更新|卡|丢|丟|唔見|不见|不見|怎么办|怎麼辦|點算)|\b(my (own )?(parcel|package|shipment|order|delivery)|(a|one) (parcel|package|shipment|order) of mine)\b[^.?!]{0,40}\b(stuck|late|delayed|lost|missing|hasn'?t|not (arrived|come|here|moving|moved)|never)\b/i;

/** The message speaks of a parcel of the customer's own that is late, stuck, lost or not come. */
export const speaksOfOwnParcel = (text: string): boolean => OWN_PARCEL.test(text);
