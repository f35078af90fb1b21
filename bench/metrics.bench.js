// npm run bench:metrics — 100,000 generated tickets (spread over 90 days, with their conversations) on the
// embedded store, then GET /api/metrics for the last month over HTTP, as the dashboard asks for it. Target
// (issue #7): under 1 s. Baseline in the same run: GET /readyz (one trivial query through the same server and
// credentials-free path). BENCH_TICKETS changes the volume; BENCH_TMP the directory; BENCH_DIST another build
// (e.g. main's, to compare in one sitting).
// The proactive KPIs (#18) are part of the answer, so the same 90 days also hold what proactive service leaves
// behind, in proportion to the tickets (see generateProactive): anomalies (one per 4 tickets, a fifth of them
// level 1), their SMS notices to sender and recipient through the outbox (sent minutes later, some failed, a
// few anomalies with nobody to tell), a claim for every level-1 anomaly, and tracking questions (two per
// ticket, some about parcels with an anomaly, before or after its notice went out).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const pino = require('pino');
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(__dirname, '..', 'dist'));
const { loadConfig } = require(path.join(DIST, 'config'));
const { startParcelCare } = require(path.join(DIST, 'index'));

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const DAYS = 90;
const RUNS = 7;
const NOW = new Date('2026-11-23T02:00:00Z');
const { TICKET_CATEGORIES: CATEGORIES } = require(path.join(DIST, 'tickets', 'records'));
const STATIONS = [
  '北京转运中心',
  '上海浦东站',
  '广州白云站',
  '深圳南山站',
  '成都双流站',
  '杭州萧山站',
  '武汉汉阳站',
  '西安雁塔站',
];
const ROUTES = ['广州→北京', '深圳→上海', '杭州→成都', '北京→西安', '上海→武汉'];
const CHANNELS = ['webchat', 'sms', 'email'];

/** A deterministic pseudo-random sequence, so every run generates the same tickets. */
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const iso = (ms) => new Date(ms).toISOString();

/** Generates the tickets and their conversations; resolves with each ticket's id and parcel. */
async function generate(store) {
  const start = NOW.getTime() - DAYS * 86_400_000;
  const tickets = [];
  for (let i = 0; i < TICKETS; i += 1) {
    const created = start + Math.floor(random() * DAYS * 86_400_000);
    const priority = pick(['high', 'medium', 'medium', 'low']);
    const [fr, res] = priority === 'high' ? [15, 120] : priority === 'medium' ? [30, 1440] : [30, 2880];
    const answered = random() < 0.7 ? created + Math.floor(random() * 60) * 60_000 : undefined;
    const resolved = created + Math.floor(random() * 3 * 86_400_000);
    const done = resolved < NOW.getTime() && random() < 0.85;
    const surveyed = done && random() < 0.6;
    const history = [{ at: iso(created), by: 'bot', action: 'created', to: 'open' }];
    if (random() < 0.05)
      history.push({ at: iso(created + 60_000), by: 'alice', action: 'transferred', from: 'alice', to: 'bob' });
    if (random() < 0.04) history.push({ at: iso(created + 120_000), by: 'bot', action: 'repeat complaint' });
    if (surveyed && random() < 0.1)
      history.push({ at: iso(resolved), by: 'customer', action: 'survey answered', to: 'reopened' });
    const conversationId = `bench-conv-${i}`;
    const ticket = await store.tickets.create({
      createdAt: iso(created),
      channel: pick(CHANNELS),
      customerId: `bench-customer-${Math.floor(random() * TICKETS * 0.8)}`,
      customer: {},
      trackingNumbers: [`SF${String(1_000_000_000_000 + i)}`],
      category: pick(CATEGORIES),
      priority,
      level: 0,
      description: 'generated for the benchmark',
      evidence: [],
      status: done ? (surveyed ? 'closed' : 'resolved') : pick(['open', 'pending_agent', 'in_progress']),
      ...(answered ? { firstResponseAt: iso(answered), assignee: pick(['alice', 'bob', 'carol']) } : {}),
      ...(done ? { resolvedAt: iso(resolved) } : {}),
      ...(surveyed
        ? { satisfaction: { surveyedAt: iso(resolved), answeredAt: iso(resolved), satisfied: random() < 0.8 } }
        : {}),
      station: pick(STATIONS),
      route: pick(ROUTES),
      deadlines: { firstResponse: iso(created + fr * 60_000), resolution: iso(created + res * 60_000) },
      conversationIds: [conversationId],
      history,
    });
    await store.conversations.create(
      {
        channel: ticket.channel,
        externalId: conversationId,
        reference: {},
        mode: done ? 'bot' : 'handoff',
        ticketId: ticket.id,
      },
      iso(created - 60_000),
    );
    if (i % 5 === 0)
      await store.conversations.create(
        { channel: pick(CHANNELS), externalId: `bench-question-${i}`, reference: {}, mode: 'bot' },
        iso(created),
      );
    tickets.push({ id: ticket.id, trackingNumber: ticket.trackingNumbers[0] });
  }
  return tickets;
}

