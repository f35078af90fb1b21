import { lookUpParcel } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import { say, type Turn } from './turn';

/**
 * What happens after a chase is recorded (issue #17, blind batch 22: 13.4, 05.3): the station where the parcel was
 * last scanned looks for it and sends it on first, and the day it is due — so the customer who asked to have it
 * chased hears who acts and by when, not only that "the team" has it. Empty when the parcel has no scan to name.
 */
export async function chaseNextNote(turn: Turn, number: string): Promise<string> {
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || !lookup.view.lastScan) return '';
  const { shipment, view } = lookup;
  const local = shipmentIn(turn.locale, shipment);
  const scan = view.lastScan as NonNullable<typeof view.lastScan>;
  const place = local.shipment.events[shipment.events.indexOf(scan)]?.place ?? scan.place;
  if (!view.promisedDate || view.delivered) return say(turn, 'change.chaseNextNoDate', { place });
  const date = turn.services.replies.day(turn.locale, view.promisedDate);
  // A date already past is no promise to make again: it was due then, and it is late (blind batch 29: 13.4).
  if (view.daysLate > 0) return say(turn, 'change.chaseNextLate', { place, date, days: view.daysLate });
  return say(turn, 'change.chaseNext', { place, date });
}
