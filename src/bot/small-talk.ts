import { wordsIn } from './intake-reading';
import { noteOutcome } from './turn-outcome';
import { ruleOn } from './case-rules';
import { answeredLately, reply, say, type Turn } from './turn';

// A holiday or festival by name: "christmas", "new year's day", "过年", "農曆新年", "國慶", "公眾假期".
const HOLIDAY =
  /christmas|xmas|new year|spring festival|holidays?\b|easter|national day|golden week|春节|春節|过年|過年|新年|农历新年|農曆新年|国庆|國慶|圣诞|聖誕|节假日|節假日|假期|公众假期|公眾假期|清明|端午|中秋|元旦|五一|十一长假|十一長假|跨年|除夕|年三十|年初[一二三]|年假|连假|連假|长假|長假|国定假日|國定假日|法定假日/i;
// The courier as a whole doing its work: "do you guys deliver", "你们…送快递吗", "你哋…有派件㗎", "快递员放假吗".
const SERVICE_ASKED =
  /\b(do|does|will|would|are|r)\s+(you|u|you guys|you folks|y'?all|your (couriers?|drivers?|staff)|the couriers?|they)\b[^.?!]{0,20}\b(deliver(ing)?|work(ing)?|open|run(ning)?|ship(ping)?)\b|(你们|你們|你哋|贵司|貴司|快递员|快遞員|速递员|速遞員|派送员|派送員)[^，。,.!?！？]{0,12}(送|派|配送|上班|开工|開工|营业|營業|放假|休息)/i;

// The service running, asked with no one named: "过年期间还派送吗", "跨年有照常收件嗎", "新年仲有冇派件", "are deliveries
// running over New Year?", "any pickups on Christmas Eve?".
const SERVICE_RUNS =
  /(照常|正常|照樣|照样|照旧|照舊|还|還|仲)[^，。,.!?！？]{0,4}(收件|收送|派送|派件|送货|送貨|配送|营业|營業|上班|开工|開工|开门|開門|收|送|派)|\b(deliveries|delivery|pick-?ups?|collections?|outlets?|service|couriers?)\b[^.?!]{0,15}\b(running|run|as usual|normal(ly)?|operating|open|working)\b|\bany (deliveries|pick-?ups?|collections?)\b/i;

// The service stopping and starting again around a public holiday, asked of the courier: "几号停止收件", "幾時截收",
// "年初幾開返", "what is the last day you take parcels", "do deliveries stop completely", "when do you start again",
// "国庆节快递停不停", "過年嘅安排" (blind batch 45a: 03.1, 09.1, 14.1). Not a pause asked for one parcel, nor a parcel
// held up over the holiday (a review of the first reader: "can you pause the delivery and resume it next week?").
const STOPS_AND_STARTS =
  /截收|截件|停止收件|停收|停(运|運|派)|停不停|停唔停|(几|幾)(号|號|時|时|日)[^，。,.!?！？]{0,4}(停|截|开工|開工|恢复|恢復|上班)|(初|年初)(几|幾)[^，。,.!?！？]{0,3}(开|開|恢复|恢復|上班|开工|開工)|(最后|最後|最晚|最迟|最遲)(一天|幾時|几时|哪天|几号|幾號)[^，。,.!?！？]{0,4}(收件|寄)|(过年|過年|春节|春節|新年|假期)(期间|期間)?(的|嘅)?安排|\b(last|latest|final) (day|date) (you|to) (take|send|ship|collect|accept)\b|\b(take|taking|accept|accepting) (parcels?|packages?|shipments?)\b|\b(do|does|will|would) (the )?(deliveries|delivery|pick-?ups?|outlets?|service|you)\b[^.?!]{0,12}\b(stop|pause|close|shut)\b|\bwhen (do|will|does) (you|deliveries|delivery|the outlets?|service) (start again|resume|reopen|restart|open again)\b|\bbefore (you|the outlets?|deliveries) (close|stop|shut|pause)\b|\bwhen (do |will )?you (stop|close|shut)\b|\bholiday (schedule|arrangements?|hours)\b/i;
// A holiday of the customer's own, or a parcel held up over one: then it is their request or complaint.
const NOT_THE_SERVICE =
  /年假|休假|请假|請假|放假回来|我(的)?假期|旅行|旅游|旅遊|出去玩|回老家|(可唔可以|能不能|可不可以|可以|幫我|帮我|麻烦|麻煩)[^，。,.!?！？]{0,4}(暫停|暂停|停)|\b(my|our) (holiday|vacation|leave|parcel|package|order)\b|\b(on|going on) (holiday|vacation)\b|\b(can|could) you (pause|stop|hold)\b|\bsupposed to\b|我的(快递|快遞|包裹|件)|我嘅件|还没到|還沒到|未到|没收到|沒收到|冇收到|\b(late|stuck|delayed|not (arrived|here|delivered))\b/i;
// Right after the holiday was told: when to send so that it arrives before it ("那我最晚哪天寄比较保险"), or when the
// service starts again ("and when do you start again?").
const LATEST_SEND =
  /(最晚|最迟|最遲|最後|最后)(哪天|哪一天|几号|幾號|邊日|幾時|几时)[^，。,.!?！？]{0,6}寄|\b(latest|last) (day|date)\b[^.?!]{0,20}\b(send|ship|post|drop)|\b(latest|last)\b[^.?!]{0,30}\bbefore (it|then|that|the (holiday|break|new year))\b|\bwhen do you (start again|reopen|resume|open again)\b|(几|幾)(时|時|号|號)(恢复|恢復|开工|開工|開返|开返)|(初|年初)(几|幾)(开始|開始|恢复|恢復|开工|開工|開返|开返)/i;

/** The holiday service answered the customer's previous message. */
const holidayJustTold = (turn: Turn): boolean => answeredLately(turn, turn.data.holidayTold);

/**
 * The holiday service answered one of the customer's last few messages ("春节你们几号停" … the price, an item … "那我最晚
 * 哪天寄比较保险": blind 45a 09.4) — not any time before in a long chat.
 */
const holidayToldLately = (turn: Turn): boolean => answeredLately(turn, turn.data.holidayTold, 4);

// The day to send by, asked in so many words ("最晚哪天寄", "最迟几号寄"): a question the holiday told lately answers.
const LATEST_DAY = /(最晚|最迟|最遲)(哪天|哪一天|几号|幾號|邊日)[^，。,.!?！？]{0,6}寄/;

/**
 * "Do you guys deliver on Christmas?", "你们过年也送快递吗", "過年前你哋幾時截收件 年初幾先開返": a question about the
 * courier's service on a holiday — its hours, its last day before it and when it starts again — not a late parcel, a
 * delivery day for the parcel talked about, nor anything to chase afterwards. "那我最晚哪天寄比较保险" right after the
 * holiday service was told asks the same entry (it says how long before to send).
 */
export function asksHolidayService(turn: Turn): boolean {
  const { text, reading } = turn;
  if (reading.entities.trackingNumbers.length > 0) return false;
  if (holidayJustTold(turn) && LATEST_SEND.test(text)) return true;
  if (holidayToldLately(turn) && LATEST_DAY.test(text)) return true;
  if (!HOLIDAY.test(text)) return false;
  return (
    SERVICE_ASKED.test(text) || SERVICE_RUNS.test(text) || (STOPS_AND_STARTS.test(text) && !NOT_THE_SERVICE.test(text))
  );
}

/**
 * The holiday service from the knowledge files of the customer's market (outlet hours, pickups and deliveries on
 * public holidays and at the New Year — blind-30 25.4); where the market has no such entry, said honestly that the
 * timetable is not known here, with where it is found and what the bot can do.
 */
export async function answerHolidayService(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  turn.data.holidayTold = (turn.context.activity.text ?? '').trim();
  await reply(turn, ruleOn(turn, 'holidays') ?? say(turn, 'smallTalk.holidays'));
}

// A remark about the weather: "今天天气真热", "落大雨", "so humid out there", "freezing today".
const WEATHER =
  /天气|天氣|好热|好熱|热死|熱死|太热|太熱|热到|熱到|好冷|冷死|太冷|好凍|凍死|凍到|下雨|落雨|大雨|暴雨|[下落][^，。,.!?！？]{0,5}雨|雨[好很真咁]?大|台风|颱風|打風|下雪|闷热|悶熱|潮湿|潮濕|\bweather\b|\b(so|too|really|very) (hot|cold|humid|wet|windy)\b|\bfreezing\b|\braining\b|\brainy\b|\bhumid\b|\bsnowing\b|\bheat ?wave\b|\btyphoon\b/i;
// Anything about a parcel or the service: then it is no remark in passing ("下大雨快递还送吗").
const ABOUT_PARCELS =
  /快递|快遞|包裹|件|送|派|寄|收|网点|網點|营业|營業|parcel|package|deliver|courier|ship|order|send|pick ?up|collect|outlet|station/i;

/** A remark on the weather in the words, whatever else they say (a clause of a closing message: closing-words.ts). */
export const namesWeather = (text: string): boolean => WEATHER.test(text) && !ABOUT_PARCELS.test(text);

/** "今天天气真热啊哈哈": small talk about the weather, nothing asked about a parcel. */
export function remarksOnWeather(turn: Turn): boolean {
  const { text, reading } = turn;
  return (
    WEATHER.test(text) &&
    !ABOUT_PARCELS.test(text) &&
    reading.entities.trackingNumbers.length === 0 &&
    reading.entities.phones.length === 0 &&
    wordsIn(text) <= 40
  );
}

/** A friendly word back, and the offer to help with a parcel (not "I didn't understand"). */
export async function answerWeather(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'smallTalk.weather'));
}

