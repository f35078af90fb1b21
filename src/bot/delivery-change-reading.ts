import type { NluResult } from '../nlu';
import { hurriesTransfer } from './transfer-hurried';
import { withoutOthersUrging } from './others-urging';
import { buildingDeskIn } from './building-desk-words';
import { parseChineseNumber } from '../nlu/entities/numbers';
import type { AnomalyKind, DeliveryChangeDetails, DeliveryChangeKind, HoldPlace } from '../tracking';
import { wordsIn } from './intake-reading';
import { CHASE_WORDS, chaseDetails } from './chase-details';
import { asksQuestion, clausesOf } from './message-cues';
import { asksLabelCorrection, asksReturnToSender, labelCorrectionIn } from './waybill-change-reading';
import { withoutRefusedPlaces } from './refused-places';
import { TAKERS_ZH } from './neighbour-words';
import { CALL_MY_NUMBER, withoutOthersNotCalled } from './call-me-not-them';
import { courierWishIn } from './courier-wish';
import { returnAsFallback, withoutReturnFallback } from './return-fallback';

/**
 * Reads a change-delivery request from the customer's words and the NLU's entities (its dates): what they want
 * (hold, redeliver, change the address, expedite) and the details they gave. Simplified and Traditional Chinese
 * and English; what is not said stays unset, and the bot asks for it.
 */

// A convenience store by its brand (kept as the place's name) or in general.
const CONVENIENCE_BRAND =
  /7-?11|7-?eleven|seven[- ]?eleven|family ?mart|全家|萊爾富|莱尔富|ok ?mart|美廉社|罗森|羅森|lawson/i;
const CONVENIENCE = /convenience|超商|便利店|便利商店|便利商店/i;
const LOCKER = /locker|parcel ?box|快递柜|快遞櫃|智能柜|智能櫃|丰巢|豐巢|包裹柜|包裹櫃|自提柜|自提櫃/i;
// "放喺你哋度", "放你們那邊", "keep it at your place": held where the courier is — its station (blind batch 22: 28.5).
// (Only after a word of putting or keeping: "你们那边怎么说" asks the courier's side, and names no place.)
const AT_YOURS =
  /(放|存|留|寄存|暂存|暫存|寄放)(在|喺|到|去|返|係)?(你们|你們|你哋|贵司|貴司)(那边|那邊|那里|那裡|那儿|那兒|这边|這邊|度|嗰度|处|處)|\b(keep|hold|leave|store)\s+(it|them|the (parcel|package))\s+(at|with)\s+(you|your (place|end|side|office|depot|premises))\b/i;
const OUTLET =
  /outlet|station|留(喺|在|到|返|番)?站|branch|depot|service point|(你们|你們|你哋)(的|嘅)?站|[喺在]站|(個|个|嘅)站|[去到]站[^，。,.]{0,2}[攞拿取]|网点|網點|门市|門市|营业部|營業部|营业所|營業所|营业点|營業點|服务点|服務點|驿站|驛站|站点|站點|自取|自提|(pick|collect)(ing)? (it )?(up )?(myself|in person)|pick (it )?up|collect it/i;
// A station named by the customer: "上海浦东营业部", "板橋門市".
// Its name stops at the words around it ("帮我放到上海浦东营业部" names 上海浦东营业部; "暂存网点" names none).
const NAMED_OUTLET =
  /((?:(?![暂暫存放在到去送改取近就派配的我你那这這哪帮幫请請个個嗰])[\u4e00-\u9fff]){2,12}(?:营业部|營業部|营业所|營業所|网点|網點|门市|門市|驿站|驛站))/;

// A locker or store pointed at in the request itself: "小区门口的丰巢", "樓下嗰間便利店", "the locker at the gate".
// (The words before it stop at the verbs and pronouns around them, as NAMED_OUTLET's do.)
const POINTED_PLACE_ZH =
  /(?:(?![暂暫存放在到去送改取近就派配我你们們哋那这這哪帮幫请請能可不唔])[\u4e00-\u9fff]){0,6}(?:门口|門口|楼下|樓下|附近|旁边|旁邊|对面|對面|大堂|入口|里面|裡面)(?:的|嘅|那个|那個|那间|那間|嗰個|嗰間)?(?:丰巢|豐巢|快递柜|快遞櫃|智能柜|智能櫃|包裹柜|包裹櫃|自提柜|自提櫃|便利店|便利商店|超商)/;
const POINTED_PLACE_EN =
  /\b(?:locker|parcel ?box|convenience store)\s+(?:at|near|next to|opposite|outside|by|in|downstairs in)\s+(?:the |my |our )?(?!please\b|thanks?\b|instead\b|tomorrow\b|today\b)[a-z]+(?:\s+(?!please\b|thanks?\b|instead\b|tomorrow\b|today\b)[a-z]+)?/i;

/** The locker or store the words point at, as the customer put it; undefined when they name none. */
function pointedPlace(text: string): string | undefined {
  const zh = POINTED_PLACE_ZH.exec(text)?.[0];
  if (zh) return zh;
  const en = POINTED_PLACE_EN.exec(text)?.[0];
  return en ? `the ${en.replace(/^the /i, '')}` : undefined;
}

