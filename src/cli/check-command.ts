import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Config } from '../config';
import { DATABASE_FILE } from '../store';
import { damage } from '../store/sqlite/sqlite.store';

/**
 * `parcelcare check`: the full `PRAGMA integrity_check` of the embedded database (every page, and every index
 * against its table), read-only, safe while the server runs. Prints one line per problem and exits 1 when there
 * are any. The start-up quick_check (SQLITE_QUICK_CHECK) skips the index comparison; this is the thorough one.
 */
export async function checkCommand(args: string[], config: Config): Promise<number> {
  parseArgs({ args, options: {}, allowPositionals: false });
  if (config.mongodbUri) {
    process.stderr.write('parcelcare check: MONGODB_URI is set; check checks the embedded store only\n');
    return 2;
  }
  const file = path.resolve(config.dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) {
    process.stderr.write(`parcelcare check: there is no database at ${file}; check DATA_DIR\n`);
    return 1;
  }
  const started = Date.now();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let problems: string[];
  try {
    problems = damage(db, 'integrity_check');
  } finally {
    db.close();
  }
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (problems.length === 0) {
    process.stdout.write(
      `${file}: ok (integrity_check, ${(fs.statSync(file).size / 1_048_576).toFixed(1)} MB in ${took})\n`,
    );
    return 0;
  }
  for (const problem of problems) process.stdout.write(`${problem.replace(/\s+/g, ' ')}\n`);
  process.stderr.write(
    `parcelcare check: ${file} is damaged (${problems.length} problem${problems.length === 1 ? '' : 's'}); stop ParcelCare and restore it from a backup\n`,
  );
  return 1;
}
