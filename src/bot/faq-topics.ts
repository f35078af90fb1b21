import { COD } from './cod-words';
import { asksCodHandlingFee } from './cod-fee-asked';
import { asksRulesAgain, CASE_OF_ITEM, withoutPriceDenied } from './rules-follow-up';
import { answerFaq, namesKeyword, type KnowledgeBase, type FaqTopic } from './knowledge';
import { readQuoteAsked, type QuoteAsked } from './quote-reading';
import { marketClueIn } from './market';
import type { DeliveryChangeKind } from '../tracking';
import { spokenRegister, type FaqIntent, type Turn } from './turn';
import { asksQuestion, faqAsked, goodsBroke, speaksOfCategory } from './message-cues';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { asksPrice, asksPriceAgain, followsQuote } from './shipment-quote';
import { asksCostQuestion } from './change-costs';
import { overcharged } from './message-cues';
import { asksInsuranceCost } from './insurance-quote';
import { asksRouteTime } from './transit-time';
import { tellsCodUnpaid } from './grievance';
import { speaksOfOwnParcel } from './own-parcel';
import { abroadLookupText, asksSendingAbroad } from './sending-abroad';
import { evidenceAsked } from './claim-evidence';
import { itemsAsked } from './item-rules';
import { asksWhatToBring, namesPassportNeeded } from './what-to-bring';
import { destinationSaidNow } from './destination-said';
import { answersCityAsked } from './outlet-city-area';

// An ID card lost in a parcel, leaked or posted: "包裹里有我的身份证，丢了", "把我的身份证照片发到群里", "my ID card was in
// the parcel and it is lost" — a complaint about it, not what to bring.
const ID_HARMED =
  /(身份证|身份證|身分證|证件|證件|\bID( card)?\b)[^。.?？]{0,12}(丢|丟|不见|不見|唔見|泄|洩|发到|發到|贴|貼|照片|相片|\b(lost|missing|leaked|posted|stolen|shared)\b)|(丢|丟|泄露|洩露|\b(lost|leaked)\b)[^，。,.?？]{0,8}(身份证|身份證|身分證|\bID\b)/i;

// Insurance asked to be added to a parcel already sent: "现在还能保价吗", "寄出后还能补保价吗", "而家先加保價得唔得", "can I
// still add insurance?".
const INSURE_AFTER =
  /(现在|現在|而家)(还|還|仲|先|才)(能|可以|可唔可以|加唔加到)?(加|补|補)?(保价|保價)|补保价|補保價|寄(出|咗)(后|後|之後|之后)?[^，。,.!?！？]{0,4}(保价|保價)|\b(still|now) (add|get|buy) insurance\b|\binsure it (afterwards|still)\b|\bstill insure\b/i;

/**
 * Whether a message asks about a FAQ topic at all — its words, or a thing the knowledge files answer for
 * ("power bank", "旺角"). A canned answer is added to a reply only when the message asks about its topic:
 * contact details at a summary are not a question about prohibited items, "how long until someone gets back
 * to me?" is not one about claims, however the NLU reads them.
 */
