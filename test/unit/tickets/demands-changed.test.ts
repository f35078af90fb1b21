import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import type { Customer } from '../../../src/conversations/records';
import { TicketNotYoursError, TicketService, type ComplaintInput } from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

/**
 * What the customer wants, changed after filing (TicketService.changeDemands, on a real SQLite store): the ticket's
 * demands replaced, the change and the words in its history; never by another customer, never on a closed ticket.
 */
describe('a filed complaint’s demands changed by its customer', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let service: TicketService;
  let customer: Customer;

  const file = async (overrides: Partial<ComplaintInput> = {}) =>
    (
      await service.fileComplaint({
        customer,
        channel: 'webchat',
        conversationId: 'conv-1',
        trackingNumbers: ['SF1402837465921'],
        category: 'fee',
        description: 'charged for 5 kg, it weighed 3',
        evidence: [],
        facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
        by: 'bot',
        demand: 'apology',
        ...overrides,
      })
    ).ticket;

  beforeEach(async () => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    service = new TicketService(store, clock);
    customer = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613800138000' }] },
      clock.now().toISOString(),
    );
  });
  afterEach(() => store.close());

  it('replaces the demands, keeps the old ones and the words in the history, and is stored', async () => {
    const ticket = await file({ moreDemands: ['explanation'] });
    const { ticket: after, changed } = await service.changeDemands(
      ticket.id,
      customer.id,
      ['refund', 'compensation'],
      'no apology, refund the difference',
    );
    expect(changed).toBe(true);
    expect(after).toMatchObject({ demand: 'refund', moreDemands: ['compensation'] });
    expect(after.history.at(-1)).toMatchObject({
      by: 'customer',
      action: 'demand changed',
      note: 'apology, explanation → refund, compensation: no apology, refund the difference',
    });
    const stored = await store.tickets.get(ticket.id);
    expect(stored).toMatchObject({ demand: 'refund', moreDemands: ['compensation'] });
  });

  it('a single demand leaves no further demands behind', async () => {
    const ticket = await file({ moreDemands: ['explanation'] });
    const { ticket: after } = await service.changeDemands(ticket.id, customer.id, ['refund'], 'just the refund');
    expect(after.demand).toBe('refund');
    expect(after.moreDemands).toBeUndefined();
  });

  it('another customer cannot change them, and nothing is written', async () => {
    const ticket = await file();
    const stranger = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613900139000' }] },
      clock.now().toISOString(),
    );
    await expect(service.changeDemands(ticket.id, stranger.id, ['compensation'], 'pay me')).rejects.toThrow(
      TicketNotYoursError,
    );
    const stored = await store.tickets.get(ticket.id);
    expect(stored?.demand).toBe('apology');
    expect(stored?.history).toHaveLength(ticket.history.length);
  });

  it('a closed ticket is left as it was; the same demands again change nothing', async () => {
    const ticket = await file();
    const same = await service.changeDemands(ticket.id, customer.id, ['apology'], 'an apology, as I said');
    expect(same.changed).toBe(false);
    expect(same.ticket.history).toHaveLength(ticket.history.length);
    await service.withdrawComplaint(ticket.id, 'customer', 'sorted');
    const closed = await service.changeDemands(ticket.id, customer.id, ['compensation'], 'pay me after all');
    expect(closed.changed).toBe(false);
    expect(closed.ticket.demand).toBe('apology');
  });
});
