import type { ConversationOutcome } from '../../src/conversations/records';
import type { Store } from '../../src/store';
import type { NewTicket, Ticket, TicketEvent } from '../../src/tickets/records';
import { computeKpis } from '../../src/tickets';
import { sampleTicket } from './store-harness';

const at = (iso: string, minutes = 0): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const ev = (when: string, action: string, extra: Partial<TicketEvent> = {}): TicketEvent => ({
  at: when,
  by: 'system',
  action,
  ...extra,
});

/** The week of 16–22 Nov 2026 in Shanghai (UTC+8), as the KPIs see it on Monday 23 Nov, 10:00 local. */
export const WEEK = { from: '2026-11-15T16:00:00.000Z', to: '2026-11-22T16:00:00.000Z' };
const NOW = '2026-11-23T02:00:00.000Z';
const query = (extra: Partial<{ channel: 'sms'; category: 'fee' }> = {}) => ({
  ...WEEK,
  now: NOW,
  utcOffsetMinutes: 480,
  ...extra,
});

/**
 * A hand-computed week (see the comments on each ticket), covering the edge cases: a reopened ticket resolved
 * late the second time, a ticket settled by the bot after a handoff, an unresolved one past its deadline,
 * a repeat complaint joined to a ticket, a ticket before the range, an agent thread that is no customer
 * conversation.
 */
