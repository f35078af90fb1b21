import { arrivalDayAsked, arrivalDayLine } from './arrival-day-asked';
import { byChannel } from './channels';
import type { ParcelLookup } from './parcel-answer';
import type { ReplyKey } from './replies';
import { shipmentIn } from './shipment-text';
import { say, type Turn } from './turn';

/**
 * Questions a customer asks in the middle of a complaint about the complaint's own parcel and process (issue
 * #17, blind batch 5 P1), each answered from what the bot knows before the step is asked again: when the parcel
 * will come (its promised date, how late it is, where it was last scanned), how to send the photos on this
 * channel, and how long until someone answers (the complaint is not filed yet; once it is, its category's time).
 */

// "什么时候能到", "几时到", "幾時到", "要幾耐先到", "when will it arrive", "how long until it gets here", "ETA".
// ("So what is the actual delivery date?", "新的派送日期是哪天": the date asked by its name — blind batch 52b: 01.2;
// "what I need is WHEN" — 53b: 02.2.)
const ARRIVAL =
  /\bwhat('?s| is| would be) (the |my |its )?(actual |new |real |expected |estimated |updated |revised )?(delivery|arrival) (date|day)\b|(?<!改|换|換|更改|调整|調整|改一下|改下)(派送|送达|送達|到货|到貨)(日期|时间|時間)(是|係)?(几号|幾號|哪天|哪一天|什么时候|什麼時候|幾時)|(什么时候|什麼時候|啥时候|啥時候|啥时|咩時候|几时|幾時|多久|几天|幾天|幾耐|幾日|何时|何時|哪天|邊日)[^，。,.?？]{0,6}(到|送|派|收到)|(能|会|會|可以|先)(送)?到(了)?[吗嗎未没沒吧]|到[咗了]?未|\bwhen\b[^.?!]{0,30}\b(arrive|arriving|come|coming|get here|getting here|get there|be delivered|deliver|reach|turn up|show up)\b|\bhow long\b[^.?!]{0,30}\b(arrive|come|get here|deliver)\b|\bhow long\b(?!\s+(will|would|does|is) (this|that|all this|it all|the (complaint|claim|case)|my (complaint|claim|case))\b)[^.?!]{0,30}\btake\b|\beta\b|\b(is|will|does)\s+(it|the (thing|stuff|parcel|package|order|box|delivery)|my (thing|stuff|order|parcel|package|box)|this|that)\s+(\w+\s+){0,2}(getting|going to get|gonna get|get|be|going to be)\s+(delivered|here)\b|\bwhat i (need|want)( to know)? is when\b|\bi (need|want) to know when\b(?! (someone|anyone|you|the (refund|money)))|(会不会|會不會|會唔會|能不能|能唔能)(送)?到|到唔到|\b(will|would|is|does)\b\s+(it|the (parcel|package)|my (parcel|package|order))\b(\s+\w+){0,3}?\s+(arrive|come|get here|be (delivered|here|there)|reach (me|us)|turn up|show up)\b|\bis (it|the (parcel|package)|my (parcel|package|order)|[A-Z]{1,4}\d{8,}) (still )?coming\b|\b(is it|it'?s) (going to|gonna) (arrive|come|get here|be (delivered|here))\b/i;

// Whether it comes on time, or by a day: "is it on time?", "will it make it by Friday?", "會不會來不及", "趕唔趕得切",
// "一定會明天到嗎", "聽日到唔到", "明天能到吧", "禮拜三前到得了嗎" (blind batch 52b: 11.3) — a question about its date,
// answered from the record like "when".
// (Only as a question: "你们从来不准时" tells, it does not ask.)
const ON_TIME =
  /\b(is|will|would|does|can|could)\s+(it|the (parcel|package|delivery)|my (parcel|package|order|delivery)|that)\b(\s+(still|even|really|actually|definitely|going to|gonna))?\s+(be\s+)?(arrive\s+|get here\s+|come\s+|delivered\s+)?(on time|in time|on schedule|late)\b|\b(will|would|can|could) (it|the (parcel|package)|my (parcel|package|order)) make it\b|\bon (time|schedule)\s*\?|(会|會|能|可以)?(准时|準時)(到|送到|送达|送達|派到)?[吗嗎么麼吧]|(准|準)(唔准|唔準|不准|不準)時|(会不会|會不會|會唔會)[^，。,.?？]{0,6}(来不及|來不及|赶不上|趕不上|赶不及|趕不及|迟到|遲到|晚到)|(来|來)不(来|來)得及|(来|來)得及[吗嗎么麼]|(赶|趕)(得|唔)(及|趕得及|切|趕得切)|(会|會|能|可以|先)[^，。,.?？]{1,5}(送)?到(了)?[吗嗎未没沒吧]|(今天|明天|后天|後天|今日|聽日|听日|後日|周[一二三四五六日天]|週[一二三四五六日天]|星期[一二三四五六日天]|禮拜[一二三四五六日天]|礼拜[一二三四五六日天])(会|會|能|可以)?(送)?到(了)?[吗嗎吧]|(今日|聽日|听日|後日)(送)?到唔到|(前|之前|以前)(能|会|會|可以)?(送)?到(得了|得到|得成)?(吗|嗎|嘛)|到得了(吗|嗎|嘛)|(前|之前|以前)(送)?到唔到/i;

