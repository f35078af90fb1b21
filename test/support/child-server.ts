import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The built CLI (`npm run build` first: npm test does it in `pretest`). */
export const CLI = path.join(__dirname, '../../dist/cli.js');

/** Environment for a child ParcelCare: a private DATA_DIR, a free port, JSON logs, no inherited .env values. */
export function childEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { MONGODB_URI: _m, PORT: _p, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', ...extra };
}

export interface ChildServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `parcelcare serve` and resolves with its URL once it logs that it listens. */
export function serve(dataDir: string, extra: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, [CLI, 'serve'], { env: childEnv(dataDir, extra), cwd: dataDir });
  let output = '';
  return new Promise((resolve, reject) => {
    // Generous: on a machine shared by many test runs, a start has taken over 15 s.
    const timer = setTimeout(() => reject(new Error(`no listen line in: ${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('ParcelCare is listening'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, url: (JSON.parse(line) as { url: string }).url, output: () => output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

export function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** Stops a child with `signal` and waits until it is gone. */
export async function stop(server: ChildServer, signal: NodeJS.Signals): Promise<number | null> {
  const exited = exitCode(server.child);
  server.child.kill(signal);
  return exited;
}
