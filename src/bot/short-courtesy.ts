/**
 * "OK thx", "thanks!", "ok 👍", "noted, cheers": a short courtesy in Latin letters says nothing of the customer's
 * language — a Cantonese or Mandarin chat keeps its language and script for it (issue #17, blind batch 26: 30.6).
 */
const COURTESY =
  /^[\s\p{P}\p{Extended_Pictographic}\u{fe0f}]*(?:(?:ok(?:ay)?|k+|thx|thanks?|thank (?:you|u)|ty|tks|tq|cheers|noted|got it|cool|great|nice|sure|yes|yep|yeah|alright|bye|np|(?:so|very) much|a lot|many thanks|much appreciated)(?![a-z])[\s\p{P}\p{Extended_Pictographic}\u{fe0f}]*)+$/iu;

/** The message is only a short Latin-letter courtesy (or an emoji), nothing asked or told. */
export const onlyCourtesy = (text: string): boolean => text.length <= 40 && COURTESY.test(text);
