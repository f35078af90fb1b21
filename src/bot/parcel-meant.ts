/**
 * "No, I meant the SF one", "not the YT one", "我说的是另一个", "我是指SF那个", "唔係呢個 係SF嗰個": the customer says the
 * bot took the wrong parcel — what they asked for is for the other one (issue #17, batch 20: 03).
 */
const MEANT_OTHER =
  /\b(i )?meant\b|\bnot the\b[^.?!]{0,20}\bone\b|\bwrong (parcel|package|one)\b|我(是)?(说|說)的是|我是(说|說|指)|我指|不是(这|這|那)(个|個)|唔係(呢|嗰)(個|件)|我講緊|我讲紧/i;

/** The message corrects which parcel the customer meant. */
export const meansOtherParcel = (text: string): boolean => MEANT_OTHER.test(text);
