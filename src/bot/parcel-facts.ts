import { ASKS_LOST, lossAnswer } from './direct-answer';
import { arrivalAnswer, asksArrival, asksWaitLeft } from './intake-questions';
import { lookUpParcel, recordedReason, trackingAnswer, type ParcelLookup } from './parcel-answer';
import type { ReplyKey } from './replies';
import { shipmentIn } from './shipment-text';
import { COD } from './cod-words';
import { asksQuestion, clausesOf, speaksOfCategory } from './message-cues';
import { ruleOn } from './case-rules';
import { partiesShown } from './waybill-parties';
import { wantsToComplain } from './complaint-words';
import { noteOutcome } from './turn-outcome';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * Questions about a parcel the bot has already looked up, answered from its record (issue #17, blind batch 8
 * pattern 1): what its status means, whether it is lost or searched for, whether and when it was delivered, what
 * time it comes, why the tracking has not moved, where it is and when it arrives. Each answer leads with the
 * reply to what was asked, then the facts it rests on (last scan, promised date, lateness, the courier's note) —
 * never "I can't answer that here", never the whole status again.
 */
export type ParcelQuestion =
  | 'lost'
  | 'meaning'
  | 'deliveredWhen'
  | 'deliveredYet'
  | 'timeOfDay'
  | 'tracking'
  | 'arrival'
  | 'where'
  | 'why'
  | 'address'
  | 'route'
  | 'elsewhere'
  | 'doubted'
  | 'sentWhen';

// "你们找了没有", "有冇搵過", "did you even look for it", "are you searching".
const SEARCHED =
  /找没找|找沒找|找了[没沒吗嗎]|有没有(在|人)?找|有沒有(在|人)?找|有冇(去|人)?搵|搵咗未|搵過未|在找[吗嗎]|\b(did|have|has|are|is|will) (you|they|anyone|anybody|someone) (even )?(look|looked|looking|search|searched|searching)\b/i;
// "能找到吗", "找得回来吗", "搵唔搵到", "搵得返嗎", "can it still be found", "will you find it": whether it is found.
const FINDABLE =
  /(能|会|會|可以|还能|還能|仲)?(找|搵)(得)?(到|回|返)(来|來)?[吗嗎么麼呢]|(找|搵)(不|唔)(找|搵)?(得)?(到|返|回)|(能不能|能唔能|可唔可以|可不可以)(找|搵)(到|返|回)|\b(can|could|will|would)\b[^.?!]{0,20}\b(be found|find it|track it down|locate it)\b/i;
// "异常是啥意思", "派送異常係咩意思", "what does 'exception' mean", "what is a delivery problem".
const MEANING =
  /(什么|什麼|甚麼|啥|咩|乜嘢?)意思|[是係]?指(的是)?(什么|什麼|甚麼|啥|乜|咩)|\bwhat (does|do|is|'s)\b[^.?!]{0,40}\bmean(s|t|ing)?\b|\bmeaning of\b/i;
// "4天没扫描", "物流几天没更新", "四日冇更新", "no scans for 4 days", "hasn't been scanned since": a gap in the scans.
const SCAN_GAP =
  /(没|沒|冇|无|無|未)(有)?(新的?)?(扫描|掃描|扫|掃|更新|动静|動靜|记录|記錄)|\bno (new )?(scans?|updates?|movement)\b|\b(hasn'?t|has not|haven'?t|not) (been )?(scanned|updated|moved)\b|\bgap in the (scans|tracking)\b/i;
// "几点送的", "昨天幾點派嘅", "什么时候签收的", "what time was it delivered", "when did it get dropped off".
const DELIVERED_WHEN =
  /(几点|幾點|什么时候|什麼時候|啥时候|哪天|幾時|几时)[^，。,.?？]{0,4}(送的|送到的|签收的|簽收的|派的|派嘅|送嘅|到的|放的|放嘅|簽收嘅)|\b(when|what time)\b[^.?!]{0,20}\b(was it|did it get|did (you|they|the courier|the driver))\b[^.?!]{0,10}\b(delivered|deliver|drop(ped)?|left|leave|signed)\b/i;
// "so not delivered yet?", "has it been delivered", "送到了吗", "签收了没有", "到咗未", "派咗未".
const DELIVERED_YET =
  /\b(not|n'?t) (been )?delivered( yet)?\b|\b(has|is|was) it (been )?delivered\b|\bdelivered yet\b|(送到|签收|簽收|派送|送达|送達)了[吗嗎没沒]|(到|派|送)咗未|收到未|还没(送到|签收)|還沒(送到|簽收)/i;
// "what time tomorrow", "大概几点到", "幾點送", "上午还是下午", "morning or afternoon".
const TIME_OF_DAY =
  /\bwhat time\b|\b(morning|afternoon|evening) or (in )?(the )?(morning|afternoon|evening)\b|\bwhich (time|slot)\b|几点|幾點|上午还是下午|上午還是下午|朝早定(係)?下晝|早上还是晚上|早上還是晚上/i;
// "is the tracking wrong?", "is it even updating", "物流信息是不是错的", "系統有沒有在更新", "資訊準唔準".
const TRACKING =
  /\b(tracking|info(rmation)?|status|website|site|system|app)\b[^.?!]{0,30}\b(wrong|right|correct|accurate|updat\w*|stale|old|broken)\b|\bupdat(e|es|ing|ed)\b|(资讯|資訊|信息|訊息|物流|系统|系統|网站|網站|显示|顯示|网上|網上)[^，。,.?？]{0,12}(错|錯|对不对|對不對|准不准|準不準|準唔準|更新)|有没有(在)?更新|有沒有(在)?更新|有冇更新|更新[了咗]?[吗嗎没沒未]/i;
// "what's the address it's going to?", "寄到什么地址", "收件地址係咩", "送去邊個地址", "can you check it's going to the right
// address", "what ADDRESS do you have on the parcel?", "帮我查一下收件地址": the address on the waybill.
const ADDRESS_ASKED =
  /\b(what'?s|what is|which)\b[^.?!]{0,20}\baddress\b|\baddress (is )?it('s| is)? (going|sent|addressed)\b|(寄到|送到|送去|寄去)(哪个|哪個|什么|什麼|邊個|咩)地址|(收件|寄件)?地址(是|係|写的|寫的|寫嘅)?(什么|什麼|咩|哪)|\b(what|which)\s+address\b|\bcheck\b[^.?!]{0,30}\b(right|correct|delivery|the) address\b|\baddress\b[^.?!]{0,25}\b(do you have|on (the|it|my|this) (parcel|package|waybill|label))\b|(查|核对|核對|睇下|睇吓|看看|确认|確認)[^，。？?]{0,8}(收件|派送|送货|送貨)?地址|(咩|什么|什麼)地址/i;
// "是不是发错方向了", "送錯地方?", "係咪寄錯咗去第二度", "is it going the wrong way?": whether its route is right.
const ROUTE =
  /(发|發|送|寄|运|運|走|派)(错|錯)(了|咗)?(方向|地方|城市|路|线|線|去)|(方向|路线|路線)(不对|不對|错|錯|唔啱|反)|反方向|相反(的)?方向|\bwrong (way|direction|city|route|place)\b|\bgoing backwards?\b|\bopposite direction\b/i;
// ("what happened to it?", "what went wrong", "发生了什么", "出咗咩事": the cause asked, as "why" asks it — batch 21 01.2;
// "怎么被退回来了", "怎麼會退回" — blind batch 37b: 05.2's kind.)
// ("so whats the actual reason its late??" — blind batch 55a: 02.2 heard "I can't answer that here".)
const WHY =
  /\bwhy\b|\bhow come\b|\bwhat'?s (the )?(actual |real )?reason\b|\bwhat is (the )?(actual |real )?reason\b|(什么|什麼|咩)原因|原因是(什么|什麼|咩)|\bwhat'?s (the )?(hold-?up|delay)\b|\bwhat'?s taking (so|this) long\b|怎么这么慢|怎麼這麼慢|做咩咁慢|點解咁慢|怎么会|怎麼會|怎么被|怎麼被|点会|點會|\bwhat('?s| has)? happen(ed|ing)\b|\bwhat went wrong\b|\bwhat'?s going on\b|为什么|為什麼|点解|點解|怎么回事|怎麼回事|咩事|什么情况|什麼情況|卡在|卡住|发生了什么|發生了什麼|发生什么|發生什麼|出了什么事|出了什麼事|出咗咩事|發生咗咩事/i;
// "东西放哪了", "放咗喺邊", "擺去邊": where a delivered parcel was left — a question by its own words (哪, 邊).
const WHERE_LEFT = /放哪|放到哪|放在哪|放咗邊|放咗喺邊|放喺邊|擺(咗)?(喺|去)?邊/;
const WHERE = /在哪|到哪|哪里了|哪裡了|喺邊|去咗邊|去了哪|去哪|\bwhere\b/i;

// "why was I charged for 5 kg", "为什么按5公斤算", "点解补扣钱": why a charge — the fee's rule answers it, not the record.
const CHARGE_ASKED =
  /\b(go|goes|went|gone|going) up\b|涨价|漲價|贵了|貴了|貴咗|起价|起價|运费|運費|费用|費用|收费|收費|扣(了|咗)?\d|补扣|補扣|按.{0,6}(公斤|斤|kg|千克)算|计费|計費|体积|體積|称重|稱重|复重|復重|\b(charged?|charges|fees?|price|cost|weighed|volume|volumetric|dimensional)\b/i;
// "I'd like the second payment returned — how long will it take?", "退款要多久": money coming back, not the parcel.
const MONEY_BACK =
  /\b(refund\w*|payments?|money back|paid twice)\b|退款|退钱|退錢|退返(啲)?錢|(钱|錢|款)[^，。,.?？]{0,4}(退|返)/i;
// "我不是问什么时候到 是问运费", "I'm not asking when it arrives, I'm asking about the fee": the question put aside.
const NOT_ASKED =
  /(我)?(不是|唔係|唔系|并不是|並不是)(在)?(问|問)[^，。,.!?？！\s]*|\bi'?m not asking (about |when |where |if )?[^,.!?]*/gi;

/** The message asks about money — a charge, a payment or a refund — which no parcel's record answers. */
export const asksAboutMoney = (text: string): boolean => CHARGE_ASKED.test(text) || MONEY_BACK.test(text);

// The parcel's coming is what is waited for: "how much longer must I wait? I want a refund too", "几时送到".
const PARCEL_AWAITED =
  /\bwait\w*|\b(arriv\w*|deliver\w*|come|comes|get here)\b|(送|派|寄)到|几时到|幾時到|什么时候到|什麼時候到|多久(能|会|會)?到(?![账帳])|等/i;

// "how long will the refund take", "退款要多久", "幾時退返錢": when money comes back.
const WHEN = /\b(how long|how many days|when)\b|多久|几天|幾天|幾耐|几时|幾時|什么时候|什麼時候|幾日/i;

/** The message asks when money — a refund, a payment made twice — comes back. */
export const asksRefundTime = (text: string): boolean =>
  // (Cash on delivery's money has its own remittance times: "when will the COD payment reach me?")
  MONEY_BACK.test(text) && asksWhen(text) && !COD.test(text) && !PARCEL_AWAITED.test(text);

/** The message asks when or how long. */
export const asksWhen = (text: string): boolean => WHEN.test(text);

// Where the parcel itself is: "where is it (now)", "where physically is it", "它现在在哪", "件貨而家喺邊".
const PARCEL_WHERE =
  /\bwhere\b[^.?!]{0,15}\b(is it|it is|'s it|are they|is my (parcel|package|box)|is the (parcel|package|box))\b|(它|包裹|件货|件貨|快递|快遞|个件|個件)(现在|現在|而家|目前)?(在|喺)(哪|边|邊)/i;
// Whether what was said holds: "你确定", "確定嗎", "are you sure", "you sure about that", "真的能到吗".
const SURE_ASKED =
  /你(确定|確定|肯定)|(确定|確定)(吗|嗎|嘛)|\b(are|r) (you|u) (sure|certain)\b|\byou sure\b|\bguarantee\w*\b/i;
// A date spoken of: "25号", "25號", "11月25日", "Nov 25", "the 25th", "wednesday".
const DATE_SAID =
  /\d{1,2}\s*[号號日](?![楼樓栋棟座室门門])|[周週星期禮拜礼拜][一二三四五六日天]|\b(\d{1,2}(st|nd|rd|th)|(mon|tues|wednes|thurs|fri|satur|sun)day|nov(ember)?|dec(ember)?)\b|那天|嗰日|日期|\bdate\b/i;

// "where", "where?", "在哪", "喺邊度" alone.
const WHERE_ALONE =
  /^\s*(where|where now|where is it now|在哪|在哪里|在哪裡|在哪儿|喺邊|喺邊度|去咗邊)\s*[?？!！]*\s*$/i;

// Arriving: "能到", "送到", "到得了", "arrive", "come", "be here".
const ARRIVING = /能到|会到|會到|送到|送达|送達|到得|到唔到|\b(arriv\w*|come|be (here|there|delivered))\b/i;

// Another source telling a status: "APP明明寫已送達", "my friend says the app shows delivered", "淘宝显示已签收",
// "the website said out for delivery".
const OTHER_SOURCE =
  /(app|官网|官網|短信|短訊|簡訊|淘宝|淘寶|拼多多|京东|京東|蝦皮|虾皮|网站|網站|网上|網上|小程序|商家|卖家|賣家|朋友|\b(website|site|shop|seller|store|text|sms|email|order page|amazon|taobao|tracking page)\b)[^。.!?？]{0,15}(显示|顯示|写着|寫著|写|寫|說|说|話|话|讲|講|\b(says?|said|saying|shows?|showing|showed)\b)[^。.!?]{0,8}(已送达|已送達|送达|送達|已签收|已簽收|签收|簽收|送到了|已妥投|妥投|\b(delivered|signed)\b)/i;
// The two set against each other: "到底哪個才對", "which one is right", "but you say", "怎么不一样", "no it was delivered,
// you must be looking at the wrong one" (blind batch 53a: 05.3).
const SOURCES_DIFFER =
  /(哪个|哪個|邊個|边个|谁|誰)(说的|說的|講嘅|讲的)?(才)?(是|係)?(对|對|啱|准|準|正确|正確)|\bwhich (one )?is (right|correct|true|accurate)\b|\bwho is right\b|\bbut (you|u) (say|said|guys say|show)\b|你(们|們|哋)?(却|卻)?(说|說|話|讲|講|显示|顯示|写|寫)[^，。？?!！]{0,4}(运送|運送|在途|运输|運輸|转运|轉運|路上|没到|沒到|未到|未送|仲喺)|不一样|不一樣|唔一樣|\bdoesn'?t match\b|不同步|\byou('re| are| must be) (looking at|checking|reading) the wrong (one|parcel|number|record)\b|\bno,? it (was|has been) delivered\b/i;

/** What a message asks about a parcel, if it asks about one at all (几点, 到咗未 ask without a question mark). */
export function parcelQuestionIn(said: string): ParcelQuestion | undefined {
  const text = said.replace(NOT_ASKED, ' ');
  // ("可是APP明明寫已送達，你說運送中，到底哪個才對": our record, which the app shows too — asked, with or without a
  // question mark; blind batch 50a: 11.2.)
  if (OTHER_SOURCE.test(text) && SOURCES_DIFFER.test(text)) return 'elsewhere';
  // ("四天都没扫描了你还说25号前能到？你确定？": whether the date given holds — blind batch 50a: 06.4.)
  // (Of its arrival: "你确定是20号发的货" doubts when it was sent, "3号楼" is a building.)
  if (SURE_ASKED.test(text) && (asksArrival(text) || (DATE_SAID.test(text) && ARRIVING.test(text)))) return 'doubted';
  // (Why a charge was made is no question about where the parcel is or why it is late: blind batch 42b 08.3.)
  // (Unless lateness is told too: "why is it 3 days late? I paid the express fee" asks why it is late.)
  const whyAsked = WHY.test(text) && (!CHARGE_ASKED.test(text) || speaksOfCategory(text, 'delay'));
  const whereLeft = WHERE_LEFT.test(text);
  // ("所以退回到底是什麼意思" asks without a question mark — blind batch 40b: 12.2.)
  // ("还有这个件明天能到上海吧 收件人是我妈": a clause asks, whatever is said after it — blind batch 47a: 08.6.)
  const arrivalAsked = asksArrival(text) || clausesOf(text).some(asksArrival);
  const clauseAsks = arrivalAsked || clausesOf(text).some(asksQuestion);
  const asked = asksQuestion(text) || FINDABLE.test(text) || whereLeft || MEANING.test(text);
  if (!asked && !TIME_OF_DAY.test(text) && !DELIVERED_YET.test(text) && !asksArrival(text) && !clauseAsks)
    return undefined;
  if (asked && ADDRESS_ASKED.test(text)) return 'address';
  if (asked && ROUTE.test(text)) return 'route';
  // ("4天没扫描是什么意思，丢了？": what a gap in the scans means is whether it is lost — blind-30 19.4.)
  if (ASKS_LOST.test(text) || SEARCHED.test(text) || FINDABLE.test(text))
    return MEANING.test(text) && !SCAN_GAP.test(text) ? 'meaning' : 'lost';
  if (MEANING.test(text) && SCAN_GAP.test(text)) return 'lost';
  if (MEANING.test(text)) return 'meaning';
  if (DELIVERED_WHEN.test(text)) return 'deliveredWhen';
  // ("你是不是要问我什么时候寄的？上周六下午寄的": the customer tells it, asked of them — no question of ours.)
  if (SENT_WHEN.test(text) && !/(问|問)(一下)?我|\b(do|did) you (need|want) to know\b/i.test(text)) return 'sentWhen';
  if (DELIVERED_YET.test(text)) return 'deliveredYet';
  if (TIME_OF_DAY.test(text)) return 'timeOfDay';
  if (TRACKING.test(text)) return 'tracking';
  // "为什么会延误？什么时候到？": why asks for the when too — its answer carries the arrival and the courier's reason.
  if (arrivalAsked && !(MONEY_BACK.test(text) && !PARCEL_AWAITED.test(text))) return whyAsked ? 'why' : 'arrival';
  if (whereLeft || WHERE.test(text)) return 'where';
  if (whyAsked) return 'why';
  if (CHARGE_ASKED.test(text) || MONEY_BACK.test(text)) return undefined;
  return undefined;
}

type Found = ParcelLookup & { kind: 'found' };

// When it was sent or picked up: "揽收是哪天", "什么时候揽收的", "幾時寄出", "佢幾時寄過嚟㗎", "什麼時候寄過來的", "when was it
// picked up / sent / shipped", "pickup date".
const SENT_WHEN =
  /(揽收|攬收|收件|寄出|发出|發出|发货|發貨)[^，。,.!?！？]{0,4}(是|係)?(哪天|哪一天|几号|幾號|什么时候|什麼時候|啥时候|幾時|几时|日期|时间|時間)|(哪天|几号|幾號|什么时候|什麼時候|啥时候|幾時|几时)[^，。,.!?！？]{0,3}(揽收|攬收|收件|寄出|发出|發出|发货|發貨|寄(過嚟|过来|過來|嚟|来|來|的|嘅))|\bwhen (was|did) (it|the parcel|the package|my parcel)( actually)? (picked up|collected|sent|shipped|posted|dispatched|get picked up|get sent|ship)\b|\bpick-?up (date|scan)\b/i;

/** On its way, with no scan for days but nothing recorded against it: held up, not (yet) lost. */
const stalledNotLost = ({ view }: Found): boolean =>
  !view.delivered &&
  view.status !== 'exception' &&
  view.anomalies.includes('no_scan_48h') &&
  !view.anomalies.includes('returned');

/** What the status is about, for "what does it mean": stopped by a problem, going back, moving, or delivered. */
function statusGroup(status: string): 'problem' | 'back' | 'moving' | 'delivered' {
  if (status === 'delivered') return 'delivered';
  if (status === 'returning' || status === 'returned') return 'back';
  if (['created', 'picked_up', 'in_transit', 'arrived_hub', 'out_for_delivery'].includes(status)) return 'moving';
  return 'problem';
}

/** The last scan, and the courier's note on the latest problem: what every answer rests on. */
/** The parcel's status and last scan (and the reason recorded for a parcel not moving normally). */
export function scanFacts(turn: Turn, { number, shipment, view }: Found): string[] {
  const { services, locale } = turn;
  const local = shipmentIn(locale, shipment);
  const inReader = (at: number) => local.shipment.events[at] ?? shipment.events[at];
  const scan = view.lastScan ? inReader(shipment.events.indexOf(view.lastScan)) : undefined;
  if (!scan) return [`${number}: ${say(turn, 'trackNoScans')}`];
  const lines = [
    say(turn, 'facts.lastScan', {
      number,
      status: say(turn, `status.${view.status}` as ReplyKey),
      place: scan.place,
      time: services.replies.dateTime(locale, scan.at, services.timeZone),
    }),
  ];
  const reason = recordedReason(locale, shipment);
  if (reason && statusGroup(view.status) !== 'moving') {
    const original = local.untranslated.has(reason) ? 'Original' : '';
    lines.push(say(turn, `trackReason${original}` as ReplyKey, { reason }));
  }
  return lines;
}

/** Who signed for a delivered parcel, from the delivery scan's note in the reader's language. */
function deliveredNote(turn: Turn, { shipment, view }: Found): string {
  if (!view.lastScan?.description) return '';
  const local = shipmentIn(turn.locale, shipment);
  const note = local.shipment.events[shipment.events.indexOf(view.lastScan)]?.description ?? view.lastScan.description;
  return say(turn, `trackDeliveredNote${local.untranslated.has(note) ? 'Original' : ''}`, { note });
}

/** When it comes as far as the record says (due, late, no date), or the scan facts where no time applies. */
function whenFacts(turn: Turn, found: Found): string[] {
  const arrival = arrivalAnswer(turn, found);
  return arrival ? [arrival] : scanFacts(turn, found);
}

/**
 * The answer to `question` about a parcel found, in the customer's language: the reply to the question first,
 * then the facts of the record it rests on.
 */
export function parcelFactsAnswer(turn: Turn, found: Found, question: ParcelQuestion): string {
  const { view, number } = found;
  const promised = { number, date: view.promisedDate ? turn.services.replies.day(turn.locale, view.promisedDate) : '' };
  const lines: string[] = [];
  switch (question) {
    case 'lost':
      lines.push(lossAnswer(turn, view), ...scanFacts(turn, found));
      // A gap in the scans is not a loss: when it would count as one (the market's rule) and the date it is due by.
      if (stalledNotLost(found)) {
        lines.push(ruleOn(turn, 'countsAsLost', found) ?? '');
        if (view.promisedDate)
          lines.push(say(turn, view.daysLate > 0 ? 'facts.stillLate' : 'facts.stillDue', promised));
      }
      break;
    case 'meaning': {
      const group = statusGroup(view.status);
      // ("what does it mean delayed?" of a parcel 3 days late: on its way, but late — never "moving normally".)
      const meaning = group === 'moving' && view.daysLate > 0 ? 'late' : group;
      lines.push(say(turn, `facts.meaning.${meaning}`, { status: say(turn, `status.${view.status}` as ReplyKey) }));
      // "…and are you looking for it?": what is being done about a parcel the courier cannot account for.
      if (group === 'problem' && SEARCHED.test(turn.text)) lines.push(say(turn, 'facts.searching'));
      else if (ASKS_LOST.test(turn.text)) lines.push(lossAnswer(turn, view));
      lines.push(...scanFacts(turn, found));
      if (group !== 'delivered' && group !== 'back' && view.daysLate > 0)
        lines.push(say(turn, 'anomaly.past_promised_date', { days: view.daysLate }));
      break;
    }
    case 'deliveredWhen':
    case 'deliveredYet':
      if (view.delivered) lines.push(...whenFacts(turn, found), deliveredNote(turn, found));
      else lines.push(say(turn, 'facts.notDelivered', { number }), ...whenFacts(turn, found));
      break;
    case 'sentWhen': {
      // ("揽收到底是哪天", "佢到底幾時寄過嚟㗎", "when was it picked up?": its first scan — blind batch 53a: 08.2.)
      const local = shipmentIn(turn.locale, found.shipment).shipment;
      const picked = local.events.find((e) => e.status === 'picked_up');
      if (!picked) {
        lines.push(say(turn, 'facts.notSentYet', { number }));
        break;
      }
      const time = turn.services.replies.dateTime(turn.locale, picked.at, turn.services.timeZone);
      lines.push(say(turn, 'facts.sentOn', { number, time, place: picked.place }));
      break;
    }
    case 'timeOfDay':
      if (view.delivered) lines.push(...whenFacts(turn, found));
      else
        lines.push(
          say(turn, view.daysLate > 0 || !view.promisedDate ? 'facts.noTimeLate' : 'facts.noTimeOfDay', promised),
          ...whenFacts(turn, found),
        );
      break;
    case 'tracking':
      lines.push(...scanFacts(turn, found));
      lines.push(
        say(turn, view.anomalies.includes('no_scan_48h') ? 'facts.tracking.stalled' : 'facts.tracking.current'),
      );
      if (!view.delivered && view.promisedDate)
        lines.push(say(turn, view.daysLate > 0 ? 'facts.stillLate' : 'facts.stillDue', promised));
      break;
    case 'doubted': {
      // Whether the date holds: not a promise where the scans have stopped; the record's word where they have not.
      const date = promised.date;
      if (view.delivered || !date || view.daysLate > 0) {
        lines.push(...whenFacts(turn, found));
        break;
      }
      const scan = view.lastScan
        ? shipmentIn(turn.locale, found.shipment).shipment.events[found.shipment.events.indexOf(view.lastScan)]
        : undefined;
      lines.push(
        view.anomalies.includes('no_scan_48h')
          ? say(turn, 'facts.doubted.stalled', { number, date })
          : say(turn, 'facts.doubted.onTime', {
              number,
              date,
              place: scan?.place ?? '',
              time: scan ? turn.services.replies.dateTime(turn.locale, scan.at, turn.services.timeZone) : '',
            }),
      );
      break;
    }
    case 'elsewhere':
      lines.push(
        say(
          turn,
          view.delivered
            ? 'facts.elsewhere.delivered'
            : view.status === 'returned'
              ? 'facts.elsewhere.returned'
              : 'facts.elsewhere.notDelivered',
          { number },
        ),
      );
      break;
    case 'why':
      lines.push(...whenFacts(turn, found));
      // ("點解仲未到 順豐唔係話翌日到咩" of a parcel not past its date, nothing on its record: it is not late — said so,
      // not "no reason is recorded for the delay"; blind batch 53a: 14.3.)
      if (!view.delivered && view.daysLate === 0 && view.anomalies.length === 0 && view.promisedDate)
        lines.push(say(turn, 'direct.notLate', { date: turn.services.replies.day(turn.locale, view.promisedDate) }));
      // No note from the courier on why: said so, rather than left for the customer to guess.
      else if (!found.shipment.events.some((e) => e.status === 'exception' && e.description) && !view.delivered)
        lines.push(say(turn, 'facts.noReason'));
      break;
    case 'where':
      // Where it is and in what state, then whether it is still on time.
      lines.push(...scanFacts(turn, found));
      // "Where did it go?" of a parcel recorded delivered: who signed, and how it is found (blind-12 22.3).
      if (view.delivered) lines.push(deliveredNote(turn, found), say(turn, 'facts.whereDelivered'));
      // (A parcel sent back is due nowhere: no promised day is said of it.)
      if (!view.delivered && view.promisedDate && !view.anomalies.includes('returned'))
        lines.push(say(turn, view.daysLate > 0 ? 'facts.stillLate' : 'facts.stillDue', promised));
      if (view.anomalies.includes('no_scan_48h')) lines.push(say(turn, 'anomaly.no_scan_48h'));
      break;
    case 'arrival':
      // ("仲要等幾耐？" of a parcel the hub could not find: plainly no date, and what is being done — blind-29 28.3.)
      if (view.status === 'exception' && !view.delivered) lines.push(say(turn, 'facts.noDateUnfound', { number }));
      lines.push(...whenFacts(turn, found));
      break;
    case 'route': {
      // From where to where the record sends it, and where it was last: a hub in another city is on the way.
      const local = shipmentIn(turn.locale, found.shipment).shipment;
      lines.push(say(turn, 'facts.route', { number, origin: local.origin, destination: local.destination }));
      lines.push(...scanFacts(turn, found));
      if (!view.delivered && view.promisedDate)
        lines.push(say(turn, view.daysLate > 0 ? 'facts.stillLate' : 'facts.stillDue', promised));
      break;
    }
    case 'address': {
      // The city it goes to is anyone's to know; the names and the address only the proved sender's or recipient's.
      const city = shipmentIn(turn.locale, found.shipment).shipment.destination;
      const parties = partiesShown(turn, found.shipment, number);
      lines.push(
        parties
          ? `${say(turn, 'facts.addressShown', { number, city })}\n${parties}`
          : say(turn, 'facts.addressHidden', { number, city }),
      );
      break;
    }
  }
  return lines.filter(Boolean).join('\n');
}

/**
 * What the tracking answer itself says: a question asking only that, with the parcel's number, gets the tracking
 * answer. "When will it come?" about the parcel just shown (no number named) is answered with its date alone, not
 * the whole status again (issue #17, blind batch 10 P6).
 */
const TRACK_ANSWERS: ParcelQuestion[] = ['arrival', 'where'];
const followUpAnswer = (turn: Turn, question: ParcelQuestion): boolean =>
  question === 'arrival' && turn.reading.entities.trackingNumbers.length === 0;

/**
 * A question about the conversation's parcel after it was looked up ("so it's not delivered yet?", "what time
 * tomorrow?", "what does 'exception' mean?"), answered from its record. A question is not a complaint: read as a
 * delay or tracking complaint about a parcel with nothing wrong on its record (on time, moving) and no
 * dissatisfaction said, it is answered too, and no complaint is opened.
 * @returns false when the message asks no such question (it is handled as usual).
 */
export async function answerParcelQuestion(turn: Turn): Promise<boolean> {
  const { data, reading, text, services } = turn;
  const number = data.lastTracking;
  const question = number ? parcelQuestionIn(text) : undefined;
  if (!number || !question || reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const complaint = reading.intent === 'complaint';
  // "Can it still be found?" is about the parcel, however else it reads ("find" as a change, "找" as a complaint).
  const findable = question === 'lost' && FINDABLE.test(text);
  // ("how much longer?" reads as a price question by its "how much": it asks how long the wait is — blind-28 02.2.)
  const waitLeft = question === 'arrival' && asksWaitLeft(text);
  // ("so where physically is it right now? at a station near me or still in some warehouse": where the parcel is, not
  // the outlets — blind batch 50b: 04.3.)
  // ("where", alone, right after the parcel's status: where it is — blind batch 51a: 01.4.)
  const itsPlace =
    question === 'where' && reading.intent === 'faq.outlet' && (PARCEL_WHERE.test(text) || WHERE_ALONE.test(text));
  if (!complaint && !findable && !waitLeft && !itsPlace && !['track', 'other'].includes(reading.intent)) return false;
  if (reading.intent === 'track' && TRACK_ANSWERS.includes(question) && !followUpAnswer(turn, question)) return false;
  const found = await lookUpParcel(services, number);
  if (found.kind !== 'found') return false;
  if (complaint) {
    const nothingWrong = !found.view.delivered && found.view.anomalies.length === 0;
    // (Which of two records is right, or whether a date holds, is a question however sharply put: "APP明明寫已送達…到底哪個
    // 才對", "都四天没动了 你确定25号能到？".)
    const sharpQuestion = question === 'elsewhere' || question === 'doubted';
    const dissatisfied = (reading.signals.anger >= 0.5 && !sharpQuestion) || wantsToComplain(text);
    // (A faint complaint reading of a plain question — "so it has not been delivered yet?" split between delay, loss
    // and tracking — is the question too.)
    const asked =
      findable ||
      (question === 'lost' && stalledNotLost(found)) ||
      ['delay', 'info_error'].includes(reading.category ?? '') ||
      reading.confidence < 0.5;
    // ("Is it going the wrong way?" is answered from the route on the record, whatever else the record shows.)
    // ("why hasnt it moved in 4 days??" right after the chase was offered for it: the cause, and the offer stands —
    // blind-25 10.4; a complaint asked for outright is still one.)
    const chaseOpen = question === 'why' && data.offeredChase === number && !wantsToComplain(text);
    if (chaseOpen) {
      noteOutcome(turn.context, 'answered');
      // (What they asked is their account if a complaint follows: "畀個解釋我" next starts one that tells this, and the
      // type reads it — "四日都冇更新" is tracking not updated.)
      if (!data.leftComplaint)
        data.leftComplaint = {
          trackingNumber: number,
          description: text,
          describedEnough: false,
          categoryGuessed: true,
        };
      await reply(turn, parcelFactsAnswer(turn, found, question));
      return true;
    }
    // ("4天没扫描…丢了？" of a parcel only standing still: whether it is lost is answered — blind-30 19.4.)
    const gapAsked = question === 'lost' && stalledNotLost(found);
    const answerable = nothingWrong || findable || gapAsked || question === 'route' || sharpQuestion;
    if (dissatisfied || !asked || !answerable) return false;
  }
  noteOutcome(turn.context, 'answered');
  await trackingAnswer(services, turn.context, turn.locale, found, spokenRegister(turn));
  await reply(turn, parcelFactsAnswer(turn, found, question));
  return true;
}
