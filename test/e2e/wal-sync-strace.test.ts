import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import twilio from 'twilio';
import { childEnv, CLI, exitCode } from '../support/child-server';
import { freePort } from '../support/free-port';
import { checkAckOrder } from '../support/strace-acks';

const ACCOUNT = `AC${'3'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-strace';
const SYSCALLS = 'openat,close,read,write,writev,pwrite64,fdatasync,fsync';

/** strace can trace a child here (installed by .ci/run; a container may forbid ptrace). */
const straceWorks = spawnSync('strace', ['-f', '-qq', '-e', 'trace=none', 'true']).status === 0;

/** `parcelcare serve` from dist/ under strace; resolves once it listens. */
async function tracedServer(dataDir: string, synchronous: string, port: number, trace: string) {
  const env = childEnv(dataDir, {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SQLITE_SYNCHRONOUS: synchronous,
    TWILIO_ACCOUNT_SID: ACCOUNT,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
    // One timed round at most during the test: its writes are no webhook's.
    SCHEDULER_INTERVAL_SECONDS: '3600',
  });
  const args = ['-f', '-qq', '--seccomp-bpf', '-e', 'signal=none', '-e', `trace=${SYSCALLS}`, '-s', '5000'];
  const strace = spawn('strace', [...args, '-o', trace, process.execPath, CLI, 'serve'], { env, cwd: dataDir });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listen line in: ${output}`)), 90_000);
    strace.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ParcelCare is listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    strace.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    strace.once('exit', (code) => reject(new Error(`strace exited ${code}: ${output}`)));
  });
  return strace;
}

/** Stops the server strace started (SIGTERM: a clean stop), then strace, which ends with it. */
async function stopTraced(strace: ChildProcess): Promise<void> {
  const children = fs.readFileSync(`/proc/${strace.pid}/task/${strace.pid}/children`, 'utf8').trim().split(/\s+/);
  for (const pid of children) process.kill(Number(pid), 'SIGTERM');
  await exitCode(strace);
}

/**
 * What the kernel was asked to do, read with strace from a real server process: every `HTTP/1.1 200` to a
 * Twilio webhook is written only after an fdatasync/fsync of the write-ahead log that began after that message
 * was written into it (test/support/strace-acks.ts). With `normal`, which syncs only at checkpoints, the same
 * check must find 200s sent before their sync: it shows that the check can fail.
 */
(straceWorks ? describe : describe.skip)(
  `the order of system calls under strace: WAL write → WAL sync → 200 (${straceWorks ? 'strace available' : 'SKIPPED: strace cannot trace here'})`,
  () => {
    let dataDir: string;
    beforeEach(() => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-strace-'));
    });
    afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    /** Sends 24 signed webhooks, 8 at a time, and returns the checked order of the server's system calls. */
    async function traceWebhooks(synchronous: string) {
      const port = await freePort();
      const trace = path.join(dataDir, 'strace.log');
      const strace = await tracedServer(dataDir, synchronous, port, trace);
      try {
        const url = `http://127.0.0.1:${port}/api/sms/twilio`;
        for (let wave = 0; wave < 3; wave += 1) {
          await Promise.all(
            Array.from({ length: 8 }, async (_, i) => {
              const n = wave * 8 + i;
              const params = {
                MessageSid: `SM${n.toString(16).padStart(32, '0')}`,
                AccountSid: ACCOUNT,
                From: `+86138000${String(n).padStart(5, '0')}`,
                To: '+15005550006',
                Body: 'where is SF1402837465921',
                NumMedia: '0',
              };
              const response = await fetch(url, {
                method: 'POST',
                headers: {
                  'content-type': 'application/x-www-form-urlencoded',
                  'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
                },
                body: new URLSearchParams(params).toString(),
              });
              expect(response.status).toBe(200);
            }),
          );
        }
      } finally {
        await stopTraced(strace);
      }
      return checkAckOrder(fs.readFileSync(trace, 'utf8'));
    }

    it.each(['group', 'full'])(
      'SQLITE_SYNCHRONOUS=%s: every 200 follows a sync of the WAL begun after its message was written there',
      async (synchronous) => {
        const order = await traceWebhooks(synchronous);
        expect(order.acknowledged).toBe(24);
        expect(order.unsynced).toEqual([]);
      },
      180_000,
    );

    it('SQLITE_SYNCHRONOUS=normal (no sync before the 200): the same check finds 200s sent before their sync', async () => {
      const order = await traceWebhooks('normal');
      expect(order.acknowledged).toBe(24);
      expect(order.unsynced.length).toBeGreaterThan(0);
    }, 180_000);
  },
);
