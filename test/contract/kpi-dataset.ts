import type { Store } from '../../src/store';
import type { Ticket, TicketCategory, TicketEvent } from '../../src/tickets/records';
import { TICKET_CATEGORIES } from '../../src/tickets/records';
import type { NewTrackingQuestion } from '../../src/proactive/tracking-question.records';
import { sampleTicket } from './store-harness';

/** An anomaly as generated, with what the KPIs read about it from the other records. */
export interface GeneratedAnomaly {
  id: string;
  trackingNumber: string;
  level: 1 | 2;
  detectedAt: string;
  planned: boolean;
  notices: number;
  /** When each of its notices' outbox items went out (those sent). */
  sentAt: string[];
  claimOpenedAt?: string;
}

/** Everything the KPIs count, as written through the store's own methods. */
export interface KpiDataset {
  tickets: Ticket[];
  anomalies: GeneratedAnomaly[];
  questions: NewTrackingQuestion[];
}

/** When the KPIs are asked for; no time generated is later. */
export const DATASET_NOW = '2026-12-20T00:00:00.000Z';
const START = Date.parse('2026-09-15T00:00:00.000Z');
const SPAN = Date.parse(DATASET_NOW) - START;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const STATIONS = ['北京转运中心', '上海浦东站', '广州白云站', '深圳南山站', '成都双流站', '杭州萧山站'].concat([
  '武汉汉阳站',
  '西安雁塔站',
  '南京江宁站',
  '重庆渝北站',
  '长沙雨花站',
  '郑州金水站',
]);
const ROUTES = ['广州→北京', '深圳→上海', '杭州→成都', '北京→西安', '上海→武汉'];

