const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2026-11-21 10:30` in the courier's zone, for agents and supervisors (cards, reports). Formatters are
 * cached per zone: building one costs far more than using it.
 */
export function localDateTime(iso: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}
