/**
 * What a customer writes at the summary to correct what it says (issue #17, blind batch 29: 02.6): "what happened is
 * the parcel is 3 days late, not my email", "发生的事是包裹晚了三天", "經過應該係…" rewrite the account; "why does it say
 * wrong information?" asks about the summary's wording and demands nothing; "fix it", "改一下" asks for a change
 * without saying which. A leaf module: the summary step and its reader use it, it uses nothing of theirs.
 */

// The account named, then what it is: "what happened is/was", "the description should say", "发生的事是", "经过应该是",
// "描述改成", "事發經過係", "發生咩事係". (Its words begin after the match.)
const ACCOUNT_IS =
  /\bwhat (really |actually )?happened (is|was)\b\s*:?|\b(the )?(description|account|story)\s+(should\s+)?(say|says|read|reads|be|is)\b\s*:?|\bchange (the description|what happened|the account|the story) to\b\s*:?|(发生的事情?|發生的事情?|发生了什么|發生了什麼|發生咩事|事情的?经过|事情的?經過|事發經過|事发经过|经过|經過|描述|事情)\s*(应该|應該|应|應)?\s*(是|係|系|写成|寫成|改成|改为|改為|改做)\s*[:：]?/i;

// "change it to …", "改成…", "改做…": what it is changed to, with no field named.
const CHANGE_IT_TO = /\b(change|make|set|correct) (it|that|this) to\b\s*:?|(改成|改为|改為|改做)\s*[:：]?/i;

// What comes after the new account is no more of it: "…, not my email", "…，不是我的邮箱", "…. fix it".
const ACCOUNT_ENDS =
  /[.。!！?？\n]|[,，;；]\s*(not|rather than|instead of) (my|the) \w+( \w+)?(?=\s*[.!?,;]|\s*$)|[,，;；]?(?<!\s)\s*(不是|唔係|而不是|而唔係|並不是|并不是)(我的|我嘅)/i;

// "why does it say …?", "why is it down as …", "为什么写的是…", "點解寫住…": a question about the summary's words.
const WORDING_QUESTION =
  /\bwhy (does|did|is|has) (it|the summary|this|that|the type) (say|says|show|shows|list|lists|put|puts|read|reads|down as|listed as|been put)\b[^.?!。？！]*[.?!。？！]*|(为什么|為什麼|为何|為何|點解|点解|做乜|咋)\s*(会|會)?\s*(写|寫|显示|顯示|变成|變成|填|記錄|记录)[^.?!。？！]*[.?!。？！]*/giu;

// "fix it", "change it", "that's wrong", "改一下", "唔啱", "不对": a change asked for.
const ASKS_FIX =
  /\b(fix|correct|change|edit|update|amend)\b|\b(is|are|'s|that's|it's) (wrong|not right|incorrect)\b|\bwrong\b|不对|不對|唔啱|错了|錯了|錯咗|改一下|改下|要改|修改|更正|改正/i;

/** The message's new account of what happened, when it gives one in so many words; else undefined. */
export function accountRewriteIn(text: string): string | undefined {
  const named = ACCOUNT_IS.exec(text);
  if (!named) return undefined;
  return accountFrom(text.slice(named.index + named[0].length));
}

/** "change it to <an account>": the account, when the words after "to" say what happened rather than name a field. */
export function changedToIn(text: string): string | undefined {
  const named = CHANGE_IT_TO.exec(text);
  return named ? accountFrom(text.slice(named.index + named[0].length)) : undefined;
}

function accountFrom(rest: string): string | undefined {
  const end = ACCOUNT_ENDS.exec(rest);
  const account = (end ? rest.slice(0, end.index) : rest).trim().replace(/^["“「『']|["”」』']$/g, '');
  const han = (account.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = account.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // ("what happened is this:" with nothing after it gives no account.)
  return han >= 4 || words >= 3 ? account : undefined;
}

/** The message without the words that gave the new account: the rest is read for other changes (type, demand). */
export function withoutAccount(text: string, account: string): string {
  const named = ACCOUNT_IS.exec(text) ?? CHANGE_IT_TO.exec(text);
  if (!named) return text;
  const after = named.index + named[0].length;
  const start = text.indexOf(account, after);
  const end = start >= 0 ? start + account.length : after;
  return `${text.slice(0, named.index)} ${text.slice(end)}`.replace(/(?<!\s)\s{2,}/g, ' ').trim();
}

/** The message without its questions about the summary's words ("why does it say wrong information??"). */
export const withoutWordingQuestions = (text: string): string => text.replace(WORDING_QUESTION, ' ').trim();

/** The message asks for a change to the summary ("fix it", "that's wrong", "改一下", "why does it say refund?"). */
export const asksForFix = (text: string): boolean =>
  ASKS_FIX.test(text) || withoutWordingQuestions(text) !== text.trim();

/**
 * At the summary, a message that only corrects it ("what happened is …, fix it", "why does it say wrong
 * information??"): the summary reads it, with no aside answered from its words (a "why" about the parcel, its
 * status) — unless what is left beside the correction asks something of its own.
 */
export function onlyCorrectsSummary(text: string, asks: (rest: string) => boolean): boolean {
  const account = accountRewriteIn(text) ?? changedToIn(text);
  const rest = withoutWordingQuestions(account ? withoutAccount(text, account) : text);
  return rest !== text.trim() && !asks(rest);
}
