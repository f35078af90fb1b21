// npm run bench:integrity — what checking the embedded store costs at start-up. Builds a database of
// BENCH_INTEGRITY_MB (default 100) MB with ParcelCare's own schema (customers, conversations, messages and tickets
// written through the store, then bulk messages), and times, each over a cold and a warm page cache:
//   open      SqliteStore.open on the file (the baseline every start pays),
//   quick     open + PRAGMA quick_check (what SQLITE_QUICK_CHECK=true adds to a start),
//   integrity PRAGMA integrity_check (what `parcelcare check` runs).
// "Cold" drops this file from the page cache with posix_fadvise where available (via dd iflag=nocache), otherwise
// the figures are warm only and say so.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Database = require('better-sqlite3');
const { SqliteStore } = require('../dist/store/sqlite/sqlite.store');

const TARGET_MB = Number(process.env.BENCH_INTEGRITY_MB ?? 100);
const ROUNDS = Number(process.env.BENCH_INTEGRITY_ROUNDS ?? 3);

function fill(file) {
  SqliteStore.open({ file, timeZone: 'Asia/Shanghai' }).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const insert = db.prepare(
    `INSERT INTO messages (id, conversation_id, ticket_id, channel, direction, transport_id, author, text, attachments, created_at)
     VALUES (?, ?, NULL, 'sms', 'inbound', ?, 'customer', ?, '[]', ?)`,
  );
  const text = '我的快递SF1402837465921三天没有更新了，请帮我查一下。My parcel has not moved for three days. ';
  let n = 0;
  while (
    fs.statSync(file).size + (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) <
    TARGET_MB * 1_048_576
  ) {
    db.transaction(() => {
      for (let i = 0; i < 20000; i += 1, n += 1)
        insert.run(
          `m${n}`,
          `c${n % 5000}`,
          `SM${n.toString(16).padStart(32, '0')}`,
          text.repeat(1 + (n % 3)),
          new Date(1_700_000_000_000 + n * 1000).toISOString(),
        );
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  db.close();
  return n;
}

function dropCache(file) {
  try {
    execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
    execFileSync('dd', [`of=${file}`, 'oflag=nocache', 'conv=notrunc,fdatasync', 'count=0', 'status=none']);
    return true;
  } catch {
    return false;
  }
}

function time(work) {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-integrity-'));
  const file = path.join(dir, 'parcelcare.db');
  try {
    const rows = fill(file);
    const mb = fs.statSync(file).size / 1_048_576;
    console.log(`integrity benchmark: ${mb.toFixed(1)} MB database, ${rows} messages, median of ${ROUNDS} rounds`);
    const cases = {
      open: () => SqliteStore.open({ file, timeZone: 'Asia/Shanghai' }).close(),
      'open + quick_check': () => {
        const db = new Database(file, { readonly: true });
        db.pragma('quick_check');
        db.close();
        SqliteStore.open({ file, timeZone: 'Asia/Shanghai' }).close();
      },
      integrity_check: () => {
        const db = new Database(file, { readonly: true });
        db.pragma('integrity_check');
        db.close();
      },
    };
    const figures = {};
    for (const [name, work] of Object.entries(cases)) {
      const cold = [];
      const warm = [];
      let coldWorks = true;
      for (let round = 0; round < ROUNDS; round += 1) {
        coldWorks = dropCache(file) && coldWorks;
        cold.push(time(work));
        warm.push(time(work));
      }
      figures[name] = { cold: median(cold), warm: median(warm) };
      console.log(
        `  ${name.padEnd(20)} ${coldWorks ? `cold ${median(cold).toFixed(0)} ms, ` : ''}warm ${median(warm).toFixed(0)} ms`,
      );
    }
    const added = figures['open + quick_check'].warm - figures.open.warm;
    console.log(
      `  quick_check adds ${added.toFixed(0)} ms to a warm start (${(figures['open + quick_check'].warm / figures.open.warm).toFixed(1)}× the open alone), ` +
        `${(added / mb).toFixed(1)} ms per MB`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
