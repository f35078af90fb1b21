import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { knewDetails, scamCallEntry } from './scam-call';
import { lookUpParcel } from './parcel-answer';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * After a scam (issue #17, blind batch 47a): a customer who already paid, gave a card number or a code hears what to do
 * now — the bank first, then the police's anti-fraud line of their market (the `scam victim` entry of the knowledge
 * files) — and that the courier cannot pay back money it never received; never "which tracking number?" first. Around
 * it, the questions such customers ask are answered at any step, a complaint being taken down or not: "will you ever ask
 * me for a code?" (no, never), "is 2730 0273 your hotline?" (a number a caller gave is not confirmed — look it up),
 * "can you refund the 1800?" (the bank and the police can, we can't), "bank or police first?", "I clicked the link,
 * should I be worried?".
 */

// "I got scammed", "被骗了", "俾人呃咗": the customer says it happened to them.
const SCAMMED =
  /\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|think\s+i\s+|might\s+have\s+|may\s+have\s+)?(?:got|been|was|were|get)\s+(?:scammed|conned|defrauded|phished)\b|\b(?:got|been|was)\s+scammed\b|我?被骗了|我?被騙了|受骗了|受騙了|上当了|上當了|俾人呃(?:咗|左)|畀人呃(?:咗|左)|被人呃(?:咗|左)|呃咗我|被诈骗了|被詐騙了/i;
// A card number, a code or a password handed over: "gave them my card number and the code", "俾咗信用卡號同埋個驗證碼佢".
const GAVE_AWAY =
  /\b(?:gave|told|sent|read out|typed|entered|put in)\b[^.?!]{0,30}\b(?:card (?:number|details)|bank details|(?:verification |sms |one[- ]time )?code|otp|pin|password)\b|(?:给了|給了|俾咗|畀咗|俾左|告诉了|告訴了|话咗|話咗|输入了|輸入了|填了|填咗)[^，。,.?？]{0,12}(?:验证码|驗證碼|信用卡|银行卡|銀行卡|卡号|卡號|密码|密碼)/i;
// Money gone: "1800 got taken from my card", "张卡碌咗四千蚊", "卡被盗刷了", "转了 2000 给他".
const MONEY_TAKEN =
  /\b(?:taken|stolen|charged|debited|deducted|withdrawn|drained|emptied)\b[^.?!]{0,20}\b(?:card|account|bank)\b|\b(?:card|account)\b[^.?!]{0,15}\b(?:was |got |has been )?(?:charged|debited|drained|emptied)\b|碌咗|碌左|被刷|盗刷|盜刷|(?:卡|账户|帳戶|戶口)[^，。]{0,6}(?:被扣|扣了|少了|扣咗)|(?:转了|轉了|轉咗|过咗数|過咗數)[^，。]{0,10}(?:给|給|俾|畀)/i;
// Whose hands it went into: a caller, a text's link, someone claiming to be the courier, a scam named.
const SCAM_CONTEXT =
  /诈骗|詐騙|骗|騙|呃|冒充|假冒|自称|自稱|话係|話係|说是|說是|打(?:电话|電話)|打嚟|打来|打來|链接|鏈接|連結|短信|簡訊|短訊|\b(?:scam\w*|fraud\w*|fake|phishing|link|sms|text(?:ed)?|call(?:ed|er)?|phoned|rang|claim(?:ed|ing) to be|said (?:she|he|they|it) (?:was|were) from)\b/i;

// Someone posing as the courier, or a link or code of theirs: "a link that said it was from you", "自称理赔专员",
// "清关费", "驗證碼" — not a seller who cheated ("卖家发给我空盒子"), nor the courier's own charge (an overcharge).
const POSING =
  /链接|鏈接|連結|验证码|驗證碼|自称|自稱|冒充|假冒|话係|話係|说是你们|說是你們|说是快递|說是快遞|清关|清關|理赔专员|理賠專員|\b(link|verification code|otp|sms code|from you|claim(?:ed|ing) to be|pretend\w*|impersonat\w*|customs (?:clearance )?fee)\b|\bsaid (?:she|he|they|it) (?:was|were|is|are) from\b|\bsaying (?:she|he|they) (?:was|were|is|are) from\b/i;
const SELLER = /卖家|賣家|商家|网店|網店|淘宝|淘寶|拼多多|\b(seller|shop|store|merchant)\b/i;

