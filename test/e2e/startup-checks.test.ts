import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { demoShipments } from '../../src/tracking';
import { CLI, childEnv } from '../support/child-server';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the process had to be killed: it hung. */
  timedOut: boolean;
}

/** Runs the built CLI in `cwd` and waits for it to end (killing it after 45 s: a hang is a failure). */
function run(cwd: string, extra: Record<string, string>, command = 'serve'): Promise<Run> {
  const child = spawn(process.execPath, [CLI, command], {
    cwd,
    env: childEnv(path.join(cwd, 'data'), extra),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, 45_000);
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    }),
  );
}

/** The one line on stderr (and nothing on stdout: no "listening", no "demo shipments loaded"). */
function refusal(result: Run): string {
  expect(result.timedOut).toBe(false);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

/** A port something else is listening on, on 127.0.0.1. */
async function busyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// Each case runs in its own directory. The cases that load the whole bot before they fail take 10+ s on a busy machine.
jest.setTimeout(90_000);
const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-startup-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('start-up refuses bad settings with one line naming the variable, and writes nothing', () => {
  const mail = { EMAIL_DOMAINS: 'courier.example', SMTP_HOST: '127.0.0.1' };
  it.each([
    [{ PORT: '' }, 'PORT must be a port number from 0 to 65535 (got "")'],
    [{ PORT: 'abc' }, 'PORT must be a port number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a port number from 0 to 65535 (got "70000")'],
    [{ ...mail, SMTP_PORT: '' }, 'SMTP_PORT must be a port number from 0 to 65535 (got "")'],
    [{ ...mail, SMTP_PORT: 'abc' }, 'SMTP_PORT must be a port number from 0 to 65535 (got "abc")'],
    [{ ...mail, SMTP_PORT: '70000' }, 'SMTP_PORT must be a port number from 0 to 65535 (got "70000")'],
    [{ ...mail, PORT: '2600', SMTP_PORT: '2600' }, 'SMTP_PORT must differ from PORT (both 2600) (got "2600")'],
  ])('refuses %j', async (env, message) => {
    const dir = tempDir();
    const result = await run(dir, env);
    expect(refusal(result)).toBe(`parcelcare: Invalid configuration: ${message}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    [
      'a path under /proc (which used to hang at full CPU)',
      () => '/proc/parcelcare-data',
      '/proc is on a proc filesystem',
    ],
    ['/proc itself', () => '/proc', 'it is on a proc filesystem'],
    ['a path under /sys', () => '/sys/parcelcare-data', '/sys is on a sysfs filesystem'],
    ['a file', (d: string) => touch(path.join(d, 'data')), 'it is a file, not a directory'],
    ['a path under a file', (d: string) => path.join(touch(path.join(d, 'file')), 'data'), '/file is a file'],
    [
      'a symbolic link to nothing',
      (d: string) => link(path.join(d, 'gone'), path.join(d, 'link')),
      '/link is a symbolic link to something missing',
    ],
  ])('refuses a DATA_DIR that is %s, before anything is written', async (_name, makeDir, problem) => {
    const dir = tempDir();
    const dataDir = makeDir(dir);
    const before = fs.readdirSync(dir);
    const line = refusal(await run(dir, { DATA_DIR: dataDir }));
    expect(line).toContain(`parcelcare: DATA_DIR ${dataDir} cannot be used: `);
    expect(line).toContain(problem);
    expect(line).toMatch(/; set DATA_DIR to a writable directory$/);
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('names PORT when the HTTP port is busy, before any database or demo data is written', async () => {
    const dir = tempDir();
    const busy = await busyPort();
    try {
      const line = refusal(await run(dir, { PORT: String(busy.port) }));
      expect(line).toBe(
        `parcelcare: cannot listen on 127.0.0.1:${busy.port}: the port is in use (EADDRINUSE); set PORT to a free port`,
      );
    } finally {
      await busy.close();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names SMTP_PORT, not PORT, when the SMTP port is busy, and writes nothing', async () => {
    const dir = tempDir();
    const busy = await busyPort();
    try {
      const line = refusal(await run(dir, { ...mail, SMTP_PORT: String(busy.port) }));
      expect(line).toBe(
        `parcelcare: cannot listen on 127.0.0.1:${busy.port}: the port is in use (EADDRINUSE); set SMTP_PORT to a free port`,
      );
    } finally {
      await busy.close();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names HOST when it is not an address of this machine', async () => {
    const dir = tempDir();
    const line = refusal(await run(dir, { HOST: '192.0.2.1' }));
    expect(line).toMatch(
      /^parcelcare: cannot listen on 192\.0\.2\.1:0: 192\.0\.2\.1 is not an address of this machine \(EADDRNOTAVAIL\); set HOST/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names SMTP_TLS_KEY when its file cannot be read', async () => {
    const dir = tempDir();
    const cert = touch(path.join(dir, 'cert.pem'));
    const key = path.join(dir, 'missing-key.pem');
    const line = refusal(await run(dir, { ...mail, SMTP_PORT: '0', SMTP_TLS_KEY: key, SMTP_TLS_CERT: cert }));
    expect(line).toBe(`parcelcare: SMTP_TLS_KEY ${key} cannot be read (ENOENT); set SMTP_TLS_KEY to a readable file`);
    expect(fs.readdirSync(dir)).toEqual(['cert.pem']);
  });
});

describe('a database with damaged pages in the middle', () => {
  const dir = tempDir();
  let dbFile: string;
  beforeAll(async () => {
    dbFile = path.join(dir, 'data', 'parcelcare.db');
    fs.mkdirSync(path.dirname(dbFile));
    // A real database with a few hundred pages of shipments, closed (checkpointed) like after a clean stop.
    const store = SqliteStore.open({ file: dbFile, timeZone: 'Asia/Shanghai' });
    const [template] = demoShipments(new Date('2026-11-20T08:00:00Z'));
    for (let i = 0; i < 2000; i += 1)
      await store.shipments.upsert({ ...template!, trackingNumber: `SF${String(1_400_000_000_000 + i)}` });
    await store.close();
  });

  it('passes `parcelcare check` while sound', async () => {
    const result = await run(dir, {}, 'check');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${dbFile.replace(/[.]/g, '\\.')}: ok \\(integrity_check, `));
  });

  it('refuses to start with one line, changing nothing, once a page in the middle is overwritten', async () => {
    const bytes = fs.readFileSync(dbFile);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(50);
    const middle = Math.floor(pages / 2) * pageSize;
    for (let i = 0; i < pageSize; i += 1) bytes[middle + i] = (i * 131 + 7) & 0xff;
    fs.writeFileSync(dbFile, bytes);

    const line = refusal(await run(dir, {}));
    expect(line).toMatch(
      new RegExp(
        `^parcelcare: ${dbFile.replace(/[.]/g, '\\.')} has damaged pages \\(quick_check: .+\\); restore it from a backup, or run \`parcelcare check\` for the full report$`,
      ),
    );
    expect(fs.readFileSync(dbFile).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(dbFile))).toEqual(['parcelcare.db']);

    const check = await run(dir, {}, 'check');
    expect(check.status).toBe(1);
    expect(check.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
    expect(check.stderr).toMatch(/is damaged \(\d+ problems?\); stop ParcelCare and restore it from a backup\n$/);
  });
});

function touch(file: string): string {
  fs.writeFileSync(file, 'not a directory');
  return file;
}

function link(target: string, file: string): string {
  fs.symlinkSync(target, file);
  return file;
}
