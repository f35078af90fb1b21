import type { NluResult } from '../nlu';
import { asksForDeliveryChange, deliveryChangeKind } from './delivery-change-reading';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';

/**
 * Reading a message against what the conversation is doing rather than alone. The NLU reads each message by
 * itself, and a request to act on the delivery often carries complaint words ("it's stuck, can you speed it
 * up?"); what the customer asks the courier to do decides, unless they said outright that they want to complain.
 */

// The form of a request to act: "can you…", "please…", "put it…", "能不能…", "可唔可以…", "幫我…".
const REQUEST_FORM =
  /\b(can|could|would) (you|u|it|we)\b|\bcan (deliver|send|bring|put|hold|keep|speed|redeliver|expedite|change|move)\b|\b(please|pls|kindly)\b|^\s*(actually\s+(no,?\s+)?)?(just\s+)?(put|hold|leave|keep|redeliver|deliver|send|bring|speed|expedite)\b|能不能|能否|可不可以|可唔可以|可以.{0,12}[吗嗎嘛]|帮我|幫我|麻烦|麻煩|请|請|给我(放|送|改)|俾我(放|送|改)|改(到|送|寄|成|放)/i;

/**
 * The message asks the courier to change how a parcel is delivered (hold it, bring it another day or
 * elsewhere, speed it up), in the form of a request, and not as part of a complaint the customer asked for.
 */
export function asksToChangeDelivery(text: string, reading: NluResult): boolean {
  if (wantsToComplain(text)) return false;
  // "帮我放快递柜吧": a locker or a store named in a request is a hold, whatever else the words say.
  const kind = deliveryChangeKind(text, reading);
  const change = reading.intent === 'change_delivery' || asksForDeliveryChange(text, reading.intent) || kind === 'hold';
  return change && REQUEST_FORM.test(text) && kind !== undefined;
}

/**
 * A complaint reading that is really a request to change the delivery ("so it's stuck? can you speed it up?"):
 * the request is what the customer asked for. Strong feelings keep it a complaint (the complaint's demand
 * step takes the redelivery).
 */
export function complaintIsChangeRequest(text: string, reading: NluResult): boolean {
  return reading.intent === 'complaint' && asksToChangeDelivery(text, reading) && !strongFeelings(reading, text);
}

/** Intents a cancelled complaint leaves standing: the customer also asked where it is, or for a change. */
const BESIDES_CANCEL = ['change_delivery', 'track', 'ticket_status', 'human'];

/** A message that cancels and asks for something else ("算了不投诉了，能不能放快递柜", "never mind, where is it now?"). */
export function asksForMoreThanCancel(turn: { text: string; reading: NluResult }): boolean {
  const { intent } = turn.reading;
  return BESIDES_CANCEL.includes(intent) || intent.startsWith('faq.') || asksToChangeDelivery(turn.text, turn.reading);
}
