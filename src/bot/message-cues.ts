import { disclosesDetails } from './details-disclosed';
import { digitsCorrectedAfter } from './digits-corrected';
import { withHanDigits, type ComplaintCategory, type Nlu } from '../nlu';

/**
 * What a customer's message says about the conversation itself — stop, go back to an earlier complaint, add to
 * the one just filed, correct the type, prove a link with the last 4 digits — read by word families and
 * patterns in the three languages (Cantonese included). The NLU reads what a message is about; these read
 * how it moves the conversation.
 */

/**
 * A message cut into clauses: people write "算了，不用了，取消" or "never mind, cancel it" — and in Chinese a
 * space often stands for the comma ("算了 不用了").
 */
export function clausesOf(text: string, spaces: 'spaces split' | 'punctuation only' = 'spaces split'): string[] {
  const pattern =
    spaces === 'spaces split'
      ? /[,，;；。.!！?？~～、\n]+|(?<!\s)\s+-\s+|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])|\bbut\b|但是|不过|不過|不如/i
      : /[,，;；。.!！?？~～、\n]+|(?<!\s)\s+-\s+|\bbut\b|但是|不过|不過|不如/i;
  // (An email's dots end no clause: "email k.wong@example.com" stays one clause, never "k", "wong@example", "com".)
  return text
    .replace(EMAIL_IN_TEXT, (email) => email.replace(/\./g, EMAIL_DOT))
    .split(pattern)
    .map((c) => c.replaceAll(EMAIL_DOT, '.').trim())
    .filter((c) => c.length > 0);
}

const EMAIL_IN_TEXT = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A character no customer types, standing for an email's dots while the text is cut into clauses.
const EMAIL_DOT = '\u2024';

