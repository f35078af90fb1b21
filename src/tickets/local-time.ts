/**
 * Local time in the courier's zone: the one place that turns instants into calendar days, clock times and
 * offsets. Ticket numbers, KPIs and reports, business hours and the NLU's relative dates all count days
 * where the courier works, not in UTC.
 *
 * Building an `Intl.DateTimeFormat` costs far more than using one, so each zone's formatters are made once.
 */

/** An instant's wall-clock reading in a zone. `weekday` counts from Sunday = 0. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const partsFormats = new Map<string, Intl.DateTimeFormat>();
const displayFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat) {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

/** The calendar date, clock time and weekday of an instant in the zone. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const format = cached(
    partsFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      }),
  );
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/**
 * Offsets worked out already, by zone and minute. Formatting an instant in a zone is the costly part, and the
 * same minutes are asked again and again (the notice planner asks for the next 60 days' boundaries for every
 * anomaly). A zone's offset changes on a whole minute, so the minute decides it. Emptied when full.
 */
const offsets = new Map<string, number>();
const OFFSETS_KEPT = 4096;

/** Minutes east of UTC of a time zone at an instant (480 for Asia/Shanghai). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const key = `${timeZone} ${Math.floor(at.getTime() / 60_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const p = localParts(at, timeZone);
    const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    offset = Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
    if (offsets.size >= OFFSETS_KEPT) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar day (`YYYY-MM-DD`) of an instant. */
export function localDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** A calendar day (`YYYY-MM-DD`) so many days later (earlier when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday (`YYYY-MM-DD`) of the week a calendar day falls in: weeks run Monday to Sunday. */
export function startOfWeek(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** Local midnight of a calendar day (`YYYY-MM-DD`) in the zone, as an ISO instant. */
export function startOfLocalDay(day: string, timeZone: string): string {
  const guess = new Date(`${day}T00:00:00Z`);
  const offset = utcOffsetMinutes(timeZone, guess);
  return new Date(guess.getTime() - offset * 60_000).toISOString();
}

/**
 * `2026-11-21 10:30` in the courier's zone, for agents and supervisors (cards, reports).
 */
export function localDateTime(iso: string, timeZone: string): string {
  const format = cached(
    displayFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  return format.format(new Date(iso));
}
