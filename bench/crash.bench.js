// npm run bench:crash — kill -9 under a steady load of signed Twilio webhooks and Direct Line posts, restart on
// the same DATA_DIR, send again everything that was not acknowledged (bench/crash-harness.js), several times.
// Prints per run: sent, acknowledged, resent, missing, duplicates, unanswered and the time to recover (kill →
// listening again, and kill → every message acknowledged). Targets: 0 missing, 0 duplicates, 0 unanswered.
// BENCH_CRASH_RUNS (default 5) runs of BENCH_CRASH_LOAD_MS (default 4000) with BENCH_CRASH_CUSTOMERS
// customers per channel (default 25) of BENCH_CRASH_CHANNELS (default sms,webchat);
// BENCH_CRASH_SYNCHRONOUS=group or normal to try another sync mode (full, the default, otherwise).
const { runCrash } = require('./crash-harness');

const RUNS = Number(process.env.BENCH_CRASH_RUNS ?? 5);
const LOAD_MS = Number(process.env.BENCH_CRASH_LOAD_MS ?? 4000);
const CUSTOMERS = Number(process.env.BENCH_CRASH_CUSTOMERS ?? 25);
const SYNCHRONOUS = process.env.BENCH_CRASH_SYNCHRONOUS ?? 'full';
const CHANNELS = (process.env.BENCH_CRASH_CHANNELS ?? 'sms,webchat').split(',');

async function main() {
  console.log(
    `kill -9 crash benchmark: ${RUNS} runs, ${CUSTOMERS} customers on each of ${CHANNELS.join(' and ')}, kill after ${LOAD_MS} ms, synchronous=${SYNCHRONOUS}`,
  );
  const totals = {
    sent: 0,
    acknowledged: 0,
    resent: 0,
    storedUnacknowledged: 0,
    missing: 0,
    duplicates: 0,
    unanswered: 0,
    neverAcknowledged: 0,
  };
  for (let run = 1; run <= RUNS; run += 1) {
    const r = await runCrash({
      smsCustomers: CHANNELS.includes('sms') ? CUSTOMERS : 0,
      webchatCustomers: CHANNELS.includes('webchat') ? CUSTOMERS : 0,
      loadMs: LOAD_MS,
      synchronous: SYNCHRONOUS,
    });
    for (const key of Object.keys(totals)) totals[key] += r[key];
    console.log(
      `  run ${run}: sent ${r.sent}, acknowledged ${r.acknowledged} (${r.acknowledgedBeforeCrash} before the kill), resent ${r.resent} (${r.storedUnacknowledged} of them stored before the kill), ` +
        `missing ${r.missing}, duplicates ${r.duplicates}, unanswered ${r.unanswered}, never acknowledged ${r.neverAcknowledged}; ` +
        `listening again ${r.listeningMs} ms after the kill, all acknowledged after ${r.recoverMs} ms`,
    );
    if (r.missing + r.duplicates + r.unanswered > 0) console.log(`    e.g. ${JSON.stringify(r.examples)}`);
  }
  const ok = (pass) => (pass ? 'PASS' : 'FAIL');
  console.log(
    `  total: sent ${totals.sent}, acknowledged ${totals.acknowledged}, resent after the kill ${totals.resent} (${totals.storedUnacknowledged} stored before it: their retry is answered by replay)`,
  );
  console.log(`  missing ${totals.missing}   must be 0  ${ok(totals.missing === 0)}`);
  console.log(`  duplicates ${totals.duplicates}   must be 0  ${ok(totals.duplicates === 0)}`);
  console.log(`  unanswered ${totals.unanswered}   must be 0  ${ok(totals.unanswered === 0)}`);
  console.log(`  never acknowledged ${totals.neverAcknowledged}   must be 0  ${ok(totals.neverAcknowledged === 0)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
