// npm run bench:sms — signed Twilio webhooks against ParcelCare on the embedded store, 50 connections, beside a
// bare Express echo route measured in the same run on the same machine. Prints both rates, their ratio, p99
// latency and stored messages against requests answered 200 (each one stored). Targets (issue #5, as decided): p99 ≤ 50 ms
// at 50% of the saturated rate (the first paced run below); ratio ≥ 0.3 stays a goal.
// Both servers run as child processes; autocannon runs here. BENCH_SECONDS shortens the runs.
// Each server is warmed up first with the same load for BENCH_WARMUP_SECONDS (default 3, not measured): V8
// compiles a large application's hot paths during its first thousands of requests, a bare echo's in a few.
// The echo is measured before and after ParcelCare and the ratio taken against their mean: on a shared machine
// the echo alone has been seen to vary by 40% between two runs a minute apart. Each server's CPU time per
// request (from /proc, where there is one) is printed too: it is steadier than a rate.
// Then, on the same server, webhooks at an even pace at 50% and 70% of that rate (open loop): the latency a
// courier sees below saturation, where a closed loop of 50 connections only measures its own queue. Each paced
// run starts once the server is idle: when the saturated run's clock stops, its 50 connections still have up
// to 50 webhooks in the server (autocannon drops the connections; the server still stores and answers each
// webhook it read), ~120 ms of work on a quiet machine and seconds on a busy one, that the first paced webhooks
// would otherwise queue behind — the saturated run's queue, not latency at 50%. Idle is the server's own count
// of requests in it (bench/event-loop-probe.js), not its CPU time: a server waiting for a CPU, or blocked in a
// synced commit, uses none and is not idle. How long that tail took, and how many webhooks it answered, is
// printed. During each paced run the server's event-loop delay (bench/event-loop-probe.js)
// and its main thread's time on and waiting for a CPU are printed, and so is this process's own loop delay: on
// a shared machine they tell a stall of the server from one of the machine.
// BENCH_TIMELINE=DIR writes what happened around the phases, on one wall clock, for bench/timeline-report.js:
// every paced webhook's due time, latency and status, when the saturated run's clock stopped and when the server
// was idle (client-*.jsonl), and the server's GC pauses, event-loop lag, WAL size, requests, slow commits and
// timed rounds (server-*.jsonl, bench/timeline-probe.js).
// ParcelCare runs once per sync mode (BENCH_SMS_MODES, default full,group,normal; the first is the one judged
// against the targets): SQLITE_SYNCHRONOUS=full (the default: SQLite syncs every commit, on the event loop), =group
// (the same guarantee: the WAL synced on libuv's thread pool before the 200, one sync for every commit waiting) and
// =normal (nothing synced before the 200), the baseline that prices the other two in the same run.
const fs = require('node:fs');
const http = require('node:http');
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const {
  LOOP_PROBE_ARGS,
  cpuMs,
  freePort,
  loopReport,
  serverIdle,
  startChild,
  startParcelCare,
  stop,
} = require('./child-process');
const { TWILIO_ENV, webhookSource } = require('./sms-webhooks');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 50;
/** Paced runs after the saturated one, at these shares of its rate (BENCH_PACED_SECONDS each, default 5). */
const PACED_SHARES = [0.5, 0.7];
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 5);
const TIMELINE = process.env.BENCH_TIMELINE;
const MODES = (process.env.BENCH_SMS_MODES ?? 'full,group,normal').split(',');
/** Wall-clock time (epoch ms) of a `performance.now()` reading, as the server's timeline records it. */
const wallClock = (at) => performance.timeOrigin + at;

