import {
  findTicketNumber,
  formatTicketNumber,
  parseTicketNumber,
  ticketNumberDay,
  ticketNumberPattern,
} from '../../../src/tickets/ticket-number';

describe('ticket numbers', () => {
  it('formats the day and a sequence that widens past 9999 rather than wrapping', () => {
    expect(formatTicketNumber('20261123', 42)).toBe('C-20261123-0042');
    expect(formatTicketNumber('20261123', 12345)).toBe('C-20261123-12345');
  });

  it('numbers a ticket under the day it was opened in the courier zone', () => {
    expect(ticketNumberDay('2026-11-22T16:30:00.000Z', 'Asia/Shanghai')).toBe('20261123');
    expect(ticketNumberDay('2026-11-22T16:30:00.000Z', 'UTC')).toBe('20261122');
  });

  it('parses a whole reference, whatever its case, and nothing else', () => {
    expect(parseTicketNumber('c-20261123-0042')).toEqual({ number: 'C-20261123-0042', day: '20261123', sequence: 42 });
    expect(parseTicketNumber('C-20261123-12345')?.sequence).toBe(12345);
    expect(parseTicketNumber('C-20261123-42')).toBeUndefined();
    expect(parseTicketNumber('ticket C-20261123-0042')).toBeUndefined();
    expect(parseTicketNumber('0199a1b2-uuid')).toBeUndefined();
  });

  it('finds a number inside a message, upper-cased, as a whole word only', () => {
    expect(findTicketNumber('where is my ticket c-20261123-0042?')).toBe('C-20261123-0042');
    expect(findTicketNumber('工单号C-20261123-0042怎么样了')).toBe('C-20261123-0042');
    expect(findTicketNumber('XC-20261123-0042')).toBeUndefined();
    expect('C-20261123-0001 and C-20261124-0002'.match(ticketNumberPattern('gi'))).toEqual([
      'C-20261123-0001',
      'C-20261124-0002',
    ]);
  });
});
