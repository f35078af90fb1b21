// Child processes for the benchmarks and the crash harness: a free port on 127.0.0.1, a Node process started
// from the repository's root that counts as started once it prints a given text (or, forked, once it sends its
// first message), and its end.
'use strict';
const { fork, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
/** How long a child may take to print its ready text: the built CLI loads the whole server first, which has
 * taken over 20 s on a loaded 2-core machine. */
const START_TIMEOUT_MS = 60000;

/** A TCP port nothing listens on right now (the child binds it a moment later). */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Settles once `child` is ready: `subscribe(ready)` arranges for `ready(value)` to be called then, and returns how
 * to stop listening. A child that exits first, or is not ready within START_TIMEOUT_MS (it is killed), rejects
 * with `label` and what `output()` says it printed.
 */
function whenReady(child, label, subscribe, output = () => '') {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const onExit = (code, signal) => {
      clearTimeout(timer);
      unsubscribe();
      reject(new Error(`${label} exited (${signal ?? code}) before it was ready: ${output()}`));
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      unsubscribe();
      child.kill('SIGKILL');
      reject(new Error(`${label} was not ready after ${START_TIMEOUT_MS} ms: ${output()}`));
    }, START_TIMEOUT_MS);
    child.once('exit', onExit);
    unsubscribe = subscribe((value) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      unsubscribe();
      resolve(value);
    });
  });
}

/**
 * Starts `node ARGS…` in the repository's root with `env` over this process's environment; resolves with the
 * child once its output contains `readyText`. Its output is drained from then on, not kept; a child that exits
 * or stays silent before that rejects with what it printed.
 */
function startChild(args, env, readyText) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return whenReady(
    child,
    args.join(' '),
    (ready) => {
      const onData = (chunk) => {
        out += chunk.toString();
        if (out.includes(readyText)) ready(child);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      return () => {
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.stdout.resume();
        child.stderr.resume();
      };
    },
    () => out,
  );
}

/**
 * Forks the Node script `script` (a child that answers over IPC) with `env` over this process's environment and
 * `execArgv`; resolves with `{ child, message }` once it sends its first message. A child that exits or stays
 * silent before that rejects.
 */
function forkChild(script, env, execArgv = []) {
  const child = fork(script, [], { execArgv, env: { ...process.env, ...env } });
  return whenReady(child, path.basename(script), (ready) => {
    const onMessage = (message) => ready({ child, message });
    child.once('message', onMessage);
    return () => child.off('message', onMessage);
  });
}

/** ParcelCare from dist/ (`node dist/cli.js serve`), ready once it listens. `nodeArgs` go before the script. */
function startParcelCare(env, nodeArgs = []) {
  return startChild([...nodeArgs, path.join(ROOT, 'dist', 'cli.js'), 'serve'], env, 'ParcelCare is listening');
}

/** Resolves once the child has exited (at once if it has already). */
function exited(child) {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));
}

/** Sends `signal` (SIGTERM: a clean stop) and resolves once the child has exited. */
function stop(child, signal = 'SIGTERM') {
  const done = exited(child);
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  return done;
}

/** CPU milliseconds a child process has used so far (user + system), or undefined off Linux. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

/**
 * Resolves once the server is idle, at most 30 s, with how long it was busy until then (`busyMs`), its main
 * thread's CPU time meanwhile (`cpuMs`) and the requests it answered meanwhile (`answered`). With the event-loop
 * probe (`loopFile`, see bench/event-loop-probe.js), idle means no request in the server, none begun or ended for
 * 100 ms, and the main thread on a CPU ≤ 10 ms of the last 100: the server's own count, which neither a server
 * waiting for a CPU on a busy machine nor one blocked in a synced commit can fake — the CPU-time test alone
 * (below) took both for idle. Without it, idle is ≤ one 10 ms clock tick of CPU in 100 ms; off Linux (no /proc)
 * it waits one second.
 */
async function serverIdle(child, loopFile) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // The probe's counts start afresh at each report: the first one here closes the window before.
  if (loopFile && (await loopReport(child, loopFile))?.inFlight !== undefined) {
    let cpu = 0;
    let answered = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const report = await loopReport(child, loopFile);
      if (!report || report.inFlight === undefined) break;
      cpu += report.ranMs ?? 0;
      answered += report.answered;
      const idle = report.inFlight <= 0 && report.quietMs >= 100 && (report.ranMs ?? 0) <= 10;
      if (idle || elapsed() >= 30_000) return { busyMs: Math.max(0, elapsed() - 100), cpuMs: cpu, answered, idle };
    }
  }
  const first = cpuMs(child.pid);
  if (first === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { busyMs: undefined, cpuMs: undefined };
  }
  let before = first;
  while (performance.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuMs(child.pid);
    if (now - before <= 10) break;
    before = now;
  }
  return { busyMs: Math.round(performance.now() - started - 100), cpuMs: Math.round(before - first) };
}

/** The server's event-loop delay (and main thread's CPU time) since the last call: see bench/event-loop-probe.js. */
async function loopReport(child, file) {
  const seen = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').length : 0;
  child.kill('SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 10) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (text.length > seen && text.endsWith('\n')) return JSON.parse(text.slice(seen));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

/** Node arguments that preload bench/event-loop-probe.js; the child reports to `BENCH_LOOP_FILE` (loopReport). */
const LOOP_PROBE_ARGS = ['-r', path.join(__dirname, 'event-loop-probe.js')];

module.exports = {
  ROOT,
  LOOP_PROBE_ARGS,
  freePort,
  startChild,
  forkChild,
  startParcelCare,
  exited,
  stop,
  cpuMs,
  serverIdle,
  loopReport,
};
