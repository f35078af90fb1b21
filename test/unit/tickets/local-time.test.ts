import {
  addDays,
  localDateTime,
  localDay,
  localParts,
  startOfLocalDay,
  startOfWeek,
  utcOffsetMinutes,
} from '../../../src/tickets/local-time';

describe('local time in the courier zone', () => {
  it('reads the calendar date, clock and weekday of an instant in the zone', () => {
    // 2026-11-22 17:30 UTC is Monday 01:30 the next day in Shanghai.
    expect(localParts(new Date('2026-11-22T17:30:05Z'), 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 1,
      minute: 30,
      second: 5,
      weekday: 1,
    });
    expect(localParts(new Date('2026-11-22T17:30:05Z'), 'UTC').weekday).toBe(0);
  });

  it('gives the zone offset, following daylight saving where the zone has it', () => {
    expect(utcOffsetMinutes('Asia/Shanghai', new Date('2026-07-01T00:00:00Z'))).toBe(480);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-07-01T12:00:00Z'))).toBe(-240);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-12-01T12:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutes('Asia/Kolkata', new Date('2026-12-01T12:00:00Z'))).toBe(330);
  });

  it('counts days, weeks and local midnights in the zone', () => {
    expect(localDay(new Date('2026-11-22T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDay(new Date('2026-11-22T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-22');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23'); // a Sunday belongs to the week that began on Monday
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfLocalDay('2026-11-23', 'Asia/Shanghai')).toBe('2026-11-22T16:00:00.000Z');
  });

  it('formats an instant for agents and reports', () => {
    expect(localDateTime('2026-11-21T02:30:00Z', 'Asia/Shanghai')).toBe('2026-11-21 10:30');
  });

  it('refuses an unknown zone', () => {
    expect(() => localParts(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
