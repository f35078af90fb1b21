import { BusinessHours, handoffReason, InvalidBusinessHoursError } from '../../../src/tickets';

describe('business hours in the courier’s time zone', () => {
  const hours = BusinessHours.parse('Mon-Fri 09:00-18:00, Sat 10:00-16:00', 'Asia/Shanghai');

  it('knows when agents are at work (local time, not UTC)', () => {
    expect(hours.isOpen(new Date('2026-11-23T01:00:00Z'))).toBe(true); // Mon 09:00 Shanghai
    expect(hours.isOpen(new Date('2026-11-23T00:59:00Z'))).toBe(false); // Mon 08:59
    expect(hours.isOpen(new Date('2026-11-23T10:00:00Z'))).toBe(false); // Mon 18:00, closed
    expect(hours.isOpen(new Date('2026-11-28T03:00:00Z'))).toBe(true); // Sat 11:00
    expect(hours.isOpen(new Date('2026-11-29T03:00:00Z'))).toBe(false); // Sun 11:00
  });

  it('finds the next opening, across the weekend', () => {
    expect(hours.nextOpening(new Date('2026-11-23T11:30:00Z'))?.toISOString()).toBe('2026-11-24T01:00:00.000Z');
    expect(hours.nextOpening(new Date('2026-11-28T09:00:00Z'))?.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    const open = new Date('2026-11-23T02:00:00Z');
    expect(hours.nextOpening(open)).toBe(open);
  });

  it('is always open for 24/7, and refuses what it cannot read', () => {
    const always = BusinessHours.parse('24/7', 'Asia/Shanghai');
    expect(always.isOpen(new Date('2026-11-29T20:00:00Z'))).toBe(true);
    expect(always.nextOpening(new Date())).toBeUndefined();
    expect(() => BusinessHours.parse('weekdays', 'UTC')).toThrow(InvalidBusinessHoursError);
    expect(() => BusinessHours.parse('Mon 18:00-09:00', 'UTC')).toThrow(/must end after it starts/);
    expect(() => BusinessHours.parse('Xyz 09:00-10:00', 'UTC')).toThrow(/unknown day/);
  });
});

describe('which complaints go straight to a person', () => {
  const none = { escalationThreat: false, dataLeak: false };
  it.each([
    [{ priority: 'high', category: 'delay' }, none, 'high priority'],
    [{ priority: 'medium', category: 'value_added' }, none, 'agent-only category value_added'],
    [{ priority: 'medium', category: 'info_error' }, { escalationThreat: false, dataLeak: true }, 'personal data leak'],
    [{ priority: 'low', category: 'other' }, { escalationThreat: true, dataLeak: false }, 'escalation threat'],
    [{ priority: 'medium', category: 'info_error' }, none, undefined],
    [{ priority: 'low', category: 'packaging' }, none, undefined],
  ] as const)('%j %j → %s', (ticket, facts, reason) => {
    expect(handoffReason(ticket, facts)).toBe(reason);
  });

  it('follows the courier’s own list of agent-only categories', () => {
    expect(handoffReason({ priority: 'medium', category: 'fee' }, none, ['fee'])).toBe('agent-only category fee');
    expect(handoffReason({ priority: 'medium', category: 'value_added' }, none, ['fee'])).toBeUndefined();
  });
});
