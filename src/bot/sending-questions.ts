import { namesClaim } from './service-words';
import { readQuoteAsked } from './quote-reading';
import { entrySentences } from './entry-sentences';
import { namesPacking } from './packing-words';
import { ruleOn } from './case-rules';
import { asksWhoPaysPostage } from './postage-payer';
import { asksDoorPickup } from './faq-topics';
import { asksQuestion, namesComplaint } from './message-cues';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { generalAnswer } from './knowledge';
import { customerMarket, noteMarketClue } from './market';
import { senderRuleOn, sentFromMarket } from './sender-market';
import { reply, say, spokenRegister, type SendingTopic, type Turn } from './turn';
import { priceBeside } from './cross-border-sending';
import { scheduledPickupsLine } from './business-follow-up';

/**
 * Questions from a customer who sends a parcel (issue #17): how to pack it ("需要自己包装吗", "易碎品點包", "do you
 * sell boxes?") and whether a courier comes to the door to collect it ("可以上门取件吗", "can a courier come to my house
 * to collect it?") — answered from the knowledge files (the entries keyed `sender packing` and the door-pickup entry),
 * never read as a damage or attitude complaint, the claim rules or the price list, and never followed by "which
 * parcel?". A short question right after the answer ("幾錢", "what time?") is about what was just answered: the
 * entry's sentences on that.
 */

/** The message asks how to pack a parcel the customer is sending (not a complaint about packing). */
export const asksPacking = (text: string): boolean => namesPacking(text) && !wantsToComplain(text);

