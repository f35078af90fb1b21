import { answerFaq } from './knowledge';
import { cityAreaOutlet, unknownPlaceAsked } from './outlet-city-area';
import { outletsNear } from './outlets-near';
import { say, spokenRegister, type Turn } from './turn';

/**
 * Outlets and their hours where the customer says they are (issue #17, blind batch 10 P4 and P6): a place named in
 * an outlet question decides whose outlets answer — "nearest drop-off in Jing'an district" is the Mainland's
 * Jing'an outlet in a conversation that had been about Hong Kong — and "what time do they close?" about an outlet
 * already named hears that outlet's closing time in one line, not its whole entry again.
 */

/** An outlet answer and the market it is from. */
export interface LocalOutlet {
  market: string;
  answer: string;
  /** The answer is one outlet's entry (not a list of points near a district). */
  single: boolean;
  /** It was found by what this message says (not by an earlier one). */
  named: boolean;
}

/**
 * The served market a text names a place of: by the places files (闵行 is the Mainland's, 觀塘 Hong Kong's), else
 * undefined. The conversation's own market is preferred where a name is in several (大埔).
 */
export function placeMarketIn(turn: Turn, text: string, market: string): string | undefined {
  const served = Object.keys(turn.services.knowledge);
  const region = turn.services.places.regionOf(text, market)?.region;
  return region && served.includes(region) ? region : undefined;
}

/**
 * The outlet entry (or the points near a district) a text asks about: in the market the text names a place of, else
 * in the conversation's market, then in any other served market whose outlet entries name it ("Jing'an" is in no
 * places list in English) — never in a third one when the text places itself ("central Shanghai" is not Hong
 * Kong's Central).
 */
function outletIn(turn: Turn, text: string, market: string): Omit<LocalOutlet, 'named'> | undefined {
  const { knowledge } = turn.services;
  const placed = placeMarketIn(turn, text, market);
  const order = (placed ? [placed, market] : [market, ...Object.keys(knowledge)]).filter(
    (m, at, all) => all.indexOf(m) === at,
  );
  for (const m of order) {
    // "新街口有网点吗": Nanjing's, a district or area of a city no entry names itself.
    const area = cityAreaOutlet(turn, text, m);
    if (area) return area;
    const entry = answerFaq(knowledge, m, turn.locale, 'outlet', text, 'entry', spokenRegister(turn));
    if (entry) return { market: m, answer: entry, single: !entry.includes('\n') };
  }
  const near = outletsNear(turn, text);
  return near ? { market: placed ?? market, answer: near, single: false } : undefined;
}

/**
 * The outlet an outlet or hours question is about: named in this message, else in an earlier one of the
 * conversation ("I'm in Pudong" … "where's the nearest drop-off?"), newest first.
 */
export function localOutlet(turn: Turn, market: string): LocalOutlet | undefined {
  const said = [...(turn.data.said ?? [])].reverse();
  // "Nanjing" after "which city is Xinjiekou in?": the place asked about, in the city now named.
  const asked = turn.data.outletCityAsked;
  turn.data.outletCityAsked = undefined;
  const now = asked ? `${turn.text} ${asked}` : turn.text;
  for (const [at, text] of [now, ...said].entries()) {
    const found = outletIn(turn, text, market);
    // (An earlier message's entry stands for the outlet only when it is one — with its hours: "放幾天會退回" found the
    // holding-period rule, which is no outlet to tell "台北有門市嗎？幾點關門" of — blind batch 29: 24.4.)
    if (found && (at === 0 || RANGE.test(found.answer))) return { ...found, named: at === 0 };
    // "花果山有网点吗": a place no list knows is said so — not an outlet named earlier, as if it answered.
    const unknown = at === 0 ? unknownPlaceAsked(turn, text) : undefined;
    if (unknown) return { market, answer: unknown, single: false, named: true };
  }
  return undefined;
}

// A time range: "9:00–20:00", "10:00-18:00".
const RANGE = /(\d{1,2}:\d{2})\s*[–—~-]\s*(\d{1,2}:\d{2})/;
// The day asked about.
const SUNDAY = /\bsundays?\b|[周週]日|[周週]天|星期[日天]|禮拜[日天]|礼拜[日天]/i;
const SATURDAY = /\bsaturdays?\b|[周週]六|星期六|禮拜六|礼拜六/i;
const WEEKEND = /\bweekends?\b|[周週]末/i;
// The closing time asked about: "几点关门", "幾點閂門", "what time do they close", "till when".
const CLOSING = /关门|關門|閂門|收工|打烊|下班|\bclos(e|es|ing)\b|\b(till|until) when\b|\bopen (till|until)\b/i;
// A segment that runs to Sunday covers every day ("Monday to Sunday", "周一至周日", "星期一至日").
const TO_SUNDAY = /\bto sunday\b|至\s*([周週]|星期|禮拜|礼拜)?[日天]/i;

/** The hours of an outlet's entry ("周一至周日 9:00–20:00"), split at commas into day ranges with their times. */
function hoursOf(entry: string): { name: string; hours: string; segments: string[] } | undefined {
  const name = /^([^:：]+)[:：]/.exec(entry)?.[1]?.trim();
  const sentence = entry
    .split(/(?<=[。.])\s*/)
    .find((s) => RANGE.test(s))
    ?.replace(/^open\s+/i, '')
    .replace(/[。.]\s*$/, '')
    .trim();
  if (!name || !sentence) return undefined;
  return { name, hours: sentence, segments: sentence.split(/[，,；;]\s*/).filter((s) => RANGE.test(s)) };
}

/** The segment of the hours for the day a question asks about, if it names one. */
function segmentFor(segments: string[], text: string): string | undefined {
  const sunday = SUNDAY.test(text) || WEEKEND.test(text);
  const saturday = SATURDAY.test(text);
  if (segments.length === 1) return segments[0];
  if (sunday)
    return segments.find((segment) => SUNDAY.test(segment) || /[日天]/.test(segment) || TO_SUNDAY.test(segment));
  if (saturday)
    return segments.find((segment) => SATURDAY.test(segment) || /[至到]\s*六/.test(segment) || TO_SUNDAY.test(segment));
  return undefined;
}

/**
 * "几点关门?", "what time do they close on sundays?" about one outlet: its closing time (for the day asked, where
 * its hours differ by day) with the hours it comes from — or its hours, for any other question about them.
 * Undefined when the entry states no hours.
 * @param asked the words of the question (the message by default).
 */
export function outletHours(turn: Turn, entry: string, asked: string = turn.text): string | undefined {
  const hours = hoursOf(entry);
  if (!hours) return undefined;
  const segment = segmentFor(hours.segments, asked);
  const close = segment ? RANGE.exec(segment)?.[2] : undefined;
  if (CLOSING.test(asked) && segment && close)
    return say(turn, 'faq.hours.closes', { outlet: hours.name, close, hours: segment });
  return say(turn, 'faq.hours.of', { outlet: hours.name, hours: segment ?? hours.hours });
}
