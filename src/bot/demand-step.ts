import type { ComplaintCategory, Demand, Nlu, Locale } from '../nlu';
import { ANSWERED_ASIDE, DEMAND_PROMPT, STEP_ANSWERED, type IntakePosition } from './intake-state';
import { demandsIn, readDemand } from './intake-reading';
import { demandsSaid, noteDemandDetails } from './demand-details';
import { asksQuestion } from './message-cues';
import type { Replies } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * The demand question taken from whatever way the customer says it (issue #17, batch 20 P1): a demand said beside
 * something the bot answers first ("find it today, else pay me" read as a loss), a conditional demand ("find it,
 * and if you can't, pay") as two demands in their order, and the question never put a third time — after the
 * second the complaint goes on with "no specific demand", said so.
 */

/** Set in the turn state when the demand question, put twice, is let go: the complaint goes on without one. */
export const DEMAND_LET_GO = Symbol('parcelcare.demandLetGo');

/**
 * Set in the turn state when an aside kept a wish of the customer's for the complaint (a new pickup asked for): the
 * message said what they want, so it counts as an answer to the demand question, not as a side question.
 */
export const WISH_KEPT = Symbol('parcelcare.wishKept');

// The turn to the fallback: "otherwise", "or else", "if you can't", "否则", "不然", "找不回来就", "搵唔返就", "冇得送就".
const OTHERWISE =
  /否则|否則|不然|要不|要唔係|唔係就|(找|搵|追|拿|攞)(不|唔)(回来|回來|到|返|番)(的话|的話|嘅話)?(就)?|(送|派|寄)(不|唔)(到|来|來|嚟)(的话|的話|嘅話)?(就)?|\b(otherwise|or else|failing that|if (you )?(can'?t|cannot|don'?t|do not|couldn'?t|fail)( to)?\b|if not\b|if it'?s not (found|there))/i;
// "要么找到要么赔", "一係搵返一係賠", "either find it or pay me": the first wanted, the second its fallback.
const EITHER = /(?:要么|要麼|一係|一是|\beither\b)(.+?)(?:要么|要麼|一係|要不(?:然|就)?|\bor\b|，?或者|，?或是)(.+)/i;
// The parcel recovered and brought: "find it", "get it back to me", "找回来", "搵返件貨俾我", "追回来".
const RECOVERED =
  /\b(find|locate|track down|trace|recover|get back|retrieve)\b|\btrack (\w+ ){1,2}down\b|\bget (it|them|my \w+) back\b|找回|找到|追回|拿回|搵返|搵番|搵到|攞返|攞番/i;

/**
 * The demands of a conditional ("今天之内找回来，找不回来就赔钱", "find it, otherwise refund me"): what is wanted
 * first, then the fallback — undefined where the message is no such pair.
 */
export function conditionalDemands(
  nlu: Nlu,
  replies: Replies,
  locale: Locale,
  text: string,
  category?: ComplaintCategory,
): { demand: Demand; more: Demand[] } | undefined {
  const either = EITHER.exec(text);
  const turn = either ? undefined : OTHERWISE.exec(text);
  if (!either && (!turn || turn.index === 0)) return undefined;
  const before = either ? (either[1] ?? '') : text.slice(0, turn?.index);
  const after = either ? (either[2] ?? '') : text.slice((turn?.index ?? 0) + (turn?.[0].length ?? 0));
  const firstRead = readDemand(nlu, replies, locale, before, category);
  const first: Demand | undefined =
    firstRead && firstRead !== 'none' ? firstRead : RECOVERED.test(before) ? 'redelivery' : undefined;
  const fallback = readDemand(nlu, replies, locale, after, category);
  if (!first || !fallback || fallback === 'none' || fallback === first) return undefined;
  return { demand: first, more: [fallback] };
}

/** The demands a message at the demand step names: a conditional pair in its order, else as the step reads them. */
export function demandsAtStep(
  nlu: Nlu,
  replies: Replies,
  locale: Locale,
  text: string,
  category?: ComplaintCategory,
): { demand?: Demand | 'none'; more: Demand[] } {
  return conditionalDemands(nlu, replies, locale, text, category) ?? demandsIn(nlu, replies, locale, text, category);
}

/**
 * A demand said at the demand step beside something answered first (a loss the record calls delivered, a detail):
 * taken as the step's answer and said back — the question is not put again. False where the message names none,
 * or only asks ("能赔吗？" asks whether).
 */
export async function takeDemandBesideAside(
  turn: Turn,
  { prompt, state }: IntakePosition,
  ruleAsked = false,
): Promise<boolean> {
  // (A question about a rule of the service — "what do you do with my data?" — asks nothing of the demand: the demand
  // beside it, "I want this investigated", still answers the step; blind-30 08.3.)
  if (prompt !== DEMAND_PROMPT || (asksQuestion(turn.text) && !ruleAsked)) return false;
  const { nlu, replies } = turn.services;
  const { demand, more } = demandsAtStep(nlu, replies, state.locale, turn.text, state.category);
  if (!demand || demand === 'none') return false;
  return takeDemandsSaid(turn, { prompt, state }, [demand, ...more]);
}

/**
 * The demands a message states beside the questions it asks (read from its sentences that ask nothing: "赔偿啊还用问？
 * 先告诉我为啥晚了"), taken at the demand step once the questions are answered and said back — the demand question is
 * not put again (blind-30 11.2). False where none is stated or another step is asked.
 */
export async function takeDemandsSaid(
  turn: Turn,
  { prompt, state }: IntakePosition,
  demands: Demand[],
): Promise<boolean> {
  const [demand, ...more] = demands;
  if (prompt !== DEMAND_PROMPT || !demand) return false;
  const { replies } = turn.services;
  state.demand = demand;
  state.moreDemands = more;
  noteDemandDetails(state, turn.text, true);
  await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(replies, state) }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  turn.context.turnState.set(STEP_ANSWERED, true);
  return true;
}
