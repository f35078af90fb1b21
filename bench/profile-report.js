// node bench/profile-report.js DIR [--top N] — where a ParcelCare server's CPU went, from the V8 CPU profiles
// (*.cpuprofile) under DIR, as `BENCH_PROFILE=DIR node bench/sms-cpu.bench.js` writes them: only the samples
// inside each run's measured window (window.json beside its profile; the whole profile without one). Each sample
// counts once, for the innermost part of the code on its stack (the NLU, botbuilder, SQLite, …); idle time is
// left out of the shares. Then the functions with the most self time.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Parts of the code, by a frame's script URL (first match wins). */
const PARTS = [
  ['libphonenumber', /node_modules\/libphonenumber-js\//],
  ['NLU', /\/dist\/nlu\//],
  ['botbuilder', /node_modules\/botbuilder[^/]*\/|node_modules\/botframework-[^/]*\//],
  ['SQLite (better-sqlite3 JS)', /node_modules\/better-sqlite3\//],
  ['body parser', /node_modules\/(body-parser|qs|raw-body|iconv-lite|type-is|content-type|media-typer|bytes)\//],
  ['Express router', /node_modules\/(express|router|path-to-regexp|finalhandler|send|serve-static|etag|fresh)\//],
  ['zod', /node_modules\/zod\//],
  ['twilio', /node_modules\/(twilio|scmp)\//],
  ['pino', /node_modules\/(pino[^/]*|sonic-boom)\//],
  ['helmet', /node_modules\/helmet\//],
  ['store code', /\/dist\/store\//],
  ['bot code', /\/dist\/bot\//],
  ['channel code', /\/dist\/channels\//],
  ['wiring', /\/dist\/(wiring|server|http-security|index|cli)/],
  ['tickets/tracking/conversations', /\/dist\/(tickets|tracking|conversations|proactive)\//],
  ['other ParcelCare code', /\/dist\//],
  ['crypto', /^node:crypto|internal\/crypto/],
  ['AsyncLocalStorage / async hooks', /async_hooks|async_local_storage|async_context_frame/],
  [
    'Node HTTP and streams',
    /^node:(_http|http|net|stream|events|buffer|string_decoder)|internal\/(http|streams|stream_base|net|url|buffer)/,
  ],
  ['Node timers and microtasks', /internal\/(timers|process\/task_queues)|^node:timers/],
];

const part = (frame) => {
  const { url, functionName } = frame.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'V8 / native (program)';
  if (functionName === '(idle)') return 'idle';
  for (const [name, pattern] of PARTS) if (pattern.test(url)) return name;
  const dependency = /node_modules\/((@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) return `other dependency (${dependency[1]})`;
  return undefined;
};

function report(dir, top) {
  const files = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cpuprofile')) files.push(full);
    }
  };
  walk(dir);
  const byPart = new Map();
  const bySelf = new Map();
  let total = 0;
  let idle = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
    const windowFile = path.join(path.dirname(file), 'window.json');
    const window = fs.existsSync(windowFile) ? JSON.parse(fs.readFileSync(windowFile, 'utf8')) : undefined;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const partOf = new Map();
    /** A node's part: the innermost frame on its stack that belongs to one; native frames go to their caller's. */
    const resolve = (id) => {
      if (partOf.has(id)) return partOf.get(id);
      const node = nodes.get(id);
      let found = part(node);
      if (found === undefined) {
        const up = parent.get(id);
        const native = node.callFrame.url === '' && up !== undefined;
        const above = up === undefined ? 'other (Node internals)' : resolve(up);
        found = native && /^(store code|SQLite)/.test(above) ? 'SQLite (native statements)' : above;
        if (found === 'other (Node internals)' && node.callFrame.url.startsWith('node:'))
          found = 'other (Node internals)';
      }
      partOf.set(id, found);
      return found;
    };
    let at = profile.startTime;
    for (const [i, id] of profile.samples.entries()) {
      at += profile.timeDeltas[i];
      if (window && (at < window.from || at > window.to)) continue;
      const name = resolve(id);
      if (name === 'idle') {
        idle += 1;
        continue;
      }
      total += 1;
      byPart.set(name, (byPart.get(name) ?? 0) + 1);
      const frame = nodes.get(id).callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${frame.lineNumber + 1}`;
      bySelf.set(key, (bySelf.get(key) ?? 0) + 1);
    }
  }
  const share = (n) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
  console.log(`${files.length} profiles, ${total} samples on a CPU (${idle} idle left out)`);
  for (const [name, n] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${share(n)}  ${name}`);
  console.log(`functions with the most self time:`);
  for (const [name, n] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(n)}  ${name}`);
}

const [dir, flag, n] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/profile-report.js DIR [--top N]');
  process.exit(2);
}
report(dir, flag === '--top' ? Number(n) : 30);