/** The anomaly kinds by level, as the default anomaly table has them (docs/operations.md), and how often each comes. */
const KINDS = [
  ['lost', 1, 1],
  ['damaged', 1, 3],
  ['exception', 2, 3],
  ['delivery_failed', 2, 4],
  ['held_customs', 2, 1],
  ['address_problem', 2, 2],
  ['returned', 2, 1],
  ['no_scan', 2, 2],
  ['past_promised_date', 2, 2],
  ['stuck_at_hub', 2, 1],
].flatMap(([kind, level, weight]) => Array(weight).fill({ kind, level }));
const MINUTE = 60_000;

/**
 * What proactive service leaves in the store over the same days, in proportion to the tickets: one anomaly per 4
 * tickets (detected in time order; level 1 on a ticket's parcel, each parcel's claim once), planned; 1 in 50 with
 * nobody to tell, the others with two SMS notices (sender and recipient) queued in the outbox and sent 1–30 minutes
 * later (1 in 100 failed for good); a claim for each level-1 anomaly opened 1–20 minutes after it; two tracking
 * questions per ticket, 15% about a parcel with an anomaly (within 3 days of it, so some before its notice).
 * Through the store's own methods, as the server writes them. Resolves with the counts.
 */
async function generateProactive(store, tickets) {
  const start = NOW.getTime() - DAYS * 86_400_000;
  const times = Array.from({ length: Math.floor(TICKETS / 4) }, () => start + Math.floor(random() * DAYS * 86_400_000));
  times.sort((a, b) => a - b);
  const anomalies = [];
  const claimed = new Set();
  let notices = 0;
  let claims = 0;
  for (const [n, detected] of times.entries()) {
    const { kind, level } = pick(KINDS);
    let trackingNumber = `BE${String(n).padStart(10, '0')}`;
    // A ticket of its own for each (the generator's sequence repeats too soon to pick one at random).
    const ticket = level === 1 ? tickets[(n * 7) % tickets.length] : undefined;
    if (ticket && !claimed.has(ticket.trackingNumber)) trackingNumber = ticket.trackingNumber;
    const detectedAt = iso(detected);
    const { anomaly } = await store.anomalies.record({
      trackingNumber,
      kind,
      occurrence: '',
      level,
      detectedAt,
      source: 'api',
    });
    await store.anomalies.markPlanned(anomaly.id, detectedAt);
    let firstSent;
    if (random() >= 0.02) {
      const sentAt = iso(detected + Math.ceil(random() * 30) * MINUTE);
      for (const phone of [`+86138${String(n).padStart(8, '0')}`, `+86139${String(n).padStart(8, '0')}`]) {
        const recipient = `phone:${phone}`;
        const outboxKey = `notice:${anomaly.id}:${recipient}`;
        await store.notices.create({
          anomalyId: anomaly.id,
          trackingNumber,
          kind,
          level,
          recipient,
          channel: 'sms',
          to: phone,
          locale: 'zh-CN',
          detectedAt,
          dueAt: detectedAt,
          createdAt: detectedAt,
          outboxKey,
        });
        await store.outbox.enqueue(
          { channel: 'sms', to: phone, payload: { text: `notice ${kind}` }, idempotencyKey: outboxKey },
          detectedAt,
        );
        notices += 1;
      }
      // Everything queued before was sent or failed already: the two just queued are the ones due.
      for (const item of await store.outbox.claimDue({ now: sentAt, owner: 'bench', leaseMs: MINUTE, limit: 2 })) {
        if (random() < 0.01) await store.outbox.markFailed(item.id, 'bench', 'undeliverable', sentAt);
        else {
          await store.outbox.markSent(item.id, 'bench', `SM${item.id.replace(/-/g, '')}`, sentAt);
          firstSent ??= sentAt;
        }
      }
    }
    if (ticket && trackingNumber === ticket.trackingNumber) {
      claimed.add(trackingNumber);
      const claimId = `CL-${n}`;
      await store.claims.register({
        trackingNumber,
        claimId,
        anomalyId: anomaly.id,
        detectedAt,
        registeredAt: detectedAt,
      });
      await store.claims.markOpened(trackingNumber, ticket.id, iso(detected + Math.ceil(random() * 20) * MINUTE));
      claims += 1;
    }
    anomalies.push({ id: anomaly.id, trackingNumber, detected, firstSent });
  }
  const questions = 2 * TICKETS;
  for (let i = 0; i < questions; i += 1) {
    const about = random() < 0.15 ? pick(anomalies) : undefined;
    const asked = about
      ? about.detected + Math.floor(random() * 3 * 1440) * MINUTE
      : start + Math.floor(random() * DAYS * 86_400_000);
    const askedAt = iso(Math.min(asked, NOW.getTime()));
    await store.trackingQuestions.record({
      askedAt,
      trackingNumber: about?.trackingNumber ?? `SF${String(2_000_000_000_000 + i)}`,
      channel: pick(CHANNELS),
      ...(about ? { anomalyId: about.id } : {}),
      ...(about?.firstSent && about.firstSent <= askedAt ? { noticeSentAt: about.firstSent } : {}),
    });
  }
  return { anomalies: anomalies.length, notices, claims, questions };
}

