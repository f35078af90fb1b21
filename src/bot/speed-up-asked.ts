/**
 * A speed-up asked for in so many words — "能不能加急", "可唔可以快啲送", "帮我加快一下", "can you hurry it up", "could
 * you expedite it" (issue #17). Though put as a question, it asks the courier to act: inside a complaint it is one of
 * the customer's demands (listed in the summary beside compensation and the rest), not a question about the
 * complaint's priority nor a question to leave out of what is wanted.
 */

// Asking for it: "能不能 / 可不可以 / 可唔可以 / 帮我 / 请 / 麻烦" before the speed word, or "得唔得 / 行不行 / 可以吗" after.
const ASKED_BEFORE =
  /(能不能|能否|可不可以|可以|可唔可以|可否|得唔得|帮我|幫我|帮忙|幫忙|请|請|麻烦|麻煩|唔該|唔该|拜托|拜託)[^，,。；;\s]{0,4}(加急|加快|快啲|快点|快點|快些|快一点|快一點|尽快|盡快|催)/;
const ASKED_AFTER =
  /(加急|加快|快啲|快点|快點|快些|快一点|快一點|尽快|盡快|催一下|催下)[^，,。；;\s]{0,4}(得唔得|得不得|行不行|行唔行|可以吗|可以嗎|可唔可以|好不好|好唔好|得吗|得嗎)/;
const ASKED_EN =
  /\b(can|could|would|will)\s+(you|u|ya|y'all)( guys| people)?( please| pls)?( just)?\s+(hurry|speed|rush|expedite|fast[- ]?track|push|chase|prioriti[sz]e)\b|\b(please|pls|plz)\s+(hurry|speed|rush|expedite|fast[- ]?track)\b|\b(any way|anyway|is there (any )?way|possible) to (hurry|speed|rush|expedite|fast[- ]?track)\b/i;

/** The message (or clause) asks the courier to speed the parcel up. */
export const asksSpeedUp = (text: string): boolean =>
  ASKED_BEFORE.test(text) || ASKED_AFTER.test(text) || ASKED_EN.test(text);

/** The message without its clauses that ask for a speed-up: what is left to read for a question. */
export const withoutSpeedUpAsked = (text: string): string =>
  text
    .split(/(?<=[，,。；;!！?？\n])/)
    .filter((clause) => !asksSpeedUp(clause))
    .join('');
