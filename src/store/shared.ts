import { v7 as uuidv7 } from 'uuid';
import type { Ticket } from '../tickets/records';
import type { ScanEvent, Shipment, ShipmentSummary, Waybill } from '../tracking/records';
import { canonicalScan } from '../tracking/shipment-summary';
import type { DeliveryChangeRequest, NewDeliveryChange } from '../tracking/delivery-change.records';

/**
 * A new record id: a time-ordered UUID (v7), so new rows land at the end of the id indexes instead of on a
 * random page each; a commit then writes a few pages, not one per row and index.
 */
export function newId(): string {
  return uuidv7();
}

export function addMs(instant: string, ms: number): string {
  return new Date(new Date(instant).getTime() + ms).toISOString();
}

/** Deep copy through JSON, so stored and returned records never share objects with the caller. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The waybill of a shipment or of its summary: everything but the scans and where the parcel stands. */
export function waybillOf(shipment: Shipment | ShipmentSummary): Waybill {
  const {
    events: _events,
    lastScan: _last,
    atPlaceSince: _since,
    ...waybill
  } = shipment as Partial<Shipment & ShipmentSummary> & Waybill;
  return waybill;
}

/**
 * Copies of the scans with their times written the store's one way (see `canonicalScan`), in time order; scans
 * of one instant keep the order given. The order they are stored in, so the same order they are read back in.
 */
export function scansInTimeOrder(scans: readonly ScanEvent[]): ScanEvent[] {
  return scans.map((scan) => ({ ...canonicalScan(scan) })).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Counts from a ticket's history that the KPIs need (reopened, transferred, repeat complaints joined). */
export function historyCounts(ticket: Pick<Ticket, 'history'>): {
  reopenCount: number;
  transferCount: number;
  repeatCount: number;
} {
  let reopenCount = 0;
  let transferCount = 0;
  let repeatCount = 0;
  for (const event of ticket.history) {
    if (event.to === 'reopened') reopenCount += 1;
    if (event.action === 'transferred') transferCount += 1;
    if (event.action === 'repeat complaint') repeatCount += 1;
  }
  return { reopenCount, transferCount, repeatCount };
}

/** A new change-delivery request as both stores keep it: its own id, `requested`, updated when created. */
export function requestedChange(input: NewDeliveryChange): DeliveryChangeRequest {
  return { ...clone(input), id: newId(), status: 'requested', updatedAt: input.createdAt };
}
