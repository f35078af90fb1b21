import { addDays, localDay } from '../tickets/local-time';
import type { ParcelLookup } from './parcel-answer';
import type { ReplyKey } from './replies';
import { say, type Turn } from './turn';

/**
 * "即係今日唔會送到? 聽日先到?", "so it comes tomorrow?", "wait so not today?", "所以是明天到嗎": whether the parcel comes
 * on a day the customer names — answered yes or no first, then the record (issue #17, blind batch 40b: 14.2–14.4
 * heard the same status block three times and never "yes, tomorrow"; 03.4 "tomorrow?" the digits question).
 */

// The day named, nearest first once "the day after tomorrow" is taken out of "tomorrow".
const DAYS: [RegExp, number][] = [
  [/后天|後天|後日|\bday after tomorrow\b/i, 2],
  [/明天|明日|聽日|听日|\btomorrow\b/i, 1],
  [/今天|今日|今晚|\btoday\b|\btonight\b|\bthis (afternoon|evening)\b/i, 0],
];
const DAY_WORD = String.raw`(今天|今日|今晚|明天|明日|聽日|听日|后天|後天|後日)`;
// The parcel coming on that day: "聽日先到", "今日唔會送到", "明天到吗", "comes tomorrow", "arriving today".
const COMES_ON = new RegExp(
  [
    `${DAY_WORD}[^，。,.?？!！]{0,5}(到|送|派|嚟|来|來)`,
    String.raw`\b(come|comes|coming|arrive|arrives|arriving|get here|be here|be delivered|delivered)\b[^.?!]{0,12}\b(today|tonight|tomorrow)\b`,
    String.raw`\b(today|tomorrow)'?s? (delivery|arrival)\b`,
    // ("我朋友今日使唔使留喺屋企等", "do I need to stay home today?": waiting in for it that day — 40b 14.2.)
    `${DAY_WORD}[^，。,.?？!！]{0,8}(留喺屋企|留在家|在家等|喺屋企等|等收|等件|等快递|等快遞)`,
    String.raw`\b(wait|stay) (at |in )?(home|in)\b[^.?!]{0,10}\b(today|tomorrow)\b|\b(today|tomorrow)\b[^.?!]{0,12}\b(wait|stay) (at |in )?(home|in)\b`,
  ].join('|'),
  'i',
);
// Said as a question, or as a guess to be confirmed: "?", 吗, 咩, "即係…", "所以…", "so…", "right".
const CONFIRMS =
  /[?？]|[吗嗎咩吧]\s*$|使唔使|用不用|要不要|需不需要|唔會|不會|不会|會唔會|会不会|係咪|是不是|即係|即是|所以|\b(so|right|then|is it|will it|does it|won'?t it)\b/i;
// Alone: "tomorrow?", "so not today?", "聽日?", "今日唔會?".
const BARE = new RegExp(
  String.raw`^\W*(so|wait,? so|ok so|then|即係|所以)?\s*(not|it'?s|its)?\s*(today|tomorrow|${DAY_WORD.slice(1, -1)})(\s*then|\s*right|唔會|不會|不会)?\s*[?？]+\s*$`,
  'i',
);
// A day asked for, not asked about: "can you bring it tomorrow", "能不能明天送", "改到明天".
// ("我明天不在家，后天送吧", "聽日唔喺屋企，後日先送嚟？", "can it be delivered tomorrow instead?": a day asked for —
// review of session 40.)
const REQUEST =
  /送(吧|嚟|過嚟|过来|過來|来|來)|送(行|可以|得)(吗|嗎|唔得|不)|先送(?!到)|(换|換|调|調)(到|成|去|做)|\bcan it (come|be)\b|上午|下午|晚上|早上|朝早|下晝|夜晚|\b(morning|afternoon|evening|night)\b|\d\s*(点|點|pm|am)\b|再送|\binstead\b|\bcan it be (delivered|brought)\b|不在家|唔喺屋企|冇人|没人|沒人|上班|返工|\bnot (be )?(home|in|there)\b|\b(won'?t|will not|can'?t|cannot) be (home|in|there|around)\b|\bat work\b|\baway\b|\b(can|could|would) you\b|\bplease\b|能不能|可不可以|可唔可以|麻烦|麻煩|帮我|幫我|改(到|成|为|為|去|喺)?|\b(deliver|bring|send) it\b/i;
// Not the parcel: "what time do you open tomorrow", "will someone call me today", money coming.
const NOT_THE_PARCEL =
  /\b(open|close|call|reply|answer|refund|money)\b|开门|開門|回复|回覆|打(电话|電話)|钱|錢|款|赔|賠/i;

/** The day (0 today, 1 tomorrow, 2 the day after) the customer asks whether the parcel comes on, if they do. */
export function arrivalDayAsked(text: string): number | undefined {
  const trimmed = text.trim();
  if (REQUEST.test(trimmed) || NOT_THE_PARCEL.test(trimmed)) return undefined;
  if (!BARE.test(trimmed) && !(COMES_ON.test(trimmed) && CONFIRMS.test(trimmed))) return undefined;
  return DAYS.find(([words]) => words.test(trimmed))?.[1];
}

const ASKED_WORD: Record<number, ReplyKey> = {
  0: 'arrival.day.today',
  1: 'arrival.day.tomorrow',
  2: 'arrival.day.dayAfter',
};

/**
 * The yes or no to "does it come on <day>?" for a parcel on its way with a promised date and not late: "Yes,
 * tomorrow…", "Probably not today…", "Before then…". Undefined when no day was asked, or the record cannot say
 * (delivered, late, returned, no date) — its usual answer says more.
 */
export function arrivalDayLine(
  turn: Turn,
  number: string,
  view: (ParcelLookup & { kind: 'found' })['view'],
): string | undefined {
  const asked = arrivalDayAsked(turn.text);
  if (asked === undefined || view.delivered || view.daysLate > 0 || !view.promisedDate) return undefined;
  if (view.status === 'returned' || view.status === 'exception') return undefined;
  const { services, locale } = turn;
  const day = addDays(localDay(services.clock.now(), services.timeZone), asked);
  const due = view.promisedDate.slice(0, 10);
  const key: ReplyKey = day < due ? 'arrival.day.notYet' : day === due ? 'arrival.day.due' : 'arrival.day.sooner';
  const date = services.replies.day(locale, view.promisedDate);
  return say(turn, key, { number, date, asked: say(turn, ASKED_WORD[asked] ?? 'arrival.day.today') });
}
