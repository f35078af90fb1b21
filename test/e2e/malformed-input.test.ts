import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { serve, stop, type ChildServer } from '../support/child-server';

const SECRET = 'directline-secret-for-malformed-tests';
const AGENT = `Basic ${Buffer.from('alice:alice-pass-1').toString('base64')}`;
const SHIPMENTS_KEY = 'shipments-api-key-for-malformed-tests';
const BOUNDARY = '----parcelcare-test-boundary';
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
// A start of the built CLI takes several seconds on a busy machine.
jest.setTimeout(120_000);

interface RawRequest {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body: Buffer | string;
  /** Content-Length to announce (default: the body's length). */
  contentLength?: number;
  /** After the body: wait for the answer (default), half-close the connection, or drop it. */
  then?: 'answer' | 'end' | 'destroy';
}

/** One request on a raw socket, so that bodies can be cut short and connections dropped mid-body. */
function raw(port: number, request: RawRequest): Promise<number | null> {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
  const headers = {
    host: `127.0.0.1:${port}`,
    connection: 'close',
    'content-length': String(request.contentLength ?? body.length),
    ...request.headers,
  };
  const head = `${request.method ?? 'POST'} ${request.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]) || null));
    socket.write(head);
    socket.write(body, () => {
      if (request.then === 'end') socket.end();
      if (request.then === 'destroy') setTimeout(() => socket.destroy(), 50);
    });
  });
}

const multipart = (parts: { name: string; type: string; filename?: string; data: Buffer | string }[]): Buffer =>
  Buffer.concat(
    parts.flatMap((part) => [
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}\r\nContent-Type: ${part.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    ]),
  );
const closing = Buffer.from(`--${BOUNDARY}--\r\n`);

/** Every committed row (the schedulers' own lease heartbeats aside), as another process reads the file. */
function snapshot(dataDir: string): Record<string, unknown[]> {
  const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'leases' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
  } finally {
    db.close();
  }
}

const files = (dir: string): string[] =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : [];

describe('malformed, oversized, cut-off and aborted bodies on every route that takes one (the built CLI)', () => {
  let dataDir: string;
  let server: ChildServer;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-malformed-'));
    server = await serve(dataDir, {
      WEBCHAT_SECRET: SECRET,
      WEBCHAT_MESSAGES_PER_MINUTE: '1000',
      TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'twilio-auth-token-for-tests',
      TWILIO_FROM: '+15005550006',
      AGENT_USERS: 'alice:alice-pass-1',
      SHIPMENTS_API_KEY: SHIPMENTS_KEY,
      TEAMS_AGENTS_CHANNEL_ID: '19:agents0123@thread.tacv2',
      TEAMS_SERVICE_URL: 'http://127.0.0.1:9/',
    });
  });
  afterAll(async () => {
    if (server) await stop(server, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers each with a 4xx and a reason (or drops it), keeps running, and changes neither the store nor the uploads', async () => {
    const port = Number(new URL(server.url).port);
    const page = (await (await fetch(`${server.url}/webchat/token`, { method: 'POST' })).json()) as {
      token: string;
      conversationId: string;
    };
    const bearer = { authorization: `Bearer ${page.token}` };
    const started = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: bearer });
    expect(started.status).toBe(201);
    // A photo kept earlier: a refused upload must not take the conversation's folder with it.
    const kept = multipart([{ name: 'file', type: 'image/png', filename: 'ok.png', data: PNG_HEAD }]);
    const upload = `/v3/directline/conversations/${page.conversationId}/upload`;
    const form = { ...bearer, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
    expect(
      await raw(port, { name: 'a photo', path: upload, headers: form, body: Buffer.concat([kept, closing]) }),
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const storeBefore = snapshot(dataDir);
    const uploadsBefore = files(path.join(dataDir, 'uploads'));

    const json = { 'content-type': 'application/json' };
    const activities = `/v3/directline/conversations/${page.conversationId}/activities`;
    const photo = multipart([
      { name: 'activity', type: 'application/vnd.microsoft.activity', data: '{"type":"message","text":"box"}' },
      { name: 'file', type: 'image/png', filename: 'box.png', data: Buffer.concat([PNG_HEAD, Buffer.alloc(4000, 7)]) },
    ]);
    const cases: (RawRequest & { expected: number | null | 'no 5xx' })[] = [
      // Uploads: the one that used to stop the process, then every other way a multipart body goes wrong.
      { name: 'multipart without its closing boundary', path: upload, headers: form, body: photo, expected: 400 },
      {
        name: 'multipart cut off mid-file (Content-Length longer than the body, then EOF)',
        path: upload,
        headers: form,
        body: photo.subarray(0, 300),
        contentLength: photo.length + 100,
        then: 'end',
        expected: 'no 5xx',
      },
      {
        name: 'upload aborted mid-file (connection dropped)',
        path: upload,
        headers: form,
        body: photo.subarray(0, 300),
        contentLength: photo.length + 100,
        then: 'destroy',
        expected: null,
      },
      {
        name: 'multipart with a malformed part header',
        path: upload,
        headers: form,
        body: `--${BOUNDARY}\r\nthis is not a header\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
        expected: 400,
      },
      {
        name: 'multipart whose activity part is not JSON',
        path: upload,
        headers: form,
        body: Buffer.concat([
          multipart([{ name: 'activity', type: 'application/vnd.microsoft.activity', data: '{"type":' }]),
          multipart([{ name: 'file', type: 'image/png', filename: 'a.png', data: PNG_HEAD }]),
          closing,
        ]),
        expected: 400,
      },
      {
        name: 'multipart whose activity part is not an object',
        path: upload,
        headers: form,
        body: Buffer.concat([
          multipart([{ name: 'file', type: 'image/png', filename: 'a.png', data: PNG_HEAD }]),
          multipart([{ name: 'activity', type: 'application/vnd.microsoft.activity', data: '[1,2]' }]),
          closing,
        ]),
        expected: 400,
      },
      {
        name: 'upload without a boundary',
        path: upload,
        headers: { ...bearer, 'content-type': 'multipart/form-data' },
        body: 'x',
        expected: 400,
      },
      { name: 'upload as JSON', path: upload, headers: { ...bearer, ...json }, body: '{}', expected: 400 },
      // JSON routes.
      ...[
        ['Direct Line post', activities, bearer],
        ['Direct Line start', '/v3/directline/conversations', bearer],
        ['token generation', '/v3/directline/tokens/generate', { authorization: `Bearer ${SECRET}` }],
        ['agent message', '/agent/api/tickets/C-20261123-0001/messages', { authorization: AGENT }],
        ['agent action', '/agent/api/tickets/C-20261123-0001/actions', { authorization: AGENT }],
        ['shipment events', '/api/shipments/events', { 'x-api-key': SHIPMENTS_KEY }],
        ['Teams activity', '/api/messages', {}],
      ].flatMap(([label, route, auth]) => {
        const headers = { ...(auth as Record<string, string>), ...json };
        return [
          {
            name: `${label}: bad JSON`,
            path: route as string,
            headers,
            body: '{"type": "message", "text": ',
            expected: 400,
          },
          {
            name: `${label}: oversized JSON`,
            path: route as string,
            headers,
            body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
            expected: 413,
          },
          {
            name: `${label}: JSON in an unsupported charset`,
            path: route as string,
            headers: { ...headers, 'content-type': 'application/json; charset=koi8-r' },
            body: '{}',
            expected: 415,
          },
          {
            name: `${label}: cut-off JSON`,
            path: route as string,
            headers,
            body: '{"type": "mess',
            contentLength: 500,
            then: 'end' as const,
            expected: 'no 5xx' as const,
          },
        ];
      }),
      { name: 'Direct Line post as text/plain', path: activities, headers: bearer, body: 'hello', expected: 400 },
      {
        name: 'Direct Line post: a JSON array',
        path: activities,
        headers: { ...bearer, ...json },
        body: '[]',
        expected: 400,
      },
      // Twilio's form-encoded webhooks.
      ...['/api/sms/twilio', '/api/sms/twilio/status'].flatMap((route) => {
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'c2ln' };
        return [
          {
            name: `${route}: invalid urlencoded`,
            path: route,
            headers,
            body: 'Body=%E0%A4%A&From=%ZZ&&=',
            expected: 403,
          },
          {
            name: `${route}: urlencoded in an unsupported charset`,
            path: route,
            headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded; charset=utf-7' },
            body: 'Body=x',
            expected: 415,
          },
          { name: `${route}: oversized`, path: route, headers, body: `Body=${'x'.repeat(70_000)}`, expected: 413 },
          {
            name: `${route}: JSON instead of a form`,
            path: route,
            headers: { ...headers, ...json },
            body: '{',
            expected: 403,
          },
          {
            name: `${route}: cut off`,
            path: route,
            headers,
            body: 'Body=hel',
            contentLength: 100,
            then: 'destroy' as const,
            expected: null,
          },
        ];
      }),
    ];

    const outcomes: Record<string, number | null> = {};
    for (const request of cases) outcomes[request.name] = await raw(port, request);
    const expected = Object.fromEntries(
      cases.map((c) => [
        c.name,
        c.expected === 'no 5xx'
          ? outcomes[c.name] === null || (outcomes[c.name] as number) < 500
            ? outcomes[c.name]
            : 'no 5xx'
          : c.expected,
      ]),
    );
    expect(outcomes).toEqual(expected);

    // The reason comes with the status.
    const cutOff = await fetch(`${server.url}${upload}`, { method: 'POST', headers: form, body: photo });
    expect(await cutOff.json()).toEqual({
      error: { code: 'BadArgument', message: expect.stringMatching(/cut off|could not be read/) },
    });
    const badJson = await fetch(`${server.url}${activities}`, {
      method: 'POST',
      headers: { ...bearer, ...json },
      body: '{',
    });
    expect(await badJson.json()).toEqual({ error: 'bad_request', reason: expect.stringMatching(/JSON/) });

    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(snapshot(dataDir)).toEqual(storeBefore);
    expect(files(path.join(dataDir, 'uploads'))).toEqual(uploadsBefore);
  });
});
