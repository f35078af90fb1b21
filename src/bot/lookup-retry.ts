import { deliveryChangeKind } from './delivery-change-reading';
import { citesNumberSource } from './number-as-given';
import type { Turn } from './turn';

// What the customer says of a lookup that found nothing: "查不到？", "搵唔到？", "not found??", "can't find it?".
const NOT_FOUND_WORDS =
  /查不到|查唔到|查無|查无|查冇|查不出|找不到|搵唔到|搵唔倒|(沒有|没有|冇|無|无)(這個|这个|呢個|此)?(單號|单号)?(的|嘅)?(資料|资料|記錄|记录|紀錄|信息|資訊)|\bnot found\b|\bno (record|records|result|results|info|information)\b|\b(can'?t|cannot|couldn'?t|could not) (find|see|track)( it| that| this| my parcel| the parcel| anything)?\b|\bdoesn'?t (exist|show( up)?)\b|\bnothing (found|comes up|came up)\b/gi;

// The customer's own slip with the number: "打錯了 是SF…", "输错了", "oops typo, it's SF…" (batch 11 11.2: read as a
// complaint about tracking information, and asked three times what remedy they wanted).
// ("少打了一位", "漏咗一個字", "missed a digit": a digit short or over — batch 18 20.2 opened a complaint on it.)
const MISTYPED =
  /打錯|打错|輸錯|输错|寫錯|写错|按錯|按错|抄錯|抄错|打漏|(少|多|漏)(打|输|輸|写|寫|按|抄)?(了|咗)?(一|1|两|兩|2)?(位|個字|个字|個數|个数|个数字|個數字|碼|码)|(少|多|漏)打|打(少|多)(了|咗)|\btypo\b|\bmis-?typed?\b|\bwrong number\b|\bmy (bad|mistake)\b|\boops\b|\b(missed|missing|left out|dropped|forgot|skipped|added) (a|one|the last|the first|an extra|a extra) (digit|number|character)\b|\b(one|a) digit (short|missing|too many)\b/gi;

// What may stand beside the slip and tell nothing: "喔", "oh sorry", "唔好意思", "哈".
const SLIP_ASIDES =
  /\b(oh|ah|oops|sorry|soz|sry|my bad|haha|lol|here|it'?s|its|it is|the|right|one|is)\b|喔|哦|噢|啊|呀|咦|欸|诶|哈+|抱歉|不好意思|唔好意思|係|是|这个|這個|呢個|才对|才對|先啱|啦|了|咗|[\s\p{P}\p{S}]/giu;

/**
 * "喔打錯 SF2210478832106", "oops typo, it's SF…": the customer's own slip with the number put right, and nothing
 * else — no account of a problem (blind batch 38a: 12.2 made "打錯" the complaint's type, wrong information).
 */
export function onlyPutsNumberRight(text: string, numbers: readonly string[]): boolean {
  const slip = new RegExp(MISTYPED.source, 'i').test(text) || PUT_RIGHT.test(text);
  if (!slip) return false;
  const rest = numbers
    .reduce((left, number) => left.split(number).join(' '), text)
    .replace(MISTYPED, ' ')
    .replace(new RegExp(PUT_RIGHT.source, 'gi'), ' ')
    .replace(SLIP_ASIDES, '');
  return rest.length === 0;
}

// Below this, a complaint reading of what is left beside the slip is a guess, not a problem told.
const FAINT = 0.6;

/**
 * "蛤？查不到？ 那試試 SF…", "not found?? ok try SF…" right after a number was not found (issue #17, batch 9 P6): the
 * customer's surprise is about the lookup, and the new number is a tracking question like the first — not a
 * complaint about tracking information. Read without its words about the lookup, a message that is no complaint
 * (the NLU's own reading) is a tracking question; one that tells of a problem too ("…it's 3 days late") stays one.
 * @param notFound the number the last reply could not find.
 */
export function retriesLookup(turn: Turn, notFound: string): boolean {
  const { reading, text, services } = turn;
  if (reading.intent !== 'complaint') return false;
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  if (named.length === 0 || named.includes(notFound)) return false;
  const about = new RegExp(NOT_FOUND_WORDS.source, 'i').test(text) || new RegExp(MISTYPED.source, 'i').test(text);
  if (!about) return false;
  const rest = services.nlu.analyze(text.replace(NOT_FOUND_WORDS, ' ').replace(MISTYPED, ' '), services.clock.now());
  // ("oh wait thats the ups one my bad. YT…": a faint complaint reading of the slip's own words tells no problem —
  // blind-25 10.3 heard "sorry you were treated like that".)
  return rest.intent !== 'complaint' || rest.confidence < FAINT;
}

// "it's definitely right, I copied it from the shop", "单号没错啊 我复制的", "冇打錯呀 賣家俾我嘅": the number just not found is
// the one the customer has — checked, not mistyped.
// ("短信里就是这个号", "簡訊上就係呢個號碼", "that's the number in the text": the number as the customer was given it.)
// ("點會查唔到，我張單寫住㗎", "how can it not be found?": disbelief that it is not found — batch 21 30.3.)
const NUMBER_RIGHT =
  /(短信|簡訊|短訊|信息|訊息|邮件|郵件|单子|單子|面单|面單)(里|裡|裏|上|度)?(写的|寫的|寫嘅)?(就是|就係|明明是|明明係)(这|這|呢)(个|個)?(号|號|单号|單號|号码|號碼)|\bthat'?s the (number|one) (in|from|on) (the|my) (text|sms|message|email|receipt|label)\b|\b(it'?s|it is|that'?s|number is|the number'?s|its)\s+(definitely |def |100% |absolutely |totally )?(right|correct)\b|\b(definitely|absolutely|totally) (right|correct)\b|\b(copied|copy[- ]?pasted|pasted) (it )?(from|off)\b|\bdouble[- ]?checked\b|\bchecked (it )?(twice|again)\b|没错|沒錯|冇錯|冇打錯|没打错|沒打錯|没有错|沒有錯|是对的|是對的|係啱嘅|啱㗎|(复制|複製|抄|copy)(的|嘅|過嚟|过来)|核对过|核對過|确认过|確認過|對過|对过|卖家给的|賣家給的|賣家俾|商家给的|商家給的|(点会|點會|怎么会|怎麼會|怎会|怎會|为什么会|為什麼會)(查|揾|搵|找)?(唔|不)(到|见|見)|(单|單|单子|單子|面单|面單|运单|運單)(上)?(面)?(写住|寫住|写着|寫著|印住|印着|印著)|\bhow (can|could|come|is it)\b[^.?!]{0,25}\b(not|n'?t)\b[^.?!]{0,15}\b(find|found|exist|be found)\b|\bwhat do you mean\b[^.?!]{0,20}\b(can'?t|cannot|not)\b[^.?!]{0,10}\bfind\b|\bit'?s (written|printed) on\b/i;

