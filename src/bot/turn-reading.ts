import { simplifiedOnlyCharacters } from './chinese-script';
import { languageAsked, mostlyEnglish, romanisedCantonese } from './language-choice';
import { withoutNeighbourNumbers } from './reference-parcel';
import { onlyCourtesy } from './short-courtesy';
import { withoutWrittenAddresses } from './written-address-span';
import type { TurnContext } from 'botbuilder-core';
import type { ComplaintCategory, Locale, Nlu, NluResult } from '../nlu';
import type { Clock } from '../tickets';

export interface TurnReading {
  result: NluResult;
  /** The complaint category the message speaks of, even when its intent is not a complaint. */
  complaintCategory?: ComplaintCategory;
}

/** Where the turn's reading is kept: deleted when the message read is replaced (a language request taken out). */
export const TURN_READING = Symbol('parcelcare.reading');

/**
 * The NLU's reading of the turn's message, made once per turn by whoever needs it first: the directory
 * reads the language of a new conversation's first message before the bot reads its intent.
 */
export function readTurn(context: TurnContext, nlu: Nlu, clock: Clock): TurnReading {
  const cached = context.turnState.get(TURN_READING) as TurnReading | undefined;
  if (cached) return cached;
  const text = context.activity.text ?? '';
  const read = nlu.read(text, clock.now());
  // ("SF… 嘅前一件": SF… is not the parcel spoken of.)
  const reading = { ...read, result: withoutNeighbourNumbers(read.result, text) };
  context.turnState.set(TURN_READING, reading);
  return reading;
}

/** The locale a client announces (zh-Hant, zh-TW, zh-HK → zh-TW; other zh → zh-CN; else en). */
export function localeFromClient(locale: string | undefined): Locale {
  const l = (locale ?? '').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/**
 * The language a message shows, if any: one the customer asks for outright ("English please", "請用中文"), else
 * what the message is mostly written in — a Chinese term inside English ("my COD 代收货款 is late") is English.
 * Short replies ("1234", "skip", "hi") tell us nothing, and Chinese that both scripts write alike ("取消",
 * "好的") does not move a Traditional conversation to Simplified.
 */
export function spokenLocale(reading: NluResult, text: string, current?: Locale): Locale | undefined {
  const asked = languageAsked(text);
  if (asked) return asked.scriptUnsaid && current && current !== 'en' ? current : asked.locale;
  // ("OK thx" in a Cantonese chat: no English spoken.)
  if (current && current !== 'en' && onlyCourtesy(text)) return undefined;
  // ("ok submit", "yes pls", "ok cancel" in a Cantonese chat: a word or two of English is how Hong Kong writes, no
  // language chosen — blind batch 46b: 13.7 got its filing in English. "track pls", "why late?", "refund please" say
  // something in English: an English speaker — a stranger's review of session 46.)
  if (current && current !== 'en' && onlyCodeSwitchWords(text)) return undefined;
  // ("ngo ge parcel", "dim gaai 8 yat dou mou update ga": Cantonese in Latin letters, no English — blind batch 51a: 14.)
  if (current !== 'en' && romanisedCantonese(text)) return undefined;
  if (reading.locale !== 'en' && mostlyEnglish(text, current)) return 'en';
  // "台北寄高雄 8公斤" reads as Simplified to the NLU (OpenCC writes 臺北), but Taiwan writes 台 too: only a character
  // Traditional has not (发, 请) moves a Traditional conversation to Simplified.
  // ("新地址：上海市徐汇区漕溪北路88号" in a Cantonese chat: the address is copied as the waybill writes it.)
  if (
    reading.locale === 'zh-CN' &&
    current === 'zh-TW' &&
    simplifiedOnlyCharacters(withoutWrittenAddresses(text)).length === 0
  )
    return undefined;
  return reading.locale !== 'en' || /(?<![a-z])[a-z]{2,}\s+[a-z]{2,}/i.test(text) ? reading.locale : undefined;
}

// The English a Chinese chat uses without changing language: yes/no, ok, submit, cancel, please, thanks.
const CODE_SWITCH = new Set([
  'ok',
  'okay',
  'k',
  'yes',
  'yeah',
  'yep',
  'no',
  'nope',
  'submit',
  'cancel',
  'pls',
  'please',
]);
const CODE_SWITCH_MORE = new Set(['plz', 'sure', 'fine', 'done', 'thx', 'thanks', 'ty', 'sorry', 'then', 'lah', 'la']);
function onlyCodeSwitchWords(text: string): boolean {
  if (/[\u3400-\u9fff]/.test(text)) return false;
  const words = (text.match(/[a-z]+/gi) ?? []).map((w) => w.toLowerCase());
  return words.length > 0 && words.length < 3 && words.every((w) => CODE_SWITCH.has(w) || CODE_SWITCH_MORE.has(w));
}

/** The language a new conversation starts in: what its first message shows, else what its client announced. */
export function firstLocale(context: TurnContext, nlu: Nlu, clock: Clock): Locale {
  const { activity } = context;
  const client = localeFromClient(activity.locale);
  const text = activity.text ?? '';
  const spoken = activity.type === 'message' ? spokenLocale(readTurn(context, nlu, clock).result, text) : undefined;
  // A Traditional client's first message in characters both scripts write ("台北寄高雄 8公斤") is Traditional.
  if (spoken === 'zh-CN' && client === 'zh-TW' && simplifiedOnlyCharacters(text).length === 0) return client;
  return spoken ?? client;
}