export async function loadWeek(store: Store): Promise<Ticket[]> {
  const make = (created: string, overrides: Partial<NewTicket>, minutes: { fr: number; res: number }) =>
    store.tickets.create(
      sampleTicket({
        createdAt: created,
        deadlines: { firstResponse: at(created, minutes.fr), resolution: at(created, minutes.res) },
        history: [ev(created, 'created', { to: 'open' })],
        ...overrides,
      }),
    );
  const medium = { fr: 30, res: 24 * 60 };
  const high = { fr: 15, res: 120 };
  const low = { fr: 30, res: 48 * 60 };
  // T1 (A): answered in 10 min, resolved in 5 h, satisfied → closed. First-contact resolution.
  const t1 = await make(
    '2026-11-16T02:00:00.000Z',
    {
      customerId: 'A',
      station: '北京转运中心',
      route: '广州→北京',
      status: 'closed',
      firstResponseAt: '2026-11-16T02:10:00.000Z',
      resolvedAt: '2026-11-16T07:00:00.000Z',
      closedAt: '2026-11-16T09:00:00.000Z',
      satisfaction: {
        surveyedAt: '2026-11-16T08:00:00.000Z',
        answeredAt: '2026-11-16T09:00:00.000Z',
        satisfied: true,
        score: 5,
        npsAskedAt: '2026-11-16T09:00:00.000Z',
        nps: 9,
        npsAnsweredAt: '2026-11-16T09:01:00.000Z',
      },
    },
    medium,
  );
  // T2 (B, SMS): unsatisfied → reopened 06:00 with fresh deadlines (FR 06:15, resolution 08:00), resolved again
  // at 09:00: late; not a first-contact resolution; its first response (02:20) is before the new FR deadline.
  const t2 = await make(
    '2026-11-17T02:00:00.000Z',
    {
      customerId: 'B',
      channel: 'sms',
      category: 'lost',
      priority: 'high',
      station: '北京转运中心',
      status: 'resolved',
      firstResponseAt: '2026-11-17T02:20:00.000Z',
      resolvedAt: '2026-11-17T09:00:00.000Z',
      satisfaction: {
        surveyedAt: '2026-11-17T05:00:00.000Z',
        answeredAt: '2026-11-17T06:00:00.000Z',
        satisfied: false,
        score: 2,
        npsAskedAt: '2026-11-17T06:00:00.000Z',
        nps: 2,
        npsAnsweredAt: '2026-11-17T06:02:00.000Z',
      },
      deadlines: { firstResponse: '2026-11-17T06:15:00.000Z', resolution: '2026-11-17T08:00:00.000Z' },
      history: [
        ev('2026-11-17T02:00:00.000Z', 'created', { to: 'open' }),
        ev('2026-11-17T06:00:00.000Z', 'survey answered', { from: 'resolved', to: 'reopened' }),
        ev('2026-11-17T09:00:00.000Z', 'resolved', { from: 'reopened', to: 'resolved' }),
      ],
    },
    high,
  );
  // T3 (A again, within 30 days of T1): filed, settled by the bot in 20 min with no agent; never surveyed.
  const t3 = await make(
    '2026-11-20T02:00:00.000Z',
    {
      customerId: 'A',
      category: 'packaging',
      priority: 'low',
      status: 'resolved',
      resolvedAt: '2026-11-20T02:20:00.000Z',
      history: [
        ev('2026-11-20T02:00:00.000Z', 'created', { to: 'open' }),
        ev('2026-11-20T02:20:00.000Z', 'status', { by: 'bot', from: 'open', to: 'resolved' }),
      ],
    },
    low,
  );
  // T4 (C): transferred, answered in 5 min, still in progress past its resolution deadline (22 Nov 02:00).
  const t4 = await make(
    '2026-11-21T02:00:00.000Z',
    {
      customerId: 'C',
      category: 'fee',
      station: '上海浦东站',
      status: 'in_progress',
      assignee: 'bob',
      firstResponseAt: '2026-11-21T02:05:00.000Z',
      history: [
        ev('2026-11-21T02:00:00.000Z', 'created', { to: 'open' }),
        ev('2026-11-21T02:03:00.000Z', 'transferred', { from: 'alice', to: 'bob' }),
      ],
    },
    medium,
  );
  // T5 (D): before the range; only in the backlog.
  const t5 = await make('2026-11-14T02:00:00.000Z', { customerId: 'D' }, medium);
  // T6 (E): 22 Nov 18:00 local, a repeat complaint joined to it, nobody has answered: both deadlines missed.
  const t6 = await make(
    '2026-11-22T10:00:00.000Z',
    {
      customerId: 'E',
      channel: 'email',
      category: 'damaged',
      priority: 'high',
      status: 'pending_agent',
      history: [
        ev('2026-11-22T10:00:00.000Z', 'created', { to: 'open' }),
        ev('2026-11-22T11:00:00.000Z', 'repeat complaint'),
      ],
    },
    high,
  );
  // Conversations (bot containment, src/tickets/containment.ts), by where they got to. Counted: the ten with an
  // outcome on customer channels in the week. Contained: T3's (filed, resolved with no agent) and a question the
  // bot answered. Not contained: T1's and T2's (agents), T6's (handed off), a cancelled complaint, one abandoned
  // mid-intake, one the bot could not answer, T4's (filed, then an agent) and T5's (filed, still open).
  // Not counted: a hello with no request, an agents' Teams thread, one before the week.
  const conversation = (
    channel: 'webchat' | 'sms' | 'email' | 'msteams',
    created: string,
    outcome: ConversationOutcome | undefined,
    ticket?: Ticket,
  ) =>
    store.conversations.create(
      {
        channel,
        externalId: `${channel}-${created}`,
        reference: {},
        mode:
          outcome === 'handed_off' && ticket?.status !== 'resolved' && ticket?.status !== 'closed' ? 'handoff' : 'bot',
        ...(ticket ? { ticketId: ticket.id } : {}),
        ...(outcome ? { outcome } : {}),
      },
      created,
    );
  await conversation('webchat', '2026-11-16T01:59:00.000Z', 'handed_off', t1);
  await conversation('sms', '2026-11-17T01:59:00.000Z', 'handed_off', t2);
  await conversation('webchat', '2026-11-20T01:59:00.000Z', 'filed', t3);
  await conversation('webchat', '2026-11-21T05:00:00.000Z', 'answered');
  await conversation('email', '2026-11-22T09:59:00.000Z', 'handed_off', t6);
  await conversation('webchat', '2026-11-18T03:00:00.000Z', 'cancelled');
  await conversation('sms', '2026-11-18T04:00:00.000Z', 'intake');
  await conversation('webchat', '2026-11-19T04:00:00.000Z', 'unanswered');
  await conversation('sms', '2026-11-21T01:59:00.000Z', 'filed', t4);
  await conversation('email', '2026-11-19T06:00:00.000Z', 'filed', t5);
  await conversation('webchat', '2026-11-19T07:00:00.000Z', undefined);
  await conversation('msteams', '2026-11-22T10:01:00.000Z', 'handed_off', t6);
  await conversation('webchat', '2026-11-10T05:00:00.000Z', 'answered');
  return [t1, t2, t3, t4, t6];
}