async function timed(url, headers) {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { headers });
  const body = await response.json();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, body };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main() {
  const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'parcelcare-bench-metrics-'));
  const clock = { now: () => NOW };
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    DEMO_DATA: 'false',
    AGENT_USERS: 'bench:bench-password:supervisor',
    LOG_LEVEL: 'silent',
    // The SLA monitor would start escalating the generated backlog mid-benchmark.
    SCHEDULER_INTERVAL_SECONDS: '3600',
  });
  const app = await startParcelCare(config, pino({ level: 'silent' }), clock);
  try {
    const generation = Date.now();
    const tickets = await generate(app.store);
    const proactive = await generateProactive(app.store, tickets);
    const n = (x) => x.toLocaleString('en');
    console.log(
      `generated over ${DAYS} days in ${((Date.now() - generation) / 1000).toFixed(1)} s: ${n(TICKETS)} tickets (+ conversations), ${n(proactive.anomalies)} anomalies, ${n(proactive.notices)} notices (and outbox items), ${n(proactive.claims)} claims, ${n(proactive.questions)} tracking questions`,
    );
    const auth = { Authorization: `Basic ${Buffer.from('bench:bench-password').toString('base64')}` };
    const month = `${app.url}/api/metrics?from=2026-10-24&to=2026-11-22`;
    await timed(month, auth); // warm-up: statement cache, page cache
    const metrics = [];
    let last;
    for (let i = 0; i < RUNS; i += 1) {
      const { ms, body } = await timed(month, auth);
      metrics.push(ms);
      last = body;
    }
    const baseline = [];
    for (let i = 0; i < RUNS; i += 1) baseline.push((await timed(`${app.url}/readyz`, {})).ms);
    const m = median(metrics);
    const b = median(baseline);
    console.log(
      `month of tickets in range: ${last.tickets.toLocaleString('en')} (backlog now ${last.backlog.high + last.backlog.medium + last.backlog.low})`,
    );
    const p = last.proactive?.counts;
    console.log(
      `proactive in range: ${p ? `${n(p.anomalies)} anomalies, ${n(p.notified)} notified (p50 ${last.proactive.noticeMinutes.p50} / p95 ${last.proactive.noticeMinutes.p95} min), ${n(p.claimsWithin15)} of ${n(p.level1)} level-1 claims within 15 min, ${n(p.trackingQuestions)} tracking questions (${n(p.questionsOnAnomalies)} on anomalies, ${n(p.questionsAfterNotice)} after a notice), per day ${last.proactive.daily.length} and week ${last.proactive.weekly.length} rows` : 'not in the answer'}`,
    );
    console.log(
      `GET /api/metrics (a month): median ${m.toFixed(1)} ms, max ${Math.max(...metrics).toFixed(1)} ms over ${RUNS} runs`,
    );
    console.log(`baseline GET /readyz:      median ${b.toFixed(2)} ms`);
    console.log(`ratio metrics / baseline:  ${(m / b).toFixed(0)}×`);
    console.log(`target < 1000 ms: ${Math.max(...metrics) < 1000 ? 'PASS' : 'FAIL'}`);
  } finally {
    await app.close();
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
