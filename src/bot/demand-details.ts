import { REFUND_TO_ANOTHER } from '../nlu/entities/demand';
import { registerOf, type IntakeState } from './intake-state';
import type { ReplyKey, Replies } from './replies';
import { asksSpeedUp } from './speed-up-asked';

/**
 * What the customer says of their demand beyond its kind (issue #17, blind batch 5 P9): an amount ("东西值800块",
 * "$800"), "in full", the shipping fee to be refunded or paid by us ("运费必须退", "运费你们出"), speed ("要快点送到",
 * "希望盡快送達"), someone to follow it up ("我要搵人跟"). The ticket's demand is one of five kinds; these clauses,
 * in the customer's words, are kept beside it — said back in the summary and written into the ticket's account.
 */

// What a personal-data leak put about (photos, a post, the details), and its removal (see `LEAK_REMOVED`).
const LEAKED_THING =
  /照片|相片|啲相|张相|張相|嗰相|图片|圖片|截图|截圖|帖子|贴子|貼文|貼|帖|资料|資料|个人信息|個人信息|个资|個資|信息|訊息|地址|电话|電話|号码|號碼|面单|面單/;
const REMOVAL = /删|刪|撤|移除|拿走|拿下|落架|清除|抹掉/;
/** Personal data put about, wanted removed (blind items, session 30: "delete the photos" was no demand). */
export const LEAK_REMOVED = new RegExp(
  [
    `(${REMOVAL.source})[^，,。]{0,6}(${LEAKED_THING.source})`,
    `(${LEAKED_THING.source})[^，,。]{0,6}(${REMOVAL.source})`,
    String.raw`\b(delete|remove|take down|taken down|erase|wipe|scrub)\b[^.,;]{0,25}\b(photos?|pictures?|pics?|images?|posts?|screenshots?|details|data|info(rmation)?|address|(phone )?number)\b`,
    String.raw`\b(photos?|pictures?|pics?|images?|posts?|screenshots?|details|data)\b[^.,;]{0,20}\b(deleted|removed|taken down|erased|wiped)\b`,
  ].join('|'),
  'i',
);
// Said of a demand the message names ("东西值800块 我要全额赔", "退运费"): an amount, all of it, the shipping fee.
const OF_A_DEMAND = [
  // (A loss it cost them: "花了200", "spent 200 on a new one", "cost me HK$300".)
  /(花了|花咗|使咗|用了|用咗|损失了?|損失了?|\bspent|\bcost me|\bpaid|\blost)\s?(HK\$|NT\$|US\$|\$|¥|￥|RMB)?\s?\d|(HK\$|NT\$|US\$|\$|¥|￥|RMB|CNY|HKD|TWD)\s?\d|\d\s?(元|块|塊|蚊)|\d\s?(yuan|rmb|dollars?|hkd|ntd)\b|值\s?\d|\bworth (about |around )?\d|(保价|保價|保了|保咗)\s?(了|咗)?\s?\d|\binsured (it |them )?(for|at) \D{0,4}\d/i,
  /全额|全額|全数|全數|全部赔|全部賠|足额|足額|\bin full\b|\b(full|whole|entire) (amount|refund|value|price|compensation|sum|payout)\b|\b(full|whole|entire) (HK\$|NT\$|US\$|\$|¥|RMB)?\s?\d/i,
  // What the money is for: "for the repair", "修手機的錢", "退那個櫃子的費用" (a fee named, to be paid back).
  /\b(for|cover|pay for) (the |a |my )?(\w+ )?(repairs?|replacement|fixing|new (one|screen|phone|laptop))\b|\b(repair|replacement) (cost|bill|fee)s?\b|维修|維修|修理|修好|退.{0,8}(费用|費用)|\brefund (of |for )?(the |my )?\w+ (fee|charge)\b/i,
  /运费|運費|邮费|郵費|\b(shipping|delivery|postage) (fee|cost|charge)s?\b|\bpostage\b/i,
  // Who gets the refund, when not the customer: "多收的钱要退给买家", "refund the difference to my buyer".
  REFUND_TO_ANOTHER,
  // Free, where to, and to the address as it was: "免費重新寄到香港", "地址是對的", "send it again for free, same address"
  // (blind batch 23: 22.6).
  /免费|免費|唔收錢|不收钱|不收錢|\bfree( of charge)?\b|\bat no (cost|charge)\b|\bsame address\b|(原|同一个|同一個)地址|(寄|送|派)(到|去|返)[\u3400-\u9fff]{2,6}$|地址(是|係|都)?(对|對|没错|沒錯|冇錯|正确|正確|無誤|无误)|\b(the )?address (is|was) (right|correct|fine)\b/i,
];
// Someone of ours to phone the customer: a manager or the courier ("叫快遞員回電", "have the driver ring me back").
const PHONED_BY = new RegExp(
  [
    String.raw`(主管|经理|經理|领导|領導|上级|上級|上司|负责人|負責人|管事)[^，,。]{0,8}(打(个|個)?(电话|電話)|回(个|個)?(电话|電話)|回电|回電|打(返|番)?(俾|畀|给|給)我|致电|致電|联系我|聯絡我|聯繫我|搵我)`,
    String.raw`\b(supervisor|manager|boss|someone (senior|in charge))\b.{0,20}\b(call|ring|phone|contact)\b`,
    // (The courier asked to phone, not told of: "快递员都不打电话给我" is what happened.)
    String.raw`(请|請|叫|让|讓|要|喊|麻烦|麻煩|唔該)(你们|你們|你哋)?(的|嘅|個|个)?(快递员|快遞員|速遞員|派件员|派件員|送货员|送貨員|司机|司機|师傅|師傅)[^，,。]{0,4}(打(个|個)?(电话|電話)|回(个|個)?(电话|電話)|回电|回電|打(返|番)?(俾|畀|给|給)我|致电|致電|联系我|聯絡我|聯繫我|搵我)`,
    String.raw`\b(have|get|ask|tell|want|need|can|could|would|will|should|must)\b[^.?!,]{0,10}\b(courier|driver|delivery (guy|man|person)|postman)\b (to |please )?(call|ring|phone)\b`,
  ].join('|'),
  'i',
);
// A demand by itself, though of no kind the ticket has: the fee on us ("运费你们出"), speed, someone to follow it up.
const BY_ITSELF = [
  /(运费|運費|邮费|郵費).{0,4}(你们|你們|你哋|贵司|貴司).{0,2}(出|付|承担|承擔|負責|负责|俾|畀)|\byou (pay|cover) (the )?(shipping|postage|fee)/i,
  /快点|快點|快啲|尽快|盡快|加急|加快|马上送|馬上送|\basap\b|as soon as possible|\bfaster\b|\bquicker\b|\bhurry\b|\b(deliver|send|bring|ship)\w* (it |them |my \w+ )?(fast|quick(ly)?|soon|now|today)\b/i,
  // The parcel found: "find it", "帮我找回来", "搵返件貨"; and brought on if it is ("it found", "如果还能找到也可以继续送").
  /\b(find|locate|track down|trace) (it|them|my (parcel|package|packge|order|stuff|things)|the (parcel|package))\b|帮我找|幫我找|找回|找到它|找出来|找出來|搵返|搵番|幫我搵|帮我搵/i,
  /\b(it|them|my (parcel|package|order|stuff|things)|the (parcel|package)) (found|located|traced)\b|\bkeep (on )?delivering\b|\bstill (deliver|send|bring)\b|(找到|找得到|搵到|搵返到).{0,8}(送|派|寄)|继续送|繼續送|继续派|繼續派|照送|照派|繼續寄|继续寄/i,
  /跟进|跟進|搵人跟|找人跟|有人跟|跟一下|跟吓|跟下|\bfollow(ing)?[ -]?(it |this |that )?up\b|\bsomeone to (look into|check|chase)\b/i,
  // The cash collected on delivery paid over to the sender ("要把货款给我", "貨款快啲打俾我", "pay me the COD money").
  /(货款|貨款|代收款|代收的钱|代收的錢)(?:(?!没|沒|未|唔|冇|不)[^，,。]){0,6}(给我|給我|俾我|畀我|打给|打給|打俾|打畀|打款|结给|結給|付给|付給|汇给|匯給|转给|轉給|到账|到帳|结算|結算)|(?<![没沒未唔冇不])(给我|給我|俾返|畀返|打|付|结清|結清|汇|匯|转|轉).{0,4}(货款|貨款|代收款)|\b(pay|send|transfer|remit|give)\b.{0,20}\b(cod|cash on delivery|collected)\b|\b(cod|cash on delivery)\b.{0,15}\b(paid|remitted|transferred|sent|settled)\b/i,
  // Their money, wanted (no kind named: the COD money, a refund or a payout): "I want my money", "把钱还给我", "俾返啲錢我".
  // ("My money back" is a refund by the demand words themselves.)
  // ("马上把钱打过来": the money sent over.)
  // ("I need this money to restock", "这笔钱我等着进货", "呢筆錢我急用": the money they are owed, wanted.)
  /\b(want|need|give me|get|pay me|send me) my money\b(?! back)|\b(need|want|waiting (for|on)|depend on) (this|that|the|our) (money|cash|payment)\b|(这|這|呢|嗰|那)(笔|筆)(钱|錢|款)[^，,。]{0,6}(急用|要用|等着|等著|等住|需要|周转|周轉|进货|進貨|入貨)|(我要|还我|還我)(我的|我嘅)?(钱|錢)(?!包)|(把|将|將)(我的|我嘅|那|嗰)?(笔|筆)?(钱|錢)(还|還|打|转|轉|汇|匯|结|結)(给|給|过来|過來|回来|回來|返)?(我)?|(俾|畀)(返|番)(啲)?(錢|钱)|(打|转|轉|汇|匯)(钱|錢)(给|給|俾|畀|过来|過來)/i,
  // The matter looked into, and kept from happening again: "I want it investigated", "查清楚", "下不为例".
  /\binvestigat\w*|\blook(ed)? into (it|this|that)\b|\b(it|this|that) looked into\b|调查|調查|查清楚|查個清楚|查明|\b(make sure|ensure|see to it)\b.{0,30}\b(doesn'?t|does not|won'?t|will not|never)\b.{0,20}\bhappen|\b(never|not) happen(s|ing)? again\b|下不为例|下不為例|(不要|别|別|唔好|不会|不會|不能)再(发生|發生|有下次)|保证.{0,4}不再|保證.{0,4}不再|以后注意|以後注意|避免再/i,
  // How it is done from now on: "以后别再乱放", "下次先打个电话", "要放也先打个电话", "call me first next time" (batch 20 P1).
  // (Not the account's "他没先打电话就放门口": what was not done, told.)
  /(以后|以後|下次|今后|今後|日後|日后|将来|將來)[^，,。]{0,4}(别|別|不要|唔好|不准|唔准|记得|記得|要|先|请|請)|(?<![没沒冇不未有])(先|提前)(打|打个|打個|打一个|打一個)?(电话|電話|通知|联系|聯繫|聯絡|问|問)|\b(next time|in future|in the future|from now on)\b|\b(call|ring|phone|text|ask) (me |us )?(first|beforehand|before (leaving|dropping))\b/i,
  // The answer in writing: "给我书面回复", "I want a written answer", "answer me in writing".
  /书面|書面|白纸黑字|白紙黑字|\bin writing\b|\bwritten (answer|reply|response|explanation|statement|report)\b/i,
  // The record put right, or the real whereabouts told: "請給我正確的位置", "物流信息要更正", "give me the correct location".
  /(正确|正確|真实|真實|准确|準確|实际|實際)(的|嘅)?(位置|下落|资料|資料|信息|資訊|物流|状态|狀態|记录|記錄)|(更正|改正|修正|更新)(一下)?(物流|资料|資料|信息|資訊|记录|記錄|状态|狀態)|(物流|资料|資料|信息|資訊|记录|記錄)(要|要求)?(更正|改正|修正|改返|改好)|\b(correct|right|real|actual|accurate|true) (location|status|info(rmation)?|tracking( info(rmation)?)?|position|whereabouts)\b|\b(fix|correct|update) (the |your |its |my )?(tracking|status|info(rmation)?|records?)\b|\btell me where it (really|actually) is\b/i,
  // What was leaked taken away: "delete the photos", "take the post down", "把照片删掉", "刪咗啲相", "撤回那个帖子".
  LEAK_REMOVED,
  // Word passed to whoever did it: "just tell the packing staff", "通知打包的同事", "同你哋包裝部講聲".
  /\b(tell|inform|warn|remind|pass (it|this|that) on to)\b (the |your |ur )?(\w+ )?(packing|packers?|warehouse|staff|team|courier|driver|branch|station)\b|\blet (the |your )?(\w+ )?(packing|packers?|warehouse|staff|team|courier|driver|branch|station)\w* know\b|\b(packing|warehouse|branch) (staff|team|people|guys)\b.{0,10}\b(told|informed|warned|know)\b|(告诉|告訴|通知|转告|轉告|提醒|反映俾|反映给|反映給)(一下)?.{0,6}(打包|包装|包裝|仓库|倉庫|网点|網點|快递员|快遞員|速遞員|同事)|(跟|同|和|对|對)(你们|你們|你哋)?(的|嘅)?(打包|包装|包裝|仓库|倉庫|网点|網點|快递员|快遞員|速遞員|派件|同事)[^，,。\s]{0,4}(说|說|讲|講)(一声|一聲|聲|声|一下|下)/i,
  // What becomes of the courier: "以后别让他送我们小区了", "換個人送", "I want that guy disciplined".
  /(别|別|不要|唔好|不准|唔准)(再)?(让|讓|叫|派|畀|俾)?(他|她|佢|这个人|這個人|呢個人|这个快递员|這個快遞員|呢個速遞員)(再)?.{0,6}(送|派|来|來|嚟)|(换|換)(个|個|一个|一個)?(人|快递员|快遞員|速遞員|送货员|送貨員)|处分|處分|处罚|處罰|开除|開除|追究|\bdisciplin\w*|\bpunish\w*|\bfire[ds]? (him|her|that)\b|\b(never|don'?t|do not) (send|let) (him|her|that (guy|man|driver|courier))\b|\b(another|a different) (driver|courier)\b/i,
  // The courier dealt with: "你哋處理佢", "要严肃处理这个快递员", "deal with that driver" (blind batch 23: 30.4).
  /(处理|處理|管教|教育)(一下)?(佢|他|她|这个人|這個人|呢個人|呢條友|这个快递员|這個快遞員|呢個速遞員|那个快递员|嗰個速遞員|快递员|快遞員|速遞員)|\b(deal with|sort out|take action against|do something about) (him|her|that (guy|man|woman|driver|courier)|the (driver|courier))\b/i,
  // The day it must come: "今天必须送到", "聽日一定要到", "it has to be delivered today" (blind batch 23: 13.3).
  /(今天|今日|今晚|明天|聽日|听日)(之内|之內|内|內|前)?(必须|必須|一定要?|务必|務必|要)(送到|送达|送達|派到|到|送)|(必须|必須|一定要?|务必|務必)(今天|今日|今晚|明天|聽日|听日)(之内|之內|内|內|前)?(送到|送达|送達|派到|到|送)|\b(must|has to|have to|needs? to) (be )?(arrive|come|get here|delivered|deliver)\w* (by )?(today|tonight|tomorrow)\b/i,
  // Someone in charge, or the courier, to phone them: "让你们主管给我打电话", "叫你哋經理打俾我", "I want a manager to call
  // me", "可以請快遞員回電給我嗎", "have the driver call me back" (blind 27 replay: 21.2).
  PHONED_BY,
];
// A clause that threatens or names the complaint itself says nothing of the demand ("不给全额我就投诉到消协").
// A message opened, or closed, in scorn: "great so…", "wow, amazing", "…amazing", "真棒", "服了你们".
const SCORN =
  /^\s*(oh )?(great|amazing|brilliant|wonderful|fantastic|perfect|lovely|wow|good job|well done|thanks a lot)\b|\b(amazing|brilliant|fantastic|great job|well done)[.!\s]*$|^\s*(真棒|太好了|好极了|好極了|厉害了|厲害了|服了|呵呵)/i;
// ("快點給我編號": the complaint's number asked for, no wish of what is done — blind batch 54b: 11.6.)
const NOT_A_DETAIL =
  /投诉|投訴|客诉|客訴|消协|消協|消委會|12315|编号|編號|工单号|工單號|\bcomplain|\breport you\b|\blawyer\b|\b(ticket|case|reference|ref) (number|no\.?|#|id)\b/i;
// A service told as paid for, with no sum: "我可是付了生鲜加急的钱", "I paid for express!" — what they are owed it for,
// a grievance, not what they want done (blind batch 24: 19.4; "付了200" is a sum, kept beside a demand named).
const PAID_FOR =
  /(付了|付咗|交了|交咗|俾咗|畀咗|给了|給了|买了|買了|花了|花咗|出了)[^，,。\d]{0,12}(钱|錢|费|費|服务|服務|加急|特快|生鲜|生鮮|冷链|冷鏈|保价|保價)|\b(i|we)( have| had|'ve)?( already)? paid( extra)? for\b/i;

// Clauses as the customer wrote them: punctuation, and a space between Chinese words.
// (Not a comma or a point inside a number: "1,500", "6.5".)
const CLAUSE =
  /[，;；。!！?？\n]+|[,.](?!\d)|(?<!\s)\s+and\s+(?=(?:i|also|please|make|ensure)\b)|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/i;

/**
 * The clauses of a message that say more of the demand than its kind, in the customer's words: with a demand
 * named in the message (`named`), also its amount, "in full" and the shipping fee; without, only what is a
 * demand by itself (speed, someone to follow it up, the fee on us) — an amount alone is a fact of the account.
 */
export function demandDetailsIn(text: string, named = false): string[] {
  const cues = named ? [...OF_A_DEMAND, ...BY_ITSELF] : BY_ITSELF;
  // "你们是不是就会说 会尽快", "別跟我說盡快", "all you ever say is asap": the words after it are ours, quoted back in
  // scorn — no demand of the customer's (blind batch 19: 18.5).
  const quoting = QUOTES_US.exec(text);
  const own = quoting ? text.slice(0, quoting.index) : text;
  // ("great so your system cant find the parcel your system told me was delivered. amazing": scorn, no demand — blind
  // batch 48a: 02.3 was said back as "what you'd like".)
  if (SCORN.test(own)) return [];
  return own
    .split(CLAUSE)
    .map((c) => c.replace(PHONE_GIVEN, '').trim())
    .filter(
      (c) =>
        c &&
        !NOT_A_DETAIL.test(c) &&
        !paidFor(c) &&
        !asked(text, c) &&
        // ("could you speed it up", "可唔可以盡快送": a speed-up asked for is wanted, whatever its words.)
        (cues.some((words) => words.test(c)) || asksSpeedUp(c)),
    );
}

const paidFor = (clause: string): boolean => PAID_FOR.test(clause) && !/\d/.test(clause);

// "电话13712341111 尽快给我回复": the phone is the contact, not part of what is wanted (blind batch 19: 11.5).
// (Each run of spaces is read by one `\s*` only, after the word it follows: two optional ones side by side split a
// padded message every way there is — seconds on 2,000 spaces, every customer waiting; review of #17.)
const PHONE_GIVEN =
  /(?:(?:电话|電話|手机|手機|号码|號碼|\b(?:my )?(?:phone|mobile|tel|number)\b|\bcall me (?:on|at)\b)\s*)?(?:(?:是|係|is|:|：)\s*)?\+?\d[\d\s-]{6,}\d/gi;

// What the courier always says, quoted back: "你们就会说", "只會講", "淨係識講", "每次都说", "别跟我说", "you always say",
// "don't tell me", "all you ever say is".
const QUOTES_US =
  /(就会|就會|只会|只會|只识|只識|淨係識|净系识|淨識|光会|光會|就识|就識)(说|說|讲|講|话|話)|(每次都|老是|总是|總是|成日都?|永远|永遠)(这么|這麼|咁)?(说|說|讲|講|话|話)|(别|別|唔好|不要)(再)?(跟我|同我|和我|对我|對我|给我|給我)(说|說|讲|講|话|話)|\b(you|they)( guys| people)? (always|only|just|keep) (say|saying)\b|\ball (you|y'all)( guys| people)? (ever )?(say|do is say)\b|\bdon'?t (just )?tell me\b/i;

/** "你们是不是就会说…", "all you ever say is…": the customer quotes the courier's words back in scorn. */
export const quotesUsBack = (text: string): boolean => QUOTES_US.test(text);

// "那要多久才會有人跟我聯絡", "who pays the postage": a question the customer asks, not what they want.
// ("会不会被开除": asked whether it happens, not wanted — A-not-A questions and 怎么 too.)
const ASKING =
  /多久|幾耐|几耐|幾時|几时|什么时候|什麼時候|谁|誰|邊個|咩人|點解|为什么|為什麼|会不会|會不會|会唔会|會唔會|能不能|能唔能|可不可以|可唔可以|是不是|係唔係|係咪|有没有|有沒有|有冇|要不要|要唔要|怎么|怎麼|怎样|怎樣|點樣|点样|[吗嗎呢咩]$|^(who|how|when|why|what|which|will|would|is|are|do|does|can|could)\b/i;

/**
 * The clause is asked in the message: a question mark after it, or a question word in it. (Not a speed-up asked for —
 * "能不能加急", "can you hurry it up": a request put as a question, wanted.)
 */
function asked(text: string, clause: string): boolean {
  // ("可以請快遞員回電給我嗎", "can the courier call me back?": a call asked for, put as a question — wanted.)
  if (asksSpeedUp(clause) || PHONED_BY.test(clause)) return false;
  const after = text.slice(text.indexOf(clause) + clause.length).trimStart();
  return /^[?？]/.test(after) || ASKING.test(clause);
}

/**
 * Keeps the message's details beside the demand (once each; `replace` when the customer settles on another demand
 * — "还是…", a change at the summary); true when there were any.
 */
export function noteDemandDetails(state: IntakeState, text: string, named: boolean, replace = false): boolean {
  const found = demandDetailsIn(text, named);
  if (replace) state.demandNotes = found;
  if (found.length === 0 || replace) return found.length > 0;
  const held = state.demandNotes ?? [];
  state.demandNotes = [...held, ...found.filter((d) => !held.includes(d))];
  return true;
}

/** The demands as the summary says them: "赔偿、退款（运费必须退）", or the customer's words alone when no kind was named. */
export function demandsSaid(replies: Replies, state: IntakeState): string {
  const en = state.locale === 'en';
  const demands = [state.demand ?? 'none', ...(state.moreDemands ?? [])];
  const notes = (state.demandNotes ?? []).join(en ? '; ' : '，');
  // (In the customer's register: a Cantonese writer reads 畀個解釋, not 給個說法.)
  const kinds = demands
    .map((d) => replies.t(state.locale, `demand.${d}` as ReplyKey, {}, registerOf(state)))
    .join(en ? ', ' : '、');
  if (!notes) return kinds;
  if (demands.length === 1 && demands[0] === 'none') return notes;
  return en ? `${kinds} (${notes})` : `${kinds}（${notes}）`;
}