// A hold called off: "不放网点了", "唔使放站", "別放營業所", "don't hold it", "no need to keep it at the station".
const HOLD_CALLED_OFF =
  /(不|唔|别|別|不要|不用|唔使|唔好)(再)?(放|存|留|暂存|暫存|寄放)(在|到|喺|去)?(网点|網點|营业所|營業所|营业部|營業部|站|驿站|驛站|门市|門市|快递柜|快遞櫃|柜|櫃)(了|喇|啦)?|\b(don'?t|do not|no need to|no longer) (hold|keep) (it|them)( at the (station|depot|outlet|branch))?\b|\bno (more )?hold(ing)?\b|\b(cancel|drop|forget) the hold\b/gi;
// "我自己去网点拿", "我自己去你哋站攞", "I'll come and get it": the customer collects it themselves. (代收货款 is cash on
// delivery's money, no hold.) ("hold off on the change" is not yet, no hold — blind-25 17.4.)
// ("hold on, the buyer just messaged…": "wait", no hold — blind batch 44a: 03.5.)
const HOLD_WORDS = new RegExp(
  String.raw`\bhold\b(?! off\b)(?! on\b(?! to (it|them)\b))|keep it|留(喺|在|到|返|番)?(你哋|你们|你們)?(的|嘅)?(站|网点|網點|服务点|服務點|门市|門市|驿站|驛站|营业所|營業所)|暂存|暫存|(?<![不唔没沒冇拒])(?<!(${TAKERS_ZH})[^，。？?\s]{0,4})代收(?!(的|嘅)?(货|貨)?款)|寄放|取货|取貨|取件|自取|自提|pick(ing)? (it )?up|collect|\b(come|go) (and|to) (get|fetch) it\b|自己(去|嚟|來|来|过去|過去)[^，。,.!?！？]{0,10}(攞|拿|取)|(网点|網點|站|门市|門市|营业所|營業所|服务点|服務點)[^，。,.!?！？]{0,3}(攞|拿)|^\s*(那|咁|就|都係|还是|還是)?\s*放(去|喺|到|在|返)?(你们|你們|你哋)?(的|嘅)?(网点|網點|营业所|營業所|营业部|營業部|门市|門市|站|驿站|驛站|服务点|服務點)|放(去|喺|到|在|返|入)?[^，。,.!?！？\s]{0,6}(驿站|驛站|网点|網點|站点|站點|服务点|服務點|营业所|營業所|营业部|營業部|门市|門市|自提点|自提點|代收点|代收點|(個|个|嘅|的)站)`,
  'i',
);
// ("deliver to her door": the door of the address it goes to — door delivery, no other address; blind 45a: 02.5. "to the
// door of my office at 88 …" names another.)
const ADDRESS_WORDS =
  /(change|update|new|different|another|correct) (the |my )?(delivery |shipping )?address|\baddress (should|must|needs to) be (?=[^.?!]{0,20}\d)|\b(my|our) (new )?address is\b|deliver(ed)? (it )?to (?!me\b)(?!(her|his|my|the|their|our|your) (front )?(door|doorstep)\s*([.,!?;]|$|and\b|please\b|just\b|but\b|instead\b))|send (it )?to (?!me\b)|ship (it )?to (?!me\b)|(bring|take) (it )?to (?!me\b)(?!(her|his|my|the|their|our|your) (front )?(door|doorstep)\s*([.,!?;]|$|and\b|please\b|just\b|but\b|instead\b))|redirect|\b(office|work|company) (address )?is\b|(改|修改|更改|换|換|更新)(一下|下|个|個|\s*it\s*)?(的|嘅)?(收货|收貨|收件|送货|送貨|派送|配送|寄送)?(人)?(的|嘅)?地址|地址(要|想)?(改|换|換)|地址[^，。,.!?！？]{0,4}(写|寫|填|打|弄|搞)(错|錯)|(wrong|incorrect) (delivery |shipping )?address|address (is|was) (wrong|incorrect|written wrong)|新(的|嘅)?(收货|收貨|收件)?地址|地址\s*[:：]\s*\S|\b(new|delivery) address\s*:\s*\S|改送|改寄|转寄|轉寄|(?<!^\s*(这个|這個|呢個|呢件|这件|這件|它|佢|包裹|快递|快遞)?\s*(係|是|本来|本來|原本))(送到|寄到|送去)|改到|[送寄](過嚟|过来|過來)/i;
// "改个地址", "換地址", "change the address": the address itself named as what changes.
const ADDRESS_NAMED =
  /(change|update|new|different|another|correct) (the |my )?(delivery |shipping )?address|\baddress (should|must|needs to) be (?=[^.?!]{0,20}\d)|(改|修改|更改|换|換|更新)(一下|下|个|個|\s*it\s*)?(的|嘅)?(收货|收貨|收件|送货|送貨|派送|配送|寄送)?(人)?(的|嘅)?地址|地址(要|想)?(改|换|換)|地址[^，。,.!?！？]{0,4}(写|寫|填|打|弄|搞)(错|錯)|(wrong|incorrect) (delivery |shipping )?address|address (is|was) (wrong|incorrect|written wrong)|新(的|嘅)?(收货|收貨|收件)?地址|地址\s*[:：]\s*\S|\b(new|delivery) address\s*:\s*\S/i;
// ("能不能周三晚上送": a day asked for in a request, with no 改 before it — blind batch 39b: 01.)
const REDELIVER_WORDS =
  /re-?deliver|deliver (it )?again|(send|ship|bring) (it |them )?(back )?(out )?(to me )?again|(send|ship|bring) (it |them )?back to me|re-?send|another (day|time)|reschedul|try again|come (back|again)|改天|再送|再派|再寄|重新(派|配|寄|送)|重送|重寄|(寄|送|派)(返|番)(畀|俾|比|给|給)我|改期|改日|改(个|個|一个|一個|下|一下)?(送货|送貨|派送|配送|送件|派件)?(时间|時間|日子|日期)|[换換](个|個|一个|一個|下|一下)?(送货|送貨|派送|配送|送件|派件)?(时间|時間|日子|日期)|另[约約](个|個)?(时间|時間)|延后送|延後送|晚(几|幾)天(再)?送|预约|預約|(change|move|switch) (the )?(delivery )?(time|day|date)|(a )?different (day|time|date)|postpone|送过来|送過來|改(到|在|成)?(今天|今日|明天|后天|後天|聽日|听日|(周|週|星期|禮拜|礼拜)[一二三四五六日天])?(早上|上午|中午|下午|晚上|傍晚|夜晚|晚黑|朝早|上晝|下晝)((\d{1,2}|[一二两兩三四五六七八九十]{1,3})(点|點|時|时)(半|\d{1,2}分?)?)?(以后|以後|之后|之後|后|後|以前|之前|前)?(再)?(送|派|配送|派送|送貨|送货)|(deliver|bring) (it )?(on|at|tomorrow|after(?! all\b(?! the\b))|before|between|this|next)|(改|换|換)(成|到|在|为|為)\s*(今天|明天|后天|後天|聽日|听日)?\s*(早上|上午|中午|下午|晚上|傍晚|晚黑|朝早|上晝|下晝)?\s*([\d一二两兩三四五六七八九十]{1,3}\s*[点點时時:：]|(早上|上午|中午|下午|晚上|傍晚|晚黑|朝早|上晝|下晝))|\b(change|move|switch|make) (it |that |the (time|slot) )?to (the )?(morning|afternoon|evening|\d{1,2}(:\d{2})?\s*(am|pm|-|–|to))|(能不能|能唔能|可不可以|可唔可以|可以|得唔得)\s*(后天|後天|(周|週|星期|禮拜|礼拜)[一二三四五六日天])\s*(早上|上午|中午|下午|晚上|傍晚|夜晚|晚黑|朝早|上晝|下晝)?\s*(再)?(送|派)(?!到|達|达|的|咗|了)/i;
// "to my office", "送到我公司", "改送去我單位", "change it to my office address": a place the customer names as where the
// parcel should go, without its address.
// ("係送去佢公司寫字樓" opening the message: where it is going, told — not a change; blind 45b: 15.2. "还是送到我公司吧",
// "不是送到家 是送到我公司" are changes.)
const TO_A_PLACE =
  /\b(deliver|send|ship|bring|take|redirect|drop|change|switch|move)\b[^.?!]{0,12}\bto (my|our|the) (office|workplace|work|company|school|shop|store|parents'?|mum'?s|mom'?s|friend'?s)\b|(?<!^\s*(这个|這個|呢個|呢件|这件|這件|它|佢|包裹|快递|快遞)?\s*(係|是|本来|本來|原本))(送|寄|派)(到|去|过去|過去)(我|我们|我們|我哋|佢|他|她)?(的|嘅)?(公司|单位|單位|办公室|辦公室|写字楼|寫字樓|学校|學校|店里|店裡|铺头|舖頭|父母家|爸妈家|爸媽家)/i;
// "快点送到就行", "盡快送到就好": the parcel arriving is the point, not where — no address in "送到" alone.
// ("送到的时候箱子是倒着的": when it came, not where it should go; "我寄到香港的": where it was sent, told — batch 21 21.1;
// "我寄到香港的那个ems怎么退回来了": the parcel named by where it went — 38b 10.1.)
const ARRIVAL_ONLY =
  /(寄|送)(到|去)[^，。,.!?！？\s]{1,8}(的|嘅)(?=[，。,.!?！？\s]|$|(那|这|這|嗰|呢|哪)?(个|個|件|只|隻|箱|份|批)?(ems|快递|快遞|包裹|速遞|货|貨|东西|東西|件|单|單|箱)(?![位柜櫃站点點架子员員]))|(送到|送達|送达|寄到)(就行|就好|就可以|就得|即可|便可)|(送到|送達|送达|寄到)(的|嘅)?(时候|時候|时|時|之后|之後|后|後)|(送到|送達|送达)\s*[了啦吧喔呀]?\s*[。.!！~]*$/g;
const EXPEDITE_WORDS =
  /expedite|speed (it )?up|faster|hurry|rush|urgent|asap|as soon as|加急|加快|加速|催|快一?点|快一?點|快啲|快些|早一?[点點]送|早啲送|尽快|盡快|急件/i;

// The day a date mention names (a bare "6pm" names only a time, on today's date).
// ("the 25th", "Nov 25": a day of the month.)
const DAY_WORD =
  /[今明后後昨听聽琴寻尋]|周|週|星期|礼拜|禮拜|月|\d\s?[号號日]|\/|today|tonight|tomorrow|tmrw?|mon|tue|wed|thu|fri|sat|sun|\d(st|nd|rd|th)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// "聽日我唔喺屋企", "I'm not home tomorrow": the day named is the one the customer cannot take it.
// ("im at work all day tomorrow. can it come wed evening": tomorrow is the day away — blind batch 39b: 01.2 booked it.)
// ("the mailroom is closed on saturday, please deliver on friday": no one there that day — a review of session 45.)
const AWAY_BEFORE =
  /\b(don'?t|do not|please don'?t|not) (deliver|bring|send|come)( it)?( on)?\s*$|\b(is|are|'s|will be) (closed|shut)( on| all day)?\s*$|\b(not (at )?home|not in|not around|away|out|busy|working|at work|in the office|on (a )?shift|out of town|travell?ing|(nobody|no one|no-one)('?s| is| will be)? (at )?(home|in|around|there)( for [^,.!?]*)?|(won'?t|will not|can'?t|cannot) be (at )?(home|in|around|there))( all day| the whole day)?\s*(when [^,.!?]*)?$/i;
