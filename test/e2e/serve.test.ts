import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { sampleTicket } from '../contract/store-harness';
import { CLI, childEnv as env, exitCode, serve } from '../support/child-server';

// Each case starts the built CLI (twice for a restart); a start has taken over 12 s on a loaded shared machine.
jest.setTimeout(120_000);

describe('parcelcare serve (the built CLI)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-serve-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers /healthz and /readyz, and exits 0 on SIGTERM after closing the store', async () => {
    const { child, url, output } = await serve(dataDir);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', store: 'sqlite' });
    const exited = exitCode(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('ParcelCare stopped');
    // WAL checkpointed and closed: the database file is there and opens cleanly.
    expect(fs.existsSync(path.join(dataDir, 'parcelcare.db'))).toBe(true);
  });

  it('keeps data written before a restart', async () => {
    const first = await serve(dataDir);
    const stopped = exitCode(first.child);
    first.child.kill('SIGINT');
    expect(await stopped).toBe(0);

    const store = SqliteStore.open({ file: path.join(dataDir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    const ticket = await store.tickets.create(sampleTicket());
    await store.close();

    const second = await serve(dataDir);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const again = exitCode(second.child);
    second.child.kill('SIGTERM');
    expect(await again).toBe(0);

    const reopened = SqliteStore.open({ file: path.join(dataDir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    expect(await reopened.tickets.getByNumber(ticket.number)).toEqual(ticket);
    await reopened.close();
  });
});

describe('parcelcare start-up with bad input', () => {
  const run = (extra: Record<string, string>, dataDir: string) =>
    spawnSync(process.execPath, [CLI, 'serve'], {
      env: env(dataDir, extra),
      cwd: dataDir,
      encoding: 'utf8',
      // A start waits up to 5 s for MongoDB; on a loaded shared machine the CLI alone has taken 12 s.
      timeout: 60000,
    });
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-bad-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const oneLine = (stderr: string): string => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0] as string;
  };

  it('names an invalid variable in one line and exits non-zero', () => {
    const result = run({ PORT: 'eighty' }, dataDir);
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toBe(
      'parcelcare: Invalid configuration: PORT must be a port number from 0 to 65535 (got "eighty")',
    );
    expect(result.stdout).toBe('');
  });

  it('refuses a DATA_DIR that cannot be written', () => {
    const file = path.join(dataDir, 'not-a-dir');
    fs.writeFileSync(file, 'x');
    const result = run({ DATA_DIR: path.join(file, 'data') }, dataDir);
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toBe(
      `parcelcare: DATA_DIR ${path.join(file, 'data')} cannot be used: ${file} is a file, not a directory; set DATA_DIR to a writable directory`,
    );
  });

  it('refuses a corrupt database file and leaves it untouched', () => {
    const dbFile = path.join(dataDir, 'parcelcare.db');
    const garbage = Buffer.alloc(8192, 'not a sqlite database ');
    fs.writeFileSync(dbFile, garbage);
    const result = run({}, dataDir);
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/parcelcare\.db is not a readable ParcelCare database \(SQLITE_NOTADB\)/);
    expect(fs.readFileSync(dbFile).equals(garbage)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['parcelcare.db']);
  });

  it('reports an unreachable MONGODB_URI without printing its password', () => {
    const result = run({ MONGODB_URI: 'mongodb://courier:s3cret@127.0.0.1:1/parcelcare' }, dataDir);
    expect(result.status).toBe(1);
    const line = oneLine(result.stderr);
    expect(line).toMatch(/^parcelcare: Cannot reach MongoDB at MONGODB_URI=mongodb:\/\/courier:\*\*\*@127\.0\.0\.1:1/);
    expect(line).not.toContain('s3cret');
  });
});
