import type { DeliveryChangeDetails, Shipment } from '../tracking';
import { asksDeliveryTime, type DeliveryChangeDraft } from './delivery-change-reading';

/**
 * "it's coming tomorrow but I won't be home, can I change it to my office?", "聽日幾點到？我聽日成日唔喺屋企": the only
 * day in the words is the day the parcel is due anyway, on a parcel nobody has tried to deliver — no change asked
 * for, when no words ask for a delivery ("redeliver it tomorrow", "聽日再派" ask for that day, and get it). Booking
 * "deliver it on Nov 24" would change nothing (blind batch 31: 01.2, 28.2); the customer hears when it is due and what
 * they would like done instead.
 * @returns the due day (YYYY-MM-DD) when the draft asks for nothing but that day.
 */
export function dueDayOnly(draft: DeliveryChangeDraft, shipment: Pick<Shipment, 'promisedDate'>): string | undefined {
  if (draft.kind !== 'redeliver' || draft.callWanted) return undefined;
  if (draft.words.some(asksDeliveryTime)) return undefined;
  const due = shipment.promisedDate?.slice(0, 10);
  const { date, notAttempted, ...rest } = draft.details;
  const asked = Object.values(rest).filter((v) => v !== undefined);
  return due && notAttempted && date === due && asked.length === 0 ? due : undefined;
}

/**
 * A new address with only the day it is due anyway ("it's coming tomorrow… can I change it to my office?"): that day
 * was never asked for, so the request carries no day (a time window asked for keeps its day).
 */
export function withoutDueDay(
  details: DeliveryChangeDetails,
  shipment: Pick<Shipment, 'promisedDate'>,
): DeliveryChangeDetails {
  const { date, ...rest } = details;
  const due = shipment.promisedDate?.slice(0, 10);
  return date && date === due && !details.after && !details.before ? rest : details;
}

/**
 * "能不能送到了直接放小区门卫" about a parcel nobody has tried to deliver and that is past its day: no day is asked
 * for, only who may take it in — the delivery goes on as it will, with the building's desk on it (a `call_first`
 * request, the delivery as planned with its notes), never a day asked for that the customer did not want to change
 * (blind batch 31: 12.3, 12.7).
 */
export function deskOnly(draft: DeliveryChangeDraft): boolean {
  if (draft.kind !== 'redeliver') return false;
  const { date, after, before, notAttempted, leaveWith } = draft.details;
  return Boolean(notAttempted && leaveWith && !date && !after && !before && !draft.clash);
}
