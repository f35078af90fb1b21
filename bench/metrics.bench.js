// npm run bench:metrics — 100,000 generated tickets (spread over 90 days, with their conversations) on the
// embedded store, then GET /api/metrics for the last month over HTTP, as the dashboard asks for it. Target
// (issue #7): under 1 s. Baseline in the same run: GET /readyz (one trivial query through the same server and
// credentials-free path). BENCH_TICKETS changes the volume; BENCH_TMP the directory.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const pino = require('pino');
const { loadConfig } = require('../dist/config');
const { startParcelCare } = require('../dist/index');

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const DAYS = 90;
const RUNS = 7;
const NOW = new Date('2026-11-23T02:00:00Z');
const { TICKET_CATEGORIES: CATEGORIES } = require('../dist/tickets/records');
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

async function generate(store) {
  const start = NOW.getTime() - DAYS * 86_400_000;
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
  }
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
    await generate(app.store);
    console.log(
      `generated ${TICKETS.toLocaleString('en')} tickets (+ conversations) over ${DAYS} days in ${((Date.now() - generation) / 1000).toFixed(1)} s`,
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
