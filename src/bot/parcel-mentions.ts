/**
 * One reader for what a message says of parcels and matters beside the complaint's own (issue #17): another parcel
 * ("the second one, JT…", "另外一单 SF…", "仲有一件"), a second matter told in the same message ("two separate
 * matters", "两件事"), a new complaint on purpose ("another complaint", "再投诉一个"), or a correction of this
 * parcel's own number ("单号写错了 应该是SF…", "應該係…", "sorry typo, it's …").
 *
 * "Also / too / 也 / 都" alone names none of these: "this one is also late", "都三天了" stay on the same parcel, and
 * "单号也写错了 应该是SF…" corrects its number. Only beside a different parcel number, in a message that corrects
 * nothing, does an "also" say that parcel is another one with a problem too ("also JT… came cracked").
 */

// "the second one", "the other one", "now the vase one", "另外一个", "还有一单", "仲有一件", "顺便问下 SF…", "btw": a parcel
// named as another.
const ANOTHER_PARCEL =
  /\b(second|other|another|next|btw)\b|\bby the way\b|\bnow (the|for|about)\b|第二|另外|另一|还有|還有|仲有|顺便|順便|多一(单|單|件|个|個)|再一(单|單|件|个|個)/i;
// "two separate matters", "firstly … secondly", "两件事", "兩單": more than one matter in the message.
const SECOND_MATTER = /\b(second(ly)?|two|both)\b|兩個|两个|兩件|两件|兩單|两单|兩樣|两样|第二/i;
// "also", "too", "as well", "也", "都": adds to what is said — of the same parcel unless another number is named.
const ALSO = /\b(also|too|as well)\b|也|都/i;
// "单号写错了", "打錯咗", "sorry typo", "wrong number": the number given before was wrong.
const NUMBER_WRONG =
  /(单号|單號|号码|號碼|单子|單)[^，。,.?？!！]{0,6}(错|錯|唔啱|不对|不對)|(写|寫|打|输|輸|填|抄|睇|看)(错|錯)|\b(typo|mistyped|misspel+t|misspelled|wrong (tracking )?(number|no\.?|#))\b|\b(number|tracking( number)?) (was|is) wrong\b/i;
// "应该是", "應該係", "I meant", "should be", "不是SF1 是…", "not that one, it's …": what leads to the right number.
const LEADS_TO_RIGHT =
  /(应该|應該|正确|正確|更正|改成|改为|改為|其实|其實|\bi mean(t)?|\bshould (be|have been|read)|\bactually|\bcorrect (one|number)( is)?|(不是|唔係).{1,30}(是|係)|\bnot\b.{1,30}(it'?s|it is))\s*[:：]?\s*$/i;
// "算了这个我先问问寄件人", "这个先不管", "this one can wait", "forget this one", "呢件唔理住": this parcel set aside.
const SETS_ASIDE =
  /算了这[个個]|算了這[个個]|这[个個]先不|這[个個]先不|先不管这|先不管這|这[个個]先放|這[个個]先放|这[个個]我先|這[个個]我先|呢件(唔理住|算啦|算住|遲啲先)|\b(this|that|the first) one can wait\b|\b(forget|never ?mind|leave|skip) (about )?(this|that|the first) one\b/i;
// "another complaint", "a new complaint", "再投诉一个", "另一個投訴": a new complaint on purpose.
const ANOTHER_COMPLAINT =
  /\b(another|a new|a second|separate|different) (complaint|case|ticket|problem|issue)\b|(另一个|另一個|另外一个|另外一個|新的|再)(投诉|投訴|问题|問題)|再投诉一|再投訴一/i;

/** What a message says of a parcel number it names beside the ones being talked about. */
export type ParcelMention =
  /** The number given before was wrong: this is the complaint's parcel. */
  | { kind: 'correction'; number: string }
  /** Another parcel, with its own problem and ticket; `setsAside` when the customer drops the first for it. */
  | { kind: 'another'; number: string; setsAside: boolean };

/**
 * The message corrects the number given before to `number`: says the number was wrong ("单号写错了", "打錯咗",
 * "sorry typo"), or leads to it as the right one ("应该是SF…", "應該係…", "I meant …", "不是SF1 是SF2").
 */
export function correctsNumber(text: string, number: string): boolean {
  if (NUMBER_WRONG.test(text)) return true;
  const at = text.indexOf(number);
  return at > 0 && LEADS_TO_RIGHT.test(text.slice(Math.max(0, at - 40), at));
}

/** The message names another parcel in words ("the second one", "另外一个", "仲有一件"), whatever number it gives. */
export const namesAnotherParcel = (text: string): boolean => ANOTHER_PARCEL.test(text);

/** The customer sets the complaint's parcel aside for another one ("算了这个我先问问寄件人 另外一个 SF…"). */
export const setsParcelAside = (text: string): boolean => SETS_ASIDE.test(text);

/** The customer means a new complaint, not more about the last one. */
export const wantsAnotherComplaint = (text: string): boolean => ANOTHER_COMPLAINT.test(text);

/**
 * What a message naming parcel numbers says of them, against the numbers being talked about (`current`): a
 * correction of this parcel's number (the number written last, "不是SF1 是SF2"), another parcel (named as another, as
 * a second matter, set aside for, or with an "also"), or undefined when it names no other number or says neither.
 */
export function parcelMentionIn(
  text: string,
  named: readonly string[],
  current: readonly string[],
): ParcelMention | undefined {
  const others = named.filter((n) => !current.includes(n));
  const [first] = others;
  if (first === undefined || current.length === 0) return undefined;
  // Only another number can correct the one given; one parcel's number beside the same parcel's is no correction.
  const setsAside = SETS_ASIDE.test(text);
  const corrected = [...others].reverse().find((n) => correctsNumber(text, n));
  if (corrected && !setsAside) return { kind: 'correction', number: corrected };
  if (setsAside || ANOTHER_PARCEL.test(text) || SECOND_MATTER.test(text) || ALSO.test(text))
    return { kind: 'another', number: first, setsAside };
  return undefined;
}

/**
 * Two parcels told of in one message ("两件事：SF… 还没到；另外 JT… 的快递员…", "SF… and JT… both late"): the other
 * one's number, or undefined (one parcel, or the second number corrects the first).
 */
export function secondMatterIn(text: string, named: readonly string[], first: string): string | undefined {
  const mention = parcelMentionIn(text, named, [first]);
  return mention?.kind === 'another' ? mention.number : undefined;
}

/**
 * The number a message settles on when it corrects itself ("YT… 打错了 应该是 SF… 延误三天了", "SF…, sorry, I meant
 * JT…"): the corrected one, or undefined when it corrects none.
 */
export function numberSettledIn(text: string, named: readonly string[]): string | undefined {
  const [first, ...rest] = named;
  if (first === undefined || rest.length === 0) return undefined;
  const mention = parcelMentionIn(text, rest, [first]);
  return mention?.kind === 'correction' ? mention.number : undefined;
}

// "第二個好像一直沒到", "the second one never came", "后面那个": the second of two numbers given. "第一個" names the first.
const SECOND_OF_TWO =
  /第二(个|個|件|单|單|票|包|張|张)|(?<![然以最之])(后|後)(面|边|邊)(那|这|這|嗰)?(一)?(个|個|件|单|單)|(?<![然以最之])(后|後)一(个|個|件|单|單)|\b(the )?(second|2nd|latter) (one|parcel|package|number)\b(?! (this|that|in|of|today|time|month|week|year))|\bthe latter\b/i;
const FIRST_OF_TWO =
  /第一(个|個|件|单|單|票|包|張|张)|(?<![然以最之])(前|头|頭)(面|边|邊)(那|这|這|嗰)?(一)?(个|個|件|单|單)|\b(the )?(first|1st|former) (one|parcel|package|number)\b|\bthe former\b/i;

// An ordinal, then the number it labels.
const LABEL =
  /(第[一二]|first|second|1st|2nd)\S{0,3}\s*(one|parcel|package|number)?\s*(是|係|is|:|：|=)?\s*[A-Z]{0,2}\d{6,}[A-Z]{0,2}/gi;

/**
 * Two numbers given, and the second of them picked out in words of its own ("想查兩個單號 SF… 跟 SF… 第二個好像一直沒到" —
 * issue #17, blind batch 43a: 11.1 heard that the first one was fine): that second number, or undefined. An ordinal
 * right before a number labels it ("第二個是 SF…", "2nd one: JT…"), it does not pick one out.
 */
export function secondOfTwoMeant(text: string, named: readonly string[]): string | undefined {
  if (named.length !== 2) return undefined;
  const unlabelled = text.replace(LABEL, ' ');
  const second = SECOND_OF_TWO.test(unlabelled);
  const first = FIRST_OF_TWO.test(unlabelled);
  return second && !first ? named[1] : undefined;
}
