/**
 * How to pack a parcel, asked (no imports: the sending questions and the breakage cover both read it, and the
 * sending questions reach the complaint's start, which reaches the FAQ handlers that read the breakage cover).
 */

// (Not a charge for it: "还要包装费?" is a fee question or dispute.)
// "需要自己包装吗", "要唔要自己包好", "使唔使自己包", "包装要自己准备吗", "怎么包装", "易碎品點包", "用什么箱子", "你们有卖箱子吗",
// "do I need to pack it myself", "what packaging do I need", "how should I pack a vase", "do you guys bring boxes".
const PACKING =
  /(需要|需不需要|要不要|要唔要|使唔使|使不使|用唔用|用不用|得唔得|可以|可唔可以|能不能|要)[^，。,.?？]{0,3}(自己|自行|我)?((包装|包裝)(?![费費])|包好|打包|包(?![裹括邮郵含装裝]))|(包装|包裝|打包)[^，。,.?？]{0,4}(要|需要|使唔使|使不使)[^，。,.?？]{0,3}(自己|自行)|(怎么|怎麼|如何|点样|點樣|点|點|咋)[^，。,.?？]{0,2}(包装|包裝|打包|包(?![裹括邮郵含]))|(包装|包裝)(要求|规定|規定|有什么要求|有什麼要求|有咩要求)|(用|要用|需要)[^，。,.?？]{0,2}(什么|什麼|咩|哪种|哪種|邊種)[^，。,.?？]{0,2}(箱|盒|包装|包裝)|(有没有|有沒有|有冇|有无|有無|会不会|會不會|可唔可以|可不可以|可以)[^，。,.?？]{0,3}(卖|賣|提供|带|帶|俾|给|給)[^，。,.?？]{0,3}(纸箱|紙箱|箱子|箱|盒子|包装|包裝)|(卖|賣)(纸箱|紙箱|箱子|箱)[^，。,.?？]{0,3}(吗|嗎|嘛|冇|不|呀|啊|\?|？)|\b(do|should|must) (i|we) (need to |have to )?pack\b|\bpack (it|them|this) (myself|ourselves|yourselves)\b|\bhow (do|should|can|would) (i|we|you) (pack|wrap|box)\b|\bhow to (pack|wrap)\b|\bbest way to (pack|wrap|box)\b|\bwhat (kind of )?(packaging|packing|box(es)?)\b|\b(bring|sell|provide|supply|have|give) (me |us )?(a |the |any )?(boxes|box|packaging|packing materials?|bubble wrap)\b|\bpacking (rules|requirements|materials?)\b|\bpackaging (rules|requirements|do i need)\b/i;

// Harm already done ("到的时候杯子碎了", "包裝爛咗", "the box arrived torn"): a complaint about packing, not a question.
const HARM_DONE =
  /碎了|碎咗|破了|破咗|烂了|爛了|爛咗|坏了|壞了|壞咗|摔坏|摔壞|压坏|壓壞|漏了|漏咗|湿了|濕了|濕咗|收到的时候|收到的時候|收到時|收到嗰陣|送到的时候|送到時|\b(arrived|came|was|were|got) (broken|damaged|crushed|torn|smashed|wet|cracked|open)\b|\b(broke|smashed|crushed|leaked)\b/i;

// Harm feared, not told ("會不會被壓壞", "怕摔坏", "so it doesn't get crushed", "will it break?"): a packing question's reason.
const HARM_FEARED =
  /(會不會|会不会|會唔會|会唔会|怕|驚|惊|以免|避免|防止|免得)被?(摔|压|壓|撞)?(碎|破|爛|烂|壞|坏|漏|濕|湿)[了咗]?|\b(won't|will not|doesn't|does not|don't|not|will it|would it|could it|might|in case it)\b[^.?!]{0,12}\b(break|broken|broke|smashed|crushed|cracked|leak|leaked|damaged)\b/gi;

/** The message asks how to pack (no harm told): whether it is a complaint is the caller's to read. */
export const namesPacking = (text: string): boolean =>
  PACKING.test(text) && !HARM_DONE.test(text.replace(HARM_FEARED, ' '));
