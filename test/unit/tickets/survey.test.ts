import type { Customer } from '../../../src/conversations/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { readSurveyAnswer, SurveyService, TicketService } from '../../../src/tickets';
import { TestClock } from '../../support/test-clock';

describe('readSurveyAnswer', () => {
  it.each([
    ['5', { satisfied: true, score: 5 }],
    ['４分', { satisfied: true, score: 4 }],
    ['3', { satisfied: false, score: 3 }],
    ['1 star', { satisfied: false, score: 1 }],
    ['满意', { satisfied: true }],
    ['滿意！', { satisfied: true }],
    ['不满意', { satisfied: false }],
    ['非常不滿意', { satisfied: false }],
    ['唔滿意', { satisfied: false }],
    ['好滿意', { satisfied: true }],
    ['Satisfied', { satisfied: true }],
    ['not satisfied', { satisfied: false }],
  ])('%j → %j', (text, expected) => expect(readSurveyAnswer(text)).toEqual(expected));

  it.each(['6', '我的快递到哪了', '满意吗？', ''])('%j is not an answer', (text) =>
    expect(readSurveyAnswer(text)).toBeUndefined(),
  );
});

describe('SurveyService with a controllable clock on SQLite', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let tickets: TicketService;
  let surveys: SurveyService;
  let customer: Customer;
  const HOUR = 3_600_000;

  beforeEach(async () => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    tickets = new TicketService(store, clock);
    surveys = new SurveyService({ store, clock, delayMs: HOUR });
    customer = await store.customers.create(
      { identities: [{ kind: 'phone', value: '+8613800000000' }] },
      clock.now().toISOString(),
    );
  });
  afterEach(() => store.close());

  const resolvedTicket = async () => {
    const { ticket } = await tickets.fileComplaint({
      customer,
      channel: 'sms',
      conversationId: 'c1',
      trackingNumbers: [],
      category: 'packaging',
      description: '外箱破了',
      evidence: [],
      facts: { severe: false, minor: false, daysLate: null, escalationThreat: null, dataLeak: false },
      by: 'bot',
    });
    return tickets.transition(ticket.id, 'resolved', 'agent-1', 'apologised');
  };

  it('surveys a resolved ticket once, after the delay', async () => {
    const ticket = await resolvedTicket();
    expect(await surveys.takeDue()).toEqual([]);
    clock.advance(HOUR);
    const due = await surveys.takeDue();
    expect(due.map((t) => t.id)).toEqual([ticket.id]);
    expect(due[0]?.satisfaction?.surveyedAt).toBe(clock.now().toISOString());
    expect(await surveys.takeDue()).toEqual([]);
  });

  it('closes on a satisfied answer and reopens one level up on an unsatisfied one', async () => {
    const happy = await resolvedTicket();
    clock.advance(HOUR);
    await surveys.takeDue();
    expect(await surveys.answer(happy.id, { satisfied: true, score: 5 })).toMatchObject({
      status: 'closed',
      satisfaction: { satisfied: true, score: 5 },
    });
    const unhappy = await resolvedTicket();
    clock.advance(HOUR);
    await surveys.takeDue();
    const reopened = await surveys.answer(unhappy.id, { satisfied: false });
    expect(reopened).toMatchObject({ status: 'reopened', level: 1, satisfaction: { satisfied: false } });
    expect(reopened?.history.at(-1)).toMatchObject({
      action: 'survey answered',
      from: 'resolved',
      to: 'reopened',
      note: 'unsatisfied; escalated to a supervisor',
    });
    expect(await surveys.answer(unhappy.id, { satisfied: true })).toBeUndefined();
  });

  it('closes a ticket whose survey got no answer in 3 days, marked not surveyed', async () => {
    const ticket = await resolvedTicket();
    clock.advance(HOUR);
    await surveys.takeDue();
    clock.advance(3 * 24 * HOUR - 1);
    expect(await surveys.closeUnanswered()).toEqual([]);
    clock.advance(1);
    const [closed] = await surveys.closeUnanswered();
    expect(closed).toMatchObject({ id: ticket.id, status: 'closed' });
    expect(closed?.satisfaction?.answeredAt).toBeUndefined();
    expect(closed?.history.at(-1)?.note).toBe('not surveyed: no answer in time');
  });

  it('asks the recommendation question with the satisfaction answer and records one 0–10 answer in its window', async () => {
    const ticket = await resolvedTicket();
    expect(surveys.awaitsRecommendation(ticket)).toBe(false);
    expect(await surveys.answerRecommendation(ticket.id, 9)).toBeUndefined(); // not asked yet
    clock.advance(HOUR);
    await surveys.takeDue();
    const answered = await surveys.answer(ticket.id, { satisfied: true });
    expect(answered?.satisfaction?.npsAskedAt).toBe(clock.now().toISOString());
    expect(surveys.awaitsRecommendation(answered!)).toBe(true);
    await expect(surveys.answerRecommendation(ticket.id, 11)).rejects.toThrow(RangeError);
    clock.advance(60_000);
    const scored = await surveys.answerRecommendation(ticket.id, 9);
    expect(scored?.satisfaction).toMatchObject({ nps: 9, npsAnsweredAt: clock.now().toISOString() });
    expect(await surveys.answerRecommendation(ticket.id, 3)).toBeUndefined(); // once
    expect((await store.tickets.get(ticket.id))?.satisfaction?.nps).toBe(9);

    const late = await resolvedTicket();
    clock.advance(HOUR);
    await surveys.takeDue();
    await surveys.answer(late.id, { satisfied: false });
    clock.advance(3 * 24 * HOUR);
    expect(await surveys.answerRecommendation(late.id, 5)).toBeUndefined(); // the window has closed
  });
});
