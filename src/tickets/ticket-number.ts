import { localDay } from './local-time';

/**
 * Human-friendly ticket numbers, `C-YYYYMMDD-NNNN`: the day the ticket was opened in the courier's zone and
 * that day's sequence, which widens past 9999 rather than wrapping. Every reader and writer of the format
 * (the stores, the NLU, the bot, the email subject line) goes through this file.
 */

/** The pattern's source, for callers that embed it (e.g. the `[C-…]` tag of an email subject). */
export const TICKET_NUMBER_SOURCE = String.raw`C-\d{8}-\d{4,}`;

const WHOLE = new RegExp(String.raw`^C-(\d{8})-(\d{4,})$`, 'i');

/**
 * A fresh pattern for ticket numbers inside a text, as a whole word. `i` by default: customers type `c-…`.
 * Fresh each call, so a global pattern's `lastIndex` is never shared between callers.
 */
export function ticketNumberPattern(flags = 'i'): RegExp {
  return new RegExp(String.raw`\b${TICKET_NUMBER_SOURCE}\b`, flags);
}

/** The first ticket number in a text, upper-cased; undefined when it names none. */
export function findTicketNumber(text: string): string | undefined {
  return ticketNumberPattern().exec(text)?.[0]?.toUpperCase();
}

/** A whole reference read as a ticket number (`c-20261123-0042` too), or undefined when it is none. */
export function parseTicketNumber(reference: string): { number: string; day: string; sequence: number } | undefined {
  const match = WHOLE.exec(reference);
  if (!match) return undefined;
  return { number: reference.toUpperCase(), day: match[1] as string, sequence: Number(match[2]) };
}

/** `C-YYYYMMDD-NNNN` from the day (`YYYYMMDD`) and that day's sequence. */
export function formatTicketNumber(day: string, sequence: number): string {
  return `C-${day}-${String(sequence).padStart(4, '0')}`;
}

/** The `YYYYMMDD` day a ticket created at `createdAt` is numbered under, in the courier's zone. */
export function ticketNumberDay(createdAt: string, timeZone: string): string {
  return localDay(new Date(createdAt), timeZone).replace(/-/g, '');
}