export function describeMetricsContract(getStore: () => Store): void {
  describe('metrics (KPI counts against a hand-computed week)', () => {
    it('counts a customer complaining again as a repeat, never two customers complaining about one parcel', async () => {
      const store = getStore();
      const day = '2026-11-17T02:00:00.000Z';
      for (const customerId of ['P', 'Q'])
        await store.tickets.create(sampleTicket({ customerId, createdAt: day, trackingNumbers: ['SF2210478832106'] }));
      expect(await store.metrics.counts(query())).toMatchObject({ complainants: 2, repeatComplainants: 0 });
      await store.tickets.create(sampleTicket({ customerId: 'Q', createdAt: at(day, 60), trackingNumbers: ['X1'] }));
      expect(await store.metrics.counts(query())).toMatchObject({ complainants: 2, repeatComplainants: 1 });
    });

    it('counts every KPI input as computed by hand', async () => {
      const store = getStore();
      await loadWeek(store);
      const counts = await store.metrics.counts(query());
      expect(counts).toMatchObject({
        tickets: 5,
        resolved: 3, // T1, T2, T3
        resolvedInTime: 2, // T2's second resolution was late
        surveyed: 2,
        satisfied: 1,
        recommendations: 2, // T1 9 (promoter), T2 2 (detractor)
        promoters: 1,
        detractors: 1,
        firstContactResolved: 2, // T2 was reopened
        complainants: 4, // A, B, C, E
        repeatComplainants: 2, // A (T1 + T3), E (a repeat joined)
        conversations: 10,
        contained: 2, // T3's conversation and the answered question
        responded: 3,
        responseMinutesMedian: 10,
        firstResponseBreaches: 1, // T6
        resolutionBreaches: 3, // T2, T4, T6
        breachedTickets: 3,
        backlog: { high: 1, medium: 2, low: 0 }, // T6; T4, T5
      });
      expect(counts.responseMinutesTotal).toBeCloseTo(35, 6);
      expect(counts.byCategory).toEqual([
        { key: 'damaged', count: 1 },
        { key: 'delay', count: 1 },
        { key: 'fee', count: 1 },
        { key: 'lost', count: 1 },
        { key: 'packaging', count: 1 },
      ]);
      expect(counts.byStation).toEqual([
        { key: '北京转运中心', count: 2 },
        { key: '上海浦东站', count: 1 },
      ]);
      expect(counts.daily).toEqual([
        { day: '2026-11-16', tickets: 1, resolved: 1, breached: 0 },
        { day: '2026-11-17', tickets: 1, resolved: 1, breached: 1 },
        { day: '2026-11-20', tickets: 1, resolved: 1, breached: 0 },
        { day: '2026-11-21', tickets: 1, resolved: 0, breached: 1 },
        { day: '2026-11-22', tickets: 1, resolved: 0, breached: 1 }, // 18:00 local, 10:00 UTC
      ]);
      expect(counts.dailyByStation).toEqual([
        { day: '2026-11-16', key: '北京转运中心', count: 1 },
        { day: '2026-11-17', key: '北京转运中心', count: 1 },
        { day: '2026-11-21', key: '上海浦东站', count: 1 },
      ]);
      expect(counts.dailyByRoute).toEqual([{ day: '2026-11-16', key: '广州→北京', count: 1 }]);
      expect(counts.breached.map((b) => b.category)).toEqual(['lost', 'fee', 'damaged']);
      expect(counts.breached[1]).toEqual({
        number: expect.stringMatching(/^C-20261121-/),
        priority: 'medium',
        category: 'fee',
        createdAt: '2026-11-21T02:00:00.000Z',
        assignee: 'bob',
        firstResponseDue: '2026-11-21T02:30:00.000Z',
        firstResponseAt: '2026-11-21T02:05:00.000Z',
        resolutionDue: '2026-11-22T02:00:00.000Z',
      });

      const kpis = computeKpis(counts, WEEK);
      expect(kpis).toMatchObject({
        timelyHandlingRate: 0.6667,
        csat: 0.5,
        nps: 0,
        repeatComplaintRate: 0.5,
        firstContactResolution: 0.6667,
        botContainment: 0.2,
        firstResponseMinutes: { average: 11.7, median: 10, responded: 3 },
        slaBreaches: { tickets: 3, firstResponse: 1, resolution: 3 },
      });
    });

    it('computes NPS (% promoters − % detractors) from the 0–10 answers of a known set', async () => {
      const store = getStore();
      // Nine answers in the week: promoters 10, 10, 9, 9 (four); passives 8, 7; detractors 6, 5, 0 (three).
      // NPS = (4 − 3) / 9 = +11.1. Not counted: a ticket asked and never answering, one before the week (0).
      const answers = [10, 9, 8, 7, 6, 5, 0, 10, 9];
      for (const [i, nps] of answers.entries())
        await store.tickets.create(
          sampleTicket({
            customerId: `N${i}`,
            createdAt: at('2026-11-17T02:00:00.000Z', i * 60),
            ...(i === 0 ? { channel: 'sms' as const } : {}),
            status: 'closed',
            satisfaction: { satisfied: nps >= 7, npsAskedAt: '2026-11-18T02:00:00.000Z', nps },
          }),
        );
      await store.tickets.create(
        sampleTicket({
          customerId: 'N-silent',
          createdAt: '2026-11-18T02:00:00.000Z',
          satisfaction: { satisfied: true, npsAskedAt: '2026-11-18T03:00:00.000Z' },
        }),
      );
      await store.tickets.create(
        sampleTicket({ customerId: 'N-before', createdAt: '2026-11-10T02:00:00.000Z', satisfaction: { nps: 0 } }),
      );
      const counts = await store.metrics.counts(query());
      expect(counts).toMatchObject({ recommendations: 9, promoters: 4, detractors: 3 });
      expect(computeKpis(counts, WEEK).nps).toBe(11.1);
      // The SMS customer answered 10: a promoter alone.
      expect(computeKpis(await store.metrics.counts(query({ channel: 'sms' })), WEEK).nps).toBe(100);
    });

    it('filters by channel and category, and has no rate where there is nothing to divide', async () => {
      const store = getStore();
      await loadWeek(store);
      const sms = computeKpis(await store.metrics.counts(query({ channel: 'sms' })), WEEK);
      expect(sms).toMatchObject({ tickets: 1, csat: 0, timelyHandlingRate: 0, botContainment: 0 });
      const fee = computeKpis(await store.metrics.counts(query({ category: 'fee' })), WEEK);
      // No surveys and no resolutions yet: unknown, not 0%.
      expect(fee).toMatchObject({ tickets: 1, csat: null, timelyHandlingRate: null, firstContactResolution: null });
      expect(fee.backlog).toEqual({ high: 0, medium: 1, low: 0 });
      const empty = computeKpis(
        await store.metrics.counts({ ...query(), from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' }),
        WEEK,
      );
      expect(empty).toMatchObject({
        tickets: 0,
        csat: null,
        nps: null,
        repeatComplaintRate: null,
        botContainment: null,
      });
      expect(empty.firstResponseMinutes).toEqual({ average: null, median: null, responded: 0 });
    });

    it('pages through the tickets of a range for export, oldest first', async () => {
      const store = getStore();
      const expected = await loadWeek(store);
      const seen: string[] = [];
      for await (const ticket of store.metrics.tickets(query())) seen.push(ticket.number);
      expect(seen).toEqual(expected.map((t) => t.number));
    });
  });
}
