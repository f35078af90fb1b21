import { v7 as uuidv7 } from 'uuid';
import type { Ticket } from '../tickets/records';

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

/** True when two scan events describe the same scan. */
export function sameScan(a: { at: string; place: string; status: string }, b: typeof a): boolean {
  return new Date(a.at).getTime() === new Date(b.at).getTime() && a.place === b.place && a.status === b.status;
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
