import type { NluResult } from '../nlu';
import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind } from './delivery-change-reading';

// The FAQ readings a hold asked for with a question beside it takes: its fee ("is there a storage fee?") or how
// long it is kept ("how many days is free?", read as a claim's keeping of the evidence).
const BESIDE = ['faq.fee', 'faq.claim'];

/**
 * "Can you keep it at the station and is there a storage fee?", "幫我留站啦，倉租點計？": a hold asked for in the form
 * of a request, with a question about it — the request, whatever FAQ the NLU reads in the question.
 */
export function holdAskedWithQuestion(text: string, reading: NluResult): boolean {
  if (!BESIDE.includes(reading.intent)) return false;
  return deliveryChangeKind(text, reading) === 'hold' && asksToChangeDelivery(text, reading);
}
