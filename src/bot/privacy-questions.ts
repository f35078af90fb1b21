/**
 * Two privacy worries the knowledge files answer (issue #17, blind batch 25): whether the courier sees the customer's
 * phone number and whether it can be hidden — privacy waybills, masked numbers (12.6 heard only "added to the
 * ticket") — and whether a courier complained about finds out who complained (06.5, 06.7 heard it filed as a demand,
 * then "added to your complaint"). Words only here; the answers are the entries every market's files carry.
 */
import { asksQuestion } from './message-cues';

// "能不能隐藏号码", "電話可唔可以打碼", "can I hide my number", "is my phone masked", "隐私面单".
const HIDE_NUMBER =
  /(隐藏|隱藏|隐去|遮住|遮蔽|打码|打碼|不显示|不顯示|唔顯示|保密)[^，。？?！!]{0,8}(号码|號碼|电话|電話|手机|手機)|(号码|號碼|电话|電話|手机号|手機號)[^，。？?！!]{0,8}(隐藏|隱藏|打码|打碼|遮住|遮蔽|保密)|隐私面单|隱私面單|私隱面單|虚拟号码|虛擬號碼|\b(hide|hiding|mask|masked|hidden|conceal|blur|blurred)\b[^.?!]{0,20}\b(number|phone|digits)\b|\b(number|phone)\b[^.?!]{0,12}\b(hidden|masked|private)\b|\bprivacy waybills?\b|\bvirtual numbers?\b/i;
// "快递员能看到我的电话吗", "司機睇唔睇到我個電話", "can the driver see my number?".
const COURIER_SEES_NUMBER =
  /(快递员|快遞員|快递小哥|快遞小哥|派件员|派件員|速递员|速遞員|司機|司机|配送員|配送员|外送員|送货员|送貨員)[^，。？?！!]{0,8}(看到|看得到|看见|看見|睇到|睇得到|睇唔睇到|知道|拿到|攞到)[^，。？?！!]{0,6}(号码|號碼|电话|電話|手机|手機)|\b(courier|driver|delivery (guy|man|person)|postman)s?\b[^.?!]{0,20}\b(see|sees|seen|know|knows|get|gets|has|have)\b[^.?!]{0,12}\b(number|phone)\b/i;
// A request, with or without its question mark: "能不能", "可唔可以", "can I", "is there a way".
const ASKING =
  /能不能|能否|可不可以|可以吗|可以嗎|可唔可以|得唔得|有没有办法|有沒有辦法|有冇辦法|\b(can|could|may) (i|we|you)\b|\bis there a way\b/i;

/** "Can the courier see my number? Can I hide it?", "以后寄件能不能隐藏号码": privacy waybills asked about. */
export const asksHiddenNumber = (text: string): boolean =>
  (HIDE_NUMBER.test(text) || COURIER_SEES_NUMBER.test(text)) && (asksQuestion(text) || ASKING.test(text));

// "will he find out it was me?", "will the courier know it was me who complained", "快递员会知道是我投诉的吗",
// "會唔會知係我投訴", "can I complain anonymously", "不要告诉他是我投诉的", "他会不会报复我".
const WHO_COMPLAINED =
  /\b(find out|found out|know|knows|be told|learn|tell (him|her|them)|told (him|her|them))\b[^.?!]{0,30}\b(it was|it's|it is|that it was|that) (me|i)\b|\b(complain\w*|report\w*)\b[^.?!]{0,15}\banonymous(ly)?\b|\banonymous (complaint|report)s?\b|\b(keep|leave) my name out\b|\bretaliat\w*|\b(come|coming) after me\b|\bwho (complained|reported)\b|(知道|知|发现|發現|晓得|曉得|查到|猜到|认出|認出)[^，。？?！!]{0,4}(是我|係我)(投诉|投訴|举报|舉報|告|打的|搞)|匿名(投诉|投訴|举报|舉報)|报复|報復|(告诉|告訴|讲给|講給|話俾|話畀|话俾|講俾)(他|她|佢|快递员|快遞員|司機|司机|派件员|派件員)[^，。？?！!]{0,3}(是我|係我|我的名|我嘅名)|谁投诉|誰投訴|邊個投訴/i;

/** The customer asks or worries whether the courier complained about learns who complained. */
export const asksWhoComplainedKnown = (text: string): boolean => WHO_COMPLAINED.test(text);

// "I don't want trouble next time", "怕他以后找麻烦", "唔想佢下次為難我": a fear of what follows, never a demand.
const FEARS_TROUBLE =
  /\b(don'?t|do not) want (any )?(trouble|problems|issues)\b|\bafraid (of|he|she|they)\b|找麻烦|找麻煩|为难|為難|刁难|刁難|穿小鞋|报复|報復/i;

/** A fear of trouble from the courier complained about ("I don't want trouble next time"): a worry, not a demand. */
export const fearsTrouble = (text: string): boolean => FEARS_TROUBLE.test(text);
