import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import type { Customer } from '../../../src/conversations/records';
import {
  InvalidTransitionError,
  isComplex,
  NotAssigneeError,
  SupervisorOnlyError,
  TicketService,
  type ComplaintInput,
} from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

const ALICE = { id: 'alice', supervisor: false };
const BOB = { id: 'bob', supervisor: false };
const CAROL = { id: 'carol', supervisor: true };

describe('agents working tickets (TicketService on a real SQLite store)', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let service: TicketService;
  let customer: Customer;

  const file = async (overrides: Partial<ComplaintInput> = {}) =>
    (
      await service.fileComplaint({
        customer,
        channel: 'sms',
        conversationId: 'conv-1',
        trackingNumbers: ['SF1402837465921'],
        category: 'delay',
        description: '晚了一天',
        evidence: [],
        facts: { severe: false, minor: false, daysLate: 1, escalationThreat: null, dataLeak: false },
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

  it('accepting assigns the ticket and counts as the first response, once', async () => {
    const ticket = await file();
    clock.advance(7 * 60_000);
    const accepted = await service.accept(ticket.id, ALICE);
    expect(accepted).toMatchObject({
      status: 'in_progress',
      assignee: 'alice',
      firstResponseAt: '2026-11-23T02:07:00.000Z',
    });
    clock.advance(60_000);
    expect((await service.accept(ticket.id, ALICE)).version).toBe(accepted.version);
    await expect(service.accept(ticket.id, BOB)).rejects.toThrow(NotAssigneeError);
    // A supervisor may take it over.
    expect((await service.accept(ticket.id, CAROL)).assignee).toBe('carol');
  });

  it('an agent’s first reply is the first response even before accepting', async () => {
    const ticket = await file();
    clock.advance(3 * 60_000);
    expect((await service.agentReplied(ticket.id, BOB)).firstResponseAt).toBe('2026-11-23T02:03:00.000Z');
    clock.advance(3 * 60_000);
    expect((await service.agentReplied(ticket.id, ALICE)).firstResponseAt).toBe('2026-11-23T02:03:00.000Z');
  });

  it('the assignee resolves a simple ticket; nobody else may', async () => {
    const ticket = await file();
    await service.accept(ticket.id, ALICE);
    await expect(service.resolve(ticket.id, BOB, { note: 'x', responsibleParty: ['courier'] })).rejects.toThrow(
      NotAssigneeError,
    );
    clock.advance(60 * 60_000);
    const { ticket: resolved, needsApproval } = await service.resolve(ticket.id, ALICE, {
      note: '已重新派送',
      responsibleParty: ['courier'],
    });
    expect(needsApproval).toBe(false);
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-11-23T03:00:00.000Z',
      resolution: { note: '已重新派送', by: 'alice' },
      responsibleParty: ['courier'],
    });
    await expect(service.resolve(ticket.id, ALICE, { note: 'again', responsibleParty: ['courier'] })).rejects.toThrow(
      InvalidTransitionError,
    );
  });

  it('a complex ticket (several responsible parties, or high priority) waits for a supervisor’s approval', async () => {
    const ticket = await file();
    await service.accept(ticket.id, ALICE);
    const proposed = await service.resolve(ticket.id, ALICE, {
      note: '站点和干线都有责任',
      responsibleParty: ['station', 'transport'],
    });
    expect(proposed.needsApproval).toBe(true);
    expect(proposed.ticket).toMatchObject({ status: 'in_progress', pendingResolution: { by: 'alice' } });
    expect(proposed.ticket.resolvedAt).toBeUndefined();
    await expect(service.approve(ticket.id, ALICE)).rejects.toThrow(SupervisorOnlyError);
    clock.advance(10 * 60_000);
    const approved = await service.approve(ticket.id, CAROL);
    expect(approved).toMatchObject({
      status: 'resolved',
      resolution: { note: '站点和干线都有责任', by: 'alice', at: '2026-11-23T02:10:00.000Z' },
      responsibleParty: ['station', 'transport'],
    });
    expect(approved.pendingResolution).toBeUndefined();
    expect(approved.history.at(-1)).toMatchObject({ action: 'resolution approved', by: 'carol' });
    await expect(service.approve(ticket.id, CAROL)).rejects.toThrow(InvalidTransitionError);

    expect(isComplex({ priority: 'high' }, ['courier'])).toBe(true);
    expect(isComplex({ priority: 'low' }, ['courier', 'courier'])).toBe(false);
  });

  it('transfers to another agent or back to the queue, and escalates one level at a time', async () => {
    const ticket = await file();
    await service.accept(ticket.id, ALICE);
    await expect(service.transfer(ticket.id, BOB, 'bob')).rejects.toThrow(NotAssigneeError);
    expect(await service.transfer(ticket.id, ALICE, 'bob', '他负责华北')).toMatchObject({
      assignee: 'bob',
      status: 'in_progress',
    });
    const queued = await service.transfer(ticket.id, BOB, undefined);
    expect(queued.status).toBe('pending_agent');
    expect(queued.assignee).toBeUndefined();
    const escalated = await service.escalate(ticket.id, BOB, '客户要求主管处理');
    expect(escalated.level).toBe(1);
    expect(escalated.history.at(-1)).toMatchObject({ action: 'escalated', from: 'level 0', to: 'level 1' });
  });
});