function run(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/**
 * Warms a child up, then runs autocannon against it and adds the child's CPU time per answered request.
 * `result.warmupSent` and `result.warmupAnswered` count the requests sent and answered 2xx while warming up.
 */
async function measure(child, options) {
  const warmup = WARMUP_SECONDS > 0 ? await run({ ...options, duration: WARMUP_SECONDS }) : undefined;
  const before = cpuMs(child.pid);
  const result = await run(options);
  const after = cpuMs(child.pid);
  result.cpuPerRequest =
    before === undefined || after === undefined ? undefined : (after - before) / result.requests.total;
  result.warmupSent = warmup ? warmup.requests.sent : 0;
  result.warmupAnswered = warmup ? warmup['2xx'] : 0;
  return result;
}

/**
 * Open-loop load: `rate` webhooks a second at even intervals, whatever the answers do, for PACED_SECONDS.
 * Latency counts from when each request was due, so a stalled server cannot hide its queue (no coordinated
 * omission). Resolves with percentiles and how many were accepted.
 */
async function pacedRun(url, nextWebhook, rate, timeline) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 500 });
  const total = Math.round(rate * PACED_SECONDS);
  const interval = 1000 / rate;
  const latencies = [];
  /** The slowest webhook: its latency and when it was due, in ms from the start of the run. */
  let worst = { ms: 0, dueAt: 0 };
  let accepted = 0;
  const ownLoop = monitorEventLoopDelay({ resolution: 10 });
  ownLoop.enable();
  const post = (webhook) =>
    new Promise((resolve) => {
      const request = http.request(url, { method: 'POST', agent, headers: webhook.headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      });
      request.on('error', () => resolve(0));
      request.end(webhook.body);
    });
  const start = performance.now();
  const inFlight = [];
  let sent = 0;
  while (sent < total) {
    while (sent < total && start + sent * interval <= performance.now()) {
      const due = start + sent * interval;
      sent += 1;
      inFlight.push(
        post(nextWebhook()).then((status) => {
          if (status === 200) accepted += 1;
          const latency = performance.now() - due;
          latencies.push(latency);
          timeline.push({ k: 'paced', rate: Math.round(rate), at: wallClock(due), ms: latency, status });
          if (latency > worst.ms) worst = { ms: latency, dueAt: due - start };
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  ownLoop.disable();
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return {
    rate: Math.round(rate),
    accepted,
    failed: total - accepted,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    worst: { ms: Math.round(worst.ms), dueAt: Math.round(worst.dueAt) },
    clientLoopMaxMs: Math.round(ownLoop.max / 1e6),
  };
}

/** A bare Express 5 echo route, measured once. */
async function echoBaseline() {
  const echoPort = await freePort();
  const echoScript = `const express=require('express');const app=express();app.use(express.json());app.post('/echo',(req,res)=>res.json(req.body));app.listen(${echoPort},'127.0.0.1',()=>console.log('echo ready'));`;
  const echo = await startChild(['-e', echoScript], {}, 'echo ready');
  try {
    return await measure(echo, {
      url: `http://127.0.0.1:${echoPort}/echo`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        MessageSid: `SM${'a'.repeat(32)}`,
        From: '+8613800000000',
        To: '+15005550006',
        Body: 'where is SF1402837465921 ' + 'x'.repeat(100),
      }),
    });
  } finally {
    await stop(echo);
  }
}

/**
 * ParcelCare on a fresh embedded store with `PRAGMA synchronous` = `synchronous`: the saturated run, then the
 * paced ones. Resolves with the results, the count of stored inbound messages, the requests answered 200 and
 * those sent at all.
 */
async function parcelCareRun(synchronous) {
  const dataDir = fs.mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'parcelcare-bench-sms-'));
  try {
    return await parcelCareIn(dataDir, synchronous);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function parcelCareIn(dataDir, synchronous) {
  const port = await freePort();
  const loopFile = path.join(dataDir, 'event-loop.jsonl');
  const publicUrl = `http://127.0.0.1:${port}`;
  const app = await startParcelCare(
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SQLITE_SYNCHRONOUS: synchronous,
      LOG_LEVEL: 'info',
      // The timed rounds (SLA follow-ups, anomaly checks, left-over notices) every 2 s instead of 30 s, so that
      // they run during every measured window as they would during a deployment's traffic.
      SCHEDULER_INTERVAL_SECONDS: '2',
      LOG_FORMAT: 'json',
      PUBLIC_URL: publicUrl,
      ...TWILIO_ENV,
      MONGODB_URI: '',
      BENCH_LOOP_FILE: loopFile,
      BENCH_TIMELINE_FILE: TIMELINE ? path.join(TIMELINE, `server-${synchronous}.jsonl`) : '',
    },
    // BENCH_PROFILE=DIR: a V8 CPU profile of each ParcelCare run, written to DIR when it stops.
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
      ...LOOP_PROBE_ARGS,
      ...(TIMELINE ? ['-r', path.join(__dirname, 'timeline-probe.js')] : []),
    ],
  );
  let result;
  let tail;
  const paced = [];
  const timeline = [];
  try {
    const url = `${publicUrl}/api/sms/twilio`;
    /** The next webhook as Twilio would send it: a new MessageSid, 5,000 customers in turn, signed. */
    const nextWebhook = webhookSource(url);
    result = await measure(app, {
      url,
      method: 'POST',
      requests: [{ setupRequest: (request) => ({ ...request, ...nextWebhook() }) }],
    });
    // Below saturation: webhooks at an even pace, as a fraction of the rate just measured, each run on an idle
    // server (see the top of this file).
    timeline.push({ k: 'satEnd', at: wallClock(performance.now()) });
    tail = await serverIdle(app, loopFile);
    timeline.push({ k: 'idle', at: wallClock(performance.now()), ...tail });
    for (const share of PACED_SHARES) {
      if (paced.length > 0) await serverIdle(app, loopFile);
      await loopReport(app, loopFile);
      const run = await pacedRun(url, nextWebhook, share * result.requests.average, timeline);
      paced.push({ ...run, server: await loopReport(app, loopFile) });
    }
  } finally {
    await stop(app);
    if (TIMELINE)
      fs.writeFileSync(
        path.join(TIMELINE, `client-${synchronous}.jsonl`),
        timeline.map((e) => JSON.stringify(e)).join('\n') + '\n',
      );
  }

  const Database = require('better-sqlite3');
  const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
  const stored = db.prepare("SELECT COUNT(*) AS n FROM messages WHERE channel = 'sms' AND direction = 'in'").get().n;
  db.close();
  // Each message answered 200 must be stored; one sent but not answered (a timeout, or still in flight when the
  // clock stopped) may or may not be.
  const acknowledged = result.warmupAnswered + result['2xx'] + paced.reduce((sum, p) => sum + p.accepted, 0);
  const sent = result.warmupSent + result.requests.sent + paced.reduce((sum, p) => sum + p.accepted + p.failed, 0);
  return { result, paced, tail, stored, acknowledged, sent };
}

