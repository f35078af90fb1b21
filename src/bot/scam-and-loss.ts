import { ASKS_LOST, lossAnswer } from './direct-answer';
import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { statedDemands } from './intake-volunteered';
import { asksQuestion } from './message-cues';
import { lookUpParcel, statusLines } from './parcel-answer';
import { scamCallEntry } from './scam-call';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * "所以我的快递到底丢没丢？那个电话是不是诈骗？", "so is it lost or not? and was that call a scam?", "係咪唔見咗？嗰個電話係咪
 * 呃人㗎？" in a complaint about a caller who claimed to be the courier (issue #17, blind batch 27: 18.2 heard the status
 * again and neither answered): in one reply, whether the parcel is lost by its record (where it is) and the courier's
 * rule on calls asking for a fee (the scam-calls entry) — then the step again.
 */

// A call or message doubted as a scam: "那个电话是不是诈骗", "是骗子吗", "係咪呃人", "was that call a scam?", "is it a fraud".
const SCAM_ASKED =
  /诈骗|詐騙|骗子|騙子|骗人|騙人|骗局|騙局|呃人|呃錢|呃钱|\b(scam\w*|fraud\w*|fake|phishing|legit\w*|genuine)\b/i;
// The call, text or caller it is asked of.
const CALL_OR_TEXT =
  /电话|電話|来电|來電|打来|打來|打嚟|短信|簡訊|短訊|信息|訊息|讯息|那个人|那個人|嗰個人|\b(call|calls|caller|called|phone|text|message|sms|guy|man|woman)\b/i;
// A question of it without a question mark: "是不是诈骗", "係咪呃人", "是骗子吗".
const ASKING = /是不是|是否|係咪|系咪|係唔係|[吗嗎么麼㗎]/;

/**
 * The message asks whether the call (or text) was a scam. ("是不是你們把資料賣了" asks of a leak, the complaint's own
 * question — leak-named.ts — not of the call: a scam word is needed.)
 */
export function asksIfCallWasScam(text: string): boolean {
  return SCAM_ASKED.test(text) && CALL_OR_TEXT.test(text) && (asksQuestion(text) || ASKING.test(text));
}

// "到底丢没丢", "丟沒丟", "有没有丢", "唔見咗未": lost or not asked in the either-or way (beside `ASKS_LOST`).
const LOST_OR_NOT = /(丢|丟)(没|沒|冇|唔)(丢|丟)|有没有(丢|丟)|有沒有(丢|丟)|有冇(唔見|跌)|\blost or not\b/i;

/** The parcel's loss asked: "is it lost?", "丢没丢". */
const asksLost = (text: string): boolean => ASKS_LOST.test(text) || LOST_OR_NOT.test(text);

/**
 * Answers a scam call doubted mid-complaint — with whether the parcel is lost when that is asked too.
 * @returns 'continue' when the message also answers the remedy question (a demand said beside it), 'reprompt' when
 * the step is to be asked again, undefined when no scam call is doubted.
 */
export async function answerScamAndLoss(
  turn: Turn,
  { prompt, state }: IntakePosition,
): Promise<'continue' | 'reprompt' | undefined> {
  const { text } = turn;
  if (!asksIfCallWasScam(text)) return undefined;
  const entry = scamCallEntry(turn);
  if (!entry) return undefined;
  const lines: string[] = [];
  const number = state.trackingNumbers[0] ?? turn.data.lastTracking;
  if (number && asksLost(text)) {
    const found = await lookUpParcel(turn.services, number);
    if (found.kind === 'found') {
      lines.push(lossAnswer(turn, found.view));
      lines.push(...statusLines(turn.services, turn.locale, found, spokenRegister(turn)));
    }
  }
  lines.push(entry);
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  // ("我要你们给个说法！那个电话是不是诈骗？" at the remedy question: the demand is the step's answer.)
  return prompt === DEMAND_PROMPT && statedDemands(turn, state.category).length > 0 ? 'continue' : 'reprompt';
}
