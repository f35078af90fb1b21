import { INTAKE_TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "係咪一定要單號先幫到手", "do I need the tracking number?", "没有单号就不能投诉吗" where the number is asked for (issue #17,
 * blind batch 50b: 15.2 heard "I can't answer that here"): no — "skip" takes the complaint without it, and where the
 * number is found; then the step again.
 */

// Whether the number is required: "一定要单号", "係咪要單號", "没有单号就不能", "do I need a tracking number", "without it".
const NUMBER_REQUIRED =
  /(一定要|必须|必須|係咪要|系咪要|是不是要|使唔使|要唔要|需不需要|一定需要)[^，。？?]{0,4}(单号|單號|运单号|運單號|運單編號|快递单号|快遞單號)|(没有|沒有|冇|没)(单号|單號)[^，。？?]{0,6}(不能|唔得|就不|帮不|幫唔|不行|唔可以)|\b(do|must|should) (i|we) (need|have|give|have to give|have to have)\b[^.?!]{0,10}\b(a |the )?tracking (number|no\.?|#)|\bwithout (a |the )?tracking (number|no\.?)\b[^.?!]{0,20}\?|\bis (a |the )?tracking number (required|needed|necessary|a must)\b/i;

/** Whether the message asks if the tracking number is required. */
// ("没有单号就不能投诉吗？我找不到了": told it is lost, the step's own "skip" path answers; "to pick it up at the station",
// "or the order number" ask something else — a review of session 49.)
const OTHER_PURPOSE =
  /\b(pick (it )?up|collect|order number|the old (one|parcel)|the new (one|parcel))\b|取件|取货|取貨|攞件|订单号|訂單號|找不到|找不着|搵唔到|丢了|丟了|唔見咗|\bcan'?t find\b|\blost (it|the)\b/i;
export const asksNumberRequired = (text: string): boolean => NUMBER_REQUIRED.test(text) && !OTHER_PURPOSE.test(text);

/**
 * Answers whether the number is needed, at the intake's number step.
 * @returns whether it answered (the step is then asked again).
 */
export async function answerNumberRequired(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (position.prompt !== INTAKE_TRACKING_PROMPT || !asksNumberRequired(turn.text)) return false;
  if (turn.reading.entities.trackingNumbers.length > 0) return false;
  await reply(turn, say(turn, 'intake.numberNotRequired'));
  return true;
}
