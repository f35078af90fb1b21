import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Config } from './config';

/**
 * Start-up in the right order: the configuration is checked (config.ts), then everything here runs BEFORE
 * anything is written — DATA_DIR and the files the configuration names are checked without touching them,
 * the HTTP and SMTP listeners are bound — and only then is the store opened, checked and seeded. A failure
 * is a StartupError: one line naming the variable to change, and nothing left behind.
 */

/** A start-up problem the operator fixes by changing one variable; `message` is one line naming it. */
export class StartupError extends Error {
  readonly code = 'STARTUP_REFUSED';
  constructor(
    readonly variable: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

const errorCode = (err: unknown): string =>
  typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'unknown error';

// statfs f_type of the kernel's pseudo-filesystems: they hold no ordinary files, and Node's recursive mkdir
// spins at full CPU forever under /proc (mkdir /proc/x says ENOENT, its parent says EEXIST, and again).
const PSEUDO_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'],
  [0x6165676c, 'pstore'],
  [0xde5e81e4, 'efivarfs'],
  [0xf97cff8c, 'selinuxfs'],
  [0x42494e4d, 'binfmt_misc'],
  [0x19800202, 'mqueue'],
  [0x6e736673, 'nsfs'],
]);

/**
 * Checks, without creating or writing anything, that DATA_DIR is (or can be created as) a writable
 * directory on a real filesystem: the deepest part of the path that exists must be a directory we may write.
 * @throws StartupError naming DATA_DIR.
 */
export function checkDataDir(dataDir: string): void {
  const dir = path.resolve(dataDir);
  const refuse = (problem: string, cause?: unknown): never => {
    throw new StartupError(
      'DATA_DIR',
      `DATA_DIR ${dir} cannot be used: ${problem}; set DATA_DIR to a writable directory`,
      {
        cause,
      },
    );
  };
  let existing = dir;
  let stat: fs.Stats | undefined;
  for (;;) {
    try {
      stat = fs.statSync(existing);
      break;
    } catch (err) {
      const code = errorCode(err);
      // Missing (ENOENT) or under a file (ENOTDIR): look at the parent, which `open` would have to create it in.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return refuse(`${existing} cannot be read (${code})`, err);
      if (code === 'ENOENT' && fs.lstatSync(existing, { throwIfNoEntry: false })?.isSymbolicLink())
        return refuse(`${existing} is a symbolic link to something missing`);
      const parent = path.dirname(existing);
      if (parent === existing) return refuse('no part of the path exists');
      existing = parent;
    }
  }
  const where = existing === dir ? 'it' : existing;
  if (!stat.isDirectory()) return refuse(`${where} is a file, not a directory`);
  const filesystem = PSEUDO_FILESYSTEMS.get(fs.statfsSync(existing).type);
  if (filesystem) return refuse(`${where} is on a ${filesystem} filesystem, which holds no data files`);
  try {
    fs.accessSync(existing, fs.constants.W_OK | fs.constants.X_OK);
  } catch (err) {
    refuse(`${where} is not writable (${errorCode(err)})`, err);
  }
}

/** Checks that a file the configuration names can be read. @throws StartupError naming `variable`. */
export function checkReadableFile(variable: string, file: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    if (!fs.statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (err) {
    throw new StartupError(
      variable,
      `${variable} ${file} cannot be read (${errorCode(err)}); set ${variable} to a readable file`,
      {
        cause: err,
      },
    );
  }
}

/** Every check that needs no listener and writes nothing: DATA_DIR and the STARTTLS files. */
export function checkBeforeWriting(config: Config): void {
  checkDataDir(config.dataDir);
  if (config.email.domains.length > 0 && config.email.tls) {
    checkReadableFile('SMTP_TLS_KEY', config.email.tls.keyFile);
    checkReadableFile('SMTP_TLS_CERT', config.email.tls.certFile);
  }
}

/** Something that listens on a port chosen by two variables, and can stop again. */
export interface Listener {
  portVariable: string;
  hostVariable: string;
  host: string;
  port: number;
  /** Binds; resolves with the port actually bound (useful with port 0). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Why a listener could not bind, as one line naming the variable that fixes it. */
function listenFailure(listener: Listener, err: unknown): unknown {
  const { host, port, portVariable, hostVariable } = listener;
  const code = errorCode(err);
  const reasons: Record<string, [problem: string, variable: string, fix: string]> = {
    EADDRINUSE: ['the port is in use', portVariable, 'to a free port'],
    EACCES: ['permission denied', portVariable, 'to a port above 1023, or let this user bind low ports'],
    EADDRNOTAVAIL: [`${host} is not an address of this machine`, hostVariable, 'to one of its addresses or 0.0.0.0'],
    ENOTFOUND: [`${host} does not resolve`, hostVariable, 'to an address of this machine or 0.0.0.0'],
    EAI_AGAIN: [`${host} does not resolve`, hostVariable, 'to an address of this machine or 0.0.0.0'],
  };
  const reason = reasons[code];
  if (!reason) return err;
  const [problem, variable, fix] = reason;
  return new StartupError(variable, `cannot listen on ${host}:${port}: ${problem} (${code}); set ${variable} ${fix}`, {
    cause: err,
  });
}

/**
 * Binds the listeners one after the other. If one cannot bind, those already bound are closed again and a
 * StartupError names its variable (a busy SMTP port names SMTP_PORT, not PORT).
 * @returns the bound ports, in order.
 */
export async function bindListeners(listeners: readonly Listener[]): Promise<number[]> {
  const ports: number[] = [];
  for (const listener of listeners) {
    try {
      ports.push(await listener.listen());
    } catch (err) {
      await Promise.all(listeners.slice(0, ports.length).map((bound) => bound.close()));
      throw listenFailure(listener, err);
    }
  }
  return ports;
}

/**
 * The HTTP server, bound before the app exists: until `serve(handler)` it answers every request 503 with
 * Retry-After, so a load balancer's probe or an early webhook is told to come back instead of hanging.
 */
export class StartingHttpServer implements Listener {
  readonly server = http.createServer();
  readonly portVariable = 'PORT';
  readonly hostVariable = 'HOST';
  private readonly starting = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1', connection: 'close' });
    res.end(JSON.stringify({ status: 'starting' }));
  };

  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    this.server.on('request', this.starting);
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, this.host, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /** Hands every request from now on to `handler`. */
  serve(handler: http.RequestListener): void {
    this.server.off('request', this.starting);
    this.server.on('request', handler);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
  }
}