/** The message tells of money, a card number or a code already handed to a scammer posing as the courier. */
export const toldScamLoss = (text: string): boolean =>
  (SCAMMED.test(text) || GAVE_AWAY.test(text) || MONEY_TAKEN.test(text)) && POSING.test(text) && !SELLER.test(text);

// "will you ever phone me and ask for a verification code?", "你们会不会发这种要付款的链接", "你们有没有这种操作（加微信）",
// "你哋有冇職員打電話俾客人話賠錢", "do you ask customers to share their screen?": whether the courier ever does it.
const DO_YOU_EVER =
  /\b(?:will|would|do|does|did|can|could)\s+(?:you|your\s+(?:staff|company|people|agents?|couriers?|customer service))(?:\s+guys)?(?:\s+ever|\s+really|\s+actually|\s+normally|\s+usually)?\s+(?:call|phone|ring|text|message|contact|email|ask|send|want|need|tell)\b|\bis (?:it|that) (?:normal|something you do|how you (?:do|work))\b|(?:你们|你們|你哋)(?:的|嘅)?(?:职员|職員|员工|員工|客服|快递员|快遞員|速遞員)?(?:会不会|會不會|會唔會|会唔会|有没有|有沒有|有冇|是不是|係唔係|係咪|会|會)|(?:有没有|有沒有|有冇)(?:这种|這種|咁樣|咁|呢种|呢種)(?:操作|做法|规定|規定|事)/i;
// …something only scammers ask for.
const SCAM_ASK =
  /\b(?:verification code|sms code|otp|pin|password|bank card|card (?:number|details)|bank details|transfer|wire|gift cards?|share (?:my |your |the )?screen|screen[- ]?shar\w*|remote|download (?:an? )?app|wechat|whatsapp|pay(?:ment)? link|link to pay|links? (?:asking|to pay|for payment))\b|验证码|驗證碼|银行卡|銀行卡|信用卡|卡号|卡號|密码|密碼|转账|轉賬|轉帳|汇款|匯款|共享屏幕|屏幕共享|螢幕分享|分享螢幕|共享螢幕|下载|下載|会议app|會議app|加(?:我|你)?(?:的)?微信|加(?:我)?whatsapp|付款的?链接|付款的?連結|要付款|俾錢嘅?連結/i;

/** "Will you ever phone me for a code?": whether the courier ever asks for what scammers ask for. */
export const asksIfCourierEverAsks = (text: string): boolean =>
  DO_YOU_EVER.test(text) &&
  SCAM_ASK.test(text) &&
  // (A-not-A asks by itself: "你们会不会发这种链接", "你们有没有这种操作".)
  /[?？吗嗎呢]|\b(yes or no)\b|会不会|會不會|會唔會|有没有|有沒有|有冇|是不是|係唔係|係咪/i.test(text);

// "what number do you call customers from", "你哋電話熱線係咪 2730 0273", "is 95338 really your number?", "你们的客服电话是多少".
const NUMBER_ASKED =
  /\bwhat (?:number|phone number|numbers?) do you (?:call|text|ring)\b|\b(?:is|was) (?:\+?(?<![\d -])\d[\d -]{5,}\d|this number|that number) (?:really |actually )?(?:your|yours|you|from you)\b|(?:热线|熱線|客服电话|客服電話|官方电话|官方電話|你们的电话|你們的電話|你哋(?:個|嘅)?電話)[^。，,.]{0,12}(?:係咪|是不是|是否|系咪)|(?<![\d -])\d[\d -]{5,}\d[^。，,.]{0,8}(?:係咪|是不是|是否)(?:你们|你們|你哋)(?:嘅|的)?(?:热线|熱線|电话|電話|号码|號碼)/i;

/** The message asks which number the courier calls from, or whether a number is the courier's. */
export const asksOfficialNumber = (text: string): boolean => NUMBER_ASKED.test(text);

// "can you refund the 1800", "那錢可以退回來嗎", "你哋會唔會賠返俾我", "will you pay it back": the money lost, asked back.
const MONEY_BACK =
  /\b(?:refund|pay (?:it |me |that )?back|give (?:it |me )?back|reimburse|compensate|cover)\b|退(?:回|返|钱|錢|款|给|給|俾|畀)|赔(?:偿|返|我)|賠(?:償|返|我)|还(?:给|我)|還(?:給|我)|(?:负责|負責)/i;