/** A seeded generator (mulberry32): the same dataset on every run and store. */
function generator(seed: number) {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[below(list.length)] as T;
  return { random, below, pick };
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** Whole seconds: minutes to the third decimal never fall on a rounding tie (see the KPI reference). */
const atSecond = (ms: number): number => Math.floor(ms / SECOND) * SECOND;

/**
 * Times the day and week groupings must place exactly: local midnights at UTC+8 and UTC−5, and just before them.
 */
function edges(): number[] {
  const times: number[] = [];
  for (let day = Date.parse('2026-10-01T00:00:00.000Z'); day < Date.parse('2026-12-01T00:00:00.000Z'); day += 9 * DAY)
    for (const offset of [480, -300]) times.push(day - offset * MINUTE, day - offset * MINUTE - SECOND);
  return times;
}

/**
 * Generates tickets, anomalies (with notices sent, failed or waiting, and claims) and tracking questions spread over
 * three months, with the edge cases the KPI queries must get right: times at local midnights and just before them,
 * the range's own ends, customers with complaints exactly 30 days apart (and a second more), more stations than hot
 * spots, claims opened exactly 15 minutes after detection, tickets closed without a resolution.
 */
export async function generateKpiDataset(store: Store, rangeEnds: string[]): Promise<KpiDataset> {
  const { random, below, pick } = generator(20261123);
  const special = [...edges(), ...rangeEnds.map((end) => Date.parse(end))];
  const time = (): number => (random() < 0.15 ? pick(special) : atSecond(START + random() * SPAN));
  const tickets: Ticket[] = [];
  const ticketTimes = new Set<number>();
  const addTicket = async (created: number, customerId: string) => {
    // Distinct creation times: the breached list is ordered by creation time alone.
    while (ticketTimes.has(created)) created += SECOND;
    ticketTimes.add(created);
    const priority = pick(['high', 'medium', 'medium', 'low'] as const);
    const [fr, res] = priority === 'high' ? [15, 120] : priority === 'medium' ? [30, 1440] : [30, 2880];
    const bounded = (ms: number) => (ms < Date.parse(DATASET_NOW) ? iso(ms) : undefined);
    const firstResponseAt = random() < 0.6 ? bounded(created + below(90 * 60) * SECOND) : undefined;
    const resolvedAt = random() < 0.7 ? bounded(created + below(72 * 3600) * SECOND) : undefined;
    const closedAt = resolvedAt
      ? random() < 0.5
        ? bounded(Date.parse(resolvedAt) + below(3600) * SECOND)
        : undefined
      : random() < 0.1
        ? bounded(created + below(4 * 3600) * SECOND)
        : undefined;
    const history: TicketEvent[] = [{ at: iso(created), by: 'bot', action: 'created', to: 'open' }];
    if (random() < 0.1) history.push({ at: iso(created), by: 'alice', action: 'transferred', to: 'bob' });
    if (random() < 0.1) history.push({ at: iso(created), by: 'bot', action: 'repeat complaint' });
    if (resolvedAt && random() < 0.1)
      history.push({ at: resolvedAt, by: 'customer', action: 'survey', to: 'reopened' });
    const answered = resolvedAt !== undefined && random() < 0.6;
    const nps = random() < 0.5 ? below(11) : undefined;
    const ticket = await store.tickets.create(
      sampleTicket({
        createdAt: iso(created),
        channel: pick(['webchat', 'sms', 'email'] as const),
        customerId,
        trackingNumbers: [`SF${String(1_000_000_000_000 + tickets.length)}`],
        category: pick(TICKET_CATEGORIES) as TicketCategory,
        priority,
        status: closedAt ? 'closed' : resolvedAt ? 'resolved' : pick(['open', 'pending_agent', 'in_progress'] as const),
        ...(random() < 0.9 ? { station: pick(STATIONS) } : {}),
        ...(random() < 0.8 ? { route: pick(ROUTES) } : {}),
        deadlines: { firstResponse: iso(created + fr * MINUTE), resolution: iso(created + res * MINUTE) },
        ...(firstResponseAt ? { firstResponseAt, assignee: pick(['alice', 'bob']) } : {}),
        ...(resolvedAt ? { resolvedAt } : {}),
        ...(closedAt ? { closedAt } : {}),
        ...(answered
          ? {
              satisfaction: {
                surveyedAt: resolvedAt,
                answeredAt: resolvedAt,
                satisfied: random() < 0.7,
                ...(nps === undefined ? {} : { nps, npsAskedAt: resolvedAt, npsAnsweredAt: resolvedAt }),
              },
            }
          : {}),
        history,
      }),
    );
    tickets.push(ticket);
    return ticket;
  };
  for (let i = 0; i < 400; i += 1) await addTicket(time(), `customer-${below(120)}`);
  // Another complaint exactly 30 days later is a repeat; 30 days and a second is not.
  const pair = Date.parse('2026-10-20T03:00:00.000Z');
  await addTicket(pair, 'customer-exact-30');
  await addTicket(pair + 30 * DAY, 'customer-exact-30');
  await addTicket(pair, 'customer-30-and-a-second');
  await addTicket(pair + 30 * DAY + SECOND, 'customer-30-and-a-second');

  const anomalies: GeneratedAnomaly[] = [];
  for (let n = 0; n < 150; n += 1) {
    const detected = time();
    const level = random() < 0.3 ? 1 : 2;
    const trackingNumber = `BE${String(n).padStart(10, '0')}`;
    const detectedAt = iso(detected);
    const { anomaly } = await store.anomalies.record({
      trackingNumber,
      kind: level === 1 ? 'lost' : 'delivery_failed',
      occurrence: '',
      level,
      detectedAt,
      source: 'api',
    });
    const planned = random() < 0.9;
    if (planned) await store.anomalies.markPlanned(anomaly.id, detectedAt);
    const generated: GeneratedAnomaly = {
      id: anomaly.id,
      trackingNumber,
      level,
      detectedAt,
      planned,
      notices: 0,
      sentAt: [],
    };
    const notices = planned ? below(3) : 0;
    for (let r = 0; r < notices; r += 1) {
      const recipient = `phone:+86138${String(n * 10 + r).padStart(8, '0')}`;
      const outboxKey = `notice:${anomaly.id}:${recipient}`;
      const fate = random();
      const sentAt = iso(detected + (1 + below(40 * 60)) * SECOND);
      await store.notices.create({
        anomalyId: anomaly.id,
        trackingNumber,
        kind: 'delivery_failed',
        level,
        recipient,
        channel: 'sms',
        to: '+8613800000000',
        locale: 'zh-CN',
        detectedAt,
        dueAt: detectedAt,
        createdAt: detectedAt,
        outboxKey,
      });
      // Waiting ones are due after every send below, so claiming a sent one's item never claims them.
      const nextAttemptAt = fate < 0.8 ? sentAt : '2027-06-01T00:00:00.000Z';
      const payload = { channel: 'sms' as const, to: '+8613800000000', payload: { text: 'notice' } };
      await store.outbox.enqueue({ ...payload, idempotencyKey: outboxKey, nextAttemptAt }, detectedAt);
      generated.notices += 1;
      if (fate >= 0.8) continue;
      for (const item of await store.outbox.claimDue({ now: sentAt, owner: 'kpi', leaseMs: MINUTE, limit: 10 })) {
        if (fate < 0.7) {
          await store.outbox.markSent(item.id, 'kpi', `SM${item.id}`, sentAt);
          generated.sentAt.push(sentAt);
        } else await store.outbox.markFailed(item.id, 'kpi', 'undeliverable', sentAt);
      }
    }
    if (level === 1 && random() < 0.8) {
      const openedAt = iso(detected + (random() < 0.2 ? 15 * MINUTE : (5 + below(20)) * MINUTE + below(60) * SECOND));
      await store.claims.register({
        trackingNumber,
        claimId: `CL-${n}`,
        anomalyId: anomaly.id,
        detectedAt,
        registeredAt: detectedAt,
      });
      await store.claims.markOpened(trackingNumber, `ticket-${n}`, openedAt);
      generated.claimOpenedAt = openedAt;
    }
    anomalies.push(generated);
  }

  const questions: NewTrackingQuestion[] = [];
  for (let i = 0; i < 300; i += 1) {
    const about = random() < 0.4 ? pick(anomalies) : undefined;
    const asked = about
      ? Math.min(Date.parse(about.detectedAt) + below(3 * 1440) * MINUTE, Date.parse(DATASET_NOW) - SECOND)
      : time();
    const askedAt = iso(asked);
    const firstSent = about?.sentAt.slice().sort()[0];
    const question: NewTrackingQuestion = {
      askedAt,
      trackingNumber: about?.trackingNumber ?? `SF${String(2_000_000_000_000 + i)}`,
      channel: pick(['webchat', 'sms', 'email'] as const),
      ...(about ? { anomalyId: about.id } : {}),
      ...(firstSent && firstSent <= askedAt ? { noticeSentAt: firstSent } : {}),
    };
    await store.trackingQuestions.record(question);
    questions.push(question);
  }
  return { tickets, anomalies, questions };
}
