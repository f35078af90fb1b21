import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import type { Customer } from '../../../src/conversations/records';
import { TicketService, type ComplaintInput } from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

/**
 * A complaint the customer takes back (TicketService.withdrawComplaint, on a real SQLite store): closed as withdrawn
 * while nobody works on it — open, or waiting in the agents' queue — with its SLA stopped; once an agent has it, only
 * noted for them; a settled ticket is left alone.
 */
describe('a complaint withdrawn by the customer', () => {
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
        category: 'attitude',
        description: 'the driver shouted at me',
        evidence: [],
        facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
        by: 'bot',
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

  it('an open complaint is closed as withdrawn, with who and why in its history', async () => {
    const ticket = await file();
    const { ticket: after, withdrawn } = await service.withdrawComplaint(ticket.id, 'customer', 'he apologised');
    expect(withdrawn).toBe(true);
    expect(after.status).toBe('withdrawn');
    expect(after.closedAt).toBeDefined();
    expect(after.history.at(-1)).toMatchObject({ action: 'withdrawn', by: 'customer', from: 'open', to: 'withdrawn' });
    expect((await store.tickets.get(ticket.id))?.status).toBe('withdrawn');
  });

  it('a complaint waiting in the agents’ queue is withdrawn too', async () => {
    const ticket = await file();
    await service.requestAgent(ticket.id, 'bot', 'serious');
    const { ticket: after, withdrawn } = await service.withdrawComplaint(ticket.id, 'customer', 'sorted');
    expect(withdrawn).toBe(true);
    expect(after.status).toBe('withdrawn');
  });

  it('once an agent has it, it stays and the request is noted for them', async () => {
    const ticket = await file();
    await service.accept(ticket.id, { id: 'alice', supervisor: false });
    const { ticket: after, withdrawn } = await service.withdrawComplaint(ticket.id, 'customer', 'please drop it');
    expect(withdrawn).toBe(false);
    expect(after.status).toBe('in_progress');
    expect(after.history.at(-1)).toMatchObject({ action: 'withdrawal asked', by: 'customer', note: 'please drop it' });
  });

  it('a withdrawn complaint is withdrawn once', async () => {
    const ticket = await file();
    await service.withdrawComplaint(ticket.id, 'customer', 'first');
    const { ticket: again, withdrawn } = await service.withdrawComplaint(ticket.id, 'customer', 'second');
    expect(withdrawn).toBe(false);
    expect(again.history.filter((e) => e.action === 'withdrawn')).toHaveLength(1);
  });
});
