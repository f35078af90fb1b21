/**
 * "I don't have the number", "單號唔記得": the customer has no tracking number to give — a reader of its own, so that
 * the intake's readers and its slot texts both use it without depending on each other.
 */
// "I don't have the tracking number", "can't find the number", "lost the receipt", "单号不记得了", "冇單號",
// "單號唔記得", "找不到单号": the number is not at hand.
const NO_NUMBER = new RegExp(
  [
    String.raw`\b(don'?t|do not|didn'?t|never) (have|know|remember|got|get|keep)\b.{0,25}\b(number|tracking|receipt|waybill|slip)`,
    String.raw`\b(can'?t|cannot|couldn'?t|unable to) (find|remember|locate|see)\b.{0,25}\b(number|tracking|receipt|waybill|slip)`,
    String.raw`\b(no|lost (the|my)|without (a|the|any)) (tracking )?(number|receipt|waybill|slip)\b`,
    String.raw`\b(number|receipt|waybill)\b.{0,15}\b(lost|gone|thrown away|deleted)\b`,
    String.raw`(单号|單號|运单|運單|快递单|快遞單|底单|底單|收据|收據).{0,6}(不记得|不記得|记不起|記不起|记不清|記不清|唔记得|唔記得|忘了|忘记|忘記|找不到|搵唔到|丢了|丟了|唔見咗|不见了|不見了|没了|沒了|冇咗|没有了|沒有了|冇晒)`,
    String.raw`(没有|沒有|冇|无|無|没|沒|不知道|唔知|忘了|忘记了|忘記了|找不到|搵唔到|唔記得(咗)?|唔记得(咗)?|不记得|不記得|记不得|記不得|记不起|記不起)(个|個|那个|那個|嗰個)?(单号|單號|运单号|運單號|快递单|快遞單|底单|底單)`,
  ].join('|'),
  'i',
);

/** The customer has no tracking number to give ("I don't have the number, it was a pickup", "單號唔記得"). */
export const saysNoNumber = (text: string): boolean => NO_NUMBER.test(text);
