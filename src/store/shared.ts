import { v7 as uuidv7 } from 'uuid';
import type { Ticket } from '../tickets/records';
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

/** `2026-11-21T02:00:00.000Z`: the one way `toISOString` writes an instant. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** What makes two scan events the same scan: the instant (however it is written), place and status. */
function scanKey(scan: { at: string; place: string; status: string }): string {
  const time = CANONICAL_INSTANT.test(scan.at) ? NaN : Date.parse(scan.at);
  const instant = Number.isNaN(time) ? scan.at : new Date(time).toISOString();
  return `${instant}\u0000${scan.place}\u0000${scan.status}`;
}

/**
 * Adds to `known` (in place, kept in time order) copies of the scans of `incoming` it does not have yet, and
 * returns those: one pass over each list, not a comparison of every pair.
 */
export function mergeScans<S extends { at: string; place: string; status: string }>(known: S[], incoming: S[]): S[] {
  // Only a known scan at a place an incoming one names can be one of them: the others need no key (a parcel's
  // scans are mostly at other places, and keying one costs more than this look-up).
  const places = new Set(incoming.map((scan) => scan.place));
  const keys = new Set(known.filter((scan) => places.has(scan.place)).map(scanKey));
  const added: S[] = [];
  for (const scan of incoming) {
    const key = scanKey(scan);
    if (keys.has(key)) continue;
    keys.add(key);
    added.push({ ...scan }); // a scan's fields are all strings: a shallow copy shares nothing
  }
  if (added.length > 0) {
    known.push(...added);
    known.sort((a, b) => a.at.localeCompare(b.at));
  }
  return added;
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