async function main() {
  const echoBefore = await echoBaseline();
  const runs = [];
  for (const synchronous of MODES) runs.push({ synchronous, ...(await parcelCareRun(synchronous)) });
  const echoAfter = await echoBaseline();

  const judged = runs[0];
  const { result } = judged;
  const echoRate = (echoBefore.requests.average + echoAfter.requests.average) / 2;
  const ratio = result.requests.average / echoRate;
  const p99 = result.latency.p99;
  const ok = (pass) => (pass ? 'PASS' : 'FAIL');
  const rate = (r) => Math.round(r.requests.average).toLocaleString('en');
  const spread = (r) => ` (${(r.latency.p99 / r.latency.mean).toFixed(1)}× the mean)`;
  const cpu = (r) => (r.cpuPerRequest === undefined ? '' : `, server CPU ${r.cpuPerRequest.toFixed(3)} ms/request`);
  console.log(
    `SMS webhook benchmark (${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s of warm-up, client and servers on this machine's ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  console.log(
    `  bare Express echo before: ${rate(echoBefore)} req/s, p99 ${echoBefore.latency.p99} ms${spread(echoBefore)}${cpu(echoBefore)}`,
  );
  console.log(
    `  bare Express echo after:  ${rate(echoAfter)} req/s, p99 ${echoAfter.latency.p99} ms${spread(echoAfter)}${cpu(echoAfter)}`,
  );
  for (const run of runs) {
    const r = run.result;
    console.log(
      `  signed Twilio webhooks, synchronous=${run.synchronous.toUpperCase()}: ${rate(r)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${cpu(r)}, errors ${r.errors}, non-2xx ${r.non2xx}${run === judged ? '   (judged below)' : ''}`,
    );
  }
  const normal = runs.find((run) => run.synchronous === 'normal');
  for (const run of runs) {
    if (!normal || run === normal) continue;
    console.log(
      `  cost of ${run.synchronous.toUpperCase()}: rate ${(run.result.requests.average / normal.result.requests.average).toFixed(3)}× NORMAL's, p50 ${run.result.latency.p50} vs ${normal.result.latency.p50} ms, paced p99 ${run.paced.map((p) => p.p99).join('/')} vs ${normal.paced.map((p) => p.p99).join('/')} ms`,
    );
  }
  console.log(
    `  ratio ParcelCare/echo (mean of both echo runs, ${judged.synchronous.toUpperCase()}): ${ratio.toFixed(3)}   target ≥ 0.3  ${ok(ratio >= 0.3)}`,
  );
  console.log(`  p99 latency (saturated, closed loop: its own queue of ${CONNECTIONS}): ${p99} ms`);
  // With a fixed number of connections each waiting for its answer, mean latency = connections / rate
  // (Little's law): the latency target is a throughput target too, and the spread decides by how much.
  // At the echo's spread, p99 ≤ 50 ms needs a mean of 50 / (p99/mean) ms, i.e. this many requests a second:
  const { p10, p50, p90, mean } = result.latency;
  const echoSpread =
    (echoBefore.latency.p99 / echoBefore.latency.mean + echoAfter.latency.p99 / echoAfter.latency.mean) / 2;
  console.log(
    `  latency spread:         p10 ${p10} / p50 ${p50} / p90 ${p90} / p99 ${p99} ms (${(p99 / mean).toFixed(1)}× the mean); mean ${mean.toFixed(1)} ms = ${CONNECTIONS} connections / ${rate(result)} req/s`,
  );
  console.log(
    `  at the echo's spread (p99 ${echoSpread.toFixed(1)}× the mean), p99 ≤ 50 ms takes ≥ ${Math.round((CONNECTIONS * echoSpread * 1000) / 50).toLocaleString('en')} req/s: ${((CONNECTIONS * echoSpread * 1000) / 50 / echoRate).toFixed(2)} of the echo's rate`,
  );
  for (const run of runs) {
    const { tail } = run;
    const mode = run.synchronous.toUpperCase();
    if (tail.busyMs !== undefined)
      console.log(
        `  ${mode}: after the saturated run's clock stopped the server worked ${tail.busyMs} ms more (${tail.cpuMs} ms of CPU${tail.answered === undefined ? '' : `, ${tail.answered} webhooks answered`}: those its ${CONNECTIONS} connections left in flight${tail.idle === false ? '; still not idle after 30 s' : ''}), then the paced runs began`,
      );
    for (const p of run.paced) {
      const loop = p.server
        ? `; server event loop: max delay ${p.server.maxMs} ms, p99 ${p.server.p99Ms} ms; main thread ran ${p.server.ranMs} ms, waited ${p.server.waitedMs} ms for a CPU`
        : '';
      const target = p === run.paced[0] ? `   target p99 ≤ 50 ms  ${ok(p.p99 <= 50)}` : '';
      console.log(
        `  ${mode} paced at ${p.rate.toLocaleString('en')} req/s (open loop, latency from when each was due): p50 ${p.p50} / p90 ${p.p90} / p99 ${p.p99} ms, failed ${p.failed}, worst ${p.worst.ms} ms (due ${p.worst.dueAt} ms in)${loop}; this client's own loop delay max ${p.clientLoopMaxMs} ms${target}`,
      );
    }
  }
  for (const run of runs)
    console.log(
      `  ${run.synchronous.toUpperCase()}: stored inbound messages ${run.stored}: answered 200 ${run.acknowledged} ≤ stored ≤ sent ${run.sent}   every answered one stored  ${ok(run.acknowledged <= run.stored && run.stored <= run.sent)}`,
    );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
