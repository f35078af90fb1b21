// Preloaded into bench:sms's server child when BENCH_TIMELINE=DIR is set (`node -r ./bench/timeline-probe.js …`):
// what happened in the server, when, on the wall clock the bench's own records use (epoch ms), written to
// BENCH_TIMELINE_FILE as JSON lines when it exits. For reading a phase boundary (bench/timeline-report.js):
// GC pauses (PerformanceObserver 'gc'), event-loop lag (a 2 ms timer late by > 5 ms), the WAL file's size (every
// 5 ms, on change), each HTTP request (from the server reading it to its handler ending the response), each
// `BEGIN`/`COMMIT` over 2 ms (a synced commit, a WAL checkpoint) and each timed round (SLA follow-ups, proactive).
'use strict';
const diagnostics = require('node:diagnostics_channel');
const fs = require('node:fs');
const http = require('node:http');
const Module = require('node:module');
const path = require('node:path');
const { PerformanceObserver, performance } = require('node:perf_hooks');
const { setInterval } = require('node:timers');

const file = process.env.BENCH_TIMELINE_FILE;
if (file) {
  const now = () => performance.timeOrigin + performance.now();
  const events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      events.push({ k: 'gc', at: performance.timeOrigin + e.startTime, ms: e.duration, kind: e.detail?.kind });
  }).observe({ entryTypes: ['gc'] });

  let due = now() + 2;
  const tick = () => {
    const late = now() - due;
    if (late > 5) events.push({ k: 'lag', at: due, ms: late });
    due = now() + 2;
    setTimeout(tick, 2).unref();
  };
  setTimeout(tick, 2).unref();

  const wal = path.join(process.env.DATA_DIR ?? '.', 'parcelcare.db-wal');
  let walBytes = -1;
  setInterval(() => {
    let bytes = -1;
    try {
      bytes = fs.statSync(wal).size;
    } catch {
      // not created yet
    }
    if (bytes !== walBytes) events.push({ k: 'wal', at: now(), bytes });
    walBytes = bytes;
  }, 5).unref();

  const began = new WeakMap();
  diagnostics.subscribe('http.server.request.start', ({ response }) => began.set(response, now()));
  const end = http.ServerResponse.prototype.end;
  http.ServerResponse.prototype.end = function (...args) {
    const at = began.get(this);
    if (at !== undefined) events.push({ k: 'req', at, ms: now() - at });
    began.delete(this);
    return end.apply(this, args);
  };

  // better-sqlite3's BEGIN/COMMIT statements and the timed rounds, wrapped as the server loads them.
  const timed = (kind, fn, label) =>
    function (...args) {
      const at = now();
      const result = fn.apply(this, args);
      const record = () => {
        const ms = now() - at;
        if (kind !== 'sql' || ms > 2) events.push({ k: kind === 'sql' ? label : 'round', at, ms, name: label });
      };
      if (result instanceof Promise) result.then(record, record);
      else record();
      return result;
    };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    const loaded = load.call(this, request, ...rest);
    if (request === 'better-sqlite3' && !loaded.prototype.prepare.timed) {
      const prepare = loaded.prototype.prepare;
      loaded.prototype.prepare = function (sql, ...more) {
        const statement = prepare.call(this, sql, ...more);
        const verb = /^\s*(BEGIN|COMMIT)/i.exec(sql)?.[1];
        if (verb) statement.run = timed('sql', statement.run, verb.toLowerCase());
        return statement;
      };
      loaded.prototype.prepare.timed = true;
    }
    const Round = loaded?.PeriodicRound;
    if (typeof Round === 'function' && !Round.prototype.runOnce.timed) {
      const runOnce = Round.prototype.runOnce;
      Round.prototype.runOnce = function (...args) {
        return timed('round', runOnce, this.options?.name).apply(this, args);
      };
      Round.prototype.runOnce.timed = true;
    }
    return loaded;
  };
  process.on('exit', () => fs.writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n'));
}
