import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import type { Customer } from '../../../src/conversations/records';
import {
  InvalidTransitionError,
  TicketNotFoundError,
  TicketNotYoursError,
  TicketService,
  type ComplaintInput,
} from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

describe('TicketService on a real SQLite store', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let service: TicketService;
  let customer: Customer;
  let other: Customer;

  const complaint = (overrides: Partial<ComplaintInput> = {}): ComplaintInput => ({
    customer,
    channel: 'webchat',
    conversationId: 'conv-1',
    trackingNumbers: ['SF1402837465921'],
    carrier: 'sf',
    category: 'delay',
    description: '说好昨天到，今天还没到',
    evidence: [],
    facts: { severe: false, minor: false, daysLate: 1, escalationThreat: null, dataLeak: false },
    by: 'bot',
    ...overrides,
  });

  beforeEach(async () => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    service = new TicketService(store, clock);
    customer = await store.customers.create(
      { name: '李娜', identities: [{ kind: 'webchat', value: 'u1' }] },
      clock.now().toISOString(),
    );
    other = await store.customers.create({ identities: [{ kind: 'webchat', value: 'u2' }] }, clock.now().toISOString());
  });
  afterEach(() => store.close());

  it('files a complaint with priority, deadlines, history, and links the conversation transcript', async () => {
    await store.messages.append({
      conversationId: 'conv-1',
      channel: 'webchat',
      direction: 'in',
      transportId: 'a1',
      author: 'customer',
      text: '说好昨天到，今天还没到',
      attachments: [],
      createdAt: clock.now().toISOString(),
    });
    const { ticket, joined } = await service.fileComplaint(complaint());
    expect(joined).toBe(false);
    expect(ticket).toMatchObject({
      number: 'C-20261123-0001',
      status: 'open',
      priority: 'medium',
      customerId: customer.id,
      customer: { name: '李娜' },
      deadlines: { firstResponse: '2026-11-23T02:30:00.000Z', resolution: '2026-11-24T02:00:00.000Z' },
      history: [
        { at: '2026-11-23T02:00:00.000Z', by: 'bot', action: 'created', to: 'open', note: 'priority medium: delay' },
      ],
    });
    expect((await store.messages.listByTicket(ticket.id)).map((m) => m.transportId)).toEqual(['a1']);
  });

  it('joins a repeat complaint on the same parcel to the open ticket and raises it to high', async () => {
    const first = (await service.fileComplaint(complaint())).ticket;
    clock.advance(3_600_000);
    const second = await service.fileComplaint(
      complaint({ conversationId: 'conv-2', category: 'attitude', description: '又打电话骂我' }),
    );
    expect(second.joined).toBe(true);
    expect(second.ticket.id).toBe(first.id);
    expect(second.ticket.priority).toBe('high');
    // High-priority deadlines counted from the ticket's creation, never later than before.
    expect(second.ticket.deadlines).toEqual({
      firstResponse: '2026-11-23T02:15:00.000Z',
      resolution: '2026-11-23T04:00:00.000Z',
    });
    expect(second.ticket.conversationIds).toEqual(['conv-1', 'conv-2']);
    expect(second.ticket.history.at(-1)).toEqual({
      at: '2026-11-23T03:00:00.000Z',
      by: 'bot',
      action: 'repeat complaint',
      note: 'attitude: 又打电话骂我',
      from: 'medium',
      to: 'high',
    });
    expect(await store.tickets.find({})).toHaveLength(1);
  });

  it('opens a new high-priority ticket for a repeat after the first was resolved, and not after 7 days', async () => {
    const first = (await service.fileComplaint(complaint({ category: 'packaging' }))).ticket;
    await service.transition(first.id, 'resolved', 'agent-1', 'apologised');
    clock.advance(2 * 86_400_000);
    const repeat = await service.fileComplaint(complaint({ category: 'packaging' }));
    expect(repeat).toMatchObject({ joined: false, ticket: { priority: 'high' } });
    await service.transition(repeat.ticket.id, 'resolved', 'agent-1');
    clock.advance(8 * 86_400_000);
    expect((await service.fileComplaint(complaint({ category: 'packaging' }))).ticket.priority).toBe('low');
  });

  it('gives another customer complaining about the same parcel a ticket of their own, related for agents only', async () => {
    const mine = (await service.fileComplaint(complaint())).ticket;
    clock.advance(60_000);
    const theirs = await service.fileComplaint(
      complaint({ customer: other, conversationId: 'conv-9', description: '我的件也没到' }),
    );
    expect(theirs).toMatchObject({ joined: false, ticket: { customerId: other.id, conversationIds: ['conv-9'] } });
    expect(theirs.ticket.id).not.toBe(mine.id);
    // Not a repeat: another person's complaint neither raises the priority nor joins the history.
    expect(theirs.ticket.priority).toBe('medium');
    expect(await store.tickets.get(mine.id)).toEqual(mine);
    expect((await service.relatedTickets(mine)).map((t) => t.id)).toEqual([theirs.ticket.id]);
    expect((await service.relatedTickets(theirs.ticket)).map((t) => t.id)).toEqual([mine.id]);
    // The same customer again joins their own ticket, never the other's.
    const again = await service.fileComplaint(complaint({ conversationId: 'conv-3' }));
    expect(again).toMatchObject({ joined: true, ticket: { id: mine.id, conversationIds: ['conv-1', 'conv-3'] } });
  });

  it('joins the customer’s own open ticket however old, rather than opening a second one on the parcel', async () => {
    const first = (await service.fileComplaint(complaint())).ticket;
    clock.advance(10 * 86_400_000);
    const again = await service.fileComplaint(complaint({ conversationId: 'conv-2' }));
    expect(again).toMatchObject({ joined: true, ticket: { id: first.id } });
  });

  it('follows the lifecycle and refuses impossible transitions', async () => {
    const { ticket } = await service.fileComplaint(complaint());
    const pending = await service.requestAgent(ticket.id, 'bot', 'customer asked for a person');
    expect(pending.status).toBe('pending_agent');
    expect(await service.requestAgent(ticket.id, 'bot', 'again')).toEqual(pending);
    const accepted = await service.transition(ticket.id, 'in_progress', 'agent-7');
    const resolved = await service.transition(ticket.id, 'resolved', 'agent-7', 'redelivered');
    expect(resolved.resolvedAt).toBe(clock.now().toISOString());
    await expect(service.transition(ticket.id, 'in_progress', 'agent-7')).rejects.toThrow(InvalidTransitionError);
    const closed = await service.transition(ticket.id, 'closed', 'customer', 'satisfied');
    expect(closed.history.map((h) => [h.from, h.to])).toEqual([
      [undefined, 'open'],
      ['open', 'pending_agent'],
      ['pending_agent', 'in_progress'],
      ['in_progress', 'resolved'],
      ['resolved', 'closed'],
    ]);
    expect(accepted.status).toBe('in_progress');
    await expect(service.transition('nope', 'closed', 'x')).rejects.toThrow(TicketNotFoundError);
  });

  it('shows a ticket by number only to the customer who filed it', async () => {
    const { ticket } = await service.fileComplaint(complaint());
    expect((await service.byNumberForCustomer(ticket.number.toLowerCase(), customer.id)).id).toBe(ticket.id);
    await expect(service.byNumberForCustomer(ticket.number, other.id)).rejects.toThrow(TicketNotYoursError);
    await expect(service.byNumberForCustomer('C-20200101-0001', customer.id)).rejects.toThrow(TicketNotFoundError);
    expect((await service.forCustomer(other.id)).length).toBe(0);
  });
});
