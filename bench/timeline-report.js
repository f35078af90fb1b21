// node bench/timeline-report.js DIR [group|full|normal] [MS] — reads what `BENCH_TIMELINE=DIR npm run bench:sms` wrote:
// the events from 300 ms before the saturated run's clock stopped to MS (default 1,500) after the first paced
// webhook was due, on one clock (ms from that first due time), then per phase (the saturated run's last 2 s, its
// tail until the server was idle, the first paced run's first second and the rest): GC pauses, event-loop lag,
// slow commits, timed rounds, requests the server read and their p99 inside the server, and the WAL's size.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [dir, mode = 'group', window = '1500'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/timeline-report.js DIR [group|full|normal] [MS]');
  process.exit(2);
}
const read = (name) =>
  fs
    .readFileSync(path.join(dir, `${name}-${mode}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const client = read('client');
const server = read('server');
const satEnd = client.find((e) => e.k === 'satEnd');
const idle = client.find((e) => e.k === 'idle');
const paced = client.filter((e) => e.k === 'paced').sort((a, b) => a.at - b.at);
const firstRate = paced[0].rate;
const first = paced.filter((p) => p.rate === firstRate);
const t0 = first[0].at;
const at = (t) => (t - t0).toFixed(1).padStart(9);
const ms = (e) => (e.ms === undefined ? '' : e.ms.toFixed(1)).padStart(8);

console.log(
  `times in ms from the first paced webhook's due time (${firstRate}/s); saturated clock stopped at ${at(satEnd.at)}, idle at ${at(idle.at)}`,
);
const until = t0 + Number(window);
const shown = [
  ...server.filter((e) => e.at >= satEnd.at - 300 && e.at <= until && !(e.k === 'gc' && e.ms < 1)),
  ...first.filter((p) => p.at <= until).map((p) => ({ ...p, k: 'paced' })),
].sort((a, b) => a.at - b.at);
for (const { k, at: when, ms: _ms, ...rest } of shown)
  console.log(`${at(when)} ${k.padEnd(7)}${ms({ ms: _ms })} ${Object.keys(rest).length ? JSON.stringify(rest) : ''}`);

const phases = [
  ["saturated run's last 2 s", satEnd.at - 2000, satEnd.at],
  ['tail until idle', satEnd.at, idle.at],
  ['idle until paced', idle.at, t0],
  ['first paced: 1st second', t0, t0 + 1000],
  ['first paced: the rest', t0 + 1000, first[first.length - 1].at + 1],
];
const total = (list) => Math.round(list.reduce((sum, e) => sum + e.ms, 0));
for (const [name, from, to] of phases) {
  const of = (k) => server.filter((e) => e.k === k && e.at >= from && e.at < to);
  const requests = of('req')
    .map((e) => e.ms)
    .sort((a, b) => a - b);
  const p99 = requests.length ? Math.round(requests[Math.floor(requests.length * 0.99)]) : '-';
  const walSizes = of('wal').map((e) => e.bytes);
  console.log(
    `${name.padEnd(26)} GC ${of('gc').length} (${total(of('gc'))} ms), lag > 5 ms ${of('lag').length} (${total(of('lag'))} ms), ` +
      `commits > 2 ms ${of('commit').length} (${total(of('commit'))} ms), rounds ${of('round').length} (${total(of('round'))} ms), ` +
      `requests read ${requests.length} (p99 in server ${p99} ms), WAL ${walSizes.length ? `${Math.min(...walSizes)}–${Math.max(...walSizes)} bytes` : 'unchanged'}`,
  );
}
const latencies = first.map((p) => p.ms);
console.log(
  `first paced run: ${first.length} webhooks, worst ${Math.round(Math.max(...latencies))} ms; the first ten: ${first
    .slice(0, 10)
    .map((p) => Math.round(p.ms))
    .join(', ')} ms`,
);
