import { ANSWERED_ASIDE, INTAKE_TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "Wait, I'll find it", "等一下 我找找", "等陣 我搵下" where the tracking number is asked for (issue #17, blind batch 22:
 * 03.3): the customer is looking for it — a short "take your time", and the question waits for the number. Never
 * taken for "I have no number" (the complaint going on without it), nor met with the complaint's buttons.
 */

// Asked to wait: "wait", "hold on", "one sec", "give me a minute", "等一下", "稍等", "等我", "等陣", "等我一陣".
const WAIT =
  /\b(wait|hold on|hang on|one (sec|second|moment|min|minute)|just a (sec|second|moment|min|minute)|give me a (sec|second|moment|min|minute|bit))\b|等一下|等一等|等等|等下|稍等|等我|等陣|等一陣|等阵|等一阵|等吓/i;
// The customer going to look for it: "I'll find it", "let me look", "I'm checking", "我找找", "我去翻一下", "我搵下".
// (Not "帮我找": the courier asked to find the parcel.)
const LOOKING =
  /\b(let me|lemme|i('ll| will| shall)|i'?m (going to|gonna)|i need to|i have to|i'?m) (go |just )?(find|look|check|search|dig|get|looking|checking|searching)\b|(?<![帮幫替給给叫要])我(去|再)?(找找|找一下|找下|找一找|翻翻|翻一下|翻下|查查|查一下|看看|看一下|睇下|睇吓|睇睇|搵下|搵吓|搵一搵|搵搵|搵一下)/i;

/**
 * The message says the customer is off to find something and asks the bot to wait. ("我找一下好了" without a wait asked
 * is a try without a number: the intake goes on without one, never a trap — slot-not-a-trap.conversation.ts.)
 */
export const stillLooking = (text: string): boolean =>
  text.trim().length <= 160 && LOOKING.test(text) && WAIT.test(text);

// The customer says there is no number, while looking: "等一下 我看看 好像没有单号", "hold on… I don't have it".
// (The step's own reading of it goes on without a number — never "take your time" for a number there is not.)
const NO_NUMBER =
  /(没|沒|冇)(有)?(单号|單號|快递单号|快遞單號|运单号|運單號|号码|號碼|單|单)|\b(don'?t|do not|didn'?t|never) (have|has|had|got|get|keep|kept)\b|\bno (tracking )?(number|no\b)|\bthere'?s no (tracking )?number\b/i;

/**
 * At the tracking step, "wait, I'll find it": take your time, and the step waits ('answered'); said once a step — a
 * second "hold on" hears the question again ('reprompt'), the way to go on without a number in it (review of #17).
 */
export async function answerStillLooking(
  turn: Turn,
  { prompt, state }: IntakePosition,
): Promise<'answered' | 'reprompt' | undefined> {
  if (prompt !== INTAKE_TRACKING_PROMPT || !stillLooking(turn.text) || NO_NUMBER.test(turn.text)) return undefined;
  const { trackingNumbers, invalidTracking } = turn.reading.entities;
  if (trackingNumbers.length + invalidTracking.length > 0) return undefined;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  if (state.tookTime) return 'reprompt';
  state.tookTime = true;
  await reply(turn, say(turn, 'intake.takeYourTime'));
  return 'answered';
}