// "do I call the bank or police first", "先报警还是先找银行", "打俾銀行定報警先".
const BANK_OR_POLICE =
  /\b(?:bank|card)\b[^.?!]{0,20}\b(?:or|then)\b[^.?!]{0,10}\bpolice\b|\bpolice\b[^.?!]{0,20}\bor\b[^.?!]{0,10}\bbank\b|(?:银行|銀行)[^。？?]{0,10}(?:还是|還是|定|或者)[^。？?]{0,6}(?:报警|報警|警察)|(?:报警|報警|警察)[^。？?]{0,10}(?:还是|還是|定|或者)[^。？?]{0,6}(?:银行|銀行)|(?:我)?(?:而家|现在|現在)?(?:应该|應該|要)(?:点做|點做|怎么办|怎麼辦|做什么|做什麼|点算|點算)|\bwhat (?:do|should) i do now\b/i;

// "i already clicked the link… should i be worried", "條link我撳咗入去填咗地址同電話 會唔會出事", "我点了链接会怎样".
const CLICKED =
  /\b(?:already |just )?(?:clicked|tapped|opened|pressed)\b[^.?!]{0,20}\b(?:link|url)\b|(?:点了|點了|点开了|點開了|撳咗|撳左|按咗|按了|打开了|打開了)[^，。]{0,10}(?:链接|鏈接|連結|link|网址|網址)|(?:链接|鏈接|連結|link)[^，。]{0,6}(?:撳咗|點了|点了|按咗|撳左|打开了|打開了)|(?:撳|点|點)(?:咗|了)?(?:入去|进去|進去)/i;
const WORRIED =
  /\b(?:worried|worry|safe|danger\w*|problem|happen|hacked|ok)\b|会不会|會不會|會唔會|会唔会|出事|有事|危险|危險|怎么办|怎麼辦|點算|点算|要不要紧|要不要緊|有冇問題|有没有问题/i;
// What was typed in: card details or a code, or only a name, an address or a phone.
const TYPED_MONEY =
  /\b(?:card|code|otp|password|pin|bank)\b|卡号|卡號|信用卡|银行卡|銀行卡|验证码|驗證碼|密码|密碼|付(?:了|咗)|俾(?:咗)?錢|paid/i;
const NOT_TYPED =
  /\b(?:didn'?t|did not|haven'?t|never|not yet)\b[^.?!]{0,12}\b(?:enter|type|put|fill|pay|give)\w*|没填|沒填|冇填|未填|没输|沒輸|冇俾|没付|沒付|冇入/i;

// "How would she know my name if she is not from you?", "点解会有人知道我个单号同我个名", "他们怎么知道我的地址".
const HOW_THEY_KNEW =
  /\bhow (?:would|could|did|does|do|can|come) (?:she|he|they|the caller|the scammers?|someone|somebody|people|these people)\b[^.?!]{0,30}\b(?:know|knew|get|got|have|had)\b|(?:点解|點解|为什么|為什麼|怎么|怎麼|点样|點樣)(?:会|會)?(?:有人|佢哋|佢|他们|他們|对方|對方|骗子|騙子|騙徒)?(?:会|會)?(?:知道|知)(?:我)/i;

/** The message asks how a scammer knew the customer's name, number or parcel. */
export const asksHowTheyKnew = (text: string): boolean => HOW_THEY_KNEW.test(text);

// The number told as the scam's: "the tracking number in the sms was…", "佢話我個件… 單號好似係…", "短信里的单号是".
const FROM_SCAM =
  /\b(?:in|from|on) (?:the|that|their) (?:sms|text|message|call|link|email)\b|\bthe (?:scammers?|caller|link|text|sms) (?:gave|said|had|used)\b|短信里|短信上|短信中|簡訊裡|簡訊上|短訊入面|短訊度|(?:骗子|騙子|騙徒)(?:话|話|说|說|讲|講|俾|给|給)/i;

/** A parcel number told as the one a scam text or caller used, once the scam was spoken of. */
export const numberFromScam = (turn: Turn): boolean =>
  turn.data.scamWarned === true && turn.reading.entities.trackingNumbers.length > 0 && FROM_SCAM.test(turn.text);

/** The message asks whether having clicked a scam link is a worry. */
export const clickedAndWorried = (text: string): boolean => CLICKED.test(text) && WORRIED.test(text);

