import { scriptConverter } from './chinese-script';
import type { TurnContext } from 'botbuilder';
import type { ComplaintCategory, Locale, Nlu, NluResult } from '../nlu';
import type { Clock } from '../tickets';

export interface TurnReading {
  result: NluResult;
  /** The complaint category the message speaks of, even when its intent is not a complaint. */
  complaintCategory?: ComplaintCategory;
}

const READING = Symbol('parcelcare.reading');

/**
 * The NLU's reading of the turn's message, made once per turn by whoever needs it first: the directory
 * reads the language of a new conversation's first message before the bot reads its intent.
 */
export function readTurn(context: TurnContext, nlu: Nlu, clock: Clock): TurnReading {
  const cached = context.turnState.get(READING) as TurnReading | undefined;
  if (cached) return cached;
  const reading = nlu.read(context.activity.text ?? '', clock.now());
  context.turnState.set(READING, reading);
  return reading;
}

/** The locale a client announces (zh-Hant, zh-TW, zh-HK → zh-TW; other zh → zh-CN; else en). */
export function localeFromClient(locale: string | undefined): Locale {
  const l = (locale ?? '').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  return 'en';
}

// Simplified → Traditional, characters only: a message it leaves unchanged could be written in either script.
const toTraditional = scriptConverter('cn', 't');

/**
 * The language a message shows, if any: short replies ("1234", "skip", "hi") tell us nothing, and Chinese
 * that both scripts write alike ("取消", "好的") does not move a Traditional conversation to Simplified.
 */
export function spokenLocale(reading: NluResult, text: string, current?: Locale): Locale | undefined {
  if (reading.locale === 'zh-CN' && current === 'zh-TW' && toTraditional(text) === text) return undefined;
  return reading.locale !== 'en' || /[a-z]{2,}\s+[a-z]{2,}/i.test(text) ? reading.locale : undefined;
}

/** The language a new conversation starts in: what its first message shows, else what its client announced. */
export function firstLocale(context: TurnContext, nlu: Nlu, clock: Clock): Locale {
  const { activity } = context;
  const spoken =
    activity.type === 'message' ? spokenLocale(readTurn(context, nlu, clock).result, activity.text ?? '') : undefined;
  return spoken ?? localeFromClient(activity.locale);
}
