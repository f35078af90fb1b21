import type { ComplaintCategory } from '../nlu';

/**
 * The type a customer tells the bot to file a complaint under, in so many words: "ok file it as lost then", "treat it
 * as damaged", "按丢件登记吧", "當遺失處理", "當唔見咗計" (issue #17, batch 21: 02.4 was filed as a paid service not
 * honoured, from an insurance named two turns before). What the customer asks the complaint to be outranks what the
 * NLU guesses from the rest of the message.
 */
const ENGLISH =
  /\b(file|log|register|report|record|put|treat|mark|take|count|class)\w*\b[^.?!]{0,12}\bas\b\s*(a |an )?(lost|missing|damaged|broken|late|delayed|a delay)\b/i;
const CHINESE =
  /(按|当|當|作为|作為|算)(作|做)?(丢件|丢失|遗失|遺失|丢了|唔見咗?|冇咗|破损|破損|损坏|損壞|烂咗|爛咗|延误|延誤|迟到|遲到)(件|处理|處理|登记|登記|投诉|投訴|计|計|申报|申報|报|報|啦|吧|喇)/;

const KIND: [RegExp, ComplaintCategory][] = [
  [/lost|missing|丢|遗失|遺失|唔見|冇咗/i, 'lost'],
  [/damaged|broken|破损|破損|损坏|損壞|烂|爛/i, 'damaged'],
  [/late|delay|延误|延誤|迟到|遲到/i, 'delay'],
];

// "don't file it as lost", "不要按丢件处理", "应该不算丢件吧": the type turned down, or only wondered about.
const NOT_THAT =
  /\b(don'?t|do not|not|never|no need to|shouldn'?t)\b[^.?!]{0,12}\b(file|log|register|report|record|put|treat|mark|take|count|class)\w*\b[^.?!]{0,12}\bas\b|\bnot (yet )?(lost|missing|damaged|broken|late)\b|(不要|别|別|唔好|不用|唔使|不算|唔算|未算|不是|唔係)[^，。,.!?！？]{0,4}(按|当|當|作为|作為|算)|(不算|唔算|未算)(丢|丟|遗失|遺失|唔見)|(吗|嗎|咩)\s*[?？]?\s*$|吧\s*[?？]\s*$/i;

/** The complaint type the message tells the bot to file under; undefined when it names none. */
export function categoryNamedAs(text: string): ComplaintCategory | undefined {
  if (NOT_THAT.test(text)) return undefined;
  const named = ENGLISH.exec(text)?.[3] ?? CHINESE.exec(text)?.[3];
  if (!named) return undefined;
  return KIND.find(([words]) => words.test(named))?.[1];
}
