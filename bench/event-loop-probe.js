// Preloaded into a benchmark's server child (`node -r ./bench/event-loop-probe.js …`): how long its event loop
// was held up, per measured window. perf_hooks' event-loop delay histogram (a native timer, every 10 ms); on
// SIGUSR2 the child appends {maxMs, p99Ms, meanMs} since the last report to BENCH_LOOP_FILE and starts afresh.
// With the main thread's time on a CPU and waiting for one (/proc/self/schedstat): on a shared machine a long
// delay with little CPU time is another process's doing, not this one's. And the HTTP requests in the server:
// `inFlight` (parsed, not yet answered — counted when the handler ends its response, also for a client that has
// gone: autocannon drops its connections when its clock stops and the server still works through what they
// sent), `answered` since the last report and `quietMs` since the last request began or ended.
'use strict';
const diagnostics = require('node:diagnostics_channel');
const fs = require('node:fs');
const http = require('node:http');
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');

const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  /** Milliseconds the main thread has run and waited to run, or undefined off Linux. */
  const schedstat = () => {
    try {
      const [run, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
      return { runMs: run / 1e6, waitMs: wait / 1e6 };
    } catch {
      return undefined;
    }
  };
  let inFlight = 0;
  let answered = 0;
  let lastActivity = performance.now();
  diagnostics.subscribe('http.server.request.start', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  const ended = new WeakSet();
  const end = http.ServerResponse.prototype.end;
  http.ServerResponse.prototype.end = function (...args) {
    if (!ended.has(this)) {
      ended.add(this);
      inFlight -= 1;
      answered += 1;
      lastActivity = performance.now();
    }
    return end.apply(this, args);
  };
  let since = schedstat();
  process.on('SIGUSR2', () => {
    const now = schedstat();
    const ms = (ns) => Math.round(ns / 1e5) / 10;
    const report = {
      maxMs: ms(histogram.max),
      p99Ms: ms(histogram.percentile(99)),
      meanMs: ms(histogram.mean),
      ...(now && since
        ? { ranMs: Math.round(now.runMs - since.runMs), waitedMs: Math.round(now.waitMs - since.waitMs) }
        : {}),
      inFlight,
      answered,
      quietMs: Math.round(performance.now() - lastActivity),
    };
    fs.appendFileSync(file, `${JSON.stringify(report)}\n`);
    histogram.reset();
    since = now;
    answered = 0;
  });
}
