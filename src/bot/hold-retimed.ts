import { askedAbout } from './change-questions';
import { deliveryWindow } from './delivery-change-reading';
import { handleDeliveryChange } from './delivery-change-turn';
import { wantsToComplain } from './start-intake';
import type { Turn } from './turn';

// "If the evening is no good…", "要是晚上不行", "萬一…": a time for when another fails is a question, not a change.
const IF_NOT = /\b(if|in case|otherwise)\b|如果|要是|假如|万一|萬一|否则|否則|不然|唔係嘅話/i;

/**
 * A hold at the station arranged, then a delivery time asked for instead — "same day as planned, just deliver after
 * 8pm", "还是按原来那天送，晚上8点以后", "照原定嗰日送，夜晚8點後" (issue #17): the customer's own hold still waiting is
 * replaced by a delivery with that window (on the planned day when they keep it: planned-day.ts), the hold withdrawn
 * as any replaced request is — never a complaint about the time nor the parcel's status.
 * @returns false when no time of day is named, or the customer has no hold waiting on the parcel.
 */
export async function holdRetimed(turn: Turn): Promise<boolean> {
  const { text, reading, data } = turn;
  const number = data.lastTracking;
  if (!number || data.deliveryChange || wantsToComplain(text) || askedAbout(text) || IF_NOT.test(text)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const window = deliveryWindow(text, reading);
  if (!window.after && !window.before) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || request.status !== 'requested' || request.kind !== 'hold') return false;
  data.deliveryChange = { trackingNumber: number, kind: 'redeliver', details: {}, words: [] };
  await handleDeliveryChange(turn);
  return true;
}
