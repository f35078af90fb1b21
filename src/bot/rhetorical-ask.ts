/**
 * A question that answers rather than asks: "赔偿啊还用问？", "這還用說嗎", "仲使問咩", "廢話", "need you ask?", "what do
 * you think?" — what is said beside it is said, not asked (blind-30 11.2: "赔偿啊还用问？" named the demand and was taken
 * for a question about what lateness pays). No imports: the demand and question readers use it.
 */
const RHETORICAL =
  /(?:这|這|呢)?(?:还|還|仲)(?:用|使|要)(?:问|問|讲|講|说|說)(?:吗|嗎|咩|嘛|呀|啊)?[?？!！]*|(?:这不是|這不是|不是)?(?:废话|廢話)(?:吗|嗎|嘛)?[?？!！]*|\b(?:need you ask|do you (?:even )?need to ask|what do you think|isn'?t it obvious|obviously)\b[?!]*/gi;

// A want said with question marks: "i want my parcel??", "我要我的货？？" — indignation, not a question (blind batch 43b:
// 01.2 noted only the explanation asked beside it).
const WANT_MARKED =
  /(\b(?:i|we) (?:just |only |still |really |do )?(?:want|need)\b[^?？.!。]*|我(?:就|只|还|還|淨係)?(?:要|想要)[^?？.!。]*)[?？]+/gi;

/** The message without its rhetorical questions ("还用问？", "need you ask?"), which ask nothing: each ends a sentence. */
export const withoutRhetoric = (text: string): string => text.replace(RHETORICAL, ', ').replace(WANT_MARKED, '$1, ');