/** "it's definitely right", "单号没错啊 我复制的", "點會查唔到，我張單寫住㗎": the number just not found is the customer's. */
export const saysNumberRight = (text: string): boolean => NUMBER_RIGHT.test(text) || citesNumberSource(text);

/**
 * Right after a number was not found, the customer insists it is right (batch 16 09.4 got "did you mean…" with
 * complaint buttons): why a right number may not show yet and who can tell. False when the message is not that (it
 * names a number, or says something else).
 */
export function insistsNumberRight(turn: Turn, notFound: string | undefined): boolean {
  if (!notFound || turn.reading.entities.trackingNumbers.length > 0) return false;
  const { intent } = turn.reading;
  if (intent === 'human' || intent.startsWith('faq.')) return false;
  // (A change read in "I compared it with the label, it's definitely right" names none: the number is stood by.)
  if (intent === 'change_delivery' && deliveryChangeKind(turn.text, turn.reading) !== undefined) return false;
  return saysNumberRight(turn.text) && turn.text.trim().length <= 80;
}

// "應該係 SF…", "应该是", "其實係", "sorry it should be SF…", "I meant SF…": the number put right, nothing else asked.
const PUT_RIGHT =
  /應該係|应该係|應該是|应该是|應該為|应该为|其實係|其实係|其實是|其实是|正確(嘅|的)?(係|是)|正确的?是|\b(should|shoulda|must) (be|have been)\b|\bi meant?\b|\bcorrect (one|number) is\b|\bactually,? (it'?s|its|it is)\b/i;

/**
 * "咦 唔好意思 應該係 SF…", "sorry, it should be SF…" right after a number could not be found or failed its check
 * (issue #17, blind batch 22: 30.2): the number put right is a tracking question like the first — its status — not a
 * change of delivery the NLU reads in "should be". A message that asks for a change, or tells a problem, is left to
 * its reading.
 * @param notFound the number the last reply could not find or take.
 */
export function putsNumberRight(turn: Turn, notFound: string): boolean {
  const { reading, text } = turn;
  // (A problem told — the NLU's complaint — is left to its reading.)
  if (reading.intent !== 'change_delivery' && reading.intent !== 'other') return false;
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  if (named.length !== 1 || named.includes(notFound)) return false;
  // (MISTYPED is global, for the words it finds elsewhere: a copy tests without its lastIndex.)
  const said = PUT_RIGHT.test(text) || new RegExp(MISTYPED.source, 'i').test(text);
  return said && deliveryChangeKind(text, reading) === undefined;
}
