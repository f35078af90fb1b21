import type { Turn } from './turn';

// What the customer says of a lookup that found nothing: "查不到？", "搵唔到？", "not found??", "can't find it?".
const NOT_FOUND_WORDS =
  /查不到|查唔到|查無|查无|查冇|查不出|找不到|搵唔到|搵唔倒|(沒有|没有|冇|無|无)(這個|这个|呢個|此)?(單號|单号)?(的|嘅)?(資料|资料|記錄|记录|紀錄|信息|資訊)|\bnot found\b|\bno (record|records|result|results|info|information)\b|\b(can'?t|cannot|couldn'?t|could not) (find|see|track)( it| that| this| my parcel| the parcel| anything)?\b|\bdoesn'?t (exist|show( up)?)\b|\bnothing (found|comes up|came up)\b/gi;

// The customer's own slip with the number: "打錯了 是SF…", "输错了", "oops typo, it's SF…" (batch 11 11.2: read as a
// complaint about tracking information, and asked three times what remedy they wanted).
const MISTYPED =
  /打錯|打错|輸錯|输错|寫錯|写错|按錯|按错|抄錯|抄错|打漏|\btypo\b|\bmis-?typed?\b|\bwrong number\b|\bmy (bad|mistake)\b|\boops\b/gi;

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
  return rest.intent !== 'complaint';
}
