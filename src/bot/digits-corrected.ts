/**
 * Digits corrected in the same message (issue #17, blind batch 31: 23.2): "末四碼是 7771... 不對不對，是 7777",
 * "last 4 is 4441, no wait, 4444", "尾數 5554 唔係 打錯 5555" — the digits after the correction are the answer; the
 * withdrawn ones are never checked (nor counted as a wrong try).
 */

// A correction of what was just written: "不對", "唔係", "打錯", "說錯", "應該是", "no wait", "sorry", "I mean", "oops".
const CORRECTION =
  /不對|不对|不是|唔係|唔啱|唔對|打錯|打错|講錯|讲错|說錯|说错|寫錯|写错|按錯|按错|應該是|应该是|應該係|更正|\bno\b|\bwait\b|\bsorry\b|\bi mean\b|\boops\b|\bcorrection\b|\bactually\b|\bmy (bad|mistake)\b|\btypo\b/gi;
// Four digits standing alone.
const FOUR = /(?<!\d)(\d{4})(?!\d)/g;

/**
 * The four digits written after a correction that follows position `after` in `text` (digits already normalised to
 * ASCII), or undefined when nothing after it corrects them.
 */
export function digitsCorrectedAfter(text: string, after: number): string | undefined {
  const rest = text.slice(after);
  const corrections = [...rest.matchAll(CORRECTION)];
  const last = corrections.at(-1);
  if (!last) return undefined;
  const groups = [...rest.slice(corrections[0]?.index ?? 0).matchAll(FOUR)];
  return groups.at(-1)?.[1];
}

// What stands between the withdrawn digits and the right ones: "是", "係", "is", "it's", marks.
const FILLER =
  /(?<![\u3400-\u9fff])(是|係|系|就是|应该|應該)(?![\u3400-\u9fff])|是|係|\b(it'?s|is|it is)\b|[.…。,，!！、]+/gi;

/**
 * The words before the right digits with the withdrawn digits and the correction taken out ("末四碼是 7771... 不對不對，
 * 是 " → "末四碼"): nothing is left to read as a message of its own. The words as they are when none was corrected.
 */
export function withoutWithdrawn(before: string): string {
  if (!new RegExp(CORRECTION.source, 'i').test(before)) return before;
  return before.replace(FOUR, ' ').replace(CORRECTION, ' ').replace(FILLER, ' ');
}
