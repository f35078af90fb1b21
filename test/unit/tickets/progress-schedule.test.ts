import type { Customer } from '../../../src/conversations/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { ProgressSchedule, SurveyService, TicketService, type Agent } from '../../../src/tickets';
import { sampleTicket } from '../../contract/store-harness';
import { TestClock } from '../../support/test-clock';

const HOUR = 3_600_000;
const AGENT: Agent = { id: 'lin', supervisor: false };

describe('ProgressSchedule: when an open ticket is due a periodic update (movable clock, SQLite)', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let tickets: TicketService;
  let schedule: ProgressSchedule;
  let customer: Customer;

  beforeEach(async () => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    tickets = new TicketService(store, clock);
    schedule = new ProgressSchedule({ store, clock, everyMs: 24 * HOUR });
    customer = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613800000000' }] },
      clock.now().toISOString(),
    );
  });
  afterEach(() => store.close());

  const file = async (category: 'delay' | 'packaging' = 'delay') =>
    (
      await tickets.fileComplaint({
        customer,
        channel: 'sms',
        conversationId: `c-${category}`,
        trackingNumbers: [category === 'delay' ? 'SF1000000000001' : 'SF1000000000002'],
        category,
        description: '还没到',
        evidence: [],
        facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
        by: 'bot',
      })
    ).ticket;

  /** Runs a round as the scheduler does: each due ticket recorded as told; resolves with their ids. */
  const round = async () => {
    const told: string[] = [];
    for (const { ticket, since } of await schedule.due())
      if (await schedule.recordSent(ticket.id, since, 'told the customer')) told.push(ticket.id);
    return told;
  };

  it('is due a whole period after filing, once per period, then a period after that update', async () => {
    const ticket = await file();
    clock.advance(24 * HOUR - 1);
    expect(await round()).toEqual([]);
    clock.advance(1);
    expect(await round()).toEqual([ticket.id]);
    expect(await round()).toEqual([]); // the same period: once
    clock.advance(24 * HOUR - 60_000);
    expect(await round()).toEqual([]);
    clock.advance(60_000);
    expect(await round()).toEqual([ticket.id]);
    const updates = (await store.tickets.get(ticket.id))?.history.filter((e) => e.action === 'progress update');
    expect(updates?.map((e) => e.at)).toEqual(['2026-11-24T02:00:00.000Z', '2026-11-25T02:00:00.000Z']);
  });

  it('counts from the latest other update: an agent taking it, writing, or updating the customer', async () => {
    const ticket = await file();
    clock.advance(10 * HOUR);
    await tickets.accept(ticket.id, AGENT);
    clock.advance(20 * HOUR); // 30 h after filing, 20 h after the acceptance
    expect(await round()).toEqual([]);
    clock.advance(4 * HOUR);
    await tickets.updateCustomer(ticket.id, AGENT, '已联系派送站，明天上午派送');
    clock.advance(23 * HOUR);
    expect(await round()).toEqual([]);
    await tickets.agentReplied(ticket.id, AGENT);
    clock.advance(23 * HOUR);
    expect(await round()).toEqual([]);
    clock.advance(HOUR);
    expect(await round()).toEqual([ticket.id]);
  });

  it('leaves alone a ticket that is settled, and another process’s period (recordSent from a stale read)', async () => {
    const open = await file();
    const settled = await file('packaging');
    await tickets.transition(settled.id, 'resolved', 'bot', 'settled');
    clock.advance(25 * HOUR);
    const due = await schedule.due();
    expect(due.map((d) => d.ticket.id)).toEqual([open.id]);
    const since = due[0]?.since as string;
    expect(await schedule.recordSent(open.id, since, 'first')).toBeDefined();
    expect(await schedule.recordSent(open.id, since, 'second')).toBeUndefined();
  });

  it('counts a reopening as news (the customer was told), and is off at 0 hours', async () => {
    const ticket = await file();
    await tickets.transition(ticket.id, 'resolved', 'lin', 'done');
    const survey = new SurveyService({ store, clock, delayMs: 0 });
    clock.advance(30 * HOUR);
    await survey.takeDue();
    await survey.answer(ticket.id, { satisfied: false });
    expect(await round()).toEqual([]);
    clock.advance(24 * HOUR);
    expect(await new ProgressSchedule({ store, clock, everyMs: 0 }).due()).toEqual([]);
    expect(await round()).toEqual([ticket.id]);
  });

  it('pages through every open ticket, each once, tickets created at one instant across a page boundary too', async () => {
    // Eight open tickets (and a resolved one), four of them created at the same instant, read three at a time.
    const at = (minutes: number) => new Date(Date.parse('2026-11-20T02:00:00Z') + minutes * 60_000).toISOString();
    const ids: string[] = [];
    for (const [n, minutes] of [0, 1, 2, 2, 2, 2, 3, 4].entries())
      ids.push(
        (await store.tickets.create(sampleTicket({ createdAt: at(minutes), trackingNumbers: [`SF20000000000${n}`] })))
          .id,
      );
    await store.tickets.create(sampleTicket({ createdAt: at(2), status: 'resolved' }));
    const paged = new ProgressSchedule({ store, clock, everyMs: 24 * HOUR, pageSize: 3 });
    const pages: string[][] = [];
    for await (const page of paged.duePages()) pages.push(page.map((d) => d.ticket.id));
    expect(pages.map((p) => p.length)).toEqual([6, 2]); // [4, 3, 2 ×4], then [1, 0]
    expect(pages.flat().sort()).toEqual([...ids].sort());

    let told = 0;
    for await (const page of paged.duePages())
      for (const { ticket, since } of page) if (await paged.recordSent(ticket.id, since, 'told')) told += 1;
    expect(told).toBe(8);
    expect(await paged.due()).toEqual([]); // every one moved on: the next round sends nothing
    for (const id of ids)
      expect((await store.tickets.get(id))?.history.filter((e) => e.action === 'progress update')).toHaveLength(1);
  });
});