// (Each run of spaces is read by one `\s*`, after the word it follows: two optional ones side by side split a padded
// message every way there is — seconds on 2,000 spaces; review of #17.)
// ("明天能不能别送", "聽日唔好派", "tomorrow don't deliver": the day refused is no day to deliver on either — blind 34a 08.2.)
// ("收發室星期六日唔開", "the mailroom is closed on saturday": nobody there to take it then — blind 45b: 15.2.)
const AWAY_AFTER =
  /^\s*(?:(我|i'?m|i am|i will be|i'll be|we'?re|the (mailroom|office|reception|building) is)\s*)?(?:(家里|家裡|家中|屋企|家)\s*)?[日天]?(一整天|整天|全天|成日|全日)?(都)?(在|要|喺)?(唔喺|唔在|不在|没人|沒人|冇人|不方便|唔方便|上班|返工|加班|出差|唔開|唔开|不开|不開|关门|關門|閂門|not (at )?home|not in|not around|away|out|busy|working|closed|shut)|^\s*(?:(能不能|可不可以|可唔可以|可以|先|就)\s*)?(别|別|不要|唔好|不用|唔使|咪|先别|先別)(送|派|寄|来|來|嚟)|^\s*,?\s*(please )?(don'?t|do not|no) (deliver|bring|send|come)/i;
const AFTER_WORDS = /\b(after|from)\b|later than|以后|以後|之后|之後|[点點时時半分]\s*[后後起]/i;
const BEFORE_WORDS = /\b(before|by|until)\b|no later than|以前|之前|[点點时時半分]\s*前/i;
// A clock time the NLU leaves alone after a first one ("下午3点到5点", "between 3 and 5pm").
// ("快一点送", "晚一點": 一点 after a word of degree is "a bit", no hour; "二十点" is 20:00.)
const CLOCK_ZH =
  /(\d{1,2}|二十[一二三]?|十[一二]?|(?<![快慢早晚多少好差大小高低近远遠轻輕重贵貴宜些])一|[二两兩三四五六七八九十])\s*[点點时時](半)?/g;
// "两点", "十一點", "二十点", "3点": the hour, in digits or in Chinese numerals (the NLU's numeral reader).
const zhHour = (said: string): number => parseChineseNumber(said) ?? 0;
const CLOCK_EN = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/gi;
// A part of the day without a clock time, as a window.
const PARTS: { words: RegExp; after: string; before: string }[] = [
  { words: /morning|上午|早上|早晨|朝早|上晝/gi, after: '09:00', before: '12:00' },
  { words: /afternoon|下午|下晝|晏晝/gi, after: '12:00', before: '18:00' },
  { words: /evening|tonight|night|晚上|傍晚|夜里|夜裡|夜晚|晚黑|夜晚黑/gi, after: '18:00', before: '21:00' },
];
// "不是上午", "not in the morning", "rather than the morning": a part of the day turned down…
const PART_REFUSED_BEFORE =
  /(不是|不要|唔係|唔要|别|別|而不是|\bnot( in)?( the)?|\bno|\brather than( the)?|\binstead of( the)?)\s*$/i;
// …or one the customer is not there in ("上午前台没人", "mornings nobody's in", "I'm out in the morning").
const PART_AWAY_AFTER =
  /^\s*(?:(的?时候|的?時候|时|時)\s*)?(?:(前台|家里|家裡|屋企|公司|办公室|辦公室)\s*)?(都)?(没人|沒人|冇人|不在|唔喺|唔在|不方便|唔方便|nobody|no one|no-one|i'?m (out|not)|we'?re (out|not)|(is|are) (closed|empty))/i;
const PART_AWAY_BEFORE = /\b(not (at )?home|not in|out|away|busy|working|nobody'?s (in|home|there))( in)?( the)?\s*$/i;
// …or one they are somewhere else in ("上午要去医院", "朝早要返工"; "she's at the hospital in the morning" reads as away).
const PART_GONE_AFTER =
  /^\s*(?:(我|她|他|佢|我妈|我媽|老人家)\s*)?(?:(要|得|会|會|需要)\s*)(去|出去|出门|出門|返工|上班|睇醫生|睇医生|看病|看医生|看醫生)/;
// A part of the day the change is said of: "改成下午", "换到晚上", "make it the afternoon", "deliver in the evening"…
const PART_ASKED_BEFORE =
  /(改(成|到|在|为|為|喺)|[换換](成|到)|就要|\b(make it|change it to|move it to|switch to|deliver (it )?in|bring (it )?in|come in|instead,? in)( the)?)\s*(?:(明天|聽日|听日|后天|後天|tomorrow)\s*)?$/i;
// …or the delivery verb follows it: "下午送", "晚上再派", "下晝送嚟".
const PART_ASKED_AFTER = /^\s*(?:(再|才|先|就)\s*)?(送|派|配送|派送|送貨|送货)/;

// A fallback for when the wish cannot be met: "otherwise deliver in the afternoon", "不行的话下午", "唔得就下晝".
const FALLBACK =
  /\b(otherwise|if not|or else|failing that|if that'?s not possible|if (you|they) can'?t)\b|不行的话|不行的話|否则|否則|要不然|不然|唔得就|唔得嘅話|唔得的話|唔係就/i;

/**
 * The part of the day the words ask for: the first one named that is not turned down or said to be away. A part named
 * only as the fallback ("Tomorrow morning would be best, otherwise deliver in the afternoon") is not the one asked for
 * while another is named before it (review 31).
 */
function partAskedFor(text: string): (typeof PARTS)[number] | undefined {
  const all = PARTS.flatMap((part) =>
    [...text.matchAll(part.words)].map((m) => ({ part, at: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.at - b.at);
  const fallback = text.search(FALLBACK);
  const preferred = fallback < 0 ? all : all.filter(({ at }) => at < fallback);
  const named = preferred.length > 0 ? preferred : all;
  const open = named.filter(
    ({ at, end }) =>
      !PART_REFUSED_BEFORE.test(text.slice(Math.max(0, at - 12), at)) &&
      !PART_AWAY_AFTER.test(text.slice(end)) &&
      !PART_GONE_AFTER.test(text.slice(end)) &&
      !PART_AWAY_BEFORE.test(text.slice(Math.max(0, at - 24), at)),
  );
  // "她明天上午要去医院，能不能改成下午送": of two parts of the day, the one the change or the delivery is said of.
  const asked = open.find(
    ({ at, end }) =>
      PART_ASKED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || PART_ASKED_AFTER.test(text.slice(end)),
  );
  return (asked ?? open[0])?.part;
}

const LAST_FOUR = /\b(last|final) ?(4|four)\b/gi;

const pad = (n: number): string => String(n).padStart(2, '0');

// A tracking number in the words ("deliver SF1402837465921 to …"): read as "it", so the verb and its object meet.
const PARCEL_NUMBER = /\b[A-Z]{0,4}\d{8,}[A-Z]{0,3}\b|(?<![A-Za-z\d])[A-Z]{0,4}\d{8,}[A-Z]{0,3}(?![A-Za-z\d])/g;
const withoutParcelNumbers = (text: string): string => text.replace(PARCEL_NUMBER, 'it');
// A phone written in an address ("…1205 刘女士 电话13810012345"): kept as written — the address of 44b 08.3 read "电话it".
const PHONE_BEFORE = /(电话|電話|手机|手機|联系|聯絡|\b(tel|phone|mobile|call)\b)[\s:：]*$/i;
const withoutParcelNumbersKeepingPhones = (text: string): string =>
  text.replace(PARCEL_NUMBER, (found, ...rest) => {
    const at = rest.find((x): x is number => typeof x === 'number') ?? 0;
    return /^1[3-9]\d{9}$/.test(found) || PHONE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? found : 'it';
  });

// "…世纪大道100号，放前台就行", "…Shanghai. Just leave it at reception": the clause leaving it with the building's desk
// is no part of the address.
const withoutDeskClause = (text: string): string =>
  text
    // (Chinese clauses also end at a space: "觀塘道388號…18樓 前台代收 唔該" keeps the address — blind batch 36b: 15.5.)
    .split(/(?<=[，,。.!！?？;；])|(?<=\S)(?=\s+\p{Script=Han})/u)
    // ("…张江路88号3楼吧，送前打个电话": a call asked for first is no part of the address either; a clause that holds
    // the address too, "改送到…200号 然后叫快递员提前联系我", keeps it: the address ends before the call.)
    .filter((clause) => !buildingDeskIn(clause) && !(wantsCallFirst(clause) && !usableAddress(clause)))
    .join('');

/** What the words ask for, most specific first: a place to pick it up, another address, another time, speed. */
// Kept longer where it waits: "kept till 5 december", "keep it until the 5th", "hold it longer", "留到12月5号", "保留到下周".
const KEEP_UNTIL =
  /\b(kept|keep (it|the parcel|them)|hold (it|the parcel)|held)\b[^.?!]{0,20}\b(until|till|til|longer)\b|(保留到|保管到|留到|暫存到|暂存到)(?=[^，。,.!?！？]{0,4}(\d|月|下|明|後|后|星期|周|週|禮拜|礼拜|號|号))(?![^，。,.!?！？]{0,12}(再送|再派|送过来|送過來|送货|送貨))/i;

/**
 * The day a parcel is to be kept until: the date said after "till", "until", "留到" ("Meg might not make it saturday. can it
 * be kept till 5 december" is the 5th, not Saturday), as the NLU dated it in the courier's zone.
 */
function keptUntil(text: string, reading: Pick<NluResult, 'entities'>): string | undefined {
  const at = text.search(KEEP_UNTIL);
  if (at < 0) return undefined;
  const after = reading.entities.dates.find((d) => text.indexOf(d.text, at) >= at);
  return after?.start.slice(0, 10) ?? deliveryWindow(text, reading).date;
}

// The phone not answered: "won't pick up", "doesn't pick up the phone", "not picking up", "唔聽電話", "不接电话".
const PHONE_NOT_ANSWERED =
  /\b(won'?t|doesn'?t|don'?t|didn'?t|isn'?t|not|never|can'?t|cannot) (be )?(pick(ing|s)?|answer(ing|s)?) (it )?up\b( (the|her|his|my) (phone|calls?))?|\b(won'?t|doesn'?t|don'?t|not) (pick(ing)? up|answer(ing)?) (the |her |his |my )?(phone|calls?)\b|(唔聽|不接|没接|沒接|冇接)(电话|電話)/gi;

export function deliveryChangeKind(said: string, reading: Pick<NluResult, 'entities'>): DeliveryChangeKind | undefined {
  // ("算了不放网点了，还是原定那天送，改成晚上8点以后": the hold called off is no hold asked for.)
  // ("forget the locker, hold it at your station": the locker turned down is no place asked for; "帮我看两个单…客户都在
  // 催", "my client keeps chasing me": someone else pressing the customer asks the courier for nothing.)
  // ("…if it can't be delivered, send it back": the fallback is no delivery asked for — return-fallback.ts.)
  // ("she's travelling and won't pick up": the phone not answered — no parcel collected; blind batch 49a: 02.5.)
  const text = withoutRefusedPlaces(withoutParcelNumbers(withoutOthersUrging(withoutReturnFallback(said))))
    .replace(HOLD_CALLED_OFF, ' ')
    .replace(PHONE_NOT_ANSWERED, ' ');
  // The waybill's name or phone, or a return to the sender: said with delivery words ("…and deliver it") all the same.
  if (asksLabelCorrection(text)) return 'correct_label';
  // ("催一下，实在不行就退回来": the return is a fallback, noted on the chase — return-fallback.ts.)
  if (asksReturnToSender(text) && !returnAsFallback(text)) return 'return_to_sender';
  // "还是送我家吧，我让物业代收": brought home, where the property management takes it in — no hold (blind 23: 19.4).
  // ("can the courier just leave it with the security guard?": brought as planned, left with the guard.)
  // ("能改送到我公司吗 上海市…100号，放前台就行": an address named as well is that change, the desk noted on it.)
  const elsewhere = ADDRESS_NAMED.test(text) || TO_A_PLACE.test(text) || usableAddress(newAddress(text, false) ?? '');
  if (leftWithProperty(text) || buildingDeskIn(text)) return elsewhere ? 'change_address' : 'redeliver';
  // ("can it be kept till 5 december", "留到12月5号": kept longer where it waits — a hold to that day, never a delivery
  // on another; blind batch 49a: 04.5 had a Saturday delivery ordered for a customer in hospital.)
  if (KEEP_UNTIL.test(text)) return 'hold';
  if (CONVENIENCE_BRAND.test(text) || CONVENIENCE.test(text) || LOCKER.test(text)) return 'hold';
  if (HOLD_WORDS.test(text) || AT_YOURS.test(text) || (OUTLET.test(text) && !ADDRESS_WORDS.test(text))) return 'hold';
  // "送到公司" is another address; "后天中午12点前送到" another time.
  // "再送過嚟 沙田第一城": again, but to an address the words name.
  // ("可唔可以再寄過嚟俾我 我要收返": words after 寄過嚟 about the wish name no place — again, to the same address;
  // blind batch 18 28.3.)
  const written = newAddress(text, false);
  const place = written && (usableAddress(written) || !NOT_A_PLACE.test(written.replace(LIVES_IN, ''))) ? written : '';
  const again = REDELIVER_WORDS.test(text) && !place;
  // ("我明天不在家 能改个地址送到公司吗": the address named outright, the day is only when they are out — blind-12 06.3.)
  // ("明天能不能改送到公司 地址 上海市浦东新区张江路100号": an address written out is the change, the day only when.)
  // ("I won't be home tomorrow… can you send it to my office instead": a day they are away is no day asked for.)
  // ("can you take it to my office tomorrow": a place named as where it goes is the change, the day only when.)
  const dated =
    deliveryDays(text, reading).length > 0 &&
    !ADDRESS_NAMED.test(text) &&
    !TO_A_PLACE.test(text) &&
    !(written && usableAddress(written));
  // ("can i change it to my office address": the place it should go, named.)
  const elsewhereAsked = ADDRESS_WORDS.test(text.replace(ARRIVAL_ONLY, ' ')) || TO_A_PLACE.test(text);
  if (elsewhereAsked && !again && !dated) return 'change_address';
  if (REDELIVER_WORDS.test(text)) return 'redeliver';
  // ("客人催緊", "my client is in a hurry": someone else pressing is why they ask, no request to speed it up.)
  const own = withoutOthersUrging(text);
  if ((EXPEDITE_WORDS.test(own) || CHASE_WORDS.test(own)) && !hurriesTransfer(text)) return 'expedite';
  if (reading.entities.demand === 'redelivery' || deliveryDays(text, reading).length > 0) return 'redeliver';
  return undefined;
}

// "送我家", "送返屋企", "deliver it home", "bring it to my home": the parcel brought home, as its waybill has it.
const HOME =
  /(送|派|寄)(回|返|到|去)?(我|我的|我嘅)?(家|屋企)|\b(deliver|bring|send|take)\b[^.?!]{0,12}\b(home|my (place|flat|apartment|house))\b/i;
// "物业代收", "管理處代收", "交俾保安", "leave it with the concierge": who takes it in there.
const PROPERTY =
  /(物业|物業|管理处|管理處|管理室|管理员|管理員|保安|门卫|門衛|前台|前檯|大堂)[^，。,.!?！？]{0,4}(代收|代签|代簽|签收|簽收|收)|(交|放|留)(给|給|俾|畀)?(物业|物業|管理处|管理處|管理室|保安|门卫|門衛|门岗|門崗|传达室|傳達室|收发室|收發室|前台|前檯)|\b(leave|give|hand)\b[^.?!]{0,10}\b(with|to) (the )?(concierge|doorman|security|guard|property management|building management|management office|front desk|reception)\b/i;

/** The parcel is wanted home, left with the building's property management (concierge, guard, front desk). */
// ("bring SF1402837465921 to my home": the number read as "it", so the verb and "home" meet.)
export const leftWithProperty = (text: string): boolean => HOME.test(withoutParcelNumbers(text)) && PROPERTY.test(text);

/** Where a held parcel should wait, and the place's name when the customer gave one. */
export function holdPlace(said: string): { place?: HoldPlace; placeName?: string } {
  // ("NOT a locker, I said the station": the station.)
  const text = withoutRefusedPlaces(said);
  const brand = CONVENIENCE_BRAND.exec(text)?.[0];
  // "7-11取貨…高雄大順門市": which 7-11.
  const store = brand ? NAMED_OUTLET.exec(text.replace(brand, ' '))?.[1] : undefined;
  if (brand) return { place: 'convenience_store', placeName: store ? `${brand} ${store}` : brand };
  const pointed = pointedPlace(text);
  if (CONVENIENCE.test(text)) return { place: 'convenience_store', ...(pointed ? { placeName: pointed } : {}) };
  if (LOCKER.test(text)) return { place: 'locker', ...(pointed ? { placeName: pointed } : {}) };
  const named = NAMED_OUTLET.exec(text)?.[1];
  if (named) return { place: 'outlet', placeName: named };
  if (OUTLET.test(text) || AT_YOURS.test(text)) return { place: 'outlet' };
  return {};
}

/** Clock times in the words, in order, as minutes after midnight. */
function clockTimes(text: string, reading: Pick<NluResult, 'entities'>): number[] {
  const times: number[] = [];
  for (const mention of reading.entities.dates) {
    const time = mention.start.slice(11, 16);
    // ("3pm not 3am": the time turned down is none.)
    const turnedDown = new RegExp(`\\bnot\\s+${mention.text.replace(/[^\w]/g, '.')}`, 'i').test(text);
    if (time !== '00:00' && /\d/.test(mention.text) && !turnedDown) {
      const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
      if (!times.includes(minutes)) times.push(minutes);
    }
  }
  const part = partAskedFor(text);
  const pm = part ? part.after >= '12:00' : /pm|afternoon|evening|tonight/i.test(text);
  const extra = [...text.matchAll(CLOCK_ZH)].map((m) => zhHour(m[1] as string) * 60 + (m[2] ? 30 : 0));
  if (!/[点點时時]/.test(text))
    for (const m of text.matchAll(CLOCK_EN)) {
      const hour = Number(m[1]);
      // ("after 8", "before 11", "until 5": an hour after the word that makes it one; a bare "8", or "by 6", may be
      // anything.)
      const led = /\b(after|past|before|until|till)\s*$/i.test(text.slice(0, m.index));
      // ("not 2am, 2pm": the time turned down is none.)
      if (/\bnot\s*$/i.test(text.slice(0, m.index))) continue;
      // ("14:00-18:00": a 24-hour clock time, with its minutes.)
      if (hour > 23 || (hour > 12 && !m[2]) || (!m[3] && !m[2] && !led && !/between|from|to|-|–/i.test(text))) continue;
      extra.push((m[3]?.toLowerCase() === 'pm' && hour < 12 ? hour + 12 : hour) * 60 + Number(m[2] ?? 0));
    }
  for (let minutes of extra) {
    // "下午3点到5点": the second time is in the afternoon too.
    if (pm && minutes < 12 * 60 && (times.length === 0 || (times[0] as number) >= 12 * 60)) minutes += 12 * 60;
    if (!times.includes(minutes)) times.push(minutes);
  }
  return afternoonHours(text, times)
    .filter((m) => m < 24 * 60)
    .sort((a, b) => a - b);
}

// The morning said: "am", "morning", "早上", "上午", "上晝", "朝早".
const MORNING = /\b(am|a\.m\.|morning)\b|早上|上午|上晝|上昼|朝早|朝頭早|朝头早|凌晨|清晨|清早|早晨/i;

/**
 * "not home till after 3", "3点以后": an hour before the couriers start (1–7), with no morning said and no morning
 * hour beside it, is the afternoon's — blind batch 46a: 04.2 went to the station as 03:00. ("7 to 9", "明天7点到9点",
 * "上晝7點半" stay in the morning — a stranger's review of session 46.)
 */
function afternoonHours(text: string, times: number[]): number[] {
  const early = (m: number) => m >= 60 && m < 8 * 60;
  const morningHour = times.some((m) => m >= 8 * 60 && m < 12 * 60);
  if (MORNING.test(text) || morningHour) return times;
  return [...new Set(times.map((m) => (early(m) ? m + 12 * 60 : m)))];
}

/**
 * The words around a date say the customer is not there then ("聽日我唔喺屋企", "I'm not home tomorrow"). The
 * NLU's date text is Simplified and lower case.
 */
// "昨天", "琴日", "上周五", "yesterday", "last Friday": a day gone by — when something happened, never a day to deliver on.
const PAST_DAY =
  /昨天|昨日|琴日|尋日|寻日|噚日|前天|前日|上周|上週|上星期|上个|上個|上礼拜|上禮拜|\byesterday\b|\blast\b|\bday before\b/i;

/**
 * The days the message names that could be days to deliver on: not one the customer is away, nor one gone by ("他昨天
 * 突然住院了，可以改送到醫院嗎" asks for no delivery yesterday — blind batch 33: 25.2 was booked for the day before).
 */
function deliveryDays(text: string, reading: Pick<NluResult, 'entities'>): NluResult['entities']['dates'] {
  // ("柜子要钱吗 我后天晚上才能去拿", "I can only pick it up on friday": when the customer collects it, no delivery day —
  // blind batch 46b: 08.4 turned a locker into a Wednesday-evening delivery.)
  if (COLLECTS.test(text)) return [];
  return reading.entities.dates.filter(
    (d) => !refusedDay(text, d.text) && !PAST_DAY.test(d.text) && !happenedOn(text, d.text),
  );
}

// The customer collecting it themselves: "才能去拿", "自己去取", "去攞", "I'll pick it up", "can only collect it".
const COLLECTS =
  /(才能|才可以|先|自己|我)(去|来|來|過去|过去)?(拿|取|攞|领|領)(件|快递|快遞|包裹)?(?!消|走了|走咗)|\b(i'?ll|i will|i can|i can only|i'?m going to) (go and )?(collect|pick (it|them) up|pick up)\b/i;

// "the complaint from friday", "i rang on friday", "friday is when i called", "周五打的电话", "禮拜五投訴咗": the day
// something happened, told — never a day to deliver on (blind batch 46a: 04.5 booked Friday).
const HAPPENED_BEFORE =
  /\b(from|since)\s+(last\s+)?$|\b(rang|rung|called|phoned|complained|spoke|talked|wrote|emailed)\s+((you|them|up|to you|to them|your (hotline|office|colleague))\s+)?(on\s+)?(last\s+)?$/i;
const HAPPENED_AFTER = /^\s*('s|\s*is|\s*was) when\b|^\s*(打的|打过|打過|打了|打咗|投诉|投訴|申诉|申訴|报的|報嘅)/i;
function happenedOn(text: string, dateText: string): boolean {
  const words = toSimplifiedDateWords(text).toLowerCase();
  const places = placesOf(text, dateText);
  return (
    places.length > 0 &&
    places.every(
      (at) => HAPPENED_BEFORE.test(words.slice(0, at)) || HAPPENED_AFTER.test(words.slice(at + dateText.length)),
    )
  );
}

/** The days (YYYY-MM-DD) the words name to deliver on, in order: not a bare time, a day refused, away or gone by. */
export const deliveryDaysNamed = (text: string, reading: Pick<NluResult, 'entities'>): string[] =>
  deliveryDays(text, reading)
    .filter((d) => DAY_WORD.test(d.text))
    .map((d) => d.start.slice(0, 10));

// "我要的是", "我说的是", "我話", "I meant", "I said": what follows is the day the customer means, whatever they named
// before it ("明天是24号 我要的是后天 25号下午" — blind batch 34a 08.4).
// ("你哋話禮拜六送 而家可唔可以改禮拜日", "change it to sunday": the day it is changed to — a review of session 46.)
const MEANT =
  /我要的是|我要嘅係|我要嘅系|我(说|說|讲|講)的是|我(讲|講|话|話)(咗|过|過)?(係|系)?|改(到|成|为|為|做|去)?(?=\s*(今|明|后|後|聽|听|周|週|星期|禮拜|礼拜|\d))|\bi (meant|said|asked for|wanted)\b|\b(change|move) (it |the day |the delivery )?to\b/i;

// A delivery asked for right after the day: "后天再送", "周四送吧", "聽日夜晚派" is not (a time between) — "…再送", "…送过来".
const DAY_THEN_DELIVERY = /^\s*(再|才|先|就)?(送|派|配送|派送)/;

/** The day mention the customer means: the first after "I meant", or the first that names a day. */
function meantDay(
  text: string,
  days: NluResult['entities']['dates'],
): NluResult['entities']['dates'][number] | undefined {
  const marker = MEANT.exec(text);
  const simplified = toSimplifiedDateWords(text).toLowerCase();
  const after = marker
    ? days.find((d) => DAY_WORD.test(d.text) && simplified.indexOf(d.text.toLowerCase(), marker.index) >= 0)
    : undefined;
  // ("says arriving tomorrow but im at work all day tomorrow. can it come wed evening": a day the customer is away
  // at any mention is not the one meant when another is named — blind batch 39b: 01.2 booked tomorrow.)
  const named = days.filter((d) => DAY_WORD.test(d.text));
  // (A clock time alone names no day: "after 6pm", "3pm not 3am" — the NLU dates it today, which the customer did not
  // say; blind batches 46a: 04.4, 46b: 01.4 were booked for today. "in 2 days", "三天后" name one.)
  // ("明天我要去医院陪老伴看病，家里没人，能不能后天再送呀": the day the delivery verb follows is the one asked for —
  // blind batch 52a: 08.2 was booked for tomorrow.)
  const deliveredOn = named.find((d) =>
    DAY_THEN_DELIVERY.test(simplified.slice(simplified.indexOf(d.text.toLowerCase()) + d.text.length)),
  );
  return (
    after ??
    deliveredOn ??
    named.find((d) => !awayAnywhere(text, d.text)) ??
    named[0] ??
    days.find((d) => d.start.slice(11, 16) === '00:00')
  );
}

// "不是24号", "唔係24號", "not the 24th": the day named to say it is not the one.
const NOT_THIS_DAY = /(不是|唔系|唔係|不要|唔要|\bnot( on)?( the)?|\bno,? not( the)?)\s*$/i;

// "今天送不到就算了", "today's not possible then": the day let go, as the bot said it cannot be (blind batch 54b: 09.7
// booked today's morning from "…今天送不到就算了！明天上午…").
const DAY_LET_GO =
  /^\s*(送不到|送唔到|到不了|到唔到|来不及|來不及|赶不上|趕不上|不行|唔得)(的话|的話|就|都)?[^，。,.?？!！]{0,3}(算了|算啦|算數|算数)/;

/** The words name the day only to refuse it: "唔係24號呀", "not the 24th", "明天能不能别送", "I'm out tomorrow". */
function refusedDay(text: string, dateText: string): boolean {
  const words = toSimplifiedDateWords(text).toLowerCase();
  const at = words.indexOf(dateText.toLowerCase());
  return (
    (at >= 0 && NOT_THIS_DAY.test(text.slice(0, at))) ||
    (at >= 0 && DAY_LET_GO.test(words.slice(at + dateText.length))) ||
    awayOn(text, dateText)
  );
}

/** Where the words name the day, each time ("says arriving tomorrow but im at work all day tomorrow": twice). */
function placesOf(text: string, dateText: string): number[] {
  const words = toSimplifiedDateWords(text).toLowerCase();
  const wanted = dateText.toLowerCase();
  const found: number[] = [];
  // (A few at most: a message padded with the same day word is not read a thousand times over.)
  for (let at = words.indexOf(wanted); at >= 0 && wanted && found.length < 4; at = words.indexOf(wanted, at + 1))
    found.push(at);
  return found;
}

const awayAt = (text: string, dateText: string, at: number): boolean =>
  AWAY_AFTER.test(text.slice(at + dateText.length)) || AWAY_BEFORE.test(text.slice(0, at));

/** Where the words first name the day, they say the customer is away then. */
function awayOn(text: string, dateText: string): boolean {
  const [at] = placesOf(text, dateText);
  return at !== undefined && awayAt(text, dateText, at);
}

// "out tomorrow morning", "working tomorrow until 2", "明天上午不在": away for part of the day only.
const PART_OF_DAY =
  /^\s*(morning|afternoon|evening|night|until|till|before|after|from|\d|上午|下午|早上|晚上|中午|傍晚|朝早|上晝|下晝|夜晚|晚黑|[0-9一二两兩三四五六七八九十]+\s*[点點时時])/i;

/** Anywhere the words name the day, they say the customer is away the whole of it. */
const awayAnywhere = (text: string, dateText: string): boolean =>
  placesOf(text, dateText).some(
    (at) => awayAt(text, dateText, at) && !PART_OF_DAY.test(text.slice(at + dateText.length)),
  );

// "周六我在家", "星期六先有人", "I'm home on Saturday": the day named is one the customer is in.
const HOME_AFTER =
  /^\s*(?:(我|我们|我們|家里|家裡|屋企|i'?m|i am|i'?ll be|we'?re|someone'?s|somebody'?s)\s*)?(?:(都|才|先|就|会|會)\s*)?(在家|有人|喺屋企|喺度|得閒|有空|(home|in|around|free)\b)/i;
const HOME_BEFORE = /\b(i'?m|i am|i'?ll be|we'?re|someone'?s|somebody'?s|be) (home|in|around|free)( on)?\s*$/i;

function homeOn(text: string, dateText: string): boolean {
  const at = toSimplifiedDateWords(text).toLowerCase().indexOf(dateText.toLowerCase());
  if (at < 0) return false;
  return HOME_AFTER.test(text.slice(at + dateText.length)) || HOME_BEFORE.test(text.slice(0, at));
}

/**
 * "改到后天送吧 周六我在家": a day asked for and another the customer says they are in — two different days, so which
 * is meant is asked rather than guessed (blind-14 06.3). Undefined when the words name no such pair.
 */
export function dayClash(text: string, reading: Pick<NluResult, 'entities'>): DeliveryChangeDraft['clash'] {
  const days = reading.entities.dates.filter((d) => DAY_WORD.test(d.text));
  const home = days.find((d) => homeOn(text, d.text));
  const asked = days.find((d) => !homeOn(text, d.text) && !awayOn(text, d.text));
  if (!home || !asked) return undefined;
  const [homeDay, askedDay] = [home.start.slice(0, 10), asked.start.slice(0, 10)];
  return homeDay === askedDay ? undefined : { asked: askedDay, home: homeDay };
}

/** The words ask for a delivery at a time ("redeliver it tomorrow", "聽日再派", "改到周六送"), not only name a day. */
export const asksDeliveryTime = (said: string): boolean => REDELIVER_WORDS.test(withoutParcelNumbers(said));

/** The words name a day ("周六", "tomorrow", "24号"), not only a time of day (which the NLU dates today). */
export const namesDay = (reading: Pick<NluResult, 'entities'>): boolean =>
  reading.entities.dates.some((d) => DAY_WORD.test(d.text));

/** The days (YYYY-MM-DD) the words say the customer is not there: "聽日我唔喺屋企", "I'm out on Friday". */
export function awayDays(text: string, reading: Pick<NluResult, 'entities'>): string[] {
  return reading.entities.dates.filter((d) => awayOn(text, d.text)).map((d) => d.start.slice(0, 10));
}

// The Traditional characters the date words use, so that a date the NLU found is found in the customer's text.
const DATE_CHARS: Record<string, string> = {
  聽: '听',
  後: '后',
  晝: '昼',
  尋: '寻',
  號: '号',
  週: '周',
  禮: '礼',
  點: '点',
  時: '时',
};
const toSimplifiedDateWords = (text: string): string =>
  text.replace(/[聽後晝尋號週禮點時]/g, (c) => DATE_CHARS[c] ?? c);

/** The day and window to deliver in: "tomorrow after 6pm", "明天下午3點到5點", "周六上午". */
export function deliveryWindow(
  text: string,
  reading: Pick<NluResult, 'entities'>,
): Pick<DeliveryChangeDetails, 'date' | 'after' | 'before'> {
  // (When the customer collects it is no window to deliver in: "我后天晚上才能去拿".)
  if (COLLECTS.test(text)) return {};
  // A day the customer says they are away is not the day they ask for ("聽日唔喺屋企，改後日下晝"), nor a day gone by.
  const dates = deliveryDays(text, reading);
  const day = meantDay(text, dates);
  const window: Pick<DeliveryChangeDetails, 'date' | 'after' | 'before'> = day ? { date: day.start.slice(0, 10) } : {};
  // "recipient last 4 4444": the 4 is no clock time.
  const times = clockTimes(withAmPm(text.replace(LAST_FOUR, ' ')), reading).map(
    (m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`,
  );
  if (times.length >= 2) return { ...window, after: times[0] as string, before: times.at(-1) as string };
  if (times.length === 1) {
    // ("not before 5", "I'm out until 3 in the afternoon": the time is when the customer can start to take it.)
    const before = BEFORE_WORDS.test(text) && !AFTER_WORDS.test(text) && !NOT_BEFORE.test(text);
    return { ...window, ...(before ? { before: times[0] as string } : { after: times[0] as string }) };
  }
  const part = partAskedFor(withAmPm(text));
  return part ? { ...window, after: part.after, before: part.before } : window;
}

// "not before 5", "out until 3", "at work till 6", "nobody is home until like 7pm" (blind batch 49b: 03.3), "不要5点前送":
// the hour is the earliest, not the latest.
const NOT_BEFORE =
  /\bnot (before|until|till)\b|\b(out|away|at work|working|not (home|in|back)|busy|(nobody|no one|noone|no-one)('?s| is)? (home|in|there|around))\b[^.?!]{0,20}\b(until|till)\b|(没人|沒人|冇人)[^，。,.]{0,6}(到|要到)?\d{1,2}\s*[点點][^，。,.]{0,2}(才|先)|(不要|别|別|唔好)[^，。,.]{0,4}\d{1,2}\s*[点點][^，。,.]{0,2}前/i;

// "2 in the afternoon", "8 o'clock in the morning", "10 at night": a clock time with its part of the day is "2pm",
// "8am", "10pm" — no window of the whole morning ("not 2 in the morning, 2 in the afternoon" became 14:00–12:00).
const HOUR_IN_PART =
  /\b(\d{1,2}(?::\d{2})?)\s*(?:o'?clock\s*)?(?:in the (morning)|in the (?:afternoon|evening)|at night|tonight)\b/gi;
const withAmPm = (text: string): string =>
  text.replace(HOUR_IN_PART, (_, clock: string, morning?: string) => `${clock}${morning ? 'am' : 'pm'}`);

// (One run of spaces before the address, the colon inside it: two runs side by side took time quadratic in their length
// when no address followed.)
const ADDRESS_EN =
  /(?:new address(?: is)?|address (?:to|is|should be)(?! (?:wrong|incorrect))|(?:office|work|company) (?:address )?is|deliver (?:it )?to|send (?:it )?to (?!me\b)|ship (?:it )?to (?!me\b)|(?:bring|take) (?:it )?to (?!me\b)|(?:change|update) (?:the |my )?(?:delivery |shipping )?address(?: (?:of|for) it)? to)\s*(?::\s*)?(.{4,})/i;
// ("你们到底能不能送到，我要赔偿": a comma after 送到 ends the clause — what follows is no address.)
const ADDRESS_ZH =
  /(?:新地址(?:係|是|为|為)?|(?<!新)地址(?=\s*[:：])|改(?:送货|送貨|收货|收貨|收件|派送|配送)?地址(?:去|到|做|成|为|為)|地址(?:改成|改为|改為|改去|改到|改做|换成|換成|换去|換去|是|係|为|為)|(?:改成|改为|改為|换成|換成)(?=\s*[\u4e00-\u9fff]{2,4}(?:省|市|区|區|县|縣))|改送(?:到|去)?|改寄(?:到|去)?|送到|寄到|送去|改到|送(?:過嚟|过来|過來)|寄(?:過嚟|过来|過來))\s*(?:[:：]\s*)?(?![，,。.!！?？])(.{4,})/;

/**
 * "漕溪北路88號嗎？收件人搬家了" → "漕溪北路88號": the text before the last question ("嗎？") that has a number after
 * every earlier question mark or particle. (Was /^(.*\d[^吗嗎呢?？]*)[吗嗎呢]\s*[？?]/, which took time quadratic in a
 * run of digits.)
 */
function textBeforeNumberedAsk(text: string): string | undefined {
  // (The number on the first line, as the pattern's "." read it.)
  const firstLineEnd = text.includes('\n') ? text.indexOf('\n') : text.length;
  const asks = [...text.matchAll(/[吗嗎呢]\s*[？?]/g)].reverse();
  for (const ask of asks) {
    const end = ask.index;
    let lastBreak = -1;
    for (const mark of '吗嗎呢?？') lastBreak = Math.max(lastBreak, end > 0 ? text.lastIndexOf(mark, end - 1) : -1);
    const digitsEnd = Math.min(end, firstLineEnd);
    for (let at = lastBreak + 1; at < digitsEnd; at += 1) if (/\d/.test(text.charAt(at))) return text.slice(0, end);
  }
  return undefined;
}

const ADDRESS_NOUNS =
  /\b(road|rd|street|st|avenue|ave|lane|floor|room|flat|building|block|tower|estate|district|village)\b|[省市区區县縣镇鎮乡鄉村路街道巷弄号號楼樓室栋棟座]|大厦|大廈|小区|小區|公司|学校|學校/i;

// What goes before or after an address without being part of it: "my office instead:", "我公司", ", instead",
// "another address instead? …", "…, Chaoyang instead?",
// "收件人尾号4444", "recipient, last 4 is 4444".
const ADDRESS_LEAD =
  /^(?:an?other|a different|a new|the new|new) (?:address|place)(?: instead)?\s*[?？:：,，.]\s*|^(?:(?:my|our|the) )?(?:(?:new )?(?:office|work|company|home|place|flat|apartment)(?: address)?\s*)?(?:instead\s*)?[:：,，]\s*|^(?:公司|屋企|办公室|辦公室)\s+|^(?:去|到)?(?:我的?|我们|我們)(?!住)(?:度|嗰度|公司|家|屋企|辦公室|办公室|新地址)?\s*[:：,，]?\s*/i;
// A thanks or please after an address is no part of it: "…18樓 唔該", "…Rd, thanks" (blind batch 36b: 15.5).
const THANKS_AFTER =
  /(?<![\s,，])[\s,，]*(?:唔該(?:晒|你)?|唔该|多謝|多谢|謝謝|谢谢|麻煩(?:你|晒)?|麻烦(?:你)?|\b(?:thanks|thank you|thx|pls|please)\b)[\s。.!！~～]*$/i;
const ADDRESS_TAIL =
  /(?<![\s,，])[\s,，]*(?:\binstead\b[?？!！.。]*\s*$|(?:(?:i'?m|i am|我係|我是|我系)\s*)?(?:(?:the )?(?:recipient|receiver|sender)\b|收件人|寄件人).*|(?:\blast (?:4|four)\b|尾[号號数數]|末[四4][码碼位]).*|(?:其他|其它|其餘|其余|其他嘢)[^，,。.]{0,4}(?:唔變|不變|不变|照舊|照旧|一樣|一样).*|\b(?:everything|all) else (?:is |stays )?(?:the same|unchanged)\b.*|(?<!酒)(?:啦|吧|喇|呀|啊|吖)[。.!！?？]*$)$/i;
// "送過嚟得唔得", "送到…可以吗": a question about the change where an address would start, not an address.
const QUESTION_LEAD = /^(?:得唔得|得不得|可唔可以|可不可以|可以[吗嗎]?|好唔好|行不行|行唔行|[吗嗎呀啊吖])[\s,，?？]*/;
// A sentence ends at its stop ("…, Wan Chai. Does redirecting cost anything?"), not at an abbreviation ("No. 5").
// (A Chinese full stop needs no space after it: "…世纪大道100号。明天上午我不在家" ends the address at 。.)
const SENTENCE_END = /(?<!\b(?:no|rd|st|ave|blk|bldg|rm|flr))(?:[.!?？]\s+|[。！]\s*)(?=[A-Za-z\u4e00-\u9fff])/i;

// A few words of place ("我公司", "公司", "my office") and a question mark, then "地址是…" or the address itself.
const PLACE_ASKED_THEN_ADDRESS =
  /^[^\d？?]{0,12}[？?]\s*(?:(?:新)?地址\s*(?:是|係|为|為|[:：])?\s*|(?:it'?s|it is|the address is)\s*:?\s*)?(.{4,})$/i;

// A clause that asks something: "改地址收钱吗", "要加钱吗？", "is that free?".
const ASKING_CLAUSE = /[吗嗎呢?？]\s*[，,；;。]?\s*$|^\s*(is|does|do|will|can|how much)\b/i;

const INSTEAD_ASKED = /\binstead\s*[?？]\s*[，,；;。]?\s*$/i;

/**
 * "新地址：…88号5楼，改地址收钱吗": the clauses of an address message that ask something (and hold no address) are no
 * part of the address — the question is answered on its own (the fee: delivery-change-turn.ts).
 */
function withoutAskingClauses(text: string): string {
  const clauses = text.split(/(?<=[，,；;])/);
  if (clauses.length < 2) return text;
  // (", Shanghai instead?" ends the address and asks nothing else: kept.)
  const kept = clauses.filter(
    (clause) => !(ASKING_CLAUSE.test(clause) && !INSTEAD_ASKED.test(clause) && !usableAddress(clause)),
  );
  return kept.length > 0 ? kept.join('').replace(/(?<![，,；;\s])[，,；;\s]+$/, '') : text;
}

// Where an address may end and a wish for the courier begin: a comma, a space, "and", "then", "然后", "同埋"…
// (A space alone joins only between Chinese words: in English it is inside the address — "88 Nanjing Rd".)
const WISH_JOIN =
  /[,，;；]\s*(?:(?:and|then|also|plus)\s+)?|(?<!\s)\s+(?:and|then|also|plus)\s+|(?<=[\u3400-\u9fff\d])\s+(?=[\u3400-\u9fff])|然后|然後|并且|並且|同埋|仲有|另外|顺便|順便/gi;

// After the address, another parcel spoken of or one to leave alone: "浦东新区张江路88号 北京那个不用动" (blind batch
// 43a: 09.4 took "北京那个不用动 我爸妈天天在家" into the new address).
const OTHER_PARCEL_AFTER =
  /^[\u4e00-\u9fff]{1,6}(那个|那個|嗰個|嗰件|嗰單|那件|那单|那單)|不用动|不用動|不动|不動|不改|唔使改|\b(the other one|leave the other)\b|\bthe \w+ one\b/i;

/**
 * "88 Nanjing Rd, Shanghai instead and have the courier call me", "中山路12號 然後請司機先打電話給我", "…100号，放门口":
 * the address without the call first or the courier's wish said after it (each is noted on the request by its own
 * reader); the words as they stand when no wish follows.
 */
function withoutWishAfter(address: string): string {
  const joins = [...address.matchAll(WISH_JOIN)];
  for (const [i, join] of joins.entries()) {
    const before = address.slice(0, join.index).trim();
    // (The words up to the next join: "…, Shanghai instead and have the courier call me" cuts at "and", not the comma.)
    const next = joins[i + 1]?.index ?? address.length;
    const words = address.slice(join.index + join[0].length, next);
    const wish =
      callMeIn(words) || refusesCall(words) || courierWishIn(words) !== undefined || OTHER_PARCEL_AFTER.test(words);
    if (before.length >= 2 && wish) return before;
  }
  return address;
}

/** The new address in "change the address to …", "改送到 …"; the whole message when it is the answer to the question. */
export function newAddress(said: string, asked: boolean): string | undefined {
  const text = withoutAskingClauses(withoutDeskClause(withoutParcelNumbersKeepingPhones(said)));
  // ("can u send it to my office instead, 1288 Lujiazui Ring Rd floor 23": the request is asked as a question — the
  // address after it is read from the words as they were; blind batch 55a: 01.4 asked for it again.)
  const asWritten = withoutParcelNumbersKeepingPhones(said);
  const captured =
    ADDRESS_EN.exec(text)?.[1] ??
    ADDRESS_ZH.exec(text)?.[1] ??
    (text !== asWritten ? ADDRESS_EN.exec(asWritten)?.[1] : undefined);
  const lead = captured?.split(SENTENCE_END)[0]?.replace(QUESTION_LEAD, '').replace(ADDRESS_LEAD, '');
  const found = (lead === undefined ? undefined : withoutWishAfter(lead))
    ?.replace(ADDRESS_TAIL, '')
    .replace(THANKS_AFTER, '')
    .trim()
    .replace(/(?<![。.!！,，])[。.!！,，]+$/, '');
  // "能不能送到我公司？地址是上海市…": a place asked about, then its address after the question mark (no space between).
  const afterAsked = found && PLACE_ASKED_THEN_ADDRESS.exec(found)?.[1];
  if (afterAsked && usableAddress(afterAsked)) return afterAsked.trim();
  // "deliver it to my office instead? it's 18F, 1288 Lujiazui Ring Rd": a place named, then its address in the next
  // sentence — that address (blind batch 22: 04.3).
  const spelled = found !== undefined && !usableAddress(found) ? addressSpelledAfter(captured ?? '') : undefined;
  if (spelled) return spelled;
  // What is left after the words around it may be nothing of an address ("我係").
  if (found !== undefined && found.length < 2 && !asked) return undefined;
  // "可以改送到漕溪北路88號嗎？收件人搬家了": the address is asked about, and ends at the question.
  const numbered = found && textBeforeNumberedAsk(found);
  if (numbered) return numbered.trim();
  // "能改成送到公司吗 上海市…": the address is what follows the question.
  const afterQuestion = found && /^[\u4e00-\u9fff]{0,4}[吗嗎呢][？?，,。\s]+(.{4,})$/.exec(found)?.[1];
  if (afterQuestion) return afterQuestion.trim();
  // "可以改送到公司嗎" asks whether, and names no address.
  if (found && !/[吗嗎呢]\s*[？?]?$/.test(found)) return found;
  // An answer to "what is the new address?" looks like one: numbers or address words, not "that's all, cheers".
  const whole = text.trim();
  // "地址我刚才不是发了吗！北京市…502。改地址要加钱吗？": the sentence that is an address, not the words around it.
  const sentence = asked ? whole.split(/[。！？!?]+|\.\s+/).find((s) => usableAddress(s.trim())) : undefined;
  if (sentence && sentence.trim() !== whole) return sentence.trim();
  const looksLikeAddress = /\d/.test(whole) || ADDRESS_NOUNS.test(whole);
  const bare = whole.replace(THANKS_AFTER, '').trim() || whole;
  return asked && whole.length >= 4 && looksLikeAddress ? bare : undefined;
}

// "it's", "the address is", "地址是", "係": the words that open an address spelled out in a sentence of its own.
const SPELLED_LEAD =
  /^(?:(?:and |so )?(?:it'?s|it is|that'?s|that is|(?:the )?(?:new )?address(?: is|:)|the office is|we'?re at|i'?m at)\s*:?\s*|(?:地址|新地址)?(?:是|係|为|為|[:：])\s*)/i;

/** A usable address in a sentence after the first ("…instead? it's 18F, 1288 …"), as the customer wrote it. */
function addressSpelledAfter(captured: string): string | undefined {
  for (const sentence of captured.split(SENTENCE_END).slice(1)) {
    const address = sentence
      .replace(SPELLED_LEAD, '')
      .replace(ADDRESS_TAIL, '')
      .trim()
      .replace(/(?<![。.!！,，])[。.!！,，]+$/, '');
    if (usableAddress(address)) return address;
  }
  return undefined;
}

// Where a courier can knock: a street and number, a building, a floor or flat — in any market's way of writing it
// (HK: street/building/floor/flat, TW: 路/街/號/樓, CN: 路/号/室). A district, estate or city alone is none of these.
const STREET_LEVEL =
  /\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|floor|flr|flat|room|rm|unit|block|blk|building|bldg|tower|house|no\.?)\b|(?<!\d)\d+\s*\/\s*f\b|[路街道巷弄衖號号樓楼室座棟栋层層]|大厦|大廈|中心|广场|廣場|花园|花園|苑|邨|村\d/i;
// "我住觀塘", "I live in Kwun Tong": the words around a place that is only an area.
const LIVES_IN = /^(?:我?(?:住|家)(?:喺|在|係|是)?|我在|i (?:live|stay|am|'m) (?:in|at)|i'm in)\s*/i;

// Words no place name holds: persons, giving and wanting ("俾我", "我要收返", "give it to me").
// (Nor the address judged: "地址是對的", "地址冇錯", "the address was correct" — it stands; blind batch 23: 22.6.)
const NOT_A_PLACE =
  /[我你佢他她]|俾|畀|給|给|收返|[要想]|\b(me|my|you|i|want|give|send|it)\b|(对|對|没错|沒錯|冇錯|正确|正確|无误|無誤)(的|嘅|啊|呀|㗎)?$|\b(right|correct|fine|ok)\b/i;

/** An address the courier can deliver to: a street-level detail and a number, not an area alone. */
export function usableAddress(address: string): boolean {
  return (
    (STREET_LEVEL.test(address) &&
      /\d|(?<![一二三四五六七八九十百])[一二三四五六七八九十百]+[號号樓楼]/.test(address)) ||
    RURAL.test(address)
  );
}

/** The clause of the words that names a village of a town ("顺义区北小营镇前鲜鱼村村委会门口"), if one does. */
const villageClause = (text: string): string | undefined =>
  text
    .split(/[\s，,。；;！!？?]+/)
    .map((clause) => clause.trim())
    .find((clause) => RURAL.test(clause));

// A village of a town, where addresses have no street or number: "顺义区北小营镇前鲜鱼村村委会门口", "X鄉Y村3組" (blind
// batch 50b: 09.4 was asked for a street and a number three times).
// (A named town and a named village: never "城乡结合部的村里", "乡下农村" — a review of session 49.)
// (With a landmark or a number after the village — "村委会门口", "村口", "3组", "12号" — never "李家镇张村附近上班", where
// someone works, nor a village name alone: a review of session 49.)
const RURAL =
  /[\u4e00-\u9fff]{2,6}(?<![城下])(镇|鎮|乡|鄉)(?![下村])[\u4e00-\u9fff]{1,6}(?<![农農的里裡])(村|屯)(村委会|村委會|委会|委會|口|小学|小學|[\d一二三四五六七八九十]+(组|組|号|號|队|隊))(?![^，。,.\s]{0,6}(附近|上班|工作))/;

/** Everything the words say about a request of the given kind (the kind read from them when not given). */
// "改个地址吧，改成北京市朝阳区望京西路48号院3号楼1单元502，收件人不变": with a change of address asked, a clause that
// is a whole address after "改成" is the new one (blind 27: 15.3 — it was asked for again after the last 4).
const CLAUSE_LEAD = /^(改成|改为|改為|换成|換成|改去|就送|送去)\s*/;
const addressClause = (text: string): string | undefined =>
  clausesOf(withoutParcelNumbers(text), 'punctuation only')
    .filter((c) => CLAUSE_LEAD.test(c))
    .map((c) => c.replace(CLAUSE_LEAD, '').trim())
    .find((c) => usableAddress(c));

// The request said after the address: " 改一下派送地址", " 帮我改送", " please change it".
const REQUEST_AFTER_ADDRESS =
  /(?<![\s，,])[\s，,]{1,3}(请|請|麻烦|麻煩|帮我|幫我|唔該)?(改一下|改下|改|换|換|送)(一下)?[^\d]{0,8}$|(?<![\s,])[\s,]{1,3}(please )?(change|update|send) (it|the address)[^\d]{0,12}$/i;

export function readDeliveryChange(
  text: string,
  reading: Pick<NluResult, 'entities'>,
  options: { kind?: DeliveryChangeKind; askedAddress?: boolean; askedLabel?: boolean; area?: string } = {},
): { kind?: DeliveryChangeKind; details: DeliveryChangeDetails; area?: string } {
  const kind = options.kind ?? deliveryChangeKind(text, reading);
  const details: DeliveryChangeDetails = {};
  if (kind === 'hold') {
    Object.assign(details, holdPlace(text));
    // (Kept until a day: that day goes with the hold.)
    const until = keptUntil(text, reading);
    if (until) details.date = until;
    // (Kept longer where it waits: the station, unless a place is named — no "where should we hold it?" again.)
    if (until && !details.place && !details.placeName) details.place = 'outlet';
  }
  if (kind === 'redeliver') Object.assign(details, deliveryWindow(text, reading));
  if (kind === 'correct_label') Object.assign(details, labelCorrectionIn(text, reading, options.askedLabel));
  // "chase it, I need it before Friday, contact me on …": the day it is needed by and the phone to reach them on.
  if (kind === 'expedite') Object.assign(details, chaseDetails(text, reading, deliveryWindow(text, reading).date));
  if (kind === 'change_address') {
    const given = newAddress(text, options.askedAddress ?? false) ?? addressClause(text);
    // The area given before ("觀塘"), then the street and flat: one address, the area first.
    const joined = given && options.area && !given.includes(options.area) ? `${options.area} ${given}` : given;
    // ("村口就是我们村口啊 顺义区北小营镇前鲜鱼村村委会门口 今天能送不": the village's clause, not the words around it.)
    const village = joined && !(STREET_LEVEL.test(joined) && /\d/.test(joined)) ? villageClause(joined) : undefined;
    const address = village ?? joined;
    // "我住觀塘": an area, kept, and the rest of the address asked for.
    if (address && !usableAddress(address)) {
      // ("村口，加钱也行": the place, not the clause after it — blind batch 50b: 09.2.)
      const place = address
        .replace(LIVES_IN, '')
        .split(/[，,。；;]/)[0]
        ?.trim();
      const area = place || address;
      // ("再寄過嚟俾我 我要收返": words about the wish, not a place — nothing to say back as the area; blind batch 18: 28.3.)
      return NOT_A_PLACE.test(area) ? { kind, details } : { kind, details, area };
    }
    // ("单位地址是朝阳区建国路88号 改一下派送地址": the request's own words after the address are no part of it — blind
    // batch 49b: 10.3.)
    if (address) details.address = address.replace(REQUEST_AFTER_ADDRESS, '').trim() || address;
    // "…and after 6pm": when to bring it there. A bare time names no day of its own here.
    else {
      const { date, ...times } = deliveryWindow(text, reading);
      const day = reading.entities.dates.some((d) => DAY_WORD.test(d.text)) ? date : undefined;
      Object.assign(details, times, day ? { date: day } : {});
    }
  }
  return { ...(kind ? { kind } : {}), details };
}

// "先打電話給我", "call me before you come", "打俾我先", "ring me first": a call before the courier comes — a call,
// and before (not "my phone is …", nor "call me back"). Not "don't call me", nor "you never call" (a complaint).
// ("can the driver ring him first", "phone my son before he comes": the recipient the customer writes for — 35a 02.3.)
const CALL_ME =
  /\b(call|phone|ring|text)\s+(me|us|him|her|the recipient|my (mum|mom|mother|dad|father|wife|husband|son|daughter|friend|partner|boyfriend|girlfriend|brother|sister|colleague))\b|\bgive (me|us|him|her) a (call|ring)\b|打(个|個)?(电话|電話)|(来|來)(个|個|一?通)(电话|電話)|打(俾|畀|给|給)(我|佢|他|她|收件人|收貨人|收货人)|致电|致電|联系我|聯絡我|聯繫我/i;
const callMeIn = (words: string): boolean => CALL_ME.test(words) || CALL_MY_NUMBER.test(words);
// ("phone me when the driver is downstairs", "ring me once he gets here": before the parcel is brought up.)
// ("你们之前说会有人联系我": what was said before, no call before delivery — blind batch 54b: 08.1 took a call-first request.)
const BEFORE_ONLY =
  /先(?!前)|(?<!你们|你們|你哋|你地|佢哋|他们|他們)(之前|以前)(?!(答应|答應|承诺|承諾|投诉|投訴|打过|打過))|(送|派|到)(货|貨|件)?前|提前|\b(first|before|beforehand|ahead|in advance)\b|\b(when|once) (he|she|they|you|the (driver|courier|rider))\s*('s|is|are|gets?|arrives?|reach(es)?|comes?)\b/i;
// "have the courier call me", "叫快递员打给我": the courier who brings it is to call — before they come.
const COURIER_CALLS =
  /\b(have|ask|get|tell|let) (the |your )?(courier|driver|delivery (guy|man|person)|rider)( to)? (call|phone|ring)\b|(叫|让|讓|请|請|麻烦|麻煩)(快递员|快遞員|速遞員|速递员|派件员|派件員|司机|司機|师傅|師傅|小哥)[^，。,.]{0,3}(打|致电|致電|联系|聯絡|聯繫)/i;
const callBefore = (words: string): boolean => BEFORE_ONLY.test(words) || COURIER_CALLS.test(words);
const NO_CALL =
  /\b(don'?t|do not|never|no need to|didn'?t)\b.{0,12}\b(call|phone|ring)|(不要|别|別|唔好|唔使|不用|不必|没有|沒有|冇|从来不|從來不|都不)[^，。,.!?！？]{0,4}(打|致|联|聯)/i;
// The number as the customer wrote it: "0912345678", "+852 9876 5432", "139-1234-5678".
const WRITTEN_PHONE = /\+?\d[\d\s-]{6,}\d/g;

// "Can you…", "麻烦…", "可唔可以…": a question that asks for something, not about what happens anyway.
// ("the driver has to CALL her before he comes, thats what i want": "what" is no question there — 44b: 01.4.)
// ("i already said?? call me before delivering": the call said as an order at the head of a sentence — 45b: 02.5.)
const ASKS_FOR =
  /\b(can|could|would|please|pls|make sure|has to|must|needs to|what i want)\b|(^|[.!?？。,，]\s*)(just |so )?(call|ring|phone) (me|us|him|her)\b|能不能|能否|可不可以|可以|可唔可以|得唔得|麻烦|麻煩|请|請|帮我|幫我|记得|記得|要/i;

/**
 * "送之前先给我打个电话", "have the driver ring me first", "can the driver call me before coming?": a call before the
 * courier comes is asked for, with or without a number — not "don't call me", "call me back", nor a question about
 * what the courier does anyway ("will the courier call me first?", answered from the rules: change-questions.ts).
 */
// "到现在一个电话没有", "nobody called me": a call that never came, told — no call asked for (54b: 08.1).
const CALL_NEVER_CAME =
  /(一个|一個|一通|個)?(电话|電話)(都|也)?(没有|沒有|冇|没打|沒打|未打)|(没|沒|冇)(有)?(人)?(打|联系|聯繫|聯絡)(过|過|咗)?(我|俾我|给我|畀我)|\b(nobody|no one|no-one|noone)( ever)? (called|rang|phoned|contacted)\b|\bnever (called|rang|phoned)\b/i;

const CALL_BEFORE_DELIVERY =
  /(送|派|到)(货|貨|件)?(之)?前|先(打|call|致电|致電|联系|聯絡)|\bbefore (you |he |she |they |the (driver|courier) )?(deliver\w*|com\w*|arriv\w*|drop\w*)\b|\bcall me first\b/i;

export function wantsCallFirst(text: string): boolean {
  const words = withoutParcelNumbers(text);
  // (A call before delivery asked in the same breath stands: "明天送之前先打个电话给我 上次没人打给我" — a review of 217df6f.)
  if (CALL_NEVER_CAME.test(words) && !ASKS_FOR.test(words) && !CALL_BEFORE_DELIVERY.test(words)) return false;
  // ("送之前打我电话别打她的", "call my number, not hers": the other person turned down, the call still asked.)
  if (NO_CALL.test(withoutOthersNotCalled(text)) || !callMeIn(words) || !callBefore(words)) return false;
  return !asksQuestion(text) || ASKS_FOR.test(words);
}

/** "don't call", "不用打电话了", "唔使打俾我": a call turned down (another person turned down is no such refusal). */
export const refusesCall = (text: string): boolean => NO_CALL.test(withoutOthersNotCalled(text));

/**
 * The phone the customer asks the courier to call before delivering ("那可以先打電話給我嗎 0912345678"), as they
 * wrote it; undefined when the message asks for no call or gives no number.
 * @param given when true, the message answers "send me the number to call": the number alone is enough.
 */
export function callFirstIn(text: string, phones: readonly { e164: string }[], given = false): string | undefined {
  const [phone] = phones;
  const words = withoutParcelNumbers(text);
  if (!phone || NO_CALL.test(withoutOthersNotCalled(text)) || !(given || (callMeIn(words) && callBefore(words))))
    return undefined;
  const tail = phone.e164.slice(-8);
  const written = [...text.matchAll(WRITTEN_PHONE)].map((m) => m[0]).find((w) => w.replace(/\D/g, '').endsWith(tail));
  return written?.trim() ?? phone.e164;
}

// A place pointed at rather than named: "the one at the gate", "她家樓下那間", "小区门口那个".
const POINTS_AT =
  /\bthe one\b|\b(near|next to|opposite|outside|by)\b|\bentrance\b|\bdownstairs\b|那(个|個|間|间|家)|嗰(個|間|度)|呢(個|間)|门口|門口|楼下|樓下|附近|旁边|旁邊|对面|對面/i;
// The words of a yes to a kind of place that name no place: the kind, the verb, agreement and thanks.
// ("暫存服務點自取", "hold it at the station": the outlet's own button or words — yes to the kind, no place named.)
const ONLY_THE_KIND =
  /暂存|暫存|自取|自提|服务点|服務點|网点|網點|营业所|營業所|\b(the )?(station|outlet|service point)\b|快递柜|快遞櫃|智能柜|智能櫃|包裹柜|包裹櫃|自提柜|自提櫃|柜子|櫃子|便利店|便利商店|超商|\b(parcel )?lockers?\b|\bparcel ?box\b|\bconvenience stores?\b|放(到|在|喺|入)?|就|吧|啦|喇|行|好的|好|可以|得|ok(ay)?|yes|yeah|fine|sure|then|put it( in)?|\b(in|into|the|a|it)\b|谢谢|謝謝|唔該|多謝|thanks?|thx|那|咁|[\s，,。.!！~]/gi;
// A strip anchored at the end: a run of marks not at the end costs time quadratic in its length (0.25 s for 10,000
// "。", the most a channel passes); kept for what it reads, and held by test/conversation/padded-turns.conversation.ts.
const FILLER =
  // eslint-disable-next-line regexp/no-super-linear-move
  /^(ok(ay)?|yes|yeah|actually|just)[\s,，]+|^(那就|就是|就)|(?<![\s,，])[\s,，]*(就好|就可以|就行|就得|吧|啦|喇|please|thanks?|thx)?[\s。.!！~]*$/gi;

// "能不能放…", "可以放…吗", "could you use…", "can it go in…": a place asked for, the asking words around it.
const ASKING_FOR_PLACE =
  /^(?:那|那就|就)?(?:能不能|能否|能唔能|可不可以|可唔可以|可以|能|麻烦|麻煩|请|請)\s*(?:帮我|幫我)?\s*(?:放|存|擺|摆)(?:到|在|喺|入|去)?\s*|^(?:can|could) (?:you|it|they)\s+(?:use|go (?:in|into|to)|be (?:put|left) (?:in|at)|put it (?:in|into|at))\s+/i;
const ASKING_END = /(?<!\s)\s*(?:[吗嗎呢]|得唔得|好唔好|行不行|\bplease\b)?(?<!\s)\s*$/i;

/** The sentence of a question that asks for a place, without the asking words ("能不能放张江路那个丰巢" → "张江路那个丰巢"). */
function placeAskedFor(text: string): string | undefined {
  const sentence = text
    .split(/[?？]/)
    .map((s) => s.trim())
    .find((s) => ASKING_FOR_PLACE.test(s));
  return sentence?.replace(ASKING_FOR_PLACE, '').replace(ASKING_END, '') || undefined;
}

/**
 * Which locker, store or station a recorded hold should use, from a short message that names or points at one
 * ("the one at the entrance", "她家樓下那間就好", "板橋門市"); undefined for a question or anything else.
 */
export function whichPlace(said: string, details: DeliveryChangeDetails): string | undefined {
  // ("哪个柜子？能不能放张江路那个丰巢", "could you use the one on Zhangjiang Rd?": a place asked for as a question names it.)
  const text = asksQuestion(said) ? placeAskedFor(said) : said;
  if (text === undefined || wordsIn(text) > 40 || !details.place) return undefined;
  const named = holdPlace(text);
  const points = POINTS_AT.test(text) || named.placeName !== undefined || named.place === details.place;
  // (Spaces collapsed first: FILLER's two runs of spaces would split a padded message every way — seconds.)
  const which = text.trim().replace(/\s+/g, ' ').replace(FILLER, '').trim();
  // "行 就放快递柜吧 谢谢", "ok the locker then, thanks": yes to the kind, no word on which one (a brand — 丰巢 — is one).
  const onlyTheKind =
    !POINTS_AT.test(text) && named.placeName === undefined && !which.replace(ONLY_THE_KIND, '').trim();
  return points && which && !onlyTheKind ? which : undefined;
}

/** A hold at "a parcel locker" or "7-11" with no word on which one. */
export function placeUnnamed(request: { kind: DeliveryChangeKind; details: DeliveryChangeDetails }): boolean {
  const { place, placeName } = request.details;
  if (request.kind !== 'hold' || (place !== 'locker' && place !== 'convenience_store')) return false;
  return !placeName || new RegExp(`^(${CONVENIENCE_BRAND.source})$`, 'i').test(placeName);
}

/**
 * Words that ask for a change strongly enough to override the NLU: a message it could not place ("redeliver
 * tomorrow after 6pm") needs a change verb; one it read as an outlet question needs a request too ("can I pick
 * it up at the outlet instead?" is a request, "where is your nearest outlet?" is not).
 */
export function asksForDeliveryChange(said: string, intent: string): boolean {
  const text = withoutParcelNumbers(withoutOthersUrging(said));
  const change =
    REDELIVER_WORDS.test(text) ||
    HOLD_WORDS.test(text) ||
    EXPEDITE_WORDS.test(text) ||
    ADDRESS_WORDS.test(text.replace(ARRIVAL_ONLY, ' '));
  if (!change) return false;
  if (intent !== 'faq.outlet') return true;
  // ("或者放佢附近嘅驛站都得": another option offered is a request too.)
  return /\b(can|could|please|pls|i('d| would) like|i want|want to|instead|my (parcel|package))\b|请|請|帮我|幫我|麻烦|麻煩|我要|我想|能不能|可不可以|可否|改|我的(快递|快遞|包裹)|^\s*(那|咁|就|都係|还是|還是|或者|或是|要不)?\s*放|(都得|都可以|都行|也行|也可以)\s*[。.!！啦喇吧]*$/i.test(
    text,
  );
}

/**
 * A change-delivery request being taken down over a few messages: the bot asks only for what is missing (the
 * parcel, proof of a link to it, what to do, where or when) and records it once everything is there.
 */
export interface DeliveryChangeDraft {
  trackingNumber?: string;
  kind?: DeliveryChangeKind;
  details: DeliveryChangeDetails;
  /** The customer's messages that made up the request. */
  words: string[];
  /** The notice the request answers, and the anomaly it was about. */
  noticeId?: string;
  anomalyKind?: AnomalyKind;
  /** An area given for a new address ("觀塘", "Pudong"): the street, building and flat are asked for. */
  area?: string;
  /** What the bot asked for last. */
  asked?: 'parcel' | 'last4' | 'kind' | 'place' | 'date' | 'address' | 'label';
  /** Answers to "send the last 4 digits" that proved nothing (other words, wrong digits). */
  misses?: number;
  /** Recorded a moment ago: the next message may add to it ("also after 6pm?"). */
  recorded?: boolean;
  /** A call before delivery was asked for without a number: the waybill's is used, or one is asked for. */
  callWanted?: boolean;
  /** Two days in one message, one asked for and one the customer is in (YYYY-MM-DD): which is meant is asked. */
  clash?: { asked: string; home: string };
  /** What the change costs was said while the digits were asked for: not said again until it is asked again. */
  costTold?: boolean;
  /** Asked for instead of the chase waiting on the parcel ("can it come on Saturday instead"): it replaces the chase. */
  chaseReplaced?: boolean;
}
