import { foreseenPriority, personRepliesIn } from './file-complaint';
import { ANSWERED_ASIDE, CONFIRM_PROMPT, type IntakePosition, type IntakeState } from './intake-state';
import { isYes } from './intake-reading';
import { asksQuestion } from './message-cues';
import type { ReplyKey } from './replies';
import { asksSpeedUp } from './speed-up-asked';
import { reply, say, type Turn } from './turn';

/**
 * "Is this going to be high priority or not?", "会优先处理吗", "算唔算急件" before the complaint is submitted (issue #17,
 * blind batch 23: 08.4, 08.6): the priority it is filed with as it stands, with its first-answer and resolution
 * times, then the step again (at the summary, the summary) — never the summary alone with the question unheard.
 */

// The priority of the case asked after: "high priority", "prioritised", "fast-tracked", "优先处理", "優先".
const PRIORITY = /\bpriorit(y|ies|i[sz]ed?|i[sz]ing)\b|\bfast[- ]?track\w*|优先|優先/i;
// Urgency, which asks the priority only with the complaint or its handling named ("treated as urgent", "紧急处理",
// "这个算不算急件", "投诉会加急吗"): "能帮我加急吗？", "can you make it urgent?" ask the parcel sped up (review 29).
const URGENCY = /\b(urgent|urgently)\b|加急|[紧緊]急|急件/i;
const CASE_OR_HANDLING =
  /投诉|投訴|客诉|客訴|处理|處理|工单|工單|\b(complaints?|tickets?|cases?|treat\w*|handl\w*)\b|算不算|算唔算/i;
const asksAfterPriority = (clause: string): boolean =>
  PRIORITY.test(clause) || (URGENCY.test(clause) && CASE_OR_HANDLING.test(clause));
// A question about it that needs no question mark: "… or not", "是不是", "会不会", "算唔算".
const ASKED_OPENLY =
  /\bor not\b|是不是|是否|会不会|會不會|会唔会|會唔會|算不算|算唔算|有没有|有沒有|有冇|係咪|係唔係|吗|嗎|咩/i;

/** The message asks whether, or how urgently, the complaint will be handled. */
export function asksPriority(text: string): boolean {
  const clauses = text.split(/(?<=[.!?。！？；;])\s*/);
  // ("能不能加急", "can you fast-track it": the courier asked to act — a demand, not a question about the priority.)
  return clauses.some(
    (clause) =>
      asksAfterPriority(clause) && !asksSpeedUp(clause) && (asksQuestion(clause) || ASKED_OPENLY.test(clause)),
  );
}

/** The line that answers it: the priority the complaint would be filed with, and its deadlines from now. */
export async function priorityLine(turn: Turn, position: IntakePosition): Promise<string> {
  const { services, locale } = turn;
  const { priority, firstResponse, resolution } = await foreseenPriority(services, position.state);
  const now = services.clock.now();
  return say(turn, 'intake.priorityForeseen', {
    priority: say(turn, `priority.${priority}` as ReplyKey),
    first: services.replies.within(locale, now, firstResponse),
    resolve: services.replies.within(locale, now, resolution),
  });
}

/**
 * How long until an answer once this complaint is filed — the one time the summary and the filing say too: a person's
 * first reply when it goes straight to one ("replies here within 15 minutes"), else its resolution time ("we will get
 * back to you within 24 hours"); both from its foreseen priority, never a time of another complaint's or a second,
 * different time beside it (blind-31 02.5 heard 2 hours, then 15 minutes).
 */
export async function replyTimeOf(turn: Turn, state: IntakeState): Promise<string> {
  const { services, locale } = turn;
  const { firstResponse, resolution } = await foreseenPriority(services, state);
  const person = await personRepliesIn(services, state);
  return services.replies.within(locale, services.clock.now(), person ? firstResponse : resolution);
}

/**
 * Answers a question about the complaint's priority before it is filed.
 * @returns whether the message asked one (the caller asks its step again).
 */
export async function answerPriorityQuestion(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (!asksPriority(turn.text)) return false;
  // ("submit it. high priority or not?": the filing says the priority and its times.)
  if (position.prompt === CONFIRM_PROMPT && isYes(turn.text)) return false;
  await reply(turn, await priorityLine(turn, position));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
