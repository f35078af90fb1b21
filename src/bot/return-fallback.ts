/**
 * A return to the sender asked for only if the parcel cannot be delivered — "能不能帮我催一下，不行的话就退回来", "搵唔到
 * 就退返俾我", "chase it, and if it can't be delivered just send it back" (issue #17, blind-30 19.5 heard the chase
 * again, the return unheard): a fallback noted on the request, not a return asked for now.
 */
const FALLBACK_ZH =
  /(实在|實在|真的|真係)?(不行|唔得|没办法|沒辦法|冇辦法|找不到|搵唔到|送不到|送唔到|派不到|派唔到|寄不到|到不了|搞唔掂)(的话|的話|嘅話|就|再|咁)?[^，。？?！!]{0,4}(退回|退返|寄回|寄返|送回|退给我|退給我|退俾我|退还|退還)/;
const SEND_BACK = String.raw`\b(send|return|ship|bring) (it|them|the parcel) back\b`;
const FALLBACK_EN = new RegExp(
  [
    String.raw`\b(if|when)\b[^.?!]{0,40}\b(can'?t|cannot|couldn'?t|won'?t|isn'?t|not)\b[^.?!]{0,25}\b(found|delivered|deliver|located|find|make it)\b[^.?!]{0,30}${SEND_BACK}`,
    String.raw`\b(otherwise|failing that|if not|or else|worst case)\b[^.?!]{0,15}${SEND_BACK}`,
    String.raw`${SEND_BACK}[^.?!]{0,10}\b(if|when)\b[^.?!]{0,30}\b(can'?t|cannot|not)\b`,
  ].join('|'),
  'i',
);

/** The words ask for the parcel back only if it cannot be found or delivered. */
export const returnAsFallback = (text: string): boolean => FALLBACK_ZH.test(text) || FALLBACK_EN.test(text);

/** The words less the fallback ("if it can't be delivered, send it back"): what else they ask is read without it. */
export const withoutReturnFallback = (text: string): string =>
  text.replace(new RegExp(FALLBACK_ZH.source, 'g'), ' ').replace(new RegExp(FALLBACK_EN.source, 'gi'), ' ');