// "how's your day going?", "how are you doing", "你今天过得怎么样", "你好嗎", "你今日點呀": asked of the bot itself.
const HOW_ARE_YOU =
  /\bhow'?s your (day|morning|afternoon|evening|week)( going)?\b|\bhow (is|was) your (day|morning|week)\b|\bhow are (you|u)( doing| today)?\b|\bhow('?re| r) (you|u)\b|\bhow'?s it going\b|\bhow have you been\b|你(今天|今日)?(过得|過得)?(怎么样|怎麼樣|好吗|好嗎|好唔好)|你好吗|你好嗎|你今日點(呀|啊)?|(你)?最近(点|點)(呀|啊)|(你)?最近好(吗|嗎|唔好)/i;

/**
 * "hey there! how's your day going? quick q's before i ship some stuff": small talk asked of the bot, with nothing
 * else asked yet — a short friendly word back and the invitation to ask, not a canned rules answer (issue #17, blind
 * batch 23: 05.1 got the claim rules).
 */
export function asksHowBotIs(turn: Turn): boolean {
  const { text, reading } = turn;
  const found = HOW_ARE_YOU.exec(text);
  if (!found || reading.entities.trackingNumbers.length > 0 || reading.entities.phones.length > 0) return false;
  // ("how's it going?" right after a complaint was filed, or about a parcel shown, asks how the case stands.)
  if (/going/i.test(found[0]) && (turn.conversation.ticketId || turn.data.lastTracking)) return false;
  // What is left once the question to the bot is taken out asks nothing of its own ("quick q's before I ship").
  const after = text.slice(found.index + found[0].length).replace(/^[^?？.!！,，。]{0,12}[?？!！]*/, '');
  const rest = `${text.slice(0, found.index)} ${after}`;
  return !/[?？]/.test(rest) && rest.trim().length <= 80;
}

/** A short friendly word back, and the invitation to ask. */
export async function answerHowBotIs(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'smallTalk.howAreYou'));
}
