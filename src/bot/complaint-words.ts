/** The words by which a customer says outright that they complain, or want something (shared by intake readers). */

// "I want to make a complaint", "我要投诉", "投诉 SF… 派送太慢了": the wish to complain, not an account of what happened.
export const COMPLAINT_WORDS =
  /\b(i (want|would like|wish) to )?(make|file|lodge|raise)? ?(a )?complain(t|ts)?\b|我(要|想)?(投诉|投訴|客诉|客訴|申訴|申诉)|^\s*(投诉|投訴|客诉|客訴)(?![的嘅]|单|單|进度|進度)/gi;

// The customer's own wanting: "我要", "希望", "please", "I want".
export const WANTS =
  /我要|我想|要求|希望|请|請|唔該|麻烦|麻煩|就要|只要|淨係要|净系要|淨係想|\bplease\b|\bpls\b|\bi (just |only |really |still )?(want|need|would like)\b|\bi'd (just |really )?like\b/i;

/** "I want to complain", "我想投訴": the customer says outright that this is a complaint. */
// "what complaint??", "no complaint needed", "I'm not complaining", "dont need to complain": the word, not the wish
// (blind batch 53a: 01.4, 02.6 had a complaint pushed on a customer who refused one).
const NOT_A_WISH =
  /\b(what|which|no|not a|not any)\s+complaints?\b|\bnot complaining\b|\b(don'?t|do not|dont|didn'?t|did not|never)\s+(want|need|ask(ed)? for|mean)\s+(a |to |any )?(make a |file a )?complain(t|ts)?\b|\bno need (for a|to) complain(t)?\b/gi;

export const wantsToComplain = (text: string): boolean =>
  new RegExp(COMPLAINT_WORDS.source, 'i').test(text.replace(NOT_A_WISH, ' '));

// "can u just make one", "file a new one then", "log it again", "那就重新登记", "帮我再开一个", "幫我重新登記": a new
// complaint asked for, when the earlier one cannot be found.
const NEW_ONE =
  /\b(make|file|log|open|raise|create|lodge|start|put in)\s+(a\s+)?(new\s+)?(one|it again|another( one)?|a new (one|complaint))\b|\b(just|then)\s+(make|file|log|open|raise|create|lodge)\s+(one|it)\b|(重新|再)(登记|登記|提交|投诉|投訴|申诉|申訴|客诉|客訴)|(重新|再)(开|開)(一个|一個|一张|一張|个|個|张|張)?(投诉|投訴|客诉|客訴|工单|工單|投诉单|投訴單)|(帮我|幫我|同我)(开|開|登记|登記)(返|番)?(一个|一個|一张|一張|個|个)(投诉|投訴|单|單)?\s*[啦吧喇囉]?\s*$/i;

/** "can u just make one": a new complaint asked for (where none was found). */
export const asksNewComplaint = (text: string): boolean => NEW_ONE.test(text);
