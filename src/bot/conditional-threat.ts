/**
 * "If it is late I'll go to the postal bureau", "要是明天还不到我就打12305", "如果遲咗我就去消委會" (issue #17, blind-33
 * 06.6): a threat on a condition that has not come about — a warning of what the customer will do, not a complaint
 * about what has happened. A leaf module: the worry reader and the intake's opening use it.
 */

// "如果", "要是", "万一", "再不…就", "还不…就", "仲未…就", "if", "unless", "otherwise".
const CONDITION =
  /如果|要是|假如|万一|萬一|若是|倘若|假使|要係|再(不|没|沒|唔|冇)[^，,。.!！?？]{0,12}就|(还|還|仲)(不|没|沒|是不|係唔|未|唔|冇)[^，,。.!！?？]{0,12}就|否则|否則|不然|\b(if|unless|in case|otherwise|or else|should (it|the (parcel|package|delivery)))\b/i;

// What follows then: "我就…", "那就…", "咁我就…", "then I'll…", "I'm going to…".
const THEN =
  /^\s*(那|那么|那麼|那我|我|咁|咁我|到时|到時|到時候|到时候)?\s*(就|便|会|會|要|一定)|^\s*(then|i'?ll|i will|i'?m|i am|we'?ll|we will|we'?re)\b/i;

// Where a clause ends: the condition and its threat are one clause; what follows it is read on its own.
const CLAUSE = /(?<=[，,。.!！?？;；\n])/;

/**
 * The message less its clauses that put a condition ("and if it is late I'll go to the bureau, my daughter says they
 * have a hotline" keeps "my daughter says they have a hotline"); undefined when no clause does.
 */
export function withoutConditions(text: string): string | undefined {
  const clauses = text.split(CLAUSE);
  // ("要是明天还不到，我就去12305": the clause after the condition that says what then is the condition's too.)
  const kept = clauses.filter(
    (clause, i) => !CONDITION.test(clause) && !(i > 0 && CONDITION.test(clauses[i - 1] ?? '') && THEN.test(clause)),
  );
  return kept.length === clauses.length ? undefined : kept.join('').trim();
}
