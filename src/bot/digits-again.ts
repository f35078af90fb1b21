import { provesLink } from '../tracking';
import { wantsToComplain } from './complaint-words';
import { wordsIn } from './intake-reading';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "yes 7777", "对，是7777没错", "係7777呀 冇錯" once those last 4 already proved the parcel (issue #17, blind batch 31:
 * 23.3 heard a complaint started): the customer only confirms what they said — acknowledged as verified already, and
 * nothing started. A message that asks or tells anything beside the digits is read as usual.
 */

// Words that only confirm or correct the digits: "yes", "right", "that's the one", "对", "沒錯", "後面那個", "才對".
const CONFIRMING =
  /\b(yes|yeah|yep|yup|right|correct|sorry|no|it'?s|is|the|that'?s|that|this|one|second|last|later|latter|number|digits?|ends?( in| with)?|i mean|meant|actually|ok(ay)?)\b|是|係|系|啦|喇|呀|啊|吧|对|對|没错|沒錯|冇錯|无错|無錯|正确|正確|啱|才对|才對|先啱|後面|后面|那个|那個|嗰個|个|個|就|我|说|說|講|讲|的|嘅|不对|不對|唔係|尾[号號数數]|末四[码碼]|后四位|後四位|手机|手機|电话|電話|收件人|寄件人|=|:|：/gi;

/** The 4 digits the message repeats, if it says nothing else of its own. */
export function digitsOnlyRepeated(text: string): string | undefined {
  const runs = text.match(/(?<!\d)\d{4}(?!\d)/g) ?? [];
  if (runs.length === 0 || new Set(runs).size !== 1 || /\d{5,}/.test(text)) return undefined;
  if (asksQuestion(text) || wantsToComplain(text) || text.trim().length > 40) return undefined;
  const rest = text.replace(/\d{4}/g, ' ').replace(CONFIRMING, ' ');
  return wordsIn(rest.replace(/[\s\p{P}]+/gu, ' ')) === 0 ? runs[0] : undefined;
}

/**
 * The conversation's parcel is proved already and the message only repeats last 4 digits that prove it: said so.
 * @returns whether it answered.
 */
export async function answerDigitsAgain(turn: Turn): Promise<boolean> {
  const { data, reading } = turn;
  const number = data.lastTracking;
  if (!number || data.verifyTracking || !data.verified.includes(number)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number) || reading.entities.phones.length > 0)
    return false;
  const digits = digitsOnlyRepeated(turn.text) ?? restatedWithParcel(turn, number);
  if (!digits) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || !provesLink(lookup.shipment, { last4: digits })) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'last4.alreadyProved', { number }));
  return true;
}

/**
 * "no not the beijing one!! the shanghai one SF1402837465921, 4444 is my number on that one" right after that parcel
 * was proved and changed (blind batch 43a: 01.5, replayed on a reply that had already acted on it): the parcel and its
 * digits said again, nothing asked nor complained of — the digits, when they are the only four in it.
 */
function restatedWithParcel(turn: Turn, number: string): string | undefined {
  const { text } = turn;
  if (!turn.reading.entities.trackingNumbers.some((t) => t.number === number)) return undefined;
  if (asksQuestion(text) || wantsToComplain(text) || text.length > 160) return undefined;
  const runs =
    text
      .split(number)
      .join(' ')
      .match(/(?<!\d)\d{4}(?!\d)/g) ?? [];
  return runs.length > 0 && new Set(runs).size === 1 ? runs[0] : undefined;
}