// A pickup that went wrong ("约了上门取件 一直没人来", "the courier never came to collect it"): a complaint, not a question.
const PICKUP_MISSED =
  /没人来|沒人來|冇人嚟|冇人来|没来|沒來|未嚟|冇嚟|不来|不來|放鸽子|放鴿子|爽约|爽約|等了|等咗|\b(never|didn't|did not|hasn't|has not|still hasn't|no one|nobody)\b.{0,20}\b(came|come|showed up|turned up|collected|picked)\b/i;

// "能上门取件吗", "可唔可以上門收件", "can someone come pick it up from my flat", "do you do home pickup": asked, not told.
const ASKS_IF_OFFERED =
  /能|可以|可唔可以|可不可以|得唔得|有没有|有沒有|有冇|提供|[吗嗎呀啊嘛]|\b(can|could|would|do|does|is there|will)\b/i;

// "我想寄个东西给我儿子 在成都 怎么弄啊", "第一次寄快递 怎么寄", "點樣寄嘢返大陸", "how do I send a parcel?", "I want to
// send a box to my mum, what do I do?": how to send at all — the booking of a door pickup (blind batch 47b: 06.1 was
// taken for a complaint and asked for a tracking number).
const HOW_TO_SEND =
  /(想|要|打算|准备|準備|需要)(寄|发|發)(个|個|一个|一個|一件|一箱|一份|点|點|啲|些)?(东西|東西|嘢|包裹|快递|快遞|件|货|貨)?[^。？?！!]{0,24}(怎么|怎麼|点样|點樣|如何|咋)(弄|寄|办|辦|做|搞|操作|下单|下單|整|處理|处理)|(怎么|怎麼|点样|點樣|如何)(寄件|寄快递|寄快遞|寄嘢|寄东西|寄東西|寄包裹|下单寄|下單寄)|\bhow (?:do|can|would|should) (?:i|we) (?:send|ship|post|mail)\b|\b(?:i|we) (?:want|need|would like|'d like) to (?:send|ship|post|mail)\b[^.?!]{0,50}\b(?:how|what do i do|where do i start)\b|\bfirst time (?:sending|shipping)\b/i;

/** The message asks how to send a parcel at all (nothing sent yet). */
// (A parcel already sent spoken of: "我想寄件 单号查不到怎么办" asks about its number, not how to send.)
// (Nor a return, photos or a new address sent to us: "I want to send it back, how?", "我要发照片怎么发".)
const SENT_ALREADY =
  /单号|單號|运单|運單|查不到|搵唔到|寄出了|寄咗|寄回|寄返|退回|退货|退貨|照片|相片|图片|圖片|截图|截圖|消息|信息|訊息|留言|地址|\b(tracking|number|sent it|shipped it|back|return\w*|photos?|pictures?|pics?|screenshots?|messages?|notes?|emails?|texts?|address)\b/i;
// (A price or the ID asked — "想寄东西给在香港的姐姐，运费怎么算", "第一次寄快递，需要带护照吗" — is that question's.)
const PRICE_OR_ID =
  /运费|運費|多少钱|多少錢|幾錢|几钱|价钱|價錢|护照|護照|身份证|身份證|证件|證件|\b(how much|cost|price|passport|id)\b/i;
export const asksHowToSend = (text: string): boolean =>
  HOW_TO_SEND.test(text) && !SENT_ALREADY.test(text) && !PRICE_OR_ID.test(text) && !wantsToComplain(text);

// Every day, every afternoon, regularly: "every afternoon", "daily", "每天", "每日", "天天", "定时", "固定".
const RECURRING =
  /\bevery (day|morning|afternoon|evening|weekday|working day)\b|\b(daily|regularly|each day)\b|\b\d+\s*(-|to)\s*\d+ (boxes|parcels|packages) a day\b|每天|每日|天天|定时|定時|固定|日日/i;

/** The message asks whether a courier comes to the door to collect a parcel the customer sends. */
export const asksSenderPickup = (text: string): boolean =>
  asksDoorPickup(text) &&
  (asksQuestion(text) || ASKS_IF_OFFERED.test(text)) &&
  !PICKUP_MISSED.test(text) &&
  !wantsToComplain(text);

// A convenience store by name: "7-11", "全家", "OK便利店", "Circle K", "超商", "convenience store".
const STORE =
  /7-?11|7-?eleven|seven[- ]?eleven|全家|萊爾富|莱尔富|ok ?便利店|circle ?k|超商|便利店|便利商店|\bconvenience stores?\b|\bfamily ?mart\b|\bhi-?life\b/i;
// One's own parcel to be moved there ("改到全家", "我的包裹可以放7-11嗎", "redirect my parcel"): a change of delivery.
const OWN_PARCEL_MOVED =
  /改|轉|转|换|換|放|留|我的(包裹|快递|快遞|件|貨)|我嘅(包裹|貨|件|嘢)|\b(my|our) (parcel|package|order|delivery)\b|\b(instead|redirect|hold|change)\b/i;

/**
 * "可以寄到7-11取貨嗎", "OK便利店同Circle K可以自取嗎" with no parcel named or known: whether parcels go to and from
 * convenience stores — a question about the service (Taiwan's store-pickup entry, else the outlets' general answer,
 * which names the stores), not a change to a parcel nobody named.
 */
export const asksAboutStores = (text: string): boolean =>
  STORE.test(text) && (asksQuestion(text) || ASKS_IF_OFFERED.test(text)) && !OWN_PARCEL_MOVED.test(text);

/**
 * Answers a sender's question about packing or door pickup from the knowledge files of the customer's market (both,
 * when the message asks both). False when it asks neither, tells of a harm or a grievance, or the market has no entry.
 */
// The price of a pickup asked, whatever happened last time ("上门取件要多少钱？上次收了我5块").
const PRICE_ASKED = /多少钱|多少錢|幾錢|几钱|收费吗|收費嗎|要钱吗|要錢嗎|\bhow much\b|\bcost\b|\bfree\b/i;
// A pickup told as gone wrong: money taken, the courier late or never there.
const PICKUP_WENT_WRONG =
  /收(了|咗)?我\s*\d|(给|給|付|俾|畀)(了|咗)(他|佢)?\s*\d|才来|才來|先嚟|迟到|遲到|(没|沒|冇)(有)?(来|來|嚟)(取|收|拎)?|放(我)?鸽子|放(我)?飛機|\b(charged me|made me pay|i paid (him|her|them)|never (came|showed)|didn'?t (come|show)|no[- ]show|\d+ hours? late|came late|showed up late)\b/i;

export async function answerSendingQuestion(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (strongFeelings(reading, text) || (namesComplaint(text) && !asksQuestion(text))) return false;
  // ("约的两点 五点多才来 来了还要收我5块上门费": a pickup that went wrong, told — the complaint's, not how to book one;
  // blind batch 43b: 09.1 heard the booking steps.)
  if (PICKUP_WENT_WRONG.test(text) && !PRICE_ASKED.test(text)) return false;
  const asked: SendingTopic[] = [];
  if (asksSenderPickup(text) || (asksHowToSend(text) && !PICKUP_MISSED.test(text))) asked.push('pickup');
  if (asksPacking(text)) asked.push('packing');
  const parcelKnown = turn.data.lastTracking !== undefined || reading.entities.trackingNumbers.length > 0;
  if (asked.length === 0 && !parcelKnown && asksAboutStores(text)) asked.push('store');
  const answers = asked.map((topic) => ({ topic, answer: entryOn(turn, topic) }));
  const found = answers.filter((a): a is { topic: SendingTopic; answer: string } => a.answer !== undefined);
  if (found.length === 0) return false;
  // (The market answered for is the conversation's from now on, as a FAQ answer makes it: "幾錢" next is asked there.)
  // (Sent from a served market, the parcel's rules are that market's: "從南京寄…" — blind-31 24.)
  const from = sentFromMarket(turn);
  if (from) noteMarketClue(turn, from, 'origin');
  if (!turn.data.market) {
    turn.data.market = customerMarket(turn);
    turn.data.marketFrom = 'language';
  }
  const last = found[found.length - 1] as { topic: SendingTopic };
  turn.data.sendingTold = last.topic;
  turn.data.lastFaq = last.topic === 'packing' ? 'faq.fee' : 'faq.outlet';
  // (This chat books no pickup: said so beside how to book one — issue #17, blind-26 05.)
  const notHere = found.some((a) => a.topic === 'pickup') ? [say(turn, 'pickupAgain.notHere')] : [];
  // ("How much, and can someone pick it up?": the route's price and time first — blind-31 03.1.)
  // ("我想寄啲衫去上海，點樣寄？", "點樣寄嘢返大陸": how to send to a place is asked with its price too — the route's rate and
  // days beside the booking; a review of session 47 heard the booking alone where the old reply gave the rates.)
  const routePriced = () => (asksHowToSend(text) ? priceBeside({ ...turn, text: `${text} 多少钱` }) : undefined);
  const price = priceBeside(turn) ?? routePriced();
  // ("…every afternoon", "每天下午来收": pickups on a schedule are the business account's, said after.)
  const scheduled = asked.includes('pickup') && RECURRING.test(text) ? scheduledPickupsLine(turn) : undefined;
  await reply(turn, [price, ...found.map((a) => a.answer), ...notHere, scheduled].filter(Boolean).join('\n'));
  return true;
}

function entryOn(turn: Turn, topic: SendingTopic): string | undefined {
  // (A pickup is booked where the parcel is sent from; how to pack is the same advice anywhere, in the customer's words.)
  if (topic === 'pickup') return senderRuleOn(turn, 'doorPickup');
  if (topic === 'packing') return ruleOn(turn, 'senderPacking');
  const outlets = generalAnswer(
    turn.services.knowledge,
    customerMarket(turn),
    turn.locale,
    'outlet',
    spokenRegister(turn),
  );
  // (A market whose outlets are no convenience stores has nothing to say of them: the question is read as usual.)
  return ruleOn(turn, 'storePickup') ?? (outlets && STORE.test(outlets) ? outlets : undefined);
}

// What a short follow-up asks of the answer just given, and how the entry's sentences that answer it read.
const ASPECTS: { asks: RegExp; says: RegExp; long?: true }[] = [
  {
    // "幾錢", "要加钱吗", "收費嗎", "and who pays for that?", "is it free?"
    asks: /多少钱|多少錢|幾錢|几钱|幾多錢|收费|收費|要钱|要錢|加钱|加錢|另外收|谁付|誰付|谁出|誰出|邊個俾|边个俾|免费|免費|\bhow much\b|\bcosts?\b|\bcharge[sd]?\b|\bfree\b|\bwho pays\b|\bpay for\b|\bprice\b/i,
    says: /收费|收費|费|費|(?<!保)[价價]|钱|錢|\bprice\b|\bcosts?\b|\bextra\b|\bcharge/i,
  },
  {
    // "那要多久", "几点来", "幾時嚟", "what time do they come?", "same day?"
    asks: /多久|多长时间|多長時間|幾耐|几耐|几点|幾點|几时|幾時|什么时候|什麼時候|哪天|当天|當天|即日|\bhow (long|soon)\b|\bwhat time\b|\bwhen\b|\bsame day\b|\btoday\b/i,
    says: /\d{1,2}:\d{2}|中午|当天|當天|即日|隔天|次日|工作日|\bnoon\b|\bsame day\b|\bnext (day|morning|working day)\b/i,
  },
  {
    // "how do i actually book it, is there an app or do i call someone", "喺邊度約", "在哪下单": where it is booked —
    // asked in a longer sentence too (blind batch 47b: 01.2 heard the claim rules).
    asks: /\bhow (do|can|would) (i|we) (actually )?book\b|\bis there an app\b|\bwhere (do|can) (i|we) book\b|(怎么|怎麼|在哪|喺邊度|去邊度|點樣)(里|裡)?(约|約|下单|下單|落单|落單|预约|預約)/i,
    says: /website|mini-program|\bapp\b|官网|官網|小程序|App|下单|下單|落單/,
    long: true,
  },
];

// The parcel's journey or its postage, not the pickup or the packing: "几天到", "送到深圳", "運費", "when will it arrive".
const ARRIVAL_OR_POSTAGE =
  /(?<![收取攞])到(?!付)|送达|送達|寄到|寄去|运费|運費|邮费|郵費|\b(arrive[sd]?|deliver\w*|get there|postage|shipping)\b/i;

const isText = (text: string | undefined): text is string => text !== undefined && text !== '';

/** A message short enough to be a follow-up on the last answer ("那要多久", "and who pays for that?"). */
const SHORT_FOLLOW_UP = 40;

/**
 * "幾錢", "那要多久", "and who pays for that?" right after a packing or door-pickup answer: the sentences of that
 * entry that say it (the door pickup's price, its times; the price of the boxes outlets sell). False when the message
 * is no short question on what was answered, or the entry says nothing of it (the question is read as usual).
 */
export async function answerSendingFollowUp(turn: Turn, told: SendingTopic | undefined): Promise<boolean> {
  const { text, reading } = turn;
  const longAsked = ASPECTS.some((a) => a.long && a.asks.test(text));
  if (!told || (text.length > SHORT_FOLLOW_UP && !longAsked) || reading.entities.trackingNumbers.length > 0)
    return false;
  if (asksSenderPickup(text) || asksPacking(text) || wantsToComplain(text)) return false;
  // ("要幾耐先到深圳", "那运费谁付": how long the parcel takes, who pays its postage — other questions, answered as such.)
  // ("if it breaks how long do I have to claim": a claim's rule asked, not how long the parcel takes.)
  if (ARRIVAL_OR_POSTAGE.test(text) || asksWhoPaysPostage(text) || namesClaim(text)) return false;
  // ("does 7 kg cost a lot more?", "7公斤要幾多錢": a weight or a box priced is the parcel's postage — blind-30 03.4.)
  const sized = readQuoteAsked(text, turn.services.places);
  if (sized.weight || sized.box) return false;
  const aspect = ASPECTS.find((a) => a.asks.test(text));
  const entry = aspect ? entryOn(turn, told) : undefined;
  if (!aspect || !entry) return false;
  const sentences = entrySentences(entry).filter((s) => aspect.says.test(s));
  // "那要多久" after the packing rules: how long the parcel then takes, the delivery times' entry.
  const howLongAfterPacking = told === 'packing' && aspect === ASPECTS[1];
  if (howLongAfterPacking) sentences.splice(0, sentences.length, ...[ruleOn(turn, 'transitTime')].filter(isText));
  if (sentences.length === 0) return false;
  turn.data.sendingTold = told;
  turn.data.lastFaq = told === 'packing' ? 'faq.fee' : 'faq.outlet';
  await reply(turn, sentences.join(' ').replace(/；$/, '。').replace(/;$/, '.'));
  return true;
}