// What arrives must be the parcel: "能找到吗" asks whether it can be found, "钱能收到吗" / "赔的钱什么时候能收到"
// whether money comes — neither asks when the parcel arrives (issue #17).
const NOT_THE_PARCEL =
  /找|搵|尋|寻|钱|錢|款|赔|賠|索償|索偿|\b(find|found|locate|trace|money|refund|compensation|payout|reimburse\w*)\b/i;
// Clauses end at punctuation, and between Chinese words at a space ("钱能收到吗 什么时候到").
const CLAUSE = /[，,。.;；!！?？\n]|(?<!\s)\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/u;

/** The customer asks when the parcel will come, or whether it comes on time (in a clause about the parcel). */
// Its day confirmed or its hour asked: "still tomorrow right?", "what time roughly", "还是明天到吧", "大概几点到",
// "仲係聽日到嘛", "幾點會送到" (blind batch 23: 01.6).
const DAY_OR_HOUR =
  /\bstill (today|tomorrow|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b(,? right)?\s*\?|\bwhat time\b\s*((roughly|approximately|about|more or less)\s*\??\s*$|(will|would|does|should|is) (it|the (parcel|package)|my (parcel|package|order)) (come|arrive|get here|be (delivered|here)|turn up|show up))\b|(还是|還是|仲係|依然)(今天|明天|后天|後天|今日|聽日|听日|後日)(会|會|能)?(送)?到?(吧|吗|嗎|嘛|對吧|对吧|呀|啊)|(大概|大约|大約|约|約)?(几点|幾點)(钟|鐘)?(会|會|能|可以)?(送|派)?到(?!(几|幾)(点|點))/i;
// How much longer the wait is: "仲要等幾耐", "还要等多久", "要等到几时", "還要多久", "how much longer?", "how long do I
// have to wait", "how many more days" (blind batch 29: 28.3) — of the parcel, not of an answer or the money.
const WAIT_LEFT =
  /(还|還|仲)(要|得|需要|使)?(再)?(等)?(多久|幾耐|几天|幾天|幾日|几日|多少天|多長時間|多长时间)|(要|再)等(多久|幾耐|几天|幾天|幾日|几日|到几时|到幾時|到什么时候|到什麼時候|到咩時候)|\bhow (much )?longer\b|\bhow long (do|will|must|should|shall|would) (i|we) (have to |need to |still )?(wait|be waiting)\b|\bhow many more (days|weeks)\b/i;
// An answer waited for, not the parcel: "还要等多久才有人回复", "how much longer until someone calls me".
const WAIT_FOR_ANSWER =
  /回复|回覆|答复|答覆|联系|聯絡|聯繫|有人|覆我|打(给|給|俾|畀)|电话|電話|处理|處理|结果|結果|\b(repl\w*|answer\w*|hear\w*|call\w*|contact\w*|someone|anyone|agent|person|ticket|complaint|claim|investigation)\b/i;
/** "How much longer?", "还要等多久": how long the wait for the parcel still is. */
export const asksWaitLeft = (clause: string): boolean => WAIT_LEFT.test(clause) && !WAIT_FOR_ANSWER.test(clause);
export const asksArrival = (text: string): boolean =>
  arrivalDayAsked(text) !== undefined ||
  text
    .split(CLAUSE)
    .some(
      (clause) =>
        (ARRIVAL.test(clause) || ON_TIME.test(clause) || DAY_OR_HOUR.test(clause) || asksWaitLeft(clause)) &&
        !NOT_THE_PARCEL.test(clause),
    ) ||
  DAY_OR_HOUR.test(text.replace(/\s+/g, ' '));

/**
 * When the parcel will come, as far as the record says: delivered (when), due by its promised date, or late by
 * so many days with no new time recorded — with its last scan, and whether it has reached its destination city.
 * Undefined for a returned or failed parcel: its status says more than a time.
 */
export function arrivalAnswer(turn: Turn, found: ParcelLookup & { kind: 'found' }): string | undefined {
  const { services, locale } = turn;
  const { number, shipment, view } = found;
  const scan = view.lastScan;
  if (!scan || view.status === 'returned' || view.status === 'exception') return undefined;
  const local = shipmentIn(locale, shipment).shipment;
  const place = local.events[shipment.events.indexOf(scan)]?.place ?? scan.place;
  const vars = {
    number,
    time: services.replies.dateTime(locale, scan.at, services.timeZone),
    place,
    date: view.promisedDate ? services.replies.day(locale, view.promisedDate) : '',
    days: view.daysLate,
    destination: local.destination,
  };
  if (view.delivered) return say(turn, 'arrival.delivered', vars);
  // ("即係聽日先到?": yes or no first, then the record — arrival-day-asked.ts.)
  const dayLine = arrivalDayLine(turn, number, view) ?? '';
  // A scan in the destination city ("北京转运中心" for a parcel to 北京): it has the last leg to go.
  const inCity =
    shipment.destination && scan.place.includes(shipment.destination) ? say(turn, 'arrival.inCity', vars) : '';
  const key: ReplyKey = !view.promisedDate ? 'arrival.noDate' : view.daysLate > 0 ? 'arrival.late' : 'arrival.due';
  // "No scan for 48 hours" bears on when it comes (lateness is said already).
  const other = view.anomalies
    .filter((a) => a !== 'past_promised_date')
    .map((a) => say(turn, `anomaly.${a}` as ReplyKey, { days: view.daysLate }));
  return [dayLine, say(turn, key, vars), inCity, ...other].filter(Boolean).join(' ');
}

// "怎么发照片", "點send畀你", "how do I upload the pictures", "where do I attach them"; where to, in Chinese too:
// "发到哪里", "傳去哪裡", "send去邊度", "喺邊度上載" (blind batch 31: 15.4 heard the step's question again).
const HOW =
  /怎么|怎麼|点样|點樣|[点點]\s*(?=send|upload|发|發|传|傳|上|畀|俾)|如何|\bhow\b|\bwhere\b|唔識|不会|不會|don'?t know how|哪里|哪裡|哪儿|哪兒|哪(?=[?？]|\s*$)|边度|邊度|去边|去邊|喺边|喺邊/i;
const SEND = /\b(send|upload|attach|share|give|go|put)\b|发|發|传|傳|上传|上傳|上載|上载|畀|俾|给你|給你/i;
const PHOTO_WORDS =
  /\b(photos?|pictures?|pics?|images?)\b|照片|相片|图片|圖片|截图|截圖|影咗相|拍了|拍咗|拍照|照相|相/i;

/** "How do I send the photos?": at the photo step the photos go without saying. */
export function asksHowToSendPhotos(text: string, atPhotoStep: boolean): boolean {
  return HOW.test(text) && SEND.test(text) && (atPhotoStep || PHOTO_WORDS.test(text));
}

/** How photos reach us on the customer's channel: the chat's paperclip, a picture message, a mail attachment. */
export function photosHow(turn: Turn): string {
  const key = byChannel<ReplyKey>(turn.context.activity.channelId, {
    sms: 'intake.photosHow.sms',
    email: 'intake.photosHow.email',
    chat: 'intake.photosHow.chat',
  });
  return say(turn, key);
}

/** How photos are sent, said a second time: in other words — here, the attachment button (or the mail, the MMS). */
export function photosHowAgain(turn: Turn): string {
  const key = byChannel<ReplyKey>(turn.context.activity.channelId, {
    sms: 'intake.photosHowAgain.sms',
    email: 'intake.photosHowAgain.email',
    chat: 'intake.photosHowAgain.chat',
  });
  return say(turn, key);
}

/** The message less its clauses about sending photos ("where do I send them?"): what else it asks. */
export function withoutPhotoClauses(text: string): string {
  return text
    .split(/(?<=[.?!。？！\n])|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/)
    .filter((clause) => !(HOW.test(clause) && SEND.test(clause)) && !PHOTO_WORDS.test(clause))
    .join(' ');
}

// "how long will you keep it?", "how many days is it held", "你们会保留多久", "可以放幾耐", "留幾多日": how long the
// parcel waits to be collected (its storage period), asked.
const KEPT_FOR =
  /\bhow (long|many days)\b[^.?!]{0,30}\b(keep|kept|hold|held)\b|(留|放|保管|存放|保留|存|擺|摆)(得|在|喺|到)?[^，。,.?？]{0,4}(多久|多长时间|多長時間|几天|幾天|幾耐|幾日|几日|幾多日|多少天)/i;

/** "How long will you keep it?": the storage period of a parcel waiting to be collected. */
export const asksKeptFor = (text: string): boolean => KEPT_FOR.test(text);

// "要幾耐先有回覆", "多久有人联系我", "how long until someone gets back to me", "when will I hear back", "几时有个结果",
// "when do I get an outcome".
// (Not "how long does the claim take": the claim's own times answer that — claim-questions.ts; blind batch 52b: 02.4.)
const REPLY_TIME =
  /(多久|多长时间|多長時間|几时|幾時|幾耐|什么时候|什麼時候|几天|幾天)[^，。,.]{0,8}(回复|回覆|答复|答覆|覆|联系|聯絡|聯繫|处理|處理|有人|搵我|找我|打(给|給)我|结果|結果|说法|說法|回音)|(回复|回覆|答复|答覆|处理|處理)[^，。,.]{0,4}(要)?(多久|幾耐|几天|幾天|多长时间|多長時間)|\b(how long|when)\b[^.?!]{0,40}\b(repl(y|ies)|answers?|responds?|response|hears?|contacts?|calls?|get(s|ting)? back|sort|handle|deal with|process|look into|result|outcome|decision)|\bhow long (will|would|does|is) (this|that|all this|it all|the (complaint|case)|my (complaint|case))( going to| gonna)? take\b/i;

// "钱到底哪天能打给我", "when do I get paid": money transferred ("打给我" is a transfer there, not a call).
const MONEY = /钱|錢|货款|貨款|款项|款項|\b(money|paid|payout|refund)\b/i;

/** "How long until someone answers?" (about the complaint being taken down, not the parcel nor the money). */
export const asksReplyTime = (text: string): boolean =>
  REPLY_TIME.test(text) && !asksArrival(text) && !MONEY.test(text);

// "卡住了吗", "是不是丢了", "去咗邊", "where is it now", "where exactly is it", "is it stuck", "has it moved": the parcel's whereabouts or state.
const PARCEL_STATE =
  /在哪|到哪|哪里了|哪裡了|喺邊|去咗邊|去了哪|[没沒未]到|收不到|[没沒冇]收到|去哪|退(回|件|返|咗|了)|被退|为什么|為什麼|点解|點解|怎么回事|怎麼回事|什么情况|什麼情況|咩事|卡|[动動]了|[没沒][动動]|唔[郁動]|冇[郁動]|更新|到了[没沒吗嗎]|到咗未|丢|丟|唔見|不见|不見|\bwhere('?s\b|(\s+\w+){0,2}\s+(is|are)\b)|\bwhy\b|\bwhat happened\b|\b(not|never) (arrived|came|here|received)\b|\breturn|\bstuck\b|\bmov(ed|ing)\b|\bstatus\b|\bupdate|\blost\b/i;

/** A question about the parcel itself (where it is, when it comes, whether it is stuck or lost). */
export const asksAboutParcel = (text: string): boolean => asksArrival(text) || PARCEL_STATE.test(text);

// "谁负责", "邊個跟", "找谁", "能直接联系他们吗", "who is handling it", "can I call the station directly".
const WHO_HANDLES =
  /谁(负责|处理|跟进|管)|誰(負責|處理|跟進|管)|邊個(負責|處理|跟|管)|(找|联系|聯繫|聯絡)(谁|誰)|搵邊個|直接(联系|聯繫|聯絡|找|搵|打(给|給)?)|\bwho('?s| is| are)? (in charge|responsible|handling|dealing)\b|\bwho (actually |really |exactly )?(handles|deals with|looks after)\b|\bwho (do|can|should) i (contact|call|talk to|speak to)\b|\b(contact|call|reach|talk to|speak to) (them|the (station|branch|outlet|office|courier|driver))\s+directly\b/i;

/** "Who is handling this — can I contact them directly?" (about who takes the complaint on, not the parcel). */
export const asksWhoHandles = (text: string): boolean => WHO_HANDLES.test(text);

// "what does 'demand' mean", "what is mean", "诉求是什么意思", "咩意思", "乜嘢意思", "係指乜".
const MEANING =
  /\bwhat (does|do|is|'s)\b[^.?!]{0,30}\bmean(s|t|ing)?\b|\bwhat is mean\b|\bmeaning of\b|(什么|什麼|甚麼|啥|咩|乜嘢?)意思|是指(什么|什麼|啥)|係指(乜|咩)/i;

// The intake's own words: "demand", "request", "type", "诉求", "類型", "情况" (not a status word like "异常").
const INTAKE_WORDS = /\b(demand|request|type|category|what happened|you'?d like)\b|诉求|訴求|类型|類型|情况|情況|要求/i;

/** The customer asks what a word of the bot's questions or summary means. */
export const asksMeaning = (text: string): boolean => MEANING.test(text) && INTAKE_WORDS.test(text);

/**
 * "WHEN, and do I get my fee back?" of a late parcel: when it comes, by its record (when asked), then what lateness
 * gives back — the one answer of both, wherever in a complaint it is asked (blind batch 53b: 02.2).
 */
export function arrivalAndLateRule(turn: Turn, found: Found | undefined, lateRule: string): string {
  const arrival = found && asksArrival(turn.text) ? arrivalAnswer(turn, found) : undefined;
  return [arrival, lateRule].filter(Boolean).join('\n');
}

type Found = ParcelLookup & { kind: 'found' };
