import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Customer } from '../../../src/conversations/records';
import type { Ticket } from '../../../src/tickets/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { SlaMonitor, TicketService, type DeadlineKind, type SlaNotifier } from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

/** Records what the monitor told whom. */
class RecordingNotifier implements SlaNotifier {
  events: string[] = [];
  async warn(ticket: Ticket, deadline: DeadlineKind): Promise<void> {
    this.events.push(`warn ${ticket.number} ${deadline}`);
  }
  async breach(ticket: Ticket, deadline: DeadlineKind): Promise<void> {
    this.events.push(`breach ${ticket.number} ${deadline} level ${ticket.level}`);
  }
}

describe('SlaMonitor with a controllable clock on a real SQLite file', () => {
  let dir: string;
  let store: SqliteStore;
  let clock: TestClock;
  let tickets: TicketService;
  let customer: Customer;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-sla-'));
    store = SqliteStore.open({ file: path.join(dir, 'db'), timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    tickets = new TicketService(store, clock);
    customer = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613800000000' }] },
      clock.now().toISOString(),
    );
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const fileHighPriority = async () =>
    (
      await tickets.fileComplaint({
        customer,
        channel: 'sms',
        conversationId: 'c1',
        trackingNumbers: ['SF1402837465921'],
        category: 'lost',
        description: '丢了',
        evidence: [],
        facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
        by: 'bot',
      })
    ).ticket;

  it('warns at 80% of a deadline and escalates at the breach, once each, with history', async () => {
    const ticket = await fileHighPriority(); // first response due 02:15, resolution due 04:00
    const notifier = new RecordingNotifier();
    const monitor = new SlaMonitor({ store, notifier, clock, owner: 'p1' });

    clock.set('2026-11-23T02:11:00Z'); // 73% of the first-response time: nothing yet
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 0 });
    clock.set('2026-11-23T02:12:00Z'); // 80%
    expect(await monitor.runOnce()).toEqual({ warned: 1, breached: 0 });
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 0 });
    clock.set('2026-11-23T02:15:00Z');
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 1 });
    clock.set('2026-11-23T03:40:00Z'); // 85% of the resolution time
    expect(await monitor.runOnce()).toEqual({ warned: 1, breached: 0 });
    clock.set('2026-11-23T04:00:01Z');
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 1 });

    expect(notifier.events).toEqual([
      `warn ${ticket.number} firstResponse`,
      `breach ${ticket.number} firstResponse level 1`,
      `warn ${ticket.number} resolution`,
      `breach ${ticket.number} resolution level 2`,
    ]);
    const after = await store.tickets.get(ticket.id);
    expect(after?.level).toBe(2);
    expect(after?.history.slice(1).map((e) => [e.at, e.action, e.note])).toEqual([
      ['2026-11-23T02:12:00.000Z', 'sla warning', 'firstResponse due 2026-11-23T02:15:00.000Z'],
      ['2026-11-23T02:15:00.000Z', 'sla breach', 'firstResponse due 2026-11-23T02:15:00.000Z'],
      ['2026-11-23T03:40:00.000Z', 'sla warning', 'resolution due 2026-11-23T04:00:00.000Z'],
      ['2026-11-23T04:00:01.000Z', 'sla breach', 'resolution due 2026-11-23T04:00:00.000Z'],
    ]);
  });

  it('leaves deadlines that were met, and resolved tickets, alone', async () => {
    const ticket = await fileHighPriority();
    await store.tickets.update(
      { ...(await store.tickets.get(ticket.id))!, firstResponseAt: '2026-11-23T02:05:00.000Z' },
      '2026-11-23T02:05:00.000Z',
    );
    const notifier = new RecordingNotifier();
    const monitor = new SlaMonitor({ store, notifier, clock, owner: 'p1' });
    clock.set('2026-11-23T02:30:00Z');
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 0 });
    await tickets.transition(ticket.id, 'resolved', 'agent-1');
    clock.set('2026-11-23T05:00:00Z');
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 0 });
    expect(notifier.events).toEqual([]);
  });

  it('escalates once when two processes run at the same moment', async () => {
    await fileHighPriority();
    const peer = SqliteStore.open({ file: path.join(dir, 'db'), timeZone: 'Asia/Shanghai' });
    const a = new RecordingNotifier();
    const b = new RecordingNotifier();
    clock.set('2026-11-23T02:20:00Z');
    const results = await Promise.all([
      new SlaMonitor({ store, notifier: a, clock, owner: 'p1' }).runOnce(),
      new SlaMonitor({ store: peer, notifier: b, clock, owner: 'p2' }).runOnce(),
    ]);
    expect(results.map((r) => r.breached).reduce((x, y) => x + y)).toBe(1);
    expect([...a.events, ...b.events]).toHaveLength(1);
    await peer.close();
  });

  it('works through a large overdue backlog a bounded number of steps per run, most urgent first', async () => {
    const file = async (trackingNumber: string, category: 'lost' | 'fee') =>
      (
        await tickets.fileComplaint({
          customer,
          channel: 'sms',
          conversationId: `c-${trackingNumber}`,
          trackingNumbers: [trackingNumber],
          category,
          description: '投诉',
          evidence: [],
          facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
          by: 'bot',
        })
      ).ticket;
    const fee = await file('SF0000000000001', 'fee'); // medium: first response due 02:30
    const lost = await file('SF0000000000002', 'lost'); // high: first response due 02:15
    clock.set('2026-11-23T02:45:00Z'); // both first responses missed
    const notifier = new RecordingNotifier();
    const monitor = new SlaMonitor({ store, notifier, clock, owner: 'p1', maxStepsPerRun: 1 });
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 1 });
    expect(notifier.events).toEqual([`breach ${lost.number} firstResponse level 1`]);
    expect(await monitor.runOnce()).toEqual({ warned: 0, breached: 1 });
    expect(notifier.events.at(-1)).toBe(`breach ${fee.number} firstResponse level 1`);
  });
});
