import { localParts } from './local-time';

/**
 * The hours agents work, in the courier's time zone: `24/7`, or day ranges with times such as
 * `Mon-Fri 09:00-18:00, Sat 10:00-16:00`. Outside them the bot tells a customer waiting for an agent when
 * someone will be back.
 */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

interface Window {
  day: number;
  /** Minutes after midnight, local time. */
  from: number;
  to: number;
}

export class InvalidBusinessHoursError extends Error {
  constructor(spec: string, reason: string) {
    super(`business hours "${spec}": ${reason}`);
    this.name = 'InvalidBusinessHoursError';
  }
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const weekdayIndex = (name: string): number => DAYS.indexOf(name.toLowerCase().slice(0, 3) as (typeof DAYS)[number]);

export class BusinessHours {
  /** Weekly windows; empty means always open. */
  private readonly windows: Window[];

  private constructor(
    readonly spec: string,
    windows: Window[],
    readonly timeZone: string,
  ) {
    this.windows = windows;
    localParts(new Date(), timeZone); // an unknown zone throws a RangeError here, at start-up, not in a turn
  }

  /** @throws InvalidBusinessHoursError naming what is wrong. */
  static parse(spec: string, timeZone: string): BusinessHours {
    const text = spec.trim();
    if (/^24\s*\/\s*7$/.test(text)) return new BusinessHours('24/7', [], timeZone);
    const windows: Window[] = [];
    for (const part of text
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const match = /^([a-z]{3})[a-z]*(?:\s*-\s*([a-z]{3})[a-z]*)?\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/i.exec(
        part,
      );
      if (!match)
        throw new InvalidBusinessHoursError(spec, `cannot read "${part}" (expected e.g. Mon-Fri 09:00-18:00)`);
      const [, first, last, from, to] = match as unknown as [string, string, string | undefined, string, string];
      const start = weekdayIndex(first);
      const end = weekdayIndex(last ?? first);
      if (start < 0 || end < 0) throw new InvalidBusinessHoursError(spec, `unknown day in "${part}"`);
      const fromMinutes = minutesOf(from);
      const toMinutes = minutesOf(to);
      if (fromMinutes >= toMinutes || toMinutes > 24 * 60)
        throw new InvalidBusinessHoursError(spec, `"${part}" must end after it starts, by 24:00`);
      for (let day = start; ; day = (day + 1) % 7) {
        windows.push({ day, from: fromMinutes, to: toMinutes });
        if (day === end) break;
      }
    }
    if (windows.length === 0) throw new InvalidBusinessHoursError(spec, 'no hours given');
    return new BusinessHours(text, windows, timeZone);
  }

  get alwaysOpen(): boolean {
    return this.windows.length === 0;
  }

  isOpen(at: Date): boolean {
    if (this.alwaysOpen) return true;
    const { day, minutes } = this.local(at);
    return this.windows.some((w) => w.day === day && minutes >= w.from && minutes < w.to);
  }

  /** When agents are next at work (`at` itself when they are now); undefined when always open. */
  nextOpening(at: Date): Date | undefined {
    if (this.alwaysOpen) return undefined;
    if (this.isOpen(at)) return at;
    // Walk forward minute-exactly through the next week's window starts, in local time.
    const { day, minutes } = this.local(at);
    let best: number | undefined;
    for (const w of this.windows) {
      let ahead = (w.day - day + 7) % 7;
      if (ahead === 0 && w.from <= minutes) ahead = 7;
      const delta = ahead * 24 * 60 + w.from - minutes;
      if (best === undefined || delta < best) best = delta;
    }
    const opening = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + (best as number) * 60_000);
    return opening;
  }

  private local(at: Date): { day: number; minutes: number } {
    const { weekday, hour, minute } = localParts(at, this.timeZone);
    return { day: weekday, minutes: hour * 60 + minute };
  }
}