const victimEntry = (turn: Turn): string | undefined =>
  answerFaq(
    turn.services.knowledge,
    customerMarket(turn),
    turn.locale,
    'fee',
    'scam victim',
    'entry',
    spokenRegister(turn),
  );

/**
 * "I think I got scammed… 1800 got taken from my card": sorry, not us, and what to do now — said once a conversation,
 * before anything else is asked. "can you refund it?", "bank or police first?" after it: answered.
 * @returns whether the message was answered (the caller then stops or re-asks its step).
 */
export async function answerScamLoss(turn: Turn): Promise<boolean> {
  const { text, data } = turn;
  if (toldScamLoss(text) && !data.scamVictim) {
    const entry = victimEntry(turn);
    if (!entry) return false;
    data.scamVictim = true;
    data.scamWarned = true;
    await reply(turn, `${say(turn, 'scam.victimLead')}\n${entry}`);
    return true;
  }
  if (!data.scamVictim) return false;
  if (BANK_OR_POLICE.test(text)) {
    await reply(turn, say(turn, 'scam.bankFirst'));
    return true;
  }
  // (The courier's own fee refund is another matter: "can you refund the 1800" of the money the scammer took.)
  if (
    MONEY_BACK.test(text) &&
    /[?？吗嗎呢]|\bor not\b|\bcan you\b|可以|可唔可以|可不可以|能不能|能否|會唔會|会不会|會不會|得唔得/i.test(text)
  ) {
    await reply(turn, say(turn, 'scam.noRefund'));
    return true;
  }
  return false;
}

/**
 * The questions asked about a scam at any point: "will you ever ask me for a code?", "what number do you call from?",
 * "I clicked the link — should I be worried?". Each gets its plain answer (the courier's rule on such calls after the
 * first); the message is then done.
 * @returns whether the message was such and answered.
 */
export async function answerScamAsides(turn: Turn): Promise<boolean> {
  const { text } = turn;
  if (asksIfCourierEverAsks(text)) {
    const entry = scamCallEntry(turn);
    await reply(turn, [say(turn, 'scam.neverAsk'), entry].filter(Boolean).join(' '));
    turn.data.scamWarned = true;
    // (A parcel named beside it — "…for customs duty? my parcel EA…" — is answered after, as usual: not done yet.)
    return turn.reading.entities.trackingNumbers.length === 0;
  }
  // (A parcel named with it is looked up as usual: "how did they know SF…?" hears where it is — the leak reader answers.)
  const named = turn.reading.entities.trackingNumbers.length > 0;
  if (asksHowTheyKnew(text) && !named && (turn.data.scamWarned || SCAM_CONTEXT.test(text))) {
    await reply(turn, say(turn, 'scam.howTheyKnew'));
    return true;
  }
  // (Without a warning given, only a text with a scam's marks — a link, a payment, a code — and not the courier's own
  // message: "should I report this text from your driver threatening me" is a complaint about him — the review of ee982da.)
  const scamText = REPORT_TEXT.test(text) && SCAM_MARKS.test(text) && !OUR_PEOPLE.test(text);
  if ((REPORT_HOW.test(text) && turn.data.scamWarned) || scamText) {
    await reply(turn, say(turn, 'scam.reportHow'));
    return true;
  }
  if (NOTHING_TO_FIX.test(text) && turn.data.scamWarned && (await answerNothingToFix(turn))) return true;
  if (asksOfficialNumber(text)) {
    await reply(turn, say(turn, 'scam.officialNumber'));
    return true;
  }
  if (clickedAndWorried(text) && turn.data.scamWarned) {
    const typedMoney = TYPED_MONEY.test(text) && !NOT_TYPED.test(text);
    await reply(turn, say(turn, typedMoney ? 'scam.clickedAndPaid' : 'scam.clickedOnly'));
    turn.data.scamWarned = true;
    return true;
  }
  return false;
}

// The customer's own price question: "how much to Beijing?", "寄北京多少钱" — not a fee a scam text named.
const OWN_PRICE_ASKED = /\bhow much\b|\bprice\b|\bcosts?\b|多少钱|多少錢|幾錢|几钱|幾多錢|運費幾多|运费多少/i;

/** The message asks a price of its own (beside a scam it tells of); a fee the text demanded is no such question. */
export const asksPriceOfRoute = (text: string): boolean => OWN_PRICE_ASKED.test(text);

