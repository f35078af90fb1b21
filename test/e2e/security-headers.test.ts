import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';

const AGENT = ['lead', 'lead-password'] as const;

/** The CSP's directives as a map, e.g. `{ 'script-src': ["'self'"] }`. */
const directives = (header: string | undefined): Record<string, string[]> =>
  Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );

describe('protective headers on every response (helmet; real server)', () => {
  let dataDir: string;
  let app: RunningParcelCare;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-headers-'));
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        AGENT_USERS: `${AGENT.join(':')}:supervisor`,
        WEBCHAT_FRAME_ANCESTORS: 'https://www.courier.example, https://*.courier.example',
      }),
      pino({ level: 'silent' }),
    );
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['/', '/healthz', '/static/webchat-page.js', '/vendor/webchat.js', '/no/such/page', '/agent'])(
    '%s carries nosniff, a same-origin CSP and no framework banner',
    async (url) => {
      const res = await request(app.url).get(url);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['referrer-policy']).toBe('same-origin');
      const csp = directives(res.headers['content-security-policy']);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
    },
  );

  it("answers Twilio's webhooks, which only Twilio reads, with nosniff and none of the pages' headers", async () => {
    const res = await request(app.url).post('/api/sms/twilio').type('form').send('Body=hi');
    expect(res.status).toBe(503); // SMS is not configured here; the route is still Twilio's
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('lets only the listed origins frame the chat page; nothing may frame the agent pages', async () => {
    const chat = await request(app.url).get('/').expect(200);
    expect(directives(chat.headers['content-security-policy'])['frame-ancestors']).toEqual([
      "'self'",
      'https://www.courier.example',
      'https://*.courier.example',
    ]);
    // X-Frame-Options cannot name other origins, so it must not contradict the list.
    expect(chat.headers['x-frame-options']).toBeUndefined();
    const desk = await request(app.url)
      .get('/agent')
      .auth(...AGENT)
      .expect(200);
    expect(directives(desk.headers['content-security-policy'])['frame-ancestors']).toEqual(["'none'"]);
    expect(desk.headers['x-frame-options']).toBe('DENY');
  });

  it.each([
    ['/agent', 200],
    ['/dashboard', 200],
    ['/agent/api/queue', 200],
    ['/api/metrics', 200],
    ['/api/metrics/tickets.csv', 200],
  ])('%s is never cached (no-store), signed in or not', async (url, status) => {
    const signedIn = await request(app.url)
      .get(url)
      .auth(...AGENT);
    expect(signedIn.status).toBe(status);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    const stranger = await request(app.url).get(url);
    expect(stranger.headers['cache-control']).toBe('no-store');
  });

  it('keeps Direct Line answers and conversation tokens out of caches too', async () => {
    const token = await request(app.url).post('/webchat/token').send({}).expect(200);
    expect(token.headers['cache-control']).toBe('no-store');
    const started = await request(app.url)
      .post('/v3/directline/conversations')
      .set('Authorization', `Bearer ${token.body.token as string}`)
      .send({});
    expect(started.status).toBeLessThan(300);
    expect(started.headers['cache-control']).toBe('no-store');
  });

  it('refuses an unusable frame-ancestors list at start-up, naming the variable', () => {
    expect(() => loadConfig({ WEBCHAT_FRAME_ANCESTORS: "https://ok.example; script-src 'unsafe-inline'" })).toThrow(
      /WEBCHAT_FRAME_ANCESTORS must be a comma-separated list of origins/,
    );
  });
});
