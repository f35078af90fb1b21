import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a child process finds the store under test: the same SQLite file or the same MongoDB database as the
 * test's own handle. better-sqlite3 is synchronous, so concurrency inside one process proves nothing; these
 * tests run the operation in two real OS processes at once.
 */
export type StoreTarget =
  { kind: 'sqlite'; file: string; timeZone: string } | { kind: 'mongodb'; uri: string; timeZone: string };

/** What store-worker.cjs can run; the parameters of each are in that file. */
export type WorkerTask =
  | 'tickets'
  | 'leases'
  | 'outbox'
  | 'outboxWorker'
  | 'complaints'
  | 'activities'
  | 'anomalies'
  | 'claims'
  | 'progress'
  | 'notices'
  | 'scans'
  | 'escalations';

export type WorkerName = 'A' | 'B';

const WORKER = path.join(__dirname, 'store-worker.cjs');
const BUILT = path.join(__dirname, '../../dist/store/sqlite/sqlite.store.js');
const TIME_LIMIT_MS = 60_000;

/**
 * Jest's limit for a test that runs two children: their start-up (loading dist/, opening the store) takes seconds
 * each on a loaded machine and is no speed target; the children's own limit is a minute.
 */
export const TWO_PROCESSES_MS = 2 * TIME_LIMIT_MS;

/**
 * Runs `task` in two child processes (A and B) that open the store on `target`, start together once both are
 * ready, and report their results.
 * @remarks The children run the built code in dist/ (`npm test` builds first; run `npm run build` before
 * running these tests alone after a change).
 * @throws when a child fails, reports an error or runs past a minute.
 */
export async function inTwoProcesses<R>(
  target: StoreTarget,
  task: WorkerTask,
  params: (worker: WorkerName) => Record<string, unknown>,
): Promise<[R, R]> {
  if (!fs.existsSync(BUILT)) throw new Error('the two-process tests run dist/: run `npm run build` first');
  const children = (['A', 'B'] as const).map((worker) => start(target, task, worker, params(worker)));
  try {
    await Promise.all(children.map((c) => c.ready));
    for (const child of children) child.process.stdin?.write('GO\n');
    const results = await Promise.all(children.map((c) => c.result));
    return results as [R, R];
  } finally {
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  }
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  result: Promise<unknown>;
}

function start(target: StoreTarget, task: WorkerTask, worker: WorkerName, params: Record<string, unknown>): Child {
  const child = spawn(process.execPath, [WORKER, JSON.stringify({ target, task, worker, params })], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const result = new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker ${worker} (${task}) ran past ${TIME_LIMIT_MS} ms`));
    }, TIME_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('READY\n')) markReady();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`worker ${worker} (${task}) exited with ${code}: ${stderr || stdout}`));
        return;
      }
      const parsed = JSON.parse(line.slice('RESULT '.length)) as { error?: string };
      if (parsed.error) reject(new Error(`worker ${worker} (${task}) failed: ${parsed.error}`));
      else resolve(parsed);
    });
  });
  // A child that dies before READY must not leave the other waiting for GO.
  return { process: child, ready: Promise.race([ready, result.then(() => undefined)]), result };
}
