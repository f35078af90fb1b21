import type { ScanEvent } from './records';

// Scans that only follow a delivery tried and not made: failed, the address unusable, sent back.
const AFTER_AN_ATTEMPT = new Set(['delivery_failed', 'address_problem', 'returning', 'returned']);

/**
 * Whether the courier has tried to deliver the parcel: a scan says a delivery failed (or the parcel is on its way
 * back), or it went out for delivery and came back undelivered (a later scan that is not the delivery).
 * @remarks A redelivery only makes sense after such an attempt; before one, "deliver it again" asks for the parcel
 * to be delivered at all — a chase.
 */
export function deliveryAttempted(events: readonly Pick<ScanEvent, 'status'>[]): boolean {
  if (events.some((e) => AFTER_AN_ATTEMPT.has(e.status))) return true;
  const out = events.findIndex((e) => e.status === 'out_for_delivery');
  return out >= 0 && events.slice(out + 1).some((e) => e.status !== 'delivered' && e.status !== 'out_for_delivery');
}
