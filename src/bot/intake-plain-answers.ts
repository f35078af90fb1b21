import type { ComplaintCategory } from '../nlu';
import { ANSWERED_ASIDE, type IntakeState } from './intake-state';
import { speaksOfCategory } from './message-cues';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * Plain questions about the complaint itself, asked while it is being taken down (issue #17, blind batch 12 P4):
 * "which of the two issues are you handling?" hears what this complaint covers; "what do I do now? I'm not good
 * with these things" hears, in plain words, that there is nothing hard to do and what happens next. Both are
 * answered from what the intake has so far, then the step's question is asked again — never "I can't answer that
 * one here", never only the step's question.
 */

// "which of the two issues are you handling?", "both problems?", "两个问题都会处理吗", "兩樣嘢都跟唔跟".
const WHICH_ISSUES =
  /\bwhich (one|issue|problem|of (the|my|them|these|those|both))\b|\bboth (issues|problems|things|of them)\b|\b(two|2|both) (issues|problems|things|complaints)\b|(两|兩)(个|個|件|樣|样)(问题|問題|事|嘢)|(哪|邊)(个|個|一个|一個|樣)(问题|問題)/i;

/** The kinds of problem an account names in so many words. */
const TOLD: ComplaintCategory[] = ['damaged', 'lost', 'delay', 'fee', 'attitude', 'packaging'];

/** "Which of the two issues are you handling?": a question about what this complaint covers. */
export const asksWhichIssues = (text: string): boolean => WHICH_ISSUES.test(text);

/** What this complaint covers — its type and any second problem noted — then the step again. */
export async function answerWhichIssues(turn: Turn, state: IntakeState): Promise<void> {
  // Asked about "both", a problem the account told in its own words and the type missed is kept too ("the vase
  // arrived cracked" beside a surcharge taken down as a fee dispute: blind-12 23.1, 23.3).
  const told = TOLD.filter((c) => c !== state.category && speaksOfCategory(state.description, c));
  for (const c of told)
    if (!(state.otherProblems ?? []).includes(c)) state.otherProblems = [...(state.otherProblems ?? []), c];
  // ("other" beside a problem named is no problem of its own.)
  const problems = [state.category ?? 'other', ...(state.otherProblems ?? [])].filter(
    (c, i, all): c is ComplaintCategory => all.indexOf(c) === i && !(c === 'other' && all.some((o) => o !== 'other')),
  );
  const names = problems.map((c) => say(turn, `category.${c}` as ReplyKey));
  const issues = names.join(turn.locale === 'en' ? ' and ' : '、');
  await reply(turn, say(turn, names.length > 1 ? 'intake.issuesCovered' : 'intake.issueCovered', { issues }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}

// "那我该怎么办呢", "我不太会弄这些", "咁我點算", "唔識搞", "what do I do now?", "I don't know how this works".
// ("what am I supposed to do", "now what?": blind batch 20 08.2.)
const WHAT_TO_DO =
  /(我)?(该|應該|应该|要)?(怎么办|怎麼辦|咋办|咋辦|点算|點算|點做|点做|怎么做|怎麼做)|不(太)?会弄|不(太)?會弄|不(太)?懂(这些|這些|这个|這個)|唔識(搞|弄|整|用)|\bwhat (do|should|can) i do( now| next)?\b|\bwhat (now|happens now|happens next)\b|\bwhat (am i|are we) (supposed|meant|expected) to do\b|\bnow what\b|\bwhat('?s| is) (the )?next step\b|\bi don'?t know (what to do|how (this|it) works)\b|\bi'?m not (good|great) with (this|these|computers|phones|technology)\b/i;
// A question about a loss or a claim ("丢了怎么办", "what do I do about the refund?") is the claim rules' to answer.
const ABOUT_MONEY_OR_LOSS = /丢|丟|唔見|赔|賠|退款|退钱|退錢|\b(lost|compensat\w*|refund|claim|money)\b/i;

/** "What do I do now?" from a customer lost in the steps (not about a claim or a loss). */
export const asksWhatToDo = (text: string): boolean => WHAT_TO_DO.test(text) && !ABOUT_MONEY_OR_LOSS.test(text);

/** Nothing hard to do: what happens next in plain words, then the step's question again. */
export async function answerWhatToDo(turn: Turn): Promise<void> {
  await reply(turn, say(turn, 'intake.whatToDo'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}