// Another matter beside the text told: "also my parcel…", "另外", "仲有", "btw"; or a complaint said outright.
const BESIDES_TEXT = /另外|还有|還有|仲有|順便|顺便|此外|\b(also|btw|by the way|and my|plus)\b/i;
const OWN_GRIEVANCE =
  /投诉|投訴|\bcomplain\w*|\b(late|delayed|damaged|broken|lost|missing)\b|迟了|遲咗|晚了|坏了|壞咗|丢了|唔見咗/i;

/** The message tells of a scam text or call and asks only whether it is ours: nothing else of the customer's own. */
// (A caller who knew the customer's details, a leak named: "還知道我的地址跟姓名，是不是你們洩露的" is a leak complaint.)
const LEAK_SAID = /泄露|洩露|外洩|外泄|个资|個資|个人信息|個人資料|私隱|\bleak/i;
export const onlyAsksIfOurs = (turn: Turn): boolean =>
  !BESIDES_TEXT.test(turn.text) &&
  !OWN_GRIEVANCE.test(turn.text) &&
  !LEAK_SAID.test(turn.text) &&
  !knewDetails(turn.text);

// "how do i report this text to you", "怎么举报这条短信", "點樣舉報".
const REPORT_HOW =
  /\b(?:how|where) (?:do|can|should) (?:i|we) report\b|\breport (?:this|it|the text|the sms|them) to you\b|(?:怎么|怎麼|点样|點樣|如何|去边度|去邊度|去哪)(?:举报|舉報|检举|檢舉|报告|報告)/i;

// A text or link to be reported, named so, with no warning given before: "should i report that text somewhere, it had a
// link in it", "这条短信要不要举报", "條link使唔使報警" (blind batch 48a: 04.6 opened a packaging complaint).
// What makes a text a scam's: a link, a payment or a code asked for.
const SCAM_MARKS =
  /\blinks?\b|\burl\b|\bpay\w*\b|\bcode\b|https?:|链接|鏈接|連結|付款|付钱|付錢|俾錢|畀錢|转账|轉帳|轉數|验证码|驗證碼/i;
// The courier's own people: a text from them is theirs to answer for, not a scam's.
const OUR_PEOPLE =
  /快递员|快遞員|速遞員|派件员|派件員|司机|司機|师傅|師傅|小哥|\b(courier|driver|delivery (guy|man)|your (staff|agent|employee))\b/i;
const REPORT_TEXT =
  /\b(should|do|can|where|how)\b[^.?!]{0,15}\breport (that|this|the) (text|sms|message|link|email)\b|\breport (that|this|the) (text|sms|message|link)\b[^.?!]{0,20}\b(somewhere|to (you|anyone|someone|the police))\b|(举报|舉報|報警|报警)[^，。,.]{0,6}(短信|簡訊|短訊|链接|鏈接|連結)|(短信|簡訊|短訊|链接|鏈接|連結|link)[^，。,.]{0,10}(举报|舉報|報警|报警)/i;

// "so the address is fine? nobody needs to redeliver anything?", "地址冇問題㗎嘛？唔使再派？", "我需要做什么吗": whether the
// customer must fix anything the scam text spoke of.
const NOTHING_TO_FIX =
  /\b(?:address|it) (?:is |'s )?(?:fine|ok|okay|correct|right)\b|\b(?:nobody|no one|nothing) (?:needs? to|to) (?:redeliver|do|fix|pay)\b|\bdo i (?:need|have) to (?:do|fix|pay|update) (?:anything|something)\b|地址(?:没|沒|冇)(?:问题|問題)|(?:不用|唔使|唔洗|不需要)(?:再)?(?:派|送|付|俾錢|改地址|做)|(?:我)?(?:需要|要不要|使唔使)(?:做|处理|處理)(?:什么|什麼|啲乜|乜嘢|咩)/i;

/**
 * "so the address is fine? nobody needs to redeliver anything?" after a scam text about the parcel: nothing is needed
 * when the parcel's record has no problem (blind batch 47a: 01.3 reopened a complaint) — with the day it is due.
 */
async function answerNothingToFix(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (!number) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || lookup.view.anomalies.length > 0 || lookup.view.delivered) return false;
  const due = lookup.view.promisedDate;
  const date = due ? turn.services.replies.day(turn.locale, due) : '';
  await reply(turn, say(turn, date ? 'scam.nothingToFix' : 'scam.nothingToFixNoDate', { number, date }));
  return true;
}
