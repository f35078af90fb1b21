// Preloaded into a benchmark's server child (`node -r ./bench/event-loop-probe.js …`): how long its event loop
// was held up, per measured window. perf_hooks' event-loop delay histogram (a native timer, every 10 ms); on
// SIGUSR2 the child appends {maxMs, p99Ms, meanMs} since the last report to BENCH_LOOP_FILE and starts afresh.
// With the main thread's time on a CPU and waiting for one (/proc/self/schedstat): on a shared machine a long
// delay with little CPU time is another process's doing, not this one's.
'use strict';
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

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
    };
    fs.appendFileSync(file, `${JSON.stringify(report)}\n`);
    histogram.reset();
    since = now;
  });
}