// What is inside, and whether that is all right: "入面有支香水 ok 嘛", "里面有充电宝 可以吗", "there's perfume inside, is that
// ok?".
const CONTENTS_OK =
  /(入面|里面|裡面|里头|裡頭|內裡|内里|內有|内有)(有|係|是)?[^，。,.?？!！]{1,10}(ok|得|可以|冇問題|没问题|沒問題|行)\s*(嘛|嗎|吗|唔|不|未|咩|呀|啊|\?|？)|\b(there'?s|there is|it has|it contains)\b[^.?!]{1,30}\binside\b[^.?!]{0,10}\b(is that|is it|that) (ok|okay|fine|allowed)\b/i;

const TOPIC_WORDS: Record<FaqTopic, RegExp> = {
  // A route ("由觀塘寄去九龍城", "from Shenzhen to Hong Kong") is what a price depends on.
  fee: /\b(fees?|costs?|price[sd]?|pricing|rates?|charge[sd]?|tariff|quote|how much|pay|weight|kg|kilos?)\b|\bfrom \S+( \S+)? to\b|寄去|寄到|寄往|寄嚟|寄来|寄來|公斤|运费|運費|价格|價格|价钱|價錢|价目|價目|多少钱|多少錢|幾錢|几钱|幾多錢|收费|收費|费用|費用|首重|续重|續重|加钱|加錢|要钱|要錢|[钱錢]|材积|材積|体积|體積|重量/i,
  outlet:
    /\b(outlets?|branch(es)?|stations?|offices?|service points?|drop[- ]?off|pick[- ]?up points?|lockers?|stores?|shops?|where)\b|网点|網點|营业所|營業所|门市|門市|服务点|服務點|寄件点|寄件點|站点|站點|在哪|哪里|哪裡|邊度|附近/i,
  hours:
    /\b(hours|open|opens|opening|close|closes|closing|sunday|saturday|weekend|holidays?)\b|几点|幾點|营业|營業|开门|開門|关门|關門|閂門|收工|[周週]末|星期|禮拜|礼拜|[周週][一二三四五六日天]/i,
  prohibited:
    /\b(allowed|prohibited|banned|restricted|forbidden|dangerous goods)\b|不让寄|不讓寄|不准寄|唔俾寄|能寄|可以寄|可唔可以寄|能不能寄|可不可以寄|寄得|可寄|禁寄|违禁|違禁|限寄/i,
  // (And what comes back for a lost parcel, or when it counts as lost: "how much do I get back if it's lost" — batch 21
  // 02.3 got the price list; "how much will I get for a lost parcel worth 500?" too; "what if it gets lost, do you pay?"
  // — 45b: 09.4.)
  claim:
    /\b(claims?|compensat\w*|insur\w*|reimburs\w*|pay ?out)\b|赔|賠|保价|保價|保险|保險|索償|索偿|\b(get|paid|pay me)\b[^.?!]{0,12}\bback\b[^.?!]{0,20}\b(lost|missing|damaged|broken)\b|\b(count(s|ed)?|treated|considered|declared) as lost\b|\bhow much (do|will|would|can|could) (i|we) (get|receive)\b[^.?!]{0,30}\b(lost|missing|damaged|broken|late|delayed)\b|\b(if|what if|in case)\b[^.?!]{0,25}\b(lost|goes missing|stolen|broken|breaks|damaged)\b[^.?!]{0,25}\b(pay|cover|responsible|liable)\b/i,
};

const TOPIC_OF: Record<FaqIntent, FaqTopic[]> = {
  'faq.fee': ['fee'],
  'faq.outlet': ['outlet', 'hours'],
  'faq.prohibited': ['prohibited'],
  'faq.claim': ['claim'],
};

/** A keyword of one of the knowledge files' entries on the topic appears in the message. */
function namesEntry(base: KnowledgeBase, topic: FaqTopic, text: string): boolean {
  const lower = text.toLowerCase();
  return Object.values(base).some((files) =>
    Object.values(files).some((topics) =>
      (topics?.[topic]?.entries ?? []).some((e) => e.keywords.some((k) => namesKeyword(lower, k))),
    ),
  );
}

/**
 * Whether an item named by the prohibited-items entries is asked to be allowed ("是不是鸭脖不让寄", "can I send perfume?"):
 * the words of that topic and one of its entries' items, both.
 */
export const asksItemAllowed = (base: KnowledgeBase, text: string): boolean =>
  TOPIC_WORDS.prohibited.test(text) && namesEntry(base, 'prohibited', text);

/** The message asks about the topic of a FAQ reading (its words, or something its entries answer for). */
export function asksAboutTopic(base: KnowledgeBase, intent: FaqIntent, text: string): boolean {
  return TOPIC_OF[intent].some((topic) => TOPIC_WORDS[topic].test(text) || namesEntry(base, topic, text));
}

// "保价怎么赔", "點樣計", "how do you calculate…": a question without a question mark.
const HOW = /怎么|怎麼|点样|點樣|如何|\bhow\b/i;
// "do you offer cash on delivery", "有沒有貨到付款", "你哋有冇代收": whether the courier offers a service.
const OFFERS =
  /\b(do|does) (you|your company|parcelcare) (offer|have|do|support|provide|accept)\b|\bis there\b|\bcan i (use|choose|pick|get)\b|有没有|有沒有|有冇|支不支持|支唔支持|支援|提供|可以选|可以選|可唔可以揀/i;
// "想問…", "請問…", "I'd like to know…": a question announced, with or without its question mark.
// An identity document named: "身份证", "證件", "ID card", "HKID".
const ID_ASKED = /身份证|身份證|身分證|证件|證件|\b(id|ids|id cards?|identity (card|document)s?|hkid|photo id)\b/i;
/**
 * "取件要带身份证吗", "do I need ID to collect it?", "do I need my passport?", "what should I bring to pick it up?": a
 * question about the identity document or what else to show.
 */
export const asksAboutId = (text: string): boolean =>
  asksWhatToBring(text) ||
  ((ID_ASKED.test(text) || namesPassportNeeded(text)) &&
    (asksQuestion(text) || ASKING.test(text) || ID_THEN_ASKED.test(text)));

// "要带身份证吗 我听说现在要实名": the question asked of the ID itself, whatever is said after it (blind batch 47b: 06.3).
const ID_THEN_ASKED = /(身份证|身份證|身分證|证件|證件)[^，。,.!！]{0,3}(吗|嗎|么|麼|咩|冇|唔)/;

const ASKING =
  /想问|想問|请问|請問|問下|问下|想知道|我问的是|我問的是|我係問|我是問|\bi(?:'m| am| was) asking\b|\bi asked\b|\bi('d| would) like to know\b|\bi wonder\b/i;
const FAQ_INTENTS: FaqIntent[] = ['faq.fee', 'faq.outlet', 'faq.claim', 'faq.prohibited'];
// "…，另外保价是怎么算的？", "…, also how do claims work?": what follows turns to another matter.
const ASIDE = /另外|还有|還有|顺便|順便|仲有|\balso\b|\bby the way\b|\bbtw\b/i;
// "要几天能到", "幾耐到", "how many days": how long — a question without a question mark. "这几天", "好幾天",
// "前幾日", "幾天前", "呢幾日", "十幾天" tell days gone by ("這幾天一直接到詐騙電話"), no question.
const HOW_LONG =
  /(?<![这這呢嗰那前近头頭过過好十])(几天|幾天|幾日)(?![前了来來都以])|多少天|幾多日|多久|多长时间|多長時間|幾耐|\bhow (long|many days)\b/i;
// Sending, not receiving: "寄到北京要几天", "how long does it take to send".
const SENDING = /寄|\b(send|sending|ship|shipping|post)\b/i;

// A courier asked to come and collect a parcel being sent: "上门取件", "到府收件", "上門嚟收", "home pickup", "collect it
// from my flat" — a question about sending, never a change to a parcel on its way to the customer.
const DOOR_PICKUP =
  /(上门|上門|到府|到家)(来|來|嚟)?(取件|收件|揽收|攬收|取货|取貨|攞件|取|收|拿|攞)|\b(door(step)?|home|house)[- ](pick[- ]?ups?|collections?)\b|\b(pick|collect)\w*\b.{0,20}\b(from|at) (my|our) (home|house|door|doorstep|flat|apartment|office|place|shop|store|studio|warehouse|premises|dorm|dormitory|campus)\b/i;

// "can a courier come to my house to collect it?", "could someone come round to my office and pick it up".
const COME_TO_COLLECT =
  /\b(come|came|send (someone|somebody|a courier|a driver))\b.{0,25}\b(my|our) (home|house|flat|apartment|door|doorstep|place|office|dorm|dormitory|campus)\b.{0,25}\b(collect|pick)\w*/i;

// "可以到宿舍來收件嗎", "能来我家拿吗", "可唔可以嚟我公司收": a courier to come to the sender's place and collect — never
// "寄到公司收件人…" (where a parcel goes, and its recipient).
const COME_TO_PLACE_ZH =
  /(?<![寄送放派运運])(到|来|來|嚟)(我|我们|我們|我哋)?(家|屋企|府上|公司|办公室|辦公室|宿舍|学校|學校|校区|校區|店|铺头|舖頭|这里|這裡|這邊|呢度)(里|裡|度)?(来|來|嚟)?(取件|收件(?!人)|取|收(?![件货貨到])|拿|攞)/;

/**
 * "what about my cat?", "那活螃蟹呢" right after a price or an outlet: an item the prohibited-items rules name, asked
 * as a follow-up — those rules, not the last topic again (batch 18 06.5 got the price list for a cat).
 */
export function itemFollowUp(base: KnowledgeBase, last: FaqIntent | undefined, text: string): FaqIntent | undefined {
  if (!last || wantsToComplain(text)) return undefined;
  // ("那保價怎麼算 東西是耳機大概五千塊": what insuring the item costs — the item says what is insured; 38b 12.2.)
  if (asksInsuranceCost(text)) return undefined;
  const named = namesEntry(base, 'prohibited', text);
  // "咁茶葉都得啩" after another item's rule: the next item asked, however the NLU reads it (blind batch 24: 20.3).
  if (last === 'faq.prohibited') return named && itemsAsked(text).length > 0 ? 'faq.prohibited' : undefined;
  return named && !asksAboutTopic(base, last, text) ? 'faq.prohibited' : undefined;
}

/** The message asks about a courier coming to the door to collect a parcel the customer sends. */
export const asksDoorPickup = (text: string): boolean =>
  DOOR_PICKUP.test(text) || COME_TO_COLLECT.test(text) || COME_TO_PLACE_ZH.test(text);

// Sending to a place: "ship to Taiwan", "send to Macau", "寄去台灣", "寄到澳门", "寄唔寄到香港".
// Money already taken ("I was charged …", "收了我…"): a charge disputed, not a price asked about.
const CHARGED =
  /\b(was|were|got|been|being) charged\b|\b(you|they|he|she) charged\b|\bcharged (me|us)\b|收了|收咗|扣了|扣咗|被收|被扣|收多|多收|多扣/i;

// Cash on delivery by name (shared: cod-offered.ts, owed-money.ts), and a question of when its money is paid to the sender.
export { COD };
const PAID_WHEN =
  /多久|几天|幾天|幾日|幾耐|几时|幾時|什么时候|什麼時候|何时|何時|哪天|到账|到帳|入账|入帳|回款|打款|過數|打[给給]我|\bwhen\b|\bhow (long|soon|many days)\b|\b(paid|pay|remit\w*|transfer\w*|reach(es)? me)\b/i;

// "你们到底什么时候给钱", "when do I get my money?": when money is paid, in words that do not name cash on delivery.
const MONEY_WHEN =
  /(什么时候|什麼時候|几时|幾時|哪天|多久|幾耐|何时|何時)[^，。,.]{0,6}(给钱|給錢|打钱|打錢|到账|到帳|回款|过数|過數|俾錢|畀錢|付钱|付錢|打款|结算|結算|打给我|打給我|打俾我|打畀我|给我|給我|收到钱|收到錢|拿到钱|拿到錢|攞到錢|收到款|收返錢)|(给钱|給錢|打钱|打錢|俾錢|畀錢)[^，。]{0,4}(什么时候|什麼時候|几时|幾時)|\bwhen\b.{0,30}\b(get|see|receive)\b.{0,20}\b(my |the )?(money|payment|cash)\b|\bwhen\b.{0,20}\b(pay(ing)? me|get paid)\b|\bhow (long|soon|many days)\b.{0,30}\b(get|see|receive)\b.{0,20}\b(my |the |that )?(money|payment|cash)\b|\bhow (long|soon)\b.{0,30}\b(get paid|pay(ing)? me)\b/i;

/**
 * Set in the turn state when a question about when money is paid comes in a complaint about cash on delivery: the
 * price list's entry on it is looked up (the question itself may not name it).
 */
export const COD_MONEY_ASKED = Symbol('parcelcare.codMoneyAsked');

/** "什么时候给钱" in a complaint whose account is about cash on delivery (`account`): when its money is paid out. */
export const asksCodMoney = (text: string, account: string): boolean =>
  COD.test(account) && MONEY_WHEN.test(text) && !asksCodTiming(text);

/** "代收货款多久到账？", "when do I get the COD money?": when cash on delivery is paid out. */
export const asksCodTiming = (text: string): boolean =>
  COD.test(text) && PAID_WHEN.test(text) && (asksQuestion(text) || HOW_LONG.test(text));

const SENDS_TO =
  /\b(ship|send|post|deliver)(ping|ing)?\s+(\w+\s+){0,2}to\s+(taiwan|macau|macao|hong kong|hk|the mainland|mainland|china|overseas|abroad)\b|寄(唔寄|不寄)?(得)?(去|到|往)\s*(台湾|台灣|澳门|澳門|香港|大陆|大陸|内地|內地|国外|國外|海外)/i;

// What is paid back if it breaks or goes missing: "if it breaks how much do i get back", "万一坏了能赔多少", "唔見咗賠幾多".
const PAYOUT_IF_HARMED =
  /\b(if|when|in case) (it|they|the \w+) (breaks?|gets? (broken|lost|damaged)|is (lost|broken|damaged)|goes missing)\b[^.?!]{0,30}\bhow much\b[^.?!]{0,20}\b(get|paid|back|compensat\w*)\b|(万一|萬一|如果|要是)[^，。,.?？]{0,8}(坏|壞|碎|丢|丟|唔見|爛)[^，。,.?？]{0,8}(赔多少|賠多少|赔几多|賠幾多|能赔|能賠|可以赔|可以賠|退多少)/i;

// An outlet's address asked after it: "地址在哪", "地址咧", "what's the address", "where is it exactly" (faq-topics.ts
// reads it as the outlet question, handlers.ts as the whole entry rather than its hours).
const OUTLET_ADDRESS_ASKED = /地址|\baddress\b|\bwhere (is it|exactly)\b|在哪|喺邊/i;

/** The message asks an outlet's address ("地址咧??", "what's the address?"). */
export const asksOutletAddress = (text: string): boolean => OUTLET_ADDRESS_ASKED.test(text);

// Whether it may go, asked: "可不可以", "能不能寄", "行不行", "得唔得", "can it go", "is that allowed", "ok to send".
const MAY_IT_GO =
  /可不可以|可以(寄|送)?(吗|嗎|嘛|不)|能不能|能(寄|送)(吗|嗎)|行不行|行唔行|得唔得|得不得|可唔可以|\b(can|could) (it|i|that|this)\b[^.?!]{0,15}\b(go|send|ship|post)\b|\b(allowed|ok to send|okay to send)\b/i;

/**
 * The FAQ a question asks about when the NLU reads it as something else (issue #17, blind batch 4 P6):
 * - a question the bot's own cues name (`faqAsked`: "how long does a claim take?") read faintly;
 * - a faint reading whose FAQ runner-up the words are about ("how do you calculate volumetric weight?"), or a
 *   short question with a FAQ topic's words after a FAQ answer ("星期日開唔開？" after an outlet's hours);
 * - a tracking question with no parcel named or known, right after a FAQ answer ("隔天會到嗎？要加錢嗎" after a
 *   price, "要几天能到" after a price — "how long" is a question too): about the service, not a parcel; so is
 *   one about how long sending takes ("寄到北京要几天"), answered by the price list's delivery times;
 * - "do you offer cash on delivery?" read as a complaint: no parcel, no harm, a service the price list answers.
 */
export function faqQuestionIn(turn: Turn): FaqIntent | undefined {
  const { text, reading, data, services } = turn;
  // (What insuring a value costs is the claim rules' insurance fee, worked out — not the price of sending.)
  // ("那保价呢 寄的是耳机 值两千块" right after a price reads as a complaint about insurance to the NLU: no parcel, no
  // grievance, a question — blind batch 38b: 12.2.)
  // (Not a parcel that came broken or went missing: "my phone worth 5000 arrived broken, what about the insurance?" is
  // the damage — review of session 38.)
  const calmly = (): boolean =>
    reading.entities.trackingNumbers.length === 0 &&
    !wantsToComplain(text) &&
    !strongFeelings(reading, text) &&
    !goodsBroke(text) &&
    reading.category !== 'damaged' &&
    reading.category !== 'lost';
  if (asksInsuranceCost(text) && (reading.intent !== 'complaint' || (data.lastFaq !== undefined && calmly())))
    return 'faq.claim';
  // ("so if it breaks how much do i get back", "万一坏了能赔多少": what a claim pays, asked of a parcel not yet sent —
  // the claim rules, not the price list a "how much" after a price would read as; blind batch 47b: 04.5.)
  if (PAYOUT_IF_HARMED.test(text) && calmly()) return 'faq.claim';
  // "SF… 寄出去了 现在还能保价吗", "I sent it yesterday, can I still add insurance?": a calm question of the rules (its
  // parcel's status first), not a complaint about it (a review of session 45).
  if (INSURE_AFTER.test(text) && !strongFeelings(reading, text) && !wantsToComplain(text) && !goodsBroke(text))
    return 'faq.claim';
  if (followsQuote(turn)) return 'faq.fee';
  // ("入面有支香水 ok 嘛", "里面有充电宝 可以吗", "there's perfume inside, is that ok?": what is inside, asked whether it may
  // go — the item's rule, not a damaged parcel; blind batch 46b: 15.3.)
  if (CONTENTS_OK.test(text) && reading.entities.trackingNumbers.length === 0) return 'faq.prohibited';
  // ("运费呢 你还没说多少钱", "and the price? you didn't say" after a price question: asked again, no grievance —
  // blind batch 46b: 10.3 opened a complaint and asked for a tracking number; "什么单号 我还没寄呢 问你寄过去运费多少":
  // nothing sent yet — the price, not a parcel's complaint.)
  const reasked = asksPriceAgain(text);
  if (data.lastQuote && asksPrice(text) && reasked && reading.entities.trackingNumbers.length === 0) return 'faq.fee';
  // ("所以地址到底在哪 = =" right after an outlet's hours or entry: that outlet's address — blind batch 51a: 12.6.)
  if (
    data.lastFaq === 'faq.outlet' &&
    asksOutletAddress(text) &&
    reading.entities.trackingNumbers.length === 0 &&
    !data.lastTracking
  )
    return 'faq.outlet';
  // "Nanjing", "我在深圳" after the bot asked which city a place named for an outlet is in: that outlet question.
  if (data.outletCityAsked && data.lastFaq === 'faq.outlet' && answersCityAsked(turn)) return 'faq.outlet';
  // "如果寄到香港，規定一樣嗎" right after what may be sent: that topic for the route, not the price list (rules-follow-up.ts).
  if (data.lastFaq === 'faq.prohibited' && reading.entities.trackingNumbers.length === 0 && asksRulesAgain(text))
    return 'faq.prohibited';
  // ("你說20000以下，那剛好20000的到底可不可以" right after an item's rule: whether it may go, asked again of a case of it —
  // a faint complaint reading is no grievance; blind batch 50a: 12.2.)
  if (
    data.lastFaq === 'faq.prohibited' &&
    reading.entities.trackingNumbers.length === 0 &&
    reading.intent === 'complaint' &&
    (reading.confidence < 0.5 ||
      (reading.confidence < 0.7 && reading.category !== undefined && !speaksOfCategory(text, reading.category))) &&
    MAY_IT_GO.test(text) &&
    !wantsToComplain(text) &&
    !goodsBroke(text)
  ) {
    turn.context.turnState.set(CASE_OF_ITEM, true);
    return 'faq.prohibited';
  }
  // "代收货款一般多久到账？": when cash on delivery is paid out is the price list's rule, not a claim's payout —
  // asked calmly, also in the middle of a complaint about it (a complaint says it is late, it does not ask).
  // (Money said not to have come — "代收的货款还没到账，帮我查查" — is the complaint that traces it, told the rule.)
  if (asksCodTiming(text) && !strongFeelings(reading, text) && !wantsToComplain(text) && !tellsCodUnpaid(text))
    return 'faq.fee';
  // "放柜子里要收钱吗", "is there a charge for that?": a calm question of what something costs is no fee dispute
  // (a dispute says money was taken wrongly).
  const feeQuestion = reading.intent === 'complaint' && reading.category === 'fee' && asksCostQuestion(text);
  const taken = overcharged(text) || CHARGED.test(text) || reading.entities.amounts.length > 0;
  if (feeQuestion && !strongFeelings(reading, text) && !wantsToComplain(text) && !taken) return 'faq.fee';
  // "那也太坑了吧，体积重到底怎么算的", "what a rip-off, how do you even work out volumetric weight?": a grumble at a
  // pricing rule with the question how it works, no parcel in sight and no money taken — the rule explained (the
  // tariff is what is disliked, no charge to dispute; batch 29: 11.2 heard an apology and a tracking number asked).
  const noParcelInSight =
    reading.entities.trackingNumbers.length + reading.entities.invalidTracking.length === 0 && !data.lastTracking;
  const ruleAsked = HOW.test(text) && namesEntry(services.knowledge, 'fee', text);
  const grumble = reading.intent === 'complaint' && reading.category === 'fee' && !wantsToComplain(text);
  if (grumble && ruleAsked && noParcelInSight && !taken) return 'faq.fee';
  // "取件要带身份证吗", "do I need my ID to collect it?": what to show at an outlet is the outlet knowledge's, not a
  // hold to request nor the price of one (batch 21 20.4).
  const noParcelNamed = reading.entities.trackingNumbers.length + reading.entities.invalidTracking.length === 0;
  // ("寄文件到国外要准备什么证件": sending abroad has its own entry, answered below.)
  // (An ID card lost in a parcel or posted in a group is a complaint, not this question: the review of batch 21's fixes.)
  const idQuestion = !ID_HARMED.test(text) && !strongFeelings(reading, text) && !wantsToComplain(text);
  if (asksAboutId(text) && noParcelNamed && !asksSendingAbroad(text) && idQuestion) return 'faq.outlet';
  const howLong = HOW_LONG.test(text);
  if (!asksQuestion(text) && !HOW.test(text) && !ASKING.test(text) && !OFFERS.test(text) && !howLong) return undefined;
  const { trackingNumbers, invalidTracking } = reading.entities;
  const noParcel = trackingNumbers.length === 0 && invalidTracking.length === 0;
  const calm = !strongFeelings(reading, text) && !wantsToComplain(text);
  // "寄文件到日本要幾天 要準備什麼": sending abroad is the price list's, however the NLU reads "what to prepare".
  const toldComplaint = reading.intent === 'complaint' && reading.confidence >= 0.9;
  if (
    asksSendingAbroad(text) &&
    noParcel &&
    calm &&
    !toldComplaint &&
    !namesEntry(services.knowledge, 'prohibited', text)
  )
    return 'faq.fee';
  // "Do I need to keep the box?", "要拍照吗": what a claim needs, from the claim rules.
  if (evidenceAsked(text) && calm) return 'faq.claim';
  const topical = (intent: string | undefined): intent is FaqIntent =>
    intent !== undefined && intent.startsWith('faq.') && asksAboutTopic(services.knowledge, intent as FaqIntent, text);
  // "How many days does it take?" read as a claims question: a FAQ reading whose topic the words never name,
  // while they name another's ("how many days" is in the price list's delivery times), is that other one.
  if (reading.intent.startsWith('faq.') && !topical(reading.intent)) {
    const named = FAQ_INTENTS.find(topical);
    if (named) return named;
  }
  // "给我退钱或者重新寄一个，另外保价是怎么算的？": a question after "另外 / also / btw" is read on its own — the
  // whole message reads as the complaint that came first.
  const aside = ASIDE.exec(text);
  if (aside && aside.index > 0) {
    const rest = text.slice(aside.index + aside[0].length);
    const own = services.nlu.analyze(rest, services.clock.now(), turn.locale).intent;
    if (topical(own) && (asksQuestion(rest) || HOW.test(rest) || OFFERS.test(rest))) return own;
  }
  // "can ship to Taiwan or not", "寄唔寄得去澳門": whether and what it costs to send to a place, not an item's rule.
  if (reading.intent === 'faq.prohibited' && SENDS_TO.test(text) && !namesEntry(services.knowledge, 'prohibited', text))
    return 'faq.fee';
  const faint = reading.intent === 'other' || reading.confidence < 0.5;
  // A faint reading of a message that names a parcel is about that parcel: the bot answers its status and asks
  // which reading was meant — a FAQ its words or runners-up point to is no answer to it (a long complaint with
  // "网点在哪" in it got the outlet list).
  const namesParcel = reading.entities.trackingNumbers.length > 0;
  const cue = faqAsked(text);
  if (cue && faint && !namesParcel) return cue;
  // "HK to mainland, 6 cans of milk powder?": an item the rules have an entry for, asked with a route but no weight nor
  // price — whether and how much of it may go, not the price list the route's words point to (batch 29: 05.3).
  const itemAsked = namesEntry(services.knowledge, 'prohibited', text) && !PRICE_ASKED.test(text) && !WEIGHT.test(text);
  // ("when do I actually see that cash?": money paid out asked, not whether cash may be sent — a faint reading of it
  // heard the rule on sending cash.)
  if (faint && !namesParcel && itemAsked && calm && !MONEY_WHEN.test(text)) return 'faq.prohibited';
  if (faint && !namesParcel) {
    const runnerUp = [reading.intent, ...reading.alternatives.map((a) => a.intent)].find(topical);
    if (runnerUp) return runnerUp;
    if (data.lastFaq && text.length <= 40) return [data.lastFaq, ...FAQ_INTENTS].find(topical);
  }
  const aboutParcel = reading.intent === 'track' || reading.intent === 'complaint';
  // "寄到北京要几天？" with no parcel named or known: how long sending takes is in the price list, for the market.
  // Not a grievance the message plainly tells ("I sent a parcel last week — how long have you been leaking my
  // details?"): something wrong that happened, not a question of how long sending takes.
  const grievance = toldComplaint && reading.category !== 'delay';
  // "How long does EMS take from Wuhan to Hong Kong?", "寄台北要幾天": a route's time, also right after a parcel's
  // status — the route is named, so it is no question about that parcel (a grievance told beside a place is none).
  // (A bare "那大概幾天會到" after the rule on an item, the route priced before: that route's time — 35a 12.4.)
  if (howLong && noParcel && calm && !grievance && asksRouteTime(turn)) return 'faq.fee';
  // ("My own parcel is stuck, who do I talk to?" after the business account's entry: that parcel's need, not the entry.)
  if (aboutParcel && noParcel && calm && !data.lastTracking && data.lastFaq && !speaksOfOwnParcel(text))
    return [data.lastFaq, ...FAQ_INTENTS].find(topical) ?? data.lastFaq;
  const sendingTime = howLong && SENDING.test(text) && !grievance;
  if (aboutParcel && noParcel && calm && !data.lastTracking && sendingTime && topical('faq.fee')) return 'faq.fee';
  const offered = reading.intent === 'complaint' && noParcel && OFFERS.test(text) && calm;
  if (offered && namesEntry(services.knowledge, 'fee', text)) return 'faq.fee';
  return undefined;
}

// The words the price lists use for a region, in the three languages: a place stands for its region.
const REGION_WORDS: Record<string, string> = {
  HK: 'hong kong 香港',
  TW: 'taiwan 台灣 台湾',
  MO: 'macau 澳門 澳门',
  CN: 'mainland china 大陸 大陆 內地 内地',
};
// The words of the price lists' entry on each kind of change to a delivery.
const CHANGE_WORDS: Record<DeliveryChangeKind, string> = {
  hold: 'hold 暂存 暫存',
  redeliver: 'redeliver 再派 再次派送 再配送',
  change_address: 'change address 改地址 改送',
  expedite: 'next day 次日 隔日 翌日',
  // (Correcting the waybill has no price list entry of its own; a return is priced as the shipping is: the
  // cancellation entry says so.)
  correct_label: '',
  return_to_sender: 'cancel shipment',
  call_first: '',
};
// "how much does that cost?", "要錢嗎", "收費嗎": a price asked of something said before, not of a route.
const OF_THAT = /\b(that|it|this)\b|这个|這個|呢個|嗰個|[要收][钱錢费費]|收唔收/i;

/**
 * The text a price question is looked up by: the message, the region a place in it stands for ("to Taipei" is a
 * Taiwan price), and — when it asks the cost of "that" right after the customer's own change-delivery request
 * on the conversation's parcel — the kind of change ("how much does that cost?" after a hold).
 */
export async function feeLookupText(turn: Turn, previous?: QuoteAsked): Promise<string> {
  const { text, data, services } = turn;
  // "從高雄寄到上海": a place in another region than where it is sent from stands for that region (the
  // cross-border entry); "從上海寄到蘇州" asked in Taiwan is no cross-border question.
  // ("香港寄深圳要幾多日" … "咁要幾錢": no place named now — the route just asked about is the one priced; blind batch
  // 41b 14.3 heard Hong Kong's local prices.)
  const now = readQuoteAsked(text, services.places);
  const said = now.origin || now.destination || !previous?.destination ? now : previous;
  const from = said.origin ? services.places.regionOf(said.origin, data.market)?.region : data.market;
  const abroad = [said.destination ?? destinationSaidNow(turn), ...(said.destinations ?? [])]
    .map((place) => (place ? services.places.regionOf(place, data.market)?.region : undefined))
    .filter((region): region is string => region !== undefined && region !== from);
  const regions = [
    ...marketClueIn(text).filter((c) => c.clue === 'place'),
    ...abroad.map((market) => ({ market })),
  ].map((c) => REGION_WORDS[c.market] ?? '');
  const parcel = data.lastTracking;
  let change = '';
  if (
    parcel &&
    OF_THAT.test(text) &&
    answerFaq(services.knowledge, data.market ?? '', turn.locale, 'fee', text, 'entry', spokenRegister(turn)) ===
      undefined
  ) {
    const [request] = await services.store.deliveryChanges.list({ trackingNumber: parcel, limit: 1 });
    if (request && request.customerId === turn.customer.id) change = CHANGE_WORDS[request.kind];
  }
  // (A question about the money of a cash-on-delivery complaint: its entry, by the word every market's heading has.)
  // ("咁即係手續費？幾多%㗎" right after cash on delivery was spoken of: its handling fee — blind batch 42b 13.2 heard the
  // local price list.)
  const cod = turn.context.turnState.get(COD_MONEY_ASKED) || asksCodHandlingFee(turn) ? 'cod money' : '';
  // (Sending abroad: the entry on it, its words standing in for the domestic documents and delivery times.)
  const asked = asksSendingAbroad(text) ? abroadLookupText(text) : text;
  return [asked, ...regions, change, cod].join(' ').trim();
}

/**
 * In the middle of a complaint, a question about something a knowledge entry answers, with that FAQ among the
 * readings ("how is volumetric weight worked out?" in a fee complaint): answered, whatever the top reading.
 */
export function entryQuestionIn(turn: Turn): FaqIntent | undefined {
  const { text, reading, services } = turn;
  if (!asksQuestion(text) && !HOW.test(text)) return undefined;
  const readings = [reading.intent, ...reading.alternatives.map((a) => a.intent)];
  return FAQ_INTENTS.find(
    (intent) => readings.includes(intent) && TOPIC_OF[intent].some((t) => namesEntry(services.knowledge, t, text)),
  );
}

// "充电宝能寄吗", "can I send a power bank": an item's rule asked beside another question.
// ("a face cream and a power bank. Is that ok?", "这些可以吗", "咁樣得唔得": the items named, asked whether they may go —
// blind-29 05.1 heard only the customs text.)
const ITEM_ASKED =
  /\b(allowed|prohibited|banned|can (i|you|we) (send|ship|post|mail))\b|\b(is|are) (that|this|it|these|those) (ok|okay|fine|alright|all right|allowed)\b|\b(ok|okay|fine|alright) to (send|ship|post|mail)\b|能寄|可以寄|可唔可以寄|能不能寄|可不可以寄|寄得|寄唔寄得|可寄|禁寄|(这些|這些|呢啲|这样|這樣|咁樣)(东西|東西|嘢)?(可以|行|得|没问题|沒問題|冇問題)(吗|嗎|嘛|不|唔|冇)?|得唔得|行唔行|行不行/i;
// "油麻地門市幾點開", "where's your Kwun Tong branch": an outlet named by its kind, asked beside another question.
const OUTLET_ASKED =
  /\b(outlets?|branch(es)?|service points?|drop[- ]?off points?)\b|网点|網點|营业所|營業所|门市|門市|服务点|服務點|寄件点|寄件點/i;
// Its hours or place asked: "幾點開", "开门吗", "营业时间", "what time", "where".
const OUTLET_QUESTION =
  /幾點|几点|幾時|几时|開門|开门|開唔開|关门|關門|收工|營業時間|营业时间|\b(hours|open|close|closing|what time|where)\b|邊度|喺邊|哪裡|哪里|在哪|地址|\baddress\b/i;
// A weight: "3kg", "2 公斤", "5斤", "500g" — what a price is worked out from.
const WEIGHT = /(?<![\d.])\d+(\.\d+)?\s*(kg|kgs|kilos?|公斤|千克|斤|g\b|克|lbs?\b)/i;
// "多少钱", "幾錢", "how much": a price asked beside another question.
const PRICE_ASKED = /\bhow much\b|\b(price|cost)s?\b|多少钱|多少錢|幾錢|几钱|幾多錢|运费|運費/i;

/**
 * The other FAQ a message asks about beside the one it was read as (issue #17, blind batch 7 P7): an item's rule
 * ("寄2公斤到北京多少钱？充电宝能寄吗") or a price ("香水可唔可以寄，寄去沙田幾錢") — each answered, not only the first.
 */
export function alsoAsked(base: KnowledgeBase, intent: FaqIntent, text: string): FaqIntent[] {
  const also: FaqIntent[] = [];
  if (intent !== 'faq.prohibited' && namesEntry(base, 'prohibited', text) && ITEM_ASKED.test(text))
    also.push('faq.prohibited');
  if (intent === 'faq.prohibited' && PRICE_ASKED.test(withoutPriceDenied(text))) also.push('faq.fee');
  // "油麻地門市幾點開？仲有寄食物得唔得？": the outlet asked beside an item's rule is answered too (batch 23: 29.3) —
  // its hours or where it is asked, not an outlet only named ("門市的運費怎麼算？好像比網站報價貴" is a fee question).
  if (intent === 'faq.prohibited' && OUTLET_ASKED.test(text) && OUTLET_QUESTION.test(text)) also.push('faq.outlet');
  return also;
}
