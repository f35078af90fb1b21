import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The surfaces the table covers; its totals are printed per surface. */
export type Surface =
  | 'Direct Line'
  | 'uploads'
  | 'SMS webhooks'
  | 'agent API'
  | 'metrics/CSV'
  | 'shipments API'
  | 'delivery changes'
  | 'Teams';

/** What a row expects: a status, any 4xx, or (for a body cut off or dropped by the client) no answer or a 4xx. */
export type Expected = number | '4xx' | 'no answer or 4xx' | 'dropped';

/** One hostile request and what it must get. */
export interface HostileRow {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Content-Length to announce (default: the body's length). */
  contentLength?: number;
  /** After the body: wait for the answer (default), half-close the connection, or drop it. */
  then?: 'answer' | 'end' | 'destroy';
  expect: Expected;
  /** A refused photo upload tells the customer why in the chat: one bot activity is its only trace. */
  chatNotice?: boolean;
}

export interface RawAnswer {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

/** One request on a raw socket, so that bodies can be cut short, connections dropped and any header forged. */
export function raw(port: number, row: HostileRow): Promise<RawAnswer> {
  const body = row.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(row.body) ? row.body : Buffer.from(row.body);
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    connection: 'close',
    ...(row.method === 'GET' && row.body === undefined
      ? {}
      : { 'content-length': String(row.contentLength ?? body.length) }),
    ...row.headers,
  };
  const head = `${row.method ?? 'POST'} ${row.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(parseAnswer(Buffer.concat(chunks))));
    socket.write(head);
    socket.write(body, () => {
      if (row.then === 'end') socket.end();
      if (row.then === 'destroy') setTimeout(() => socket.destroy(), 50);
    });
  });
}

function parseAnswer(bytes: Buffer): RawAnswer {
  const text = bytes.toString('utf8');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]) || null;
  const split = text.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of text.slice(0, split).split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = split >= 0 ? text.slice(split + 4) : '';
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status, headers, body };
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 4 + size);
  }
}

/** Whether an answer meets a row's expectation. */
export function statusMeets(expected: Expected, status: number | null): boolean {
  if (typeof expected === 'number') return status === expected;
  if (expected === 'dropped') return status === null;
  const clientError = status !== null && status >= 400 && status < 500;
  return expected === '4xx' ? clientError : status === null || clientError;
}

/** A readable reason: a JSON body naming the error, or a short plain-text one (Twilio's webhooks). */
export function readableError(answer: RawAnswer): boolean {
  if (answer.status === null) return true;
  const type = answer.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) {
    try {
      const parsed = JSON.parse(answer.body) as { error?: unknown };
      const error = parsed.error as string | { message?: unknown } | undefined;
      return typeof error === 'string' ? error.length > 0 : typeof error?.message === 'string';
    } catch {
      return false;
    }
  }
  return type.startsWith('text/plain') && answer.body.trim().length > 0 && answer.body.length < 500;
}

/**
 * What the background workers change while rows run, apart from anything a request did: the schedulers' lease
 * heartbeats, and the outbox's delivery bookkeeping (the Teams cards of the setup's hand-offs are retried
 * against an unreachable connector). Outbox items themselves are compared: a row that queued one is caught.
 */
const WORKER_STATE: Record<string, string> = {
  outbox: 'SELECT id, idempotency_key, channel, ticket_id, created_at FROM outbox ORDER BY id',
};

/** Every committed row, as another process reads the file. */
export function snapshot(dataDir: string): Record<string, unknown[]> {
  const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'leases' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(WORKER_STATE[name] ?? `SELECT * FROM "${name}"`).all()]),
    );
  } finally {
    db.close();
  }
}

export const digest = (tables: Record<string, unknown[]>): string =>
  createHash('sha256').update(JSON.stringify(tables)).digest('hex');

/** The store and the uploads folder, to compare before and after a group of rows. */
export function storeState(dataDir: string): { tables: Record<string, unknown[]>; files: string[] } {
  const uploads = path.join(dataDir, 'uploads');
  const files = fs.existsSync(uploads) ? (fs.readdirSync(uploads, { recursive: true }) as string[]).sort() : [];
  return { tables: snapshot(dataDir), files };
}

/**
 * What a group of rows changed in the web chat streams, apart from the rest of the store (which must not change
 * at all): the activities added, and whether every one of those before is still there as it was. A refused photo
 * adds exactly one bot activity telling the customer why; nothing else may add any.
 */
export function chatActivitiesAdded(
  before: Record<string, unknown[]>,
  after: Record<string, unknown[]>,
): {
  kept: boolean;
  added: { role?: string; text?: string }[];
  rest: [Record<string, unknown[]>, Record<string, unknown[]>];
} {
  const key = 'webchat_activities';
  const old = new Set((before[key] ?? []).map((row) => JSON.stringify(row)));
  const now = (after[key] ?? []).map((row) => JSON.stringify(row));
  const added = now
    .filter((row) => !old.has(row))
    .map((row) => {
      const activity = JSON.parse((JSON.parse(row) as { activity: string }).activity) as {
        from?: { role?: string };
        text?: string;
      };
      return { role: activity.from?.role, text: activity.text };
    });
  const { [key]: _before, ...restBefore } = before;
  const { [key]: _after, ...restAfter } = after;
  return { kept: [...old].every((row) => now.includes(row)), added, rest: [restBefore, restAfter] };
}

/** What the rows need to know about the running server and the people already in it. */
export interface HostileContext {
  port: number;
  /** WEBCHAT_SECRET. */
  secret: string;
  shipmentsKey: string;
  twilioAuthToken: string;
  publicUrl: string;
  /** Two customers in web chat, each with the token of their own conversation. */
  a: { conversationId: string; token: string };
  b: { conversationId: string; token: string };
  /** Signed-in agents: alice and bob (plain agents) with their session cookie and CSRF token. */
  alice: { cookie: string; csrf: string };
  bob: { cookie: string; csrf: string };
  /** A ticket bob holds, and one alice holds. */
  bobsTicket: string;
  alicesTicket: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** The four ways a JSON body goes wrong, for a route that reads one. */
export function badJsonBodies(label: string, route: string, auth: Record<string, string>): HostileRow[] {
  const headers = { ...auth, ...JSON_TYPE };
  return [
    { name: `${label}: bad JSON`, path: route, headers, body: '{"type": "message", "text": ', expect: 400 },
    {
      name: `${label}: oversized JSON`,
      path: route,
      headers,
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
      expect: 413,
    },
    // A stack overflow in JSON.stringify answered 500 (within 64 kB, the smallest JSON limit).
    {
      name: `${label}: JSON nested 30,000 levels deep`,
      path: route,
      headers,
      body: `{"type":"message","text":"hi","channelData":${'['.repeat(30_000)}${']'.repeat(30_000)}}`,
      expect: 400,
    },
    {
      name: `${label}: JSON objects nested 65 levels deep`,
      path: route,
      headers,
      body: `{"type":"message","text":"hi","value":${'{"a":'.repeat(65)}1${'}'.repeat(65)}}`,
      expect: 400,
    },
    {
      name: `${label}: JSON in an unsupported charset`,
      path: route,
      headers: { ...headers, 'content-type': 'application/json; charset=koi8-r' },
      body: '{}',
      expect: 415,
    },
    {
      name: `${label}: cut-off JSON`,
      path: route,
      headers,
      body: '{"type": "mess',
      contentLength: 500,
      then: 'end',
      expect: 'no answer or 4xx',
    },
  ];
}

/** A JSON POST row. */
export const jsonPost = (
  name: string,
  route: string,
  auth: Record<string, string>,
  body: unknown,
  expect: Expected,
): HostileRow => ({
  name,
  path: route,
  headers: { ...auth, ...JSON_TYPE },
  body: typeof body === 'string' ? body : JSON.stringify(body),
  expect,
});

/** A GET row. */
export const get = (name: string, route: string, headers: Record<string, string>, expect: Expected): HostileRow => ({
  name,
  method: 'GET',
  path: route,
  headers,
  expect,
});
