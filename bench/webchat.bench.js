// npm run bench:webchat — memory of idle web chat conversations. Opens BENCH_CONVERSATIONS (default 100,000) web
// chat conversations through the real Direct Line endpoint (POST /v3/directline/conversations with the Direct Line
// secret: a new conversation, its token, the bot's greeting turn written to the embedded store) against ParcelCare
// in a child process, then lets the clock run past the idle time (WEBCHAT_IDLE_MINUTES, 30) and sweeps. Prints
// the server's RSS and V8 heap (after a full GC) before, after opening and after the idle time, and the bytes
// per conversation. Runs twice in the same run: with eviction (the default 30 minutes) and without it (the
// longest idle time the configuration allows, a week: nothing leaves memory), and prints the ratio.
// The clock is moved by hand (bench/webchat-server.js), so the idle time costs no waiting.
// The store syncs with SQLITE_SYNCHRONOUS=normal here: this measures memory, not commit latency.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { exited, forkChild } = require('./child-process');

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const CONCURRENCY = 16;
const SECRET = 'bench-directline-secret-0123456789';
const IDLE_MINUTES = 30;
const MB = 1024 * 1024;

function ask(child, question) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(question);
  });
}

function post(agent, url) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      },
    );
    request.on('error', reject);
    request.end('{"locale":"en-US"}');
  });
}

/** A reused keep-alive connection the server has just closed fails with ECONNRESET: send it again. */
async function postWithRetry(agent, url) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await post(agent, url);
    } catch (err) {
      if (attempt >= 3 || err.code !== 'ECONNRESET') throw err;
      resent += 1;
    }
  }
}
let resent = 0;

async function open(url, count) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        if ((await postWithRetry(agent, `${url}/v3/directline/conversations`)) !== 201) refused += 1;
      }
    }),
  );
  agent.destroy();
  if (refused > 0) throw new Error(`${refused} conversations were refused`);
}

async function measure(label, idleMinutes) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-bench-webchat-'));
  let child;
  try {
    const started = await forkChild(
      path.join(__dirname, 'webchat-server.js'),
      {
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        SQLITE_SYNCHRONOUS: 'normal',
        WEBCHAT_SECRET: SECRET,
        WEBCHAT_IDLE_MINUTES: String(idleMinutes),
      },
      [
        '--expose-gc',
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_CPU_PROF] : []),
      ],
    );
    child = started.child;
    const { url } = started.message;
    // Warm up: the first conversations load the NLU, compile the hot paths and grow the store's caches.
    await open(url, 1000);
    await ask(child, { ask: 'advance', ms: (IDLE_MINUTES + 1) * 60_000 });
    await ask(child, { ask: 'evict' });
    const before = await ask(child, { ask: 'memory' });
    const openedAt = Date.now();
    await open(url, CONVERSATIONS);
    const seconds = (Date.now() - openedAt) / 1000;
    const opened = await ask(child, { ask: 'memory' });
    await ask(child, { ask: 'advance', ms: (IDLE_MINUTES + 1) * 60_000 });
    const { evicted } = await ask(child, { ask: 'evict' });
    const idle = await ask(child, { ask: 'memory' });
    const stopped = exited(child);
    child.send({ ask: 'stop' });
    await stopped;
    return { label, before, opened, idle, evicted, seconds };
  } finally {
    child?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const perConversation = (from, to, key) => Math.round((to[key] - from[key]) / CONVERSATIONS);

function print(run) {
  const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
  console.log(
    `\n${run.label}: ${CONVERSATIONS} conversations opened in ${run.seconds.toFixed(0)} s (${resent} requests resent after ECONNRESET so far)`,
  );
  console.log(
    `  RSS   before ${mb(run.before.rss)}, after opening ${mb(run.opened.rss)}, after the idle time ${mb(run.idle.rss)}`,
  );
  console.log(
    `  heap  before ${mb(run.before.heapUsed)}, after opening ${mb(run.opened.heapUsed)}, after the idle time ${mb(run.idle.heapUsed)}`,
  );
  console.log(
    `  held in memory: ${run.opened.live} after opening, ${run.idle.live} after the idle time (${run.evicted} evicted)`,
  );
  for (const key of ['rss', 'heapUsed'])
    console.log(
      `  ${key === 'rss' ? 'RSS ' : 'heap'} per conversation: ${perConversation(run.before, run.opened, key)} B while open, ${perConversation(run.before, run.idle, key)} B after the idle time`,
    );
}

(async () => {
  const withEviction = await measure(`with eviction (WEBCHAT_IDLE_MINUTES=${IDLE_MINUTES})`, IDLE_MINUTES);
  print(withEviction);
  const without = await measure('without eviction (WEBCHAT_IDLE_MINUTES=10080, a week)', 10080);
  print(without);
  const retained = (run) => Math.max(1, run.idle.heapUsed - run.before.heapUsed);
  console.log(
    `\nheap kept after the idle time, without / with eviction: ${(retained(without) / retained(withEviction)).toFixed(1)}× ` +
      `(${perConversation(without.before, without.idle, 'heapUsed')} B vs ${perConversation(withEviction.before, withEviction.idle, 'heapUsed')} B per conversation)`,
  );
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
