import { ruleOn } from './case-rules';
import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind } from './delivery-change-reading';
import { reply, type Turn } from './turn';

/**
 * "可唔可以送去便利店或者自取點", "can I pick it up at a store instead?" while the bot still waits for the parcel's number:
 * a hold at a store or pickup point is asked for — not a resend and not "I can't answer that" (issue #17, batch 20:
 * 28). The market's rule on holds and changes answers it; the change itself waits for the parcel (the step is asked
 * again).
 * @returns false when the message asks for no hold.
 */
export async function answerHoldBeforeParcel(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (deliveryChangeKind(text, reading) !== 'hold' || !asksToChangeDelivery(text, reading)) return false;
  const rule = ruleOn(turn, 'redeliver');
  if (!rule) return false;
  await reply(turn, rule);
  return true;
}
