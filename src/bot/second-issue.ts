import { asksItemAllowed } from './faq-topics';
import { evidenceAsked } from './claim-evidence';
import type { ComplaintCategory } from '../nlu';
import { wordsIn } from './intake-reading';
import {
  ANSWERED_ASIDE,
  CATEGORY_PROMPT,
  CONFIRM_PROMPT,
  INTAKE_TRACKING_PROMPT,
  TEXT_PROMPT,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import { namesParcelByCarrier } from './carrier-names';
import { asksQuestion, clausesOf, namesComplaint, speaksOfCategory } from './message-cues';
import { parcelMentionIn } from './parcel-mentions';
import { saysFine } from './other-parcel-words';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * A second issue raised while a complaint is being taken down (issue #17, blind batch 10 P2): "另外包装那个也要投诉，
 * 能一起吗", "仲有 呢件貨都遲咗三日 一齊投訴得唔得", "can I add the damaged box to this too?". On the same parcel it
 * goes on the same ticket — said so, named for the agent — and the intake goes on where it was; about another parcel
 * the customer hears it will be a ticket of its own. Never "no earlier complaint found", never "I can't answer that".
 * Also the plain in-flow question "do I need to do anything else?": what (if anything) the customer should keep
 * ready, and that the team takes it from there once it is submitted.
 */

// "能一起吗", "一齊投訴得唔得", "一并处理", "加埋", "也要投诉", "can I add …", "include that too", "the same complaint".
const TOGETHER =
  /一起|一齊|一齐|一并|一併|加埋|加进|加進|加入|加上|也要投[诉訴]|都要投[诉訴]|也投[诉訴]|都投[诉訴]|也要客[诉訴]|都要客[诉訴]|也算|都算|\b(add|include|put)\b[^.?!]{0,30}\b(complaint|ticket|case|too|as well|this|it)\b|\b(same|this) (complaint|ticket|case)\b|\b(complain|complaining|report|reporting) about\b[^.?!]{0,40}\b(too|as well)\b|\balso (want to |like to |need to )?(complain|report)\b|\b(together|at the same time)\b/i;
// "还有", "另外", "仲有", "also", "and another thing": more is being added.
const MORE =
  /还有|還有|另外|仲有|此外|而且|顺便|順便|再加上|\balso\b|\bbesides\b|\banother (thing|problem|issue)\b|\bplus\b|\bas well\b|\btoo\b/i;

/** The kinds a second issue is named by, most specific first (the words of `speaksOfCategory`). */
const NAMED: ComplaintCategory[] = ['damaged', 'lost', 'packaging', 'attitude', 'fee', 'delay', 'info_error'];

/** The kind of problem a message adds, by the NLU's reading or by its own words. */
function issueIn(turn: Turn): ComplaintCategory | undefined {
  const { reading, text } = turn;
  if (reading.intent === 'complaint' && reading.category && reading.category !== 'other') {
    if (speaksOfCategory(text, reading.category)) return reading.category;
  }
  return NAMED.find((category) => speaksOfCategory(text, category));
}

/** Steps that read the message themselves: the account of what happened, the type, the number, the summary. */
const SELF_READING = [TEXT_PROMPT, CATEGORY_PROMPT, INTAKE_TRACKING_PROMPT, CONFIRM_PROMPT];

/**
 * A second problem on the complaint's parcel, asked to go with it ("can it go together?") or added in a question:
 * kept for the ticket and said so. True when answered (the step is asked again).
 * (A second problem told plainly, "还有运费多收了我20块", is `noteAnotherProblem`'s in intake-asides.ts.)
 */
// The courier complained of by name: "我要投訴個派送員 佢根本冇嚟過", "I want to report the driver too" (blind batch 48a:
// 13.5 was kept only as the redelivery's words).
const COURIER_NAMED =
  /(投訴|投诉|complain about|report)(埋)?(一下)?(个|個|嗰個|那个|那個|呢個|这个|這個|the|your|that)?\s?(派送員|派送员|派件员|派件員|快递员|快遞員|速遞員|速递员|司機|司机|師傅|师傅|小哥|courier|driver|delivery (guy|man))/i;

export async function answerSecondIssue(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  const { text, reading } = turn;
  if (SELF_READING.includes(prompt) || wordsIn(text) > 60) return false;
  // Another parcel's number is `otherParcelNote`'s.
  const named = reading.entities.trackingNumbers.map((t) => t.number);
  if (named.some((n) => !state.trackingNumbers.includes(n))) return false;
  // A problem, not a demand: "运费也一起退" asks for money back, "另外包装那个也要投诉" adds a complaint.
  if (reading.intent !== 'complaint' && !namesComplaint(text)) return false;
  // ("do I have to keep the box?": what a claim needs kept, answered by the claim rules — no packaging problem added;
  // blind batch 41a 01.2.)
  if (evidenceAsked(text)) return false;
  // ("…真空包装的还有热干面 是不是鸭脖不让寄啊": whether an item may be sent is asked — the item's rule answers, no
  // packaging problem added; blind batch 45b: 07.2. "还有外包装也破了 这样能寄吗" names no item: the packaging is added.)
  if (asksItemAllowed(turn.services.knowledge, text)) return false;
  const together = TOGETHER.test(text);
  if (!together && !COURIER_NAMED.test(text) && !(MORE.test(text) && asksQuestion(text))) return false;
  const issue = issueIn(turn);
  if (!issue) return false;
  const category = say(turn, `category.${issue}` as ReplyKey);
  const kept = issue === state.category || (state.otherProblems ?? []).includes(issue);
  // Told before in the account ("箱子外包装都破了"): it is on the complaint already, now named for the agent too.
  const told = speaksOfCategory(state.description, issue);
  if (!kept) state.otherProblems = [...(state.otherProblems ?? []), issue];
  if (!kept && !told) addToAccount(state, text);
  await reply(turn, say(turn, kept || told ? 'intake.otherProblemAlready' : 'intake.otherProblemJoined', { category }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

// "延误我不追究了", "遲咗就唔計較", "forget about the delay": a problem the customer lets go.
const LETS_GO =
  /不追究|不计较|不計較|不管了|不提了|就算了|不用管|不用理|唔追究|唔計較|唔使理|唔使管|\b(forget( about)?|never ?mind|drop|leave out|not (pursuing|bothered about|worried about)|don'?t (care|worry) about)\b/i;

/**
 * One of the complaint's problems let go ("两个事一起处理，延误我不追究了", "forget the delay, just the fee", issue
 * #17 blind-13 08.3): it leaves the complaint — the type shown and filed is the one still wanted — and the customer
 * hears which problem the complaint is about now (one let go before it was added is not added). Only with another
 * problem left: letting go of the only one is leaving the complaint, which is read elsewhere. False when the message lets go of none of them.
 */
export async function dropLetGoProblem(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const problems = [state.category ?? 'other', ...(state.otherProblems ?? [])].filter(
    (c, i, all) => c !== 'other' && all.indexOf(c) === i,
  );
  // (Chinese clauses stand between spaces too: "两个事一起处理 延误我不追究了".)
  const clauses = turn.text.split(/[，,。.;；!！?？\n]|(?<!\s)\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/u);
  // (Named as let go though not yet on the complaint, it is not added to it either.)
  const named = [...problems, ...NAMED.filter((c) => !problems.includes(c))];
  const dropped = named.filter((c) => clauses.some((clause) => LETS_GO.test(clause) && speaksOfCategory(clause, c)));
  const kept = problems.filter((c) => !dropped.includes(c));
  if (dropped.length === 0 || kept.length === 0) return false;
  state.category = kept[0] as ComplaintCategory;
  state.otherProblems = kept.slice(1);
  const names = (cs: ComplaintCategory[]) =>
    cs.map((c) => say(turn, `category.${c}` as ReplyKey)).join(turn.locale === 'en' ? ', ' : '、');
  await reply(turn, say(turn, 'intake.problemDropped', { dropped: names(dropped), kept: names(kept) }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * A parcel other than the complaint's, named in the middle of it with a problem or an "also": its complaint is a
 * ticket of its own, taken once this one is done. The line said after its status, or undefined.
 */
export function otherParcelNote(turn: Turn, state: IntakeState, number: string, troubled: boolean): string | undefined {
  const current = state.trackingNumbers[0];
  if (!current || current === number || state.trackingNumbers.includes(number)) return undefined;
  const { reading, text } = turn;
  const mention = parcelMentionIn(text, [number], state.trackingNumbers);
  if (mention?.kind !== 'another' && (mention || (!troubled && reading.intent !== 'complaint'))) return undefined;
  // ("my other one came yesterday and it was fine": no ticket of its own to promise — a review of session 50.)
  if (!troubled && saysFine(text)) return undefined;
  return say(turn, 'intake.otherParcelOwnTicket', { number, current });
}

// "do I need to do anything else?", "what else do I need to do", "我还需要做什么吗", "仲使唔使做啲乜".
const ANYTHING_ELSE =
  /\b(do|should|must|shall) i (need to |have to )?(do|send|provide|prepare) (anything|something)( else| more)?\b|\b(is there )?anything (else |more )?(that )?(i (need to|have to|should|must) do|for me to do|you need from me)\b|\bwhat (else )?(do|should|shall) i (need to |have to )?(do|send|provide|prepare)( now| next| else)?\b|(我)?(还|還)(需要|要|用)(做|提供|准备|準備|补充|補充)(些|點|点)?(什么|什麼|甚麼|啥)|(我)?(需要|要)(做|准备|準備|提供)(些|點|点)?(什么|什麼|甚麼|啥)(吗|嗎|呢)?\s*[?？]|(仲)?(要|使|需要)(唔使|不用)?(做|準備|准备|提供)(啲|D)?(咩|乜|乜嘢)|使唔使(我)?(做|準備|准备|提供)/i;

/** "Do I need to do anything else?" in the middle of the intake. */
export const asksAnythingElse = (text: string): boolean => ANYTHING_ELSE.test(text);

/** What the customer needs to do (nothing, beyond keeping the proof their kind of complaint may need). */
export async function answerAnythingElse(turn: Turn, state: IntakeState): Promise<void> {
  const tip =
    state.category === 'lost'
      ? say(turn, 'intake.keepReady.lost')
      : state.category === 'damaged' || state.category === 'packaging'
        ? say(turn, 'intake.keepReady.damaged')
        : '';
  await reply(turn, say(turn, 'intake.nothingElseNeeded', { tip }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}

function addToAccount(state: IntakeState, said: string): void {
  const text = said.trim();
  if (!text || state.description.includes(text)) return;
  state.description = [state.description, text].filter((s) => s.trim()).join('\n');
}

/**
 * The parcel a message in the middle of a complaint is about, when it is another than the complaint's and named as
 * another ("now the vase one, JT…", "另外一个 SF…"): its status, its problem and its demand are its own, for a
 * ticket of its own — none of them goes onto this complaint. A correction of the complaint's own number ("单号也写错了
 * 应该是SF…") is no other parcel (`parcelMentionIn`). Undefined when the message names no other parcel.
 */
export function anotherParcelIn(turn: Turn, state: IntakeState): string | undefined {
  const numbers = turn.reading.entities.trackingNumbers.map((t) => t.number);
  if (numbers.some((n) => state.trackingNumbers.includes(n))) return undefined;
  const mention = parcelMentionIn(turn.text, numbers, state.trackingNumbers);
  return mention?.kind === 'another' ? mention.number : undefined;
}

/**
 * What a message about another parcel tells of it, kept for its own complaint: the kind of problem, when it names one.
 */
export function noteOtherParcel(turn: Turn, state: IntakeState, number: string): void {
  const { reading } = turn;
  if (state.otherParcel !== number) state.otherParcelCategory = undefined;
  state.otherParcel = number;
  // The customer moved to this parcel: digits that follow are checked against it, not the complaint's (issue #17).
  if (!turn.data.verified.includes(number)) turn.data.verifyTracking = number;
  // (Only the words about it: "JT…'s box was crushed, also YT… — a separate complaint" tells nothing wrong with YT…,
  // whose complaint then takes its kind from its own record, not this one's damage.)
  const text = wordsAbout(turn.text, number, state.trackingNumbers);
  const category = reading.intent === 'complaint' ? reading.category : undefined;
  const told =
    category && category !== 'other' && speaksOfCategory(text, category) ? category : issueIn({ ...turn, text });
  if (told && told !== 'other') state.otherParcelCategory = told;
}

/**
 * The part of a message about `number`: from the clause that names it (by its number or its courier's letters) up to
 * a later clause that names one of `own`; the whole message when no clause names it ("the second one is broken too").
 */
function wordsAbout(text: string, number: string, own: readonly string[]): string {
  const names = (clause: string, parcel: string) => clause.includes(parcel) || namesParcelByCarrier(clause, parcel);
  const clauses = clausesOf(text);
  const from = clauses.findIndex((clause) => names(clause, number));
  if (from < 0) return text;
  const rest = clauses.slice(from);
  const to = rest.findIndex((clause, i) => i > 0 && own.some((parcel) => names(clause, parcel)));
  return (to < 0 ? rest : rest.slice(0, to)).join(', ');
}

// How both are dealt with: "兩單嘢你哋點跟？", "两件事怎么处理", "how will you handle both?", "what happens with both".
// (Of two matters, never two things of one: "both cups are broken", "兩個杯子都破了" — a review of session 49.)
const BOTH_ASKED =
  /(兩|两)(單嘢|单嘢|件事|樁事|桩事|個問題|个问题|樣嘢|样事|單|单)[^，。？?]{0,4}(點|怎么|怎麼|如何|点)(跟|處理|处理|搞|算)|\b(both|the two) (issues|problems|things|complaints|matters)\b[^.?!]{0,20}\b(how|handle|deal|happens?)\b|\bhow (will|do|would) (you|u) (handle|deal with|follow up) (both|the two)\b|\bwhat happens (with|to) (both|the two)\b/i;

/**
 * "兩單嘢你哋點跟？", "how will you handle both?" with a second problem told (issue #17, blind batch 51b: 14.4 heard "I
 * can't answer that"): both are on this one complaint, named — a problem told in the account is named for the agent
 * too — and one colleague takes them. True when answered (the step is asked again).
 */
export async function answerBothHandled(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  if (!BOTH_ASKED.test(turn.text) || !state.category) return false;
  for (const category of NAMED)
    if (
      category !== state.category &&
      speaksOfCategory(state.description, category) &&
      !(state.otherProblems ?? []).includes(category)
    )
      state.otherProblems = [...(state.otherProblems ?? []), category];
  // (One problem only: nothing of "both" to say.)
  if ((state.otherProblems ?? []).length === 0) return false;
  const named = [state.category, ...(state.otherProblems ?? [])].map((c) => say(turn, `category.${c}` as ReplyKey));
  const joiner = turn.locale === 'en' ? ', ' : '、';
  await reply(turn, say(turn, 'intake.bothOnOne', { problems: named.join(joiner) }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
