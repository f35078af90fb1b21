/**
 * Whether breakage is paid for, asked by someone about to send ("那酒要怎么包装？碎了你们赔不赔", "how should I pack the
 * vase, and if it breaks do you compensate?"): the claim rules (insured and uninsured payouts) and the packing rules,
 * beside the item's rule — not the item's rule alone again (issue #17, blind batch 25: 16.4).
 */
import { namesPacking } from './packing-words';

// "碎了你们赔不赔", "万一摔坏了能赔吗", "爛咗賠唔賠", "壓壞了怎麼賠": breakage, then whether or how it is paid for.
const ZH_COVER =
  /(碎|破|坏|壞|爛|烂|摔|压坏|壓壞|损坏|損壞)[了咗掉]?[^，。？?!！]{0,8}(赔不赔|賠不賠|賠唔賠|赔吗|賠嗎|会赔|會賠|能赔|能賠|可以赔|可以賠|包赔|包賠|负责吗|負責嗎|负不负责|負不負責|管不管|点赔|點賠|怎么赔|怎麼賠|赔多少|賠多少|有冇得賠|有没有赔|有沒有賠|有得賠)/;
// "if it breaks, do you compensate?", "will you pay if it gets damaged?", "is breakage covered?".
const EN_COVER =
  /\b(if|what if|in case|should)\b[^.?!]{0,30}\b(breaks?|broke|broken|damaged|smashed|cracks?|cracked|shatter\w*)\b[^.?!]{0,30}\b(compensat\w*|covered|cover it|pay|refund\w*|reimburs\w*)\b|\b(compensat\w*|cover|pay( for it| out)?|reimburse)\b[^.?!]{0,25}\bif\b[^.?!]{0,20}\b(breaks?|broken|damaged|smashed|cracks?|shatter\w*)\b|\bis (breakage|damage) covered\b/i;
// Harm already told as done ("收到的时候碎了", "it arrived broken"): a complaint, not this question.
const ARRIVED = /收到|送到|到的时候|到的時候|到咗|\b(arrived|came|received|delivered)\b/i;

/** The message asks whether breakage of a parcel still to be sent is paid for. */
export const asksBreakageCover = (text: string): boolean =>
  (ZH_COVER.test(text) || EN_COVER.test(text)) && !ARRIVED.test(text);

/** How to pack asked beside whether breakage is paid for ("怎么包装？碎了你们赔不赔"): the breakage is supposed, not told. */
export const asksPackingBesideCover = (text: string): boolean =>
  asksBreakageCover(text) && namesPacking(text.replace(ZH_COVER, ' ').replace(EN_COVER, ' '));