// A clause that is nothing but "cancel": "cancel it", "please cancel the complaint", "取消吧", "cancel咗佢".
const CANCEL_CLAUSE =
  /^(ok(ay)?\s+|so\s+|then\s+|please\s+|pls\s+|just\s+|i want to\s+|i'?d like to\s+|i said\s+)*(cancel|abort|withdraw|scrap|drop)(\s+(it|that|this|the (complaint|ticket|report|whole thing)|my (complaint|ticket|report)|everything|please|pls|then|now))*$|^(算了|算啦|那就|那|就|帮我|幫我|麻烦|麻煩|我要|我想|唔該|唔该)*(把|将|將)?(这个|這個|呢個|嗰個|那个|那個|个|個)?(投诉|投訴|客诉|客訴|申诉|申訴|工单|工單|登记|登記)?(就)?(帮我|幫我)?(取消|撤销|撤銷|撤回|cancel)(掉|咗|了)?(这个|這個|呢個|本次|今次|这次|這次|个|個)?(投诉|投訴|客诉|客訴|申诉|申訴|工单|工單|登记|登記|佢|它)?(吧|啦|喇|了|咗佢|咗|掉|它|佢|算了|啊|呀)*$/i;
// Clauses that stop only when nothing else is said: "算了，不用了" stops; "算了，只要道歉" changes the demand.
const LET_GO_CLAUSE =
  /^(oh\s+)?(never ?mind|forget (it|about it|the whole thing)|forget (about )?(the|my|this) (complaint|ticket|report)|drop it|stop|quit|not anymore|no need anymore|don'?t bother)(\s+(then|please|now))?$|^(ok(ay)?\s+|so\s+|actually\s+)*i (really )?(don'?t|do not) want to (file|make|lodge|submit|log) (anything|a complaint|it|this|one)( anymore| after all| now| any ?more)?$|^(算了|算啦|那|那就|咁)?(就)?(不用|不要|不必|唔使|唔洗|唔駛)(再)?(帮我|幫我)?(登记|登記|投诉|投訴|客诉|客訴|开单|開單)(了|啦|喇|住|吧)?$|^(算了|算了吧|那算了|咁算|咁算啦|算啦|不用了|不用啦|不需要了|唔使喇|唔使啦|唔使了|唔使|唔要了|(算了)?不投诉了|(算了)?不投訴了|唔投訴喇|唔使投訴住|唔使投訴喇|冇嘢啦|没事了|沒事了|冇事喇|(不|唔)(弄|搞|理)(了|啦|喇|嘞|喇喂)|算(了|啦)(算(了|啦))+)$/i;
// A sigh before letting go: "ugh forget it", "唉 算了".
const SIGH = /^(ugh+|urgh+|meh|sigh|oh well|well|ok(ay)?|fine|唉+|哎+|哎呀|哎哟|哎喲|吓|嗐)[\s,，]*/i;
// What may stand beside letting go without asking for anything: "whatever", "i'll just wait", "我自己去楼下找找",
// "浪費時間" (blind batch 38a: 05.3, 10.4, 15.4 — a complaint given up, read as more of it).
const RESIGNED_CLAUSE =
  /^(whatever|fine|forget it|(i'?ll|i will|ill) (just )?(wait|find it|look for it|look myself|sort it out|deal with it|check)( myself| downstairs| again| then| i guess)*|(what a |such a )?waste of (my )?time|(this is )?(useless|pointless)|随便(吧|啦|你)?|隨便(吧|啦|你)?|浪费时间|浪費時間|嘥時間|(真)?(没用|沒用|冇用)|(那|咁)?(我)?(就)?(自己)?(再)?(去)?(楼下|樓下|门口|門口|驛站|驿站)?(找找|找一下|找一找|找|搵下|搵吓|搵|看看|睇下|睇吓|等等|等吧)(吧|啦|喇|算了)?)$/i;
/** "never mind, cancel it", "算了，不用了，取消", "唔使喇，取消", "forget it": the customer stops what is going on. */
export function saysCancel(text: string): boolean {
  const clauses = clausesOf(text);
  if (clauses.length === 0) return false;
  if (clauses.some((c) => CANCEL_CLAUSE.test(c))) return true;
  if (clauses.every((c) => LET_GO_CLAUSE.test(c))) return true;
  // (The first clause may begin with a sigh: "ugh forget it", "唉 算了".)
  const parts = clauses.map((c, i) => (i === 0 ? c.replace(SIGH, '') : c)).filter((c) => c.length > 0);
  const letGo = (c: string) => LET_GO_CLAUSE.test(c);
  return parts.some(letGo) && parts.every((c) => letGo(c) || RESIGNED_CLAUSE.test(c));
}

/**
 * "单号不记得了 算了", "can't find it, never mind": the customer ends on letting go of what was under way, after
 * saying why — a message that asks nothing more.
 */
export function endsLettingGo(text: string): boolean {
  const last = clausesOf(text).at(-1);
  return last !== undefined && LET_GO_CLAUSE.test(last) && !asksQuestion(text);
}

// "I don't want to file it again", "not a new complaint", "我不要你再给我开一张新单", "我唔係要再投訴".
const NOT_A_NEW_ONE =
  /(don'?t|do not|didn'?t) (want|need|mean) (you )?to (file|make|open|lodge|raise|log|submit|complain)[^.]{0,20}(again|another|new)|\bnot (a|another) new (complaint|ticket|case)|(don'?t|do not) (want|need) (another|one more|a new|new) (complaint|ticket|case)|不(要|用|需要|是要|想)(你)?再.{0,8}(投诉|投訴|开|開|登记|登記|新单|新單)|唔(係|是|使|要)(要)?再.{0,6}(投訴|投诉|開|开|登記|登记)|不是(要)?(新|再)(投诉|投訴)/i;

/** The customer does not want a new complaint: they are asking about one they already made. */
export const refusesNewComplaint = (text: string): boolean => NOT_A_NEW_ONE.test(text);

// "what happened with the first complaint", "原来那个处理到哪一步", "之前嗰個處理成點", "my complaint from last week".
// ("COD那个 单号JT…" names a parcel's number, not an earlier complaint's 单 — blind batch 18: 18.2; "ok and my other one
// SF…?" is the customer's other parcel — blind batch 37b: 01.2.)
// ("我上個禮拜已經報咗遺失", "上周已经报了丢件": a loss reported before — the rescore of blind batch 22, 29.1.)
const EARLIER_COMPLAINT =
  /\b(earlier|previous|original|old|last week'?s) (complaint|ticket|case|report|one)\b|\b(first|other) (complaint|ticket|case|report)\b|\b(i|we) (already )?(complained|filed|reported|made a complaint|lodged)\b|\b(i|we) (already )?(make|made|file|filed|send|sent) (a |my )?complain(t|ts)?\b|(原来|原來|之前|上次|上周|上週|上星期|上个星期|上個星期|上禮拜|上礼拜|上個禮拜|上个礼拜|前几天|前幾天|前兩日|嗰個|那个|那個|那张|那張)[^，。,.]{0,10}(投诉|投訴|申诉|申訴|客诉|客訴|单(?![号號])|單(?![号號])|处理|處理|進度|进度)|(投诉|投訴|申诉|申訴|客诉|客訴)(过|過|咗)|\b(complaint|ticket|case|report) (i|we) (just |already )?(made|filed|sent|lodged|raised|reported|opened)\b|(刚才|剛才|啱啱|頭先|头先|之前)[^，。,.]{0,6}(投诉|投訴|登记|登記|提交)|(报|報)(过|過|咗|了|左)\s*(遗失|遺失|丢失|丟失|丢件|丟件|失|丢|丟|破损|破損|损坏|損壞)/i;

// "那个挂我电话的客服我也要投诉": the complaint wanted now, after "that" agent — no earlier one (blind batch 55b: 07.1).
const WANTED_NOW = /(要|想|想要|得)(投诉|投訴|客诉|客訴|申诉|申訴)$/;

/** The message speaks of a complaint made before (not one being made now). */
export const refersToEarlierComplaint = (text: string): boolean =>
  [...text.matchAll(new RegExp(EARLIER_COMPLAINT.source, 'gi'))].some((m) => !WANTED_NOW.test(m[0]));

// "my complaint", "the ticket", "我的投诉", "案件", "張單" as in a case: the message names a complaint, not a parcel.
const COMPLAINT_NOUNS =
  /\b(complaints?|tickets?|cases?|claims?|reports?)\b|投诉|投訴|客诉|客訴|申诉|申訴|工单|工單|案件|理赔|理賠|索赔|索償/i;

/** The message speaks of a complaint, ticket, case or claim. */
export const namesComplaint = (text: string): boolean => COMPLAINT_NOUNS.test(text);

// "when will I get an answer", "is someone going to call me", "几时回复我", "幾時有人覆我", "多久有人联系".
const AWAITS_REPLY =
  /\b(answer|reply|replies|respond|response|get back|hear (back|from)|contact(ed)? me|call(ed)? me|someone|anybody|anyone)\b|回复|回覆|答复|答覆|联系我|聯繫我|聯絡我|覆我|搵我|打(给|給)我|有人/i;

/** The customer waits to hear from someone: an answer, a reply, a call. */
export const awaitsReply = (text: string): boolean => AWAITS_REPLY.test(text);

// "I also want to add…", "one more thing", "forgot to mention", "补充一下", "還有", "仲有", "加多一句".
const ADD_ON =
  /\b(also|add|adding|in addition|one more thing|another thing|forgot to (say|mention|tell)|as well|too)\b|补充|補充|还有|還有|另外|仲有|加多|再加|忘了说|忘了說|漏咗|頭先|头先|刚才|剛才|啱啱/i;

/** The message adds to something said before. */
export const addsToEarlier = (text: string): boolean => ADD_ON.test(text);

// "I'd like to file a claim", "I want to claim for it", "我要理赔", "申請理賠", "我要索償": a claim being made, not asked about.
const MAKES_CLAIM =
  /\b(file|make|open|lodge|submit|start|put in|raise)\s+(a\s+|an\s+|my\s+)?(insurance\s+)?claim\b|\b(i|we)\s*('d| would| want to| wanna| will)\s+(like to\s+)?claim\b|(我|我们|我們)?(要|想|想要|申请|申請|帮我|幫我)(申请|申請)?(理赔|理賠|索赔|索賠|索償|索偿)/i;

/** The customer makes a claim (unless they ask how one works: "how do I file a claim?"). */
export const makesClaim = (text: string): boolean =>
  MAKES_CLAIM.test(text) && !/\bhow\b|怎么|怎麼|點樣|如何/i.test(text);

const RETURN_WORDS =
  /\breturn(ed|ing)?\b|sent back|\b(went|gone|going|go) back to (the )?sender\b|退回|退件|退返|退咗|被退|退了/i;

/** "Why was it returned?", "點解退件": the customer speaks of the parcel going back to the sender. */
export const speaksOfReturn = (text: string): boolean => RETURN_WORDS.test(text);

// ("is lose??", "it got losed": as non-native customers write it. Cantonese "係咪跌咗", "搞跌咗": lost — not "跌咗落地",
// dropped and broken.)
const LOSS_WORDS =
  /\blost\b|\b(is|it|got|be|been) (lose|losed|loss)\b|missing|never (arrived|came)|丢|丟|唔見|不见|不見|遗失|遺失|跌(咗|左|失|晒)(?![落地爛烂壞坏碎])/i;

/** "Is it lost?", "是不是丢了": the customer speaks of a loss (feared or told). */
export const speaksOfLoss = (text: string): boolean => LOSS_WORDS.test(text);

/** Words that name a complaint type in a correction ("it's damaged", "按延误登记", "係態度問題"). */
const CATEGORY_WORDS: [ComplaintCategory, RegExp][] = [
  ['damaged', /damag|broken|broke|smashed|crack|shatter|坏|壞|爛|烂|破|碎|损|損/i],
  // (Cash collected on delivery not paid over: "the COD money is missing" is that, not a lost parcel — LABELS.md rule 3.)
  // (Not bare 代收: "放到代收点了" is a pickup point — review 31b.)
  ['value_added', /\bCOD\b|cash on delivery|代收(货|貨)?款|代收(的|嘅)(钱|錢)|货款|貨款/i],
  ['lost', LOSS_WORDS],
  ['delay', /\b(late|lateness|delay|delayed|slow)\b|延误|延誤|晚了|遲|迟|慢/i],
  // (Swearing and shouting at someone are the courier's conduct: "swore at my colleague" — blind batch 51b: 01.3.)
  [
    'attitude',
    /attitude|behaviou?r|rude|the way (he|she|they) (talked|spoke|treated)|\bswor(e|n)\b|\bswearing\b|\b(cursed|yelled|shouted) at\b|\bhung up on\b|挂(了)?(我)?(的)?电话|掛(了)?(我)?(的)?電話|收我線|爱要不要|愛要不要|态度|態度|骂|罵|粗口|服务差|服務差/i,
  ],
  ['fee', /\b(fee|fees|charge|charged|overcharg|price|cost)\b|费|費|收多|多收|价钱|價錢/i],
  ['packaging', /packag|\bbox\b|wrapping|包装|包裝|箱/i],
  [
    'info_error',
    /wrong (info|address|record)|tracking (is )?(wrong|not updat)|(no|not) updat|信息错|資訊錯|资料错|資料錯|没更新|沒更新|冇更新|泄露|洩露/i,
  ],
  ['special_request', /\b(note|instruction|request)\b|备注|備註|要求/i],
];

/** The message speaks of a problem of this kind in its own words ("碎了" damage, "never arrived" a loss). */
export function speaksOfCategory(text: string, category: ComplaintCategory): boolean {
  const words = CATEGORY_WORDS.find(([c]) => c === category)?.[1];
  return words !== undefined && words.test(text);
}

/**
 * The message speaks of money — a fee word or an amount: a fee dispute without one ("waiting 3 days more than
 * promised") is some other complaint, whatever the NLU's faint reading says.
 */
// An amount with its currency: "HK$30", "¥45", "600 人民幣", "23元", "500 yuan".
const AMOUNT =
  /(HK\$|NT\$|\$|¥|￥|RMB|CNY|HKD|TWD)\s?\d|\d\s?(元|块|塊|蚊|人民幣|人民币|港幣|港币|台幣|台币|yuan|rmb|dollars?)/i;

/** The message names an amount of money with its currency. */
export const namesAmount = (text: string): boolean => AMOUNT.test(text);

export const speaksOfMoney = (text: string): boolean =>
  (CATEGORY_WORDS.find(([c]) => c === 'fee')?.[1] as RegExp).test(text) ||
  namesAmount(text) ||
  // ("70 is way too much for 2kg", "2公斤收70太贵了吧": a price said to be too high.)
  /运费|運費|收费|收費|扣款|付款|付了|交了|太贵|太貴|好貴|shipping|paid|pay|\btoo (much|expensive|pricey)\b|\boverpriced\b/i.test(
    text,
  );

// "送錯貨", "发错东西了", "收到的东西不是我买的", "我买的是耳机 拆开是袜子", "寄咗另一件嘢俾我", "I ordered headphones and got
// socks", "that's not what I ordered": the goods delivered are not the ones bought. (Not "送错地址": the place is wrong.)
const WRONG_ITEM =
  /(发|發|寄|送|派|给|給|畀|俾)(错|錯)(了|咗)?(货|貨|东西|東西|嘢|野|商品|物品)|(发|發|寄|送|派)(错|錯)(了|咗)?(?=$|[\s，,。.!！?？])|(货|貨|东西|東西|嘢)(不对|不對|唔啱)|貨不對板|货不对板|(发|發|寄|送|派)(错|錯)(了|咗)?(俾|畀|给|給)(我|你)|不是我(买|買|订|訂|下单|下單|要)(的|嘅)|唔係我(买|買|订|訂|要)(的|嘅)|(买|買|订|訂)(的|嘅)(是|係)[^，,。.!！?？]{1,12}(拆开|拆開|打开|打開|收到|结果|結果|却|卻|居然|點知|点知)|\bwrong (item|thing|product|goods|order|stuff)\b|\bnot what i (ordered|bought|paid for)\b|\b(ordered|bought|paid for)\b[^.?!]{1,40}\b(and|but)( i| they)?( only)? (got|received|sent me|was sent|were sent)\b(?! (nothing|it|them|anything|no)\b)|\binstead of (the|my) [^.?!]{1,30} i (ordered|bought)\b/i;

/** The goods delivered are not the ones the customer bought: a wrong item, no damage (LABELS.md: 其他). */
export const tellsOfWrongItem = (text: string): boolean => WRONG_ITEM.test(text);

// The leak named as such: "leak", "leaked", "data breach", "泄露", "洩露", "外洩", "個資外洩" (not "privacy" alone, which
// asks about a policy as often as it complains).
const LEAK_NAMED =
  /泄露|泄漏|洩露|洩漏|外泄|外洩|\bleak(ed|ing|s)?\b|\bdata breach\b|\b(breach|misuse) of my (data|details|information)\b/gi;
// The customer's data near it: "my details were leaked", "个人信息泄露", "個資外洩", "地址泄露" — a leak with none ("the
// shampoo bottle leaked", "酱油泄漏了") is the goods leaking, left to the reading of the goods.
const DATA_WORDS =
  /\b(data|details|info|information|privacy|address|phone|photos?|pictures?)\b|信息|資訊|资讯|个资|個資|资料|資料|地址|住址|电话|電話|手机号|手機號|号码|號碼|照片|隐私|隱私/i;
const NEAR = 20;

/** A leak of the customer's data named outright: leak words with data words around them. */
export const leakOfData = (text: string): boolean =>
  [...text.matchAll(LEAK_NAMED)].some((m) =>
    DATA_WORDS.test(text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR)),
  );

// "是不是你們個資外洩", "我的信息被泄露了", "who leaked my details": the customer's personal data named (a leak word
// alone needs the data beside it: leakOfData).
const LEAK_TOLD =
  /个资|個資|个人信息|個人信息|個人資料|个人资料|私隐|私隱|\bprivacy\b|\bpersonal (data|details|information|info)\b/i;

/** The customer speaks of their personal data leaked (a data-leak complaint: info_error, high priority). */
// ("快递员把我电话告诉了别人", "gave my address to a stranger": details told to another are a leak, in any words.)
export const speaksOfLeak = (text: string): boolean =>
  LEAK_TOLD.test(text) || leakOfData(text) || disclosesDetails(text);

// "a cup inside cracked", "the screen is smashed", "杯子裂了", "碎咗", "壞掉了": the goods broke, not only the box.
const GOODS_BROKE =
  /\b(broken|broke|cracked|smashed|shattered|dented|scratched|damaged)\b|裂|碎|破了|破咗|[坏壞](了|咗|掉)|[爛烂](了|咗|掉|晒|埋)/i;
const BOX_ONLY =
  /\b(box|carton|packag\w*|wrapping|tape)\b|外箱|箱子|[個个]箱|纸箱|紙箱|盒子|[個个]盒|包装|包裝|胶带|膠帶/i;

/**
 * The customer tells of the goods themselves broken (a clause about the box alone does not count). With `'spaces
 * split'`, Chinese clauses written with spaces for commas count one by one ("杯子碎了两个 箱子也压扁了").
 */
export const goodsBroke = (text: string, spaces: 'spaces split' | 'punctuation only' = 'punctuation only'): boolean =>
  clausesOf(text, spaces).some(
    (c) => GOODS_BROKE.test(c) && !BOX_ONLY.test(c) && (spaces === 'punctuation only' || !NOT_BROKEN.test(c)),
  );

// The box came but what was in it did not (LABELS.md: missing items inside are damage, 损毁): "拆开里面是空的",
// "打開個盒 入面乜都冇", "里面的耳机不见了", "少了一件", "the box was empty", "only 3 of the 5 shirts were in it".
// An empty box counts only once opened, and not half empty ("里面一半是空的" is the packing).
const EMPTY_BOX =
  /(?<!一半|半|一半都)(是|系|係)?空(的|嘅|空|盒|箱)|[个個]空(盒|箱)|乜(嘢)?都冇|什么都没有|什麼都沒有|啥都没有|\b(was|came|arrived|is|completely|totally) empty\b|\bempty (box|parcel|package|carton)\b|\bnothing (was )?(inside|in it|in the box)\b/i;
const OPENED =
  /拆开|拆開|拆了|拆咗|打开|打開|開咗|开了|開箱|开箱|\bopen(ed|ing)? (it|the (box|parcel|package|carton))\b|\bunbox\w*|\bopened\b/i;
// Where a parcel is looked for, not a box opened: an empty locker, doorstep, shelf or mailbox is a parcel not there.
const EMPTY_PLACE =
  /柜|櫃|门口|門口|家门|家門|架子|架上|信箱|驿站|驛站|\b(locker|porch|mailbox|letterbox|doorstep|shelf|shelves|lobby)\b/i;
const MISSING_INSIDE =
  /(里面|裡面|入面|里头|裡頭|箱里|箱裡|盒里|盒裡|箱入面|盒入面)[^，。,.!?！？]{0,12}(不见|不見|没了|沒了|少了|少咗|丢了|丟了|唔見|冇咗|没有了|沒有了|被拿走|俾人攞走|得返?(一|兩|两|幾|\d))|(少了|少咗)\s*(一|两|兩|几|幾|\d)\s*(?![箱包单單]|个箱|個箱|个包|個包)|\b(inside|in the box|in the parcel)\b[^.?!]{0,25}\b(missing|gone|not there|was taken|were taken)\b|\b(missing|gone) from (the |my )?(box|parcel|package)\b|\bonly \d+ (of|out of) (the |my )?\d+\b(?! (boxes|parcels|packages|cartons))/i;
// Opened on the way and closed again ("resealed", "拆過再封返"), with something gone: taken from inside.
const TAMPERED =
  /\bre-?seal\w*|\bre-?taped\b|\btaped (it )?(back|up) again\b|\b(been|was) (opened|cut open|tampered)\b|\btampered\b|被拆|拆过|拆過|拆开过|拆開過|重新封|再封|封返|封回|二次封/i;
const GONE = /\b(missing|gone|taken|not there)\b|不见|不見|没了|沒了|唔見|冇咗|少了|少咗|拿走|攞走/i;
// "nothing is missing", "没有不见", "东西倒是都在": the contents said to be all there.
const ALL_THERE =
  /\bnothing (is |was )?(missing|gone|taken)\b|\b(all|everything) (is |was )?(there|intact|fine)\b|\bnot missing\b|(没有|沒有|冇)(不见|不見|唔見|少)|都在|齐全|齊全|齊晒|无缺|無缺/i;

/** The box came, but (some of) what was in it did not: damage by the labels, not a lost parcel or packaging alone. */
export const contentsMissing = (text: string): boolean => {
  if (ALL_THERE.test(text)) return false;
  const emptied = EMPTY_BOX.test(text) && OPENED.test(text) && !EMPTY_PLACE.test(text);
  return emptied || MISSING_INSIDE.test(text) || (TAMPERED.test(text) && GONE.test(text));
};

// "nothing inside broke luckily", "还好东西没坏", "好彩冇爛": the goods said unharmed.
const NOT_BROKEN = /\b(nothing|not|no|never|none)\b|n'?t\b|没|沒|冇|未|无|無|不|幸好|还好|還好|好彩/i;

// The box or its packing: "個箱扁晒", "no padding", "连个泡沫都没有".
const BOX_WORDS =
  /\b(box|carton|packag\w*|wrapping|padding|bubble wrap)\b|箱|盒|包装|包裝|泡沫|缓冲|緩衝|防震|气泡|氣泡/i;

/** The message speaks of the box or its packing. */
export const speaksOfBox = (text: string): boolean => BOX_WORDS.test(text);

// "里面杯子没事", "the contents are fine", "裡面嘅嘢冇爛": the goods said unharmed in so many words.
const GOODS_FINE =
  /(里面|裡面|入面|内容|內容|东西|東西|嘢|货|貨|物品|商品|杯|碗|瓶|碟)[^，。,\s]{0,6}(没事|沒事|冇事|没问题|沒問題|冇問題|没坏|沒壞|没有坏|沒有壞|冇爛|冇壞|没碎|沒碎|冇碎|完好|好好的|好好地|好地地|无损|無損)|完好无损|完好無損|\b(contents?|inside|items?|goods|products?|everything|stuff)\b[^.,;]{0,30}\b(fine|ok|okay|intact|undamaged|unharmed|in one piece|all right|alright|not (broken|damaged))\b|\bnothing (inside |in it )?(is |was |got )?(broken|damaged|broke)\b/i;

/**
 * The customer says the goods are unharmed and speaks of the box ("里面杯子没事 就是外包装破得厉害", "contents are
 * fine, only the outer carton is torn"): a packaging complaint, whatever "broken" said of the box.
 */
export const onlyTheBox = (text: string): boolean =>
  BOX_WORDS.test(text) &&
  !goodsBroke(text, 'spaces split') &&
  clausesOf(text).some((c) => GOODS_FINE.test(c) && !BOX_ONLY.test(c));

// "it's not lost, it's damaged", "change that", "make … the main complaint", "file it as …", "按X登记",
// "不是…是…", "主要是", "重點是", "應該係", "改成".
const CORRECTION =
  /\b(not|isn'?t|wasn'?t)\b[^.?!]{0,30}[,;]\s*(it'?s|it is|it was|but)\b|\bchange (it|that|this|the type|the category)\b|\bmain (complaint|issue|problem|thing)\b|\bmainly\b|\bthe real (problem|issue|complaint)\b|\b(file|log|register|record|put) (it|this) (down )?(as|under)\b|\b(it'?s|it is) (really|more) (about|a)\b|不是[^，。,.?？]{0,8}[，,]?\s*(是|而是)|唔係[^，。,.?？]{0,8}[，,]?\s*係|按(?![\s\d.一二两兩三四五六七八九十几幾半]+(公斤|斤|kg|克|g|块|塊|元|蚊|件|天|日))[^\d，。,.?？]{1,6}(登记|登記|算|处理|處理)|主要(是|係)|重点是|重點是|应该是|應該是|應該係|应该算|應該算|改成|改为|改為|算做|當做|当做|(算|當係|当是)(?![了啦數数])(是|作|成)?(?=[^，。,.?？\s]{0,6}(问题|問題))|\b(count|treat|class|classify|call|mark) (it|this|that) as\b|\b(more|rather) (of )?an? \w+ (issue|problem|thing|complaint)\b|\bwhy (does|is) it (say|says|marked|listed|filed)\b|\bfix it\b|^\s*no\b[\s,.!]*(it'?s|its|it is|it was)\b|\b(it'?s|its|it is) (actually|obviously|clearly)\b|明明(就)?(是|係)|分明(就)?(是|係)|其实(就)?是|其實(就)?(是|係)/i;
// "the type is wrong", "fix the type", "類型唔啱", "类型搞错了": the type turned down; what else the message says names
// the right one (blind batch 28: 27.5, 29: 08.7) — a clause of its own that only says so names none.
const TYPE_WRONG =
  /\b(type|category) (is |'s )?(wrong|incorrect|not right)\b|\bwrong (type|category)\b|\bfix (the|its|that) (type|category)\b|(类型|類型|类别|類別)(不对|不對|错了|錯了|錯咗|有错|有錯|唔啱|唔對|搞错|搞錯)/i;
const NEGATED_CLAUSE =
  /^(it'?s |it is |that'?s |this is )?(not|isn'?t|wasn'?t)\b|^(不是|唔係|并不是|並不是|没有|沒有|冇)|\bcan live with\b|可以接受|没关系|沒關係|冇所謂|无所谓|無所謂/i;

// The demand named as the field being changed: "诉求改成…", "要求改做…", "把要求改为…", "change the demand to…",
// "make the request a …".
const DEMAND_CHANGED =
  /(诉求|訴求|要求)\s*(改|换|換|变|變|更改|修改)|(改|换|換)(一下)?(诉求|訴求|要求)|\b(change|switch|update|make)\b[^.?!]{0,12}\b(demand|request|what i want)\b|\b(demand|request)\b[^.?!]{0,6}\b(to|should be|is now)\b/i;
// The type named as a field ("类型改成…", "change the type to…"): a correction of it all the same.
const TYPE_NAMED = /类型|類型|种类|種類|\b(type|category)\b/i;

/**
 * The complaint type a correction names ("it's not lost, it's damaged", "按延误给我登记", "make the courier's
 * behaviour the main complaint"), or undefined when the message corrects no type. The last clause that is not
 * turned down wins: people correct themselves at the end.
 */
export function correctedCategory(nlu: Nlu, text: string, shownType?: string): ComplaintCategory | undefined {
  const named = typeCorrectedTo(nlu, text, shownType);
  // ("the type is wrong, an item is missing from the box": contents gone from a box that came are damage, not a lost
  // parcel — blind batch 41a 02.6.)
  return named === 'lost' && contentsMissing(text) ? 'damaged' : named;
}

function typeCorrectedTo(nlu: Nlu, text: string, shownType?: string): ComplaintCategory | undefined {
  // ("诉求改成免费重新寄过去", "change the request to a free resend": the demand is what changes, not the type — blind
  // batch 30: 14.6 was retyped a special request not met.)
  if (DEMAND_CHANGED.test(text) && !TYPE_NAMED.test(text)) return undefined;
  // The type the summary shows, quoted back ("wrong information?? no it's LATE", "咩資料錯誤呀 明明係遲咗"): turned
  // down, what else the message says names the right one (blind batch 33: 01.4).
  const at = shownType ? text.toLowerCase().indexOf(shownType.toLowerCase()) : -1;
  const quoted = shownType !== undefined && at >= 0;
  const said = quoted ? `${text.slice(0, at)} ${text.slice(at + shownType.length)}` : text;
  // A question ("is the tracking just broken?") corrects nothing.
  const statements = said
    .split(/(?<=[?？.!。！\n])/)
    .filter((s) => !/[?？]\s*$/.test(s))
    .join(' ');
  const typeWrong = quoted || TYPE_WRONG.test(statements);
  if (!CORRECTION.test(statements) && !typeWrong) return undefined;
  const categoryIn = (clause: string) => CATEGORY_WORDS.find(([, words]) => words.test(clause))?.[0];
  // What follows the last correction names the type the customer settles on ("里面没事 就是外包装破了 算包装问题吧",
  // "唔係態度問題 係我明明話咗放管理處 佢就擺咗入智能櫃", "it's not lost, it's damaged"): the words before it told
  // what was first said or is turned down.
  // (A change to another field — "訴求改成道歉就好" — names no type; a few words after it are read only for the type
  // words, a sentence by the NLU too.)
  const settled = lastCorrectionIn(statements);
  if (settled) {
    const named = categoryIn(settled);
    if (named) return named;
    const reading = SAYS_ENOUGH.test(settled) ? nlu.analyze(settled) : undefined;
    if (reading?.intent === 'complaint' && reading.category && reading.category !== 'other') return reading.category;
  }
  // Clauses end at punctuation: in "唔係 我係收件人 尾數5555" the space does not cut "not" from what it turns
  // down. Only a type turned down ("唔係遺失 係損壞") lets the words after a space name the type instead.
  for (const clause of clausesOf(statements, 'punctuation only').reverse()) {
    const pieces = clausesOf(clause);
    const [first] = pieces;
    // ("類型唔啱喎 係件貨唔見咗 唔係咩增值服務": the type said wrong, then each piece — the one not turned down names it;
    // blind batch 34b: 14.6 got the type menu.)
    const turnsTypeDown =
      pieces.length > 1 &&
      ((first !== undefined && NEGATED_CLAUSE.test(first) && categoryIn(first)) || TYPE_WRONG.test(clause));
    for (const piece of turnsTypeDown ? pieces.reverse() : [clause]) {
      if (NEGATED_CLAUSE.test(piece) || TYPE_WRONG.test(piece)) continue;
      const named = categoryIn(piece);
      if (named) return named;
      // ("不对，类型错了": "不对" alone tells no type.)
      if (typeWrong && !SAYS_ENOUGH.test(piece)) continue;
      const reading = nlu.analyze(piece);
      if (reading.intent === 'complaint' && reading.category && reading.category !== 'other') return reading.category;
    }
  }
  return undefined;
}

// The other fields of a complaint a change may name: its demand, contact or parcel.
const OTHER_FIELD =
  /诉求|訴求|要求改|赔偿改|賠償改|联系方式|聯絡方式|聯繫方式|电话|電話|单号|單號|\b(demand|request|contact|phone|email|number)\b/i;
// What an account needs to be read for its type: a sentence, not "道歉就好" (six Chinese characters or about twelve
// letters).
const SAYS_ENOUGH = /([\u3400-\u9fff][^\u3400-\u9fff]*){6}|([a-z][^a-z]*){12}/i;

/** The words after the last correction in the message, up to the end of its sentence, if any are there. */
function lastCorrectionIn(statements: string): string | undefined {
  let last: RegExpExecArray | undefined;
  const every = new RegExp(CORRECTION.source, 'gi');
  for (let m = every.exec(statements); m; m = every.exec(statements)) {
    last = m;
    if (m[0].length === 0) every.lastIndex += 1;
  }
  // ("訴求改成…", "change the phone to…": another field is changed.)
  if (!last || OTHER_FIELD.test(statements.slice(Math.max(0, last.index - 12), last.index + last[0].length)))
    return undefined;
  const after = statements.slice(last.index + last[0].length).split(/[.!?。！？\n]/)[0] ?? '';
  return /[\p{L}\p{N}]/u.test(after) ? after : undefined;
}

// Digits as customers write them besides 0-9: full-width (NFKC), Chinese numerals (一一一一, 幺三八, 四四四四),
// English number words ("four four five six", "double four"), spaced or hyphenated ("44 44", "4-5-6-7").
// Three or more in a row: "末四碼" keeps its lone 四, "一三八" before a mask is a number.
const CHINESE_DIGITS = /[零〇一幺二两兩三四五六七八九]{3,}/g;
const DIGIT_WORD: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const WORD = String.raw`(?:(?:double|triple)\s+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const DIGIT_WORDS = new RegExp(String.raw`\b${WORD}(?:[\s,-]+${WORD}){1,5}\b`, 'gi');
// Groups of one to three digits that together make four: "44 44", "4 5 6 7", "45-67".
const SPLIT_DIGITS = /(?<![\d+])\d{1,3}(?:[ \t-]\d{1,3})+(?![\d])/g;

/** A message's digits written as 0-9, whichever way the customer wrote them (for reading last-4 digits). */
export function digitsWritten(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CHINESE_DIGITS, withHanDigits)
    .replace(DIGIT_WORDS, (run) => {
      const digits = run
        .toLowerCase()
        .split(/[\s,-]+/)
        .reduce<{ out: string; times: number }>(
          (acc, word) =>
            word === 'double' || word === 'triple'
              ? { out: acc.out, times: word === 'double' ? 2 : 3 }
              : { out: acc.out + (DIGIT_WORD[word] ?? '').repeat(acc.times), times: 1 },
          { out: '', times: 1 },
        ).out;
      // "one or two", "two-three days": no digits meant unless they make a number's four.
      return digits.length === 4 ? digits : run;
    })
    .replace(SPLIT_DIGITS, (run) => {
      const joined = run.replace(/[ \t-]/g, '');
      return joined.length === 4 ? joined : run;
    });
}

// A phone written with its middle hidden: "138xxxx8888", "138****8888", "+86 139 **** 9999" — the last four shown.
const MASKED_PHONE = /(?<!\d)(?:\+?\d{1,3}[ -]?)?\d{3}[ -]?[x×*•#]{3,5}[ -]?(\d{4})(?!\d)/i;

// Labels that name the digits themselves and may stand a few words away: "last 4 of my mobile: 4567", "ends in
// 4444", "尾數係4567", "後四碼 5678", "最尾四個字 2222".
const STRONG_LABEL = String.raw`last\s*(?:4|four)(?:\s*digits?)?|last\s+digits|\bend(?:s|ing)?(?:\s+(?:in|with))?\b|尾[号號数數码碼]|[后後末尾]\s*(?:四|4)\s*(?:个|個)?\s*(?:位|码|碼|字|数字|數字|号|號)`;
// Labels that name whose phone: "receiver, 5555", "寄件人 8888", "phone 2222" — the digits right after them.
const WEAK_LABEL = String.raw`last(?:\s*digits?)?|(?:sender|receiver|recipient)(?:'s)?(?:\s*phone)?|\b(?:phone|mobile|cell)\b|寄件人|收件人|手[机機]|電話|电话`;
const LABELLED_LAST_FOUR = new RegExp(
  String.raw`(?:(?:${STRONG_LABEL})[^\d\n]{0,24}?|(?:${WEAK_LABEL})[^\d\n]{0,12}?)(?<!\d)(\d{4})(?!\d)(?![ \t-]?\d)`,
  'i',
);

// The label after the digits: "1111 is my number ending", "2222 are the last 4", "5555係尾數", "3333是尾号", or the
// customer's part in the parcel named after them: "3333 im the sender", "4444 我係收件人" (blind batch 24: 09.2).
const LABEL_AFTER =
  /(?<![\d+])(\d{4})(?!\d)\s*(?:(?:is|are|'s)\s+(?:my|the)\s+(?:(?:phone|mobile|number|cell)\s+)*(?:ending|end|last\s*(?:4|four)(?:\s*digits?)?)\b|(?:是|係|系|就是|就係)?\s*(?:我的?|我嘅)?(?:手机|手機|电话|電話)?\s*(?:尾[号號数數码碼]|[后後末]\s*(?:四|4)\s*(?:位|码|碼|個字|个字))|[,，、]?\s*(?:(?:i'?m|im|i am|i was)\s+(?:the\s+)?(?:sender|recipient|receiver)\b|(?:我是|我係|我系)(?:寄件人|收件人|寄件方|收件方)))/i;

/**
 * Last-4 digits named as such, wherever they stand in a message that may say other things too, however they are
 * written: "last 4 of my mobile: 4567", "ends in 44 44", "末四碼是一一一一", "尾數係４５６７", or a phone with its
 * middle hidden ("138xxxx8888", "一三八xxxx八八八八").
 */
export function labelledLastFour(text: string): string | undefined {
  const written = digitsWritten(text);
  const masked = MASKED_PHONE.exec(written)?.[1];
  if (masked) return masked;
  const found = LABELLED_LAST_FOUR.exec(written) ?? LABEL_AFTER.exec(written);
  const at = found?.[1] ? found.index + found[0].lastIndexOf(found[1]) : -1;
  // "寄件人明明有付保價，申報價值 2000", "phone, it cost 4444 dollars": an amount near a label is no phone's end.
  if (!found?.[1] || amountAt(written, at)) return undefined;
  // "末四碼是 7771... 不對不對，是 7777": the digits the customer settles on (digits-corrected.ts).
  return digitsCorrectedAfter(written, at + 4) ?? found[1];
}

// Digits that are an amount, a length of time or a weight, not a phone's end: "cost 4444 dollars", "2222 days",
// "价值4444元", "4444蚊", "申報價值 2000"; "手机8999买的" (blind batch 45b: 08.3).
const AMOUNT_AFTER =
  /^\s*(?:元|块|塊|蚊|圓|圆|dollars?|bucks|yuan|rmb|cny|hkd|ntd?|days?|weeks?|months?|years?|天|日|年|个月|個月|kg|公斤|克|g\b)/i;
// What was paid for the goods: "手机8999买的" — after the goods' name ("4444 买的衣服" at the start gives the digits).
const BOUGHT_AFTER = /^\s*(?:买的|買的|買嘅|买来|買來|入手|bought\b)/i;
const AMOUNT_BEFORE =
  /(?:cost|costs|worth|price|paid|pay|value|valued|价值|價值|价格|價格|金额|金額|保价|保價|申报|申報|花了|值|[$¥￥]|HK\$|NT\$)\s*(?:是|係|为|為|:|：)?\s*$/i;

/** The four digits at `at` in `text` are an amount (a price, a value, days, a weight), by the words around them. */
export function amountAt(text: string, at: number): boolean {
  const after = text.slice(at + 4);
  const goodsBefore = /[\u4e00-\u9fffa-z]\s*$/i.test(text.slice(0, at));
  return (
    AMOUNT_AFTER.test(after) ||
    (BOUGHT_AFTER.test(after) && goodsBefore) ||
    AMOUNT_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  );
}

/** The message holds digits or numerals, maybe not four of them ("it ends in 44 4"): an attempt at the digits. */
export const triesDigits = (text: string): boolean =>
  /\d{2,}/.test(digitsWritten(text).replace(/[零〇一幺二两兩三四五六七八九]{2,}/g, '00'));

const THANKS_WORDS = /\b(thanks?|thx|ty|cheers|ta)\b|谢|謝|唔該|唔该|多謝|多谢|感謝|感谢/i;

/** "thanks", "thx", "謝啦", "唔該晒": a thank-you, whatever else the NLU makes of it. */
export const saysThanks = (text: string): boolean => THANKS_WORDS.test(text);

// Besides the marks and wh-words: the colloquial forms people type without a question mark — 啥时候, 咋, 是不是,
// 係咪, 有没有, 多久, 幾耐, 可唔可以, 要不要 / 使唔使 (A-not-A), "how long", "who handles it", "can I …", "… or not". A final 呢 after an
// amount or an ongoing state ("5000多呢", "还等着呢") stresses a statement; it asks nothing.
// ("你们赔不赔", "送唔送": a courier's verb asked yes-or-no by itself and its negation — blind batch 45b: 09.4; not
// "你们到底管不管", which scolds.)
const QUESTION =
  /[?？]|\b(why|where|when|what|whats|who|how|will it|is it|does it|can it|can (i|you|we)|is there|are there|will there)\b|为什么|為什麼|点解|點解|哪里|哪裡|邊度|几时|幾時|什么时候|什麼時候|啥时候|啥時候|啥时|咩時候|哪天|哪一天|邊日|怎么回事|怎麼回事|咋|會唔會|会不会|會不會|能不能|能唔能|是不是|是唔是|係咪|係唔係|有没有|有沒有|有冇|多久|幾耐|几耐|谁|誰|邊個|可唔可以|可不可以|得唔得|发生了什么|發生了什麼|发生什么|發生什麼|發生咗咩|出了什么事|出了什麼事|出咗咩事|要不要|要唔要|需不需要|需唔需要|用不用|用唔用|使唔使|使不使|是否|\bor not\b|[吗嗎]\s*$|(?<![多着著])呢\s*$|(?<verb>[赔賠送派寄收到退补補开開算])[不唔]\k<verb>/i;
// A closing 吗 before emoji or a tracking number ("犯法了吗😰", "能退吗 单号EG552103786KR") still asks (blind batch 42a:
// 09.1, 07.3); a 呢 before an emoji ("我还在等呢😤") stresses, as it does at the end.
const MA_BEFORE_EMOJI_OR_NUMBER =
  /[吗嗎][\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*((单号|單號|單號碼)[:：是係]?\s*[A-Z0-9]{8,}|[A-Z]{1,3}\d{8,}[A-Z]{0,2})?[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/iu;

/** The message asks something (a question mark, or a question word in any of the three languages). */
export const asksQuestion = (text: string): boolean => QUESTION.test(text) || MA_BEFORE_EMOJI_OR_NUMBER.test(text);

const HOW_IS_IT =
  /點樣|点样|怎样|怎樣|怎么样|怎麼樣|如何|进度|進度|\bhow('?s| is| are)\b|\bany (news|update)|\bstatus\b/i;

/** "張單而家點樣", "how's it going", "any news?": a question about how something stands. */
export const asksHowItGoes = (text: string): boolean => asksQuestion(text) || HOW_IS_IT.test(text);

// A question about the courier's rules, places or prices, asked in the middle of something else.
const FAQ_TOPICS: ['faq.claim' | 'faq.outlet' | 'faq.fee', RegExp][] = [
  [
    'faq.claim',
    /\b(rules?|policy|how (does|do|much)|how long)\b.{0,40}\b(compensat|claim|insur)|(compensat|claim)\w*\s+(rules?|policy)|(赔偿|賠償|理赔|理賠|保价|保價).{0,6}(规则|規則|标准|標準|怎么算|怎麼算|多久|點計)|(规则|規則|标准|標準).{0,6}(赔偿|賠償|理赔|理賠)|\b(compensat\w*|claim\w*|pay ?out|refund\w*)\b.{0,25}\b(delay\w*|late(ness)?)\b|\b(delay\w*|late(ness)?)\b.{0,25}\bcompensat\w*|(延误|延誤|延迟|延遲|迟到|遲到|晚到|晚咗|遲咗).{0,8}(赔|賠|补偿|補償)/i,
  ],
  [
    'faq.outlet',
    /\b(where|nearest|what time|opening hours|open|close)\b.{0,40}\b(outlet|station|branch|office|service point|drop[- ]?off)|\b(outlet|station|branch|office|service point|drop[- ]?off)\b.{0,40}\b(where|open|close|hours)\b|(网点|網點|营业所|營業所|门市|門市|服务点|服務點).{0,8}(在哪|哪里|哪裡|邊度|几点|幾點|营业|營業|开门|開門|关门|關門|收工)/i,
  ],
  [
    'faq.fee',
    /\b(how much|cost|price|fee)\b.{0,30}\b(to ship|to send|shipping|redirect\w*|chang\w*|delivery)\b|\b(redirect\w*|chang\w*)\b.{0,20}\bcost\b|(改地址|改派|转寄|轉寄|寄到.{0,6}|运费|運費).{0,6}(多少钱|多少錢|幾錢|几钱|收费|收費|要钱|要錢)/i,
  ],
];

/** The FAQ topic a question names when the NLU reads it as something else (it was asked mid-intake or mid-request). */
export function faqAsked(text: string): 'faq.claim' | 'faq.outlet' | 'faq.fee' | undefined {
  if (!asksQuestion(text)) return undefined;
  return FAQ_TOPICS.find(([, words]) => words.test(text))?.[0];
}

const PHOTOS = /\b(photos?|pictures?|pics?|images?|snaps?)\b|照片|相片|图片|圖片|截图|截圖/i;
const NOT_NOW =
  /\blater\b|tomorrow|tonight|\bafter(wards?)?\b|\bnot (on|with) me\b|\bin a (bit|while)\b|not (now|home|at home)|can'?t|cannot|don'?t know how|等等|等一下|等下|过一阵|過一陣|等会|等會|一会|一會|待会|待會|稍后|稍後|晚点|晚點|晚些|晚啲|之后|之後|明天|聽日|听日|晚上|今晚|遲啲|迟啲|遲些|迟些|等陣|等阵|回头|回頭|不会|不會|不太会|不太會|唔識|没法|沒法|冇法|回来|回來|再(发|發|傳|传)/i;
// "my daughter will send them", "让我女儿发给你们", "叫個仔send過嚟": someone else sends them, some other time.
const SOMEONE_ELSE_SENDS =
  /\bmy (daughter|son|husband|wife|kids?|friend|family|colleague|partner)\b.{0,30}\b(send|take|upload|do)|(让|讓|叫|等|請|请)(我)?(女儿|女兒|儿子|兒子|个仔|個仔|个女|個女|老公|老婆|家人|朋友|同事|屋企人).{0,12}(发|發|传|傳|拍|send|影)/i;

/** "later", "等會兒", "my daughter will send it": what is asked for comes some other time (or from someone else). */
export const sendsLater = (text: string): boolean => NOT_NOW.test(text) || SOMEONE_ELSE_SENDS.test(text);

// "There are family photos inside", "里面是老照片", "a photo album": photos the parcel holds, not evidence (44a: 04.4).
const PHOTOS_INSIDE =
  /\b(photos?|pictures?|prints?)\b[^.?!]{0,12}\b(inside|in (it|the (box|parcel|package)))\b|\b(family|old|wedding|baby|printed) (photos?|pictures?)\b|\bphoto ?albums?\b|(里面|裡面|入面)[^，。,.]{0,6}(照片|相片|相簿|相册|相冊)|(照片|相片)[^，。,.]{0,4}(在里面|在裡面|喺入面)|(老|旧|舊|家庭|结婚|結婚)(照片|相片)|相簿|相册|相冊/i;

/** "Can I send the photos later?", "照片我不会发": the customer speaks of sending the evidence some other time. */
export const sendsPhotosLater = (text: string): boolean =>
  PHOTOS.test(text) && sendsLater(text) && !PHOTOS_INSIDE.test(text);

// "多收了", "收錯", "overcharged", "charged me twice": money taken wrongly (a fee dispute, not a price question). "They
// said $23 but took $45" needs the money beside its amounts: "the website said 2 days but it took 6" is a delay.
// (Paid twice for one parcel — "two payments of 23 yuan", "付了两次钱", "重複扣款", "俾咗兩次錢" — and a charge added after
// sending, "补扣了15", "复重后多收": blind batch 42b 02.1, 08.1.)
const OVERCHARGED =
  /\b(paid|charged|billed|deducted)\b(\s+(?!as\b)[\w']+){0,5}?\s+(twice|two times|double)\b(?!\s+(as|this|a|per|in|each|every|the)\b)|\btwo (payments|charges)\b|(付|扣|交|俾|畀|给|給)(了|咗)?(两|兩|2)次(钱|錢|款|运费|運費)|重复(扣|付|收)|重複(扣|付|收)|补扣|補扣|补收|補收|多收|收多|多扣|扣多|乱收|亂收|收错|收錯|重复收|重複收|收.{0,2}[两兩]次|\bovercharg|\bcharged (me )?(twice|double|too much|wrongly|extra)\b|\bdouble[- ]charg|\bwrong (fee|charge|amount|weight)\b|\b(fee|charge|price|weight)s? (is|was|are|were) (wrong|incorrect)\b|\bcharged (me )?(for )?\d+(\.\d+)? ?(kg|kilos?|kilograms?)\b|(运费|運費|费用|費用|重量|称重|稱重)[^，。,.\s]{0,2}(不对|不對|错了|錯了|算错|算錯|计错|計錯)|\b(quot\w*|advertised|listed|told|said)\b[^.?!]{0,30}\d+[^.?!]{0,40}\b(charg\w*|billed|deducted)\b[^.?!]{0,20}\d+|\bquot\w*\b[^.?!]{0,30}\d+[^.?!]{0,40}\btook\b[^.?!]{0,20}\d+(?!\.?\d*\s*(days?|hours?|weeks?|天|日))|\b(told|said)\b[^.?!]{0,30}((HK\$|NT\$|US\$|\$|¥|￥|rmb|cny|hkd|twd)\s?\d+|\d+(\.\d+)?\s?(元|块|塊|蚊|(yuan|rmb|dollars?|bucks|hkd|twd|ntd)\b))[^.?!]{0,40}\b(charg\w*|billed|deducted|took)\b[^.?!]{0,20}((HK\$|NT\$|US\$|\$|¥|￥|rmb|cny|hkd|twd)\s?\d+|\d+(\.\d+)?\s?(元|块|塊|蚊|(yuan|rmb|dollars?|bucks|hkd|twd|ntd)\b))|\bcharg\w*\b[^.?!]{0,20}\d+[^.?!]{0,30}\b(instead of|rather than|though (i was|they) quoted)\b|(报价|報價|说好|說好|讲好|講好|讲咗|講咗|标价|標價|写着|寫着|寫住)[^，。？?]{0,10}\d+[^。？?]{0,20}(收|扣)(了|咗)?(我)?[^，。？?\d]{0,4}\d+/i;

/** The message says money was taken wrongly ("多收了我15块", "you overcharged me", "quoted 23 but charged 45"). */
export const overcharged = (text: string): boolean => OVERCHARGED.test(text);

// "I have photos", "I took some pics", "我有照片", "照片我拍了", "我影咗相": the customer has photos to send.
const HAS_PHOTOS =
  /\b(i|we) (have|got|took|'ve got|'ve taken|have taken)( some| the| a few| lots of| several)? (photos?|pictures?|pics?|images?)\b|\bi'?ve (got|taken)( some| the| a few| lots of| several)? (photos?|pictures?|pics?|images?)\b|\b(photos?|pictures?|pics?) (are )?(ready|taken)\b|(照片|相片|图片|圖片)[^，。,.]{0,3}(拍了|拍好|拍咗|影咗|影好)|我(有|拍了|拍咗|影咗|影低咗|有拍)(照片|相片|图片|圖片|照|相)|(照片|相片|图片|圖片)我(有|拍了|拍咗|影咗)|有(照片|相片)(为证|為證)/i;

/** The customer says they have photos (of the damage) to send. */
export const saysHasPhotos = (text: string): boolean => HAS_PHOTOS.test(text);

// "多少", "幾多", "几多钱", "how much": a price asked, with or without a question mark.
const HOW_MUCH = /多少|幾多|几多|幾錢|几钱|\bhow much\b/i;

/** The message asks how much ("運費要多少", "how much") — a question even without its mark. */
export const asksHowMuch = (text: string): boolean => HOW_MUCH.test(text);

// "我明天不在家", "聽日唔喺屋企", "I won't be home", "nobody home": nobody at home to take the parcel.
const NOT_HOME =
  /不在家|唔喺屋企|唔在屋企|屋企冇人|家里没人|家裡沒人|没人在家|沒人在家|\b(won'?t|will not|can'?t|cannot) be (at )?home\b|\bnot (at )?home\b|\b(nobody|no one)('?s| is| will be)? (at )?home\b/i;

/** The customer says nobody is at home to take the parcel. */
export const saysNotHome = (text: string): boolean => NOT_HOME.test(text);
