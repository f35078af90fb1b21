import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { wordsIn } from './intake-reading';
import type { Turn } from './turn';

/**
 * "I need to stop a parcel and have it sent back to me… SF221047883210" not found, then "sorry SF2210478832106": the
 * number put right carries what the first message asked (issue #17, blind batch 44a: 03.2 heard only the status, the
 * return asked for was lost). Only a message that is the number and a word of correction; only when the message before
 * it asked something besides its number.
 * @returns the earlier message with the number put right, to be read as this turn's message; else undefined.
 */
export function requestOfCorrectedNumber(
  turn: Pick<Turn, 'text' | 'reading' | 'data'>,
  notFound: string,
): string | undefined {
  const numbers = turn.reading.entities.trackingNumbers.map((t) => t.number);
  const [number] = numbers;
  if (numbers.length !== 1 || number === undefined || number === notFound) return undefined;
  // (Another parcel's number is no correction: only one a typo or two away — a digit missed, swapped or mistyped.)
  if (DamerauLevenshteinDistance(number.toUpperCase(), notFound.toUpperCase()) > 3) return undefined;
  const rest = turn.text.replace(number, ' ').replace(CORRECTION, ' ');
  if (wordsIn(rest) > 0) return undefined;
  // (The message before this one is the one whose number was not found; `said` may hold this one already.)
  const said = turn.data.said ?? [];
  const before = said.at(-1) === turn.text ? said.at(-2) : said.at(-1);
  if (!before?.includes(notFound) || wordsIn(before.replace(notFound, ' ')) < 3) return undefined;
  return before.replace(notFound, number);
}

// "sorry", "oops typo", "my bad, it's", "少打了一位", "打错了 应该是", "唔好意思 係": the correction's own words.
// ("啊抱歉單號打錯了，是…", "oops sorry the number is …" — blind batch 52b: 12.2, 05.2 lost the first message.)
const CORRECTION =
  /\b(sorry|soz|oops|typo|my bad|i meant?|it'?s|its|it should be|should be|the right one is|correct (one|number) is|wrong number|(the |my )?(tracking )?number( is)?|the|is|actually|here|i (swapped|switched|mixed up|missed|mistyped|typed|got)( two| a| one| the| some)?( digits?| numbers?| letters?| it wrong| wrong)?)\b|(两|兩)?(位|个数字|個數字)?(顛倒|颠倒|調轉|调转|掉轉|掉转)(了|咗)?|單號|单号|號碼|号码|运单号|運單號|不好意思|唔好意思|抱歉|打错了?|打錯了?|打错咗|打錯咗|少打了一位|少打咗一位|多打了一位|写错了?|寫錯了?|应该是|應該是|應該係|是|係|啊|呀|喔|哦|了|[\s\p{P}\p{S}]/giu;
