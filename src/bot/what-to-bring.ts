/**
 * What to bring or show to send or to collect a parcel: "do I need my passport?", "what should I take along to pick
 * it up?", "取件要带什么", "寄嘢要唔要帶護照" — the real-name rule for sending and the pickup rules (code or ID) in the
 * outlet knowledge's ID entry, never the claims procedure that "what do I need" also names (issue #17, blind batch
 * 25: 04.5 heard "not sure I understood" for a passport, 08.5 the claim rules for what to bring to collect).
 */

// A travel document, named beside needing, bringing or showing it: "need my passport", "帶護照", "要唔要護照".
const PASSPORT = /护照|護照|\bpassports?\b/i;
const NEED_OR_BRING =
  /\b(need|needs|needed|bring|bringing|show|showing|take|carry|required|require|must|have to|should)\b|带|帶|出示|需要|要不要|要唔要|用不用|使唔使|使不使/i;

// "what do I need to bring", "what should I take along", "anything I need to show": the things to have with you.
// "要带什么", "要帶咩", "需要帶什麼東西", "帶乜嘢去": the same in Chinese.
const WHAT_TO_BRING =
  /\bwhat\b[^.?!]{0,25}\b(bring|take along|take with me|carry|show)\b|\b(anything|something)\b[^.?!]{0,15}\b(to )?(bring|show)\b|\bdo i (have|need) to (bring|show)\b|(带|帶)(什么|什麼|啥|咩|乜|乜嘢|哪些|甚麼|些什么|些什麼)|(出示|准备|準備)(什么|什麼|啥|咩|乜嘢)(证件|證件|证明|證明)/i;

/** The words of every knowledge file's ID entry (knowledge/<market>/faq.*.md, `# outlet`), added to a lookup. */
export const ID_ENTRY_WORDS = '证件 證件 proof of identity';

/** The message asks what to bring or show ("what do I need to bring", "要带什么") to send or collect. */
export const asksWhatToBring = (text: string): boolean => WHAT_TO_BRING.test(text);

/** A passport named beside needing or bringing it ("need my passport", "要唔要帶護照"): a document to show. */
export const namesPassportNeeded = (text: string): boolean => PASSPORT.test(text) && NEED_OR_BRING.test(text);
