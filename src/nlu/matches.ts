/**
 * Every match of a global regex in a text, in order: what `[...text.matchAll(regex)]` gives, found with `exec` on the
 * regex itself. `matchAll` copies the regex on every call (`new RegExp(regex, flags)`: a compilation-cache lookup and a
 * new regex object per message and pattern, a measurable share of the NLU's time); `exec` on the one regex does not.
 * The regex's lastIndex is 0 before and after, as matchAll's copy starts from a regex that nothing else moves.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    found.push(m);
    // An empty match moves on by one character, as matchAll does (a surrogate pair is one character with the u flag).
    if (m[0] === '') regex.lastIndex = advance(text, regex.lastIndex, regex.unicode);
  }
  return found;
}

/** ECMAScript's AdvanceStringIndex. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
