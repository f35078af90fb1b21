// node bench/sms-cpu.bench.js [ROOT ...] — server CPU time per SMS webhook, the steady measure for a shared,
// loaded machine where a rate measures the load. Each ROOT is a checkout with a built dist/ (default: this one);
// with two or more, their runs alternate (A B A B …) so that the machine's load falls on all alike.
// A run: ParcelCare on a fresh embedded store (SQLITE_SYNCHRONOUS=full, the default), BENCH_CPU_WARMUP signed
// webhooks (default 2,000: V8 compiles the hot paths), then BENCH_CPU_WEBHOOKS (default 6,000) more through 50
// connections; the server's CPU time (all threads, user + system, from /proc) over those is divided by their
// count. BENCH_CPU_ROUNDS rounds (default 3). BENCH_PROFILE=DIR writes a V8 CPU profile of each run into
// DIR/<round>-<root's name>/ and the measured window beside it (window.json), for bench/profile-report.js.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const path = require('node:path');
const autocannon = require('autocannon');
const { ROOT, cpuMs, freePort, startChild, stop } = require('./child-process');
const { TWILIO_ENV, webhookSource } = require('./sms-webhooks');

const WARMUP = Number(process.env.BENCH_CPU_WARMUP ?? 2000);
const WEBHOOKS = Number(process.env.BENCH_CPU_WEBHOOKS ?? 6000);
const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 3);
const PROFILE = process.env.BENCH_PROFILE;
const CONNECTIONS = 50;
const roots = (process.argv.length > 2 ? process.argv.slice(2) : [ROOT]).map((root) => path.resolve(root));

/** `amount` webhooks through autocannon; resolves with its result. */
function send(url, nextWebhook, amount) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        amount,
        // A loaded machine can hold a webhook for seconds; each one counts, so none is given up on.
        timeout: 120,
        requests: [{ setupRequest: (request) => ({ ...request, ...nextWebhook() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
}

/** Microseconds on the monotonic clock V8's profiles use. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function oneRun(root, label) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-bench-sms-cpu-'));
  const profileDir = PROFILE ? path.join(PROFILE, label) : undefined;
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/api/sms/twilio`;
  const app = await startChild(
    [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), path.join(root, 'dist', 'cli.js'), 'serve'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SQLITE_SYNCHRONOUS: 'full',
      LOG_LEVEL: 'info',
      SCHEDULER_INTERVAL_SECONDS: '2',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MONGODB_URI: '',
      ...TWILIO_ENV,
    },
    'ParcelCare is listening',
  );
  try {
    const nextWebhook = webhookSource(url);
    await send(url, nextWebhook, WARMUP);
    const before = cpuMs(app.pid);
    const from = monotonicUs();
    const started = performance.now();
    const result = await send(url, nextWebhook, WEBHOOKS);
    const wallMs = performance.now() - started;
    const to = monotonicUs();
    const after = cpuMs(app.pid);
    if (profileDir) fs.writeFileSync(path.join(profileDir, 'window.json'), JSON.stringify({ from, to }));
    // Every webhook sent is worked on by the server; one not answered 200 is reported beside the figure.
    const failed = WEBHOOKS - result['2xx'];
    if (failed > 0)
      console.log(
        `  ${label}: ${result.timeouts} timed out, ${result.errors} errors, statuses ${JSON.stringify(result.statusCodeStats)}`,
      );
    return { cpuPerWebhook: (after - before) / WEBHOOKS, rate: (WEBHOOKS / wallMs) * 1000, failed };
  } finally {
    await stop(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const names = roots.map((root, i) => `${i + 1}:${path.basename(root)}`);
  const cpu = roots.map(() => []);
  console.log(
    `SMS webhook CPU (${WEBHOOKS} webhooks after ${WARMUP}, ${CONNECTIONS} connections, ${ROUNDS} rounds, ${os.cpus().length} cores)`,
  );
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [i, root] of roots.entries()) {
      const load = os.loadavg()[0].toFixed(1);
      const run = await oneRun(root, `${round}-${path.basename(root)}`);
      cpu[i].push(run.cpuPerWebhook);
      console.log(
        `  round ${round} ${names[i]}: ${run.cpuPerWebhook.toFixed(3)} ms of server CPU a webhook, ${Math.round(run.rate)} webhooks/s (load ${load})${run.failed ? `, ${run.failed} not answered 200` : ''}`,
      );
    }
  }
  for (const [i, name] of names.entries())
    console.log(
      `  ${name}: median ${median(cpu[i]).toFixed(3)} ms a webhook (${cpu[i].map((ms) => ms.toFixed(3)).join(' / ')})` +
        (i > 0 ? `, ${(median(cpu[i]) / median(cpu[0])).toFixed(3)}× ${names[0]}'s` : ''),
    );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
