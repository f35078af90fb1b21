import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { WebChatCustomer } from '../support/directline-client';
import { TestClock } from '../support/test-clock';

const NUMBER = 'C-20261123-0001';

describe('agent sign-in: session cookie, CSRF, logout, idle expiry, attempt limits (real server)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let logged: string[];

  const start = async (env: Record<string, string> = {}) => {
    logged = [];
    const logger = pino({ level: 'warn' }, {
      write: (line: string) => void logged.push(line),
    } as unknown as pino.DestinationStream);
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AGENT_USERS: 'alice:alice-pass-1,carol:carol-pass-1:supervisor',
        AGENT_SESSION_IDLE_MINUTES: '1',
        ...env,
      }),
      logger,
      new TestClock(new Date('2026-11-23T02:00:00Z')),
    );
  };
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-sign-in-'));
    await start();
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = async (name = 'alice', password = 'alice-pass-1') => {
    const res = await request(app.url).post('/agent/login').send({ name, password }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0] as string;
    return { cookie, pair: cookie.split(';')[0] as string, csrf: res.body.csrfToken as string };
  };

  it('sends a browser without a session to the sign-in page, and signs in with an HttpOnly, SameSite cookie', async () => {
    const page = await request(app.url).get('/agent').set('Accept', 'text/html').expect(303);
    expect(page.headers.location).toBe('/agent/login?next=%2Fagent');
    expect((await request(app.url).get('/agent/login').expect(200)).text).toContain('Agent sign-in');
    const { cookie, pair } = await signIn();
    expect(cookie).toMatch(/^parcelcare_agent=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect((await request(app.url).get('/agent').set('Cookie', pair).expect(200)).text).toContain('Agent desk');
    const session = await request(app.url).get('/agent/api/session').set('Cookie', pair).expect(200);
    expect(session.body.me).toEqual({ id: 'alice', supervisor: false });
  });

  it('marks the cookie Secure when the public address is https', async () => {
    await app.close();
    await start({ PUBLIC_URL: 'https://bot.courier.example' });
    expect((await signIn()).cookie).toMatch(/; Secure/);
  });

  it('refuses a change without the session’s CSRF token, or from another site', async () => {
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask('我要找人工客服，快递 SF2210478832106 晚了三天还没到');
    const { pair, csrf } = await signIn();
    const before = await app.store.tickets.getByNumber(NUMBER);
    const accept = (headers: Record<string, string>) =>
      request(app.url).post(`/agent/api/tickets/${NUMBER}/actions`).set(headers).send({ verb: 'accept' });
    expect((await accept({ Cookie: pair }).expect(403)).body.error).toMatch(/CSRF/);
    await accept({ Cookie: pair, 'X-CSRF-Token': 'x'.repeat(43) }).expect(403);
    await accept({ Cookie: pair, 'X-CSRF-Token': csrf, Origin: 'https://evil.example' }).expect(403);
    expect(await app.store.tickets.getByNumber(NUMBER)).toEqual(before);
    await accept({ Cookie: pair, 'X-CSRF-Token': csrf }).expect(200);
    expect(await app.store.tickets.getByNumber(NUMBER)).toMatchObject({ assignee: 'alice' });
  });

  it('ends the session at logout and after the idle time, and keeps it while it is used', async () => {
    const first = await signIn();
    await request(app.url).post('/agent/logout').set('Cookie', first.pair).expect(403); // no CSRF token
    await request(app.url)
      .post('/agent/logout')
      .set({ Cookie: first.pair, 'X-CSRF-Token': first.csrf })
      .expect(204)
      .expect('set-cookie', /parcelcare_agent=;/);
    await request(app.url).get('/agent/api/queue').set('Cookie', first.pair).expect(401);

    const second = await signIn();
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      now += 50_000;
      await request(app.url).get('/agent/api/queue').set('Cookie', second.pair).expect(200);
      now += 50_000; // 100 s since sign-in, 50 s idle: still signed in
      await request(app.url).get('/agent/api/queue').set('Cookie', second.pair).expect(200);
      now += 61_000;
      const expired = await request(app.url)
        .get('/agent/api/queue')
        .set({ Cookie: second.pair, 'X-Requested-With': 'fetch' })
        .expect(401);
      // The page's own scripts are not offered Basic (the browser would pop up its dialog).
      expect(expired.headers['www-authenticate']).toBeUndefined();
    } finally {
      Date.now = realNow;
    }
  });

  it('limits failed attempts per account (429 + Retry-After, logged with the account masked), for Basic too', async () => {
    for (let i = 0; i < 5; i += 1)
      await request(app.url)
        .post('/agent/login')
        .send({ name: 'alice', password: `guess-${i}` })
        .expect(401);
    const limited = await request(app.url).post('/agent/login').send({ name: 'alice', password: 'alice-pass-1' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
    await request(app.url).get('/agent/api/queue').auth('alice', 'alice-pass-1').expect(429);
    // Another account from the same address still signs in.
    await request(app.url).get('/agent/api/queue').auth('carol', 'carol-pass-1').expect(200);
    const lines = logged.map((l) => JSON.parse(l) as { msg: string; account?: string });
    expect(lines.filter((l) => l.msg === 'agent sign-in failed')).toHaveLength(5);
    expect(lines.every((l) => l.account === undefined || l.account === 'a****')).toBe(true);
    expect(logged.join('\n')).not.toContain('guess-');
  });

  it('limits failed attempts per address across accounts', async () => {
    for (let i = 0; i < 20; i += 1)
      await request(app.url)
        .get('/agent/api/queue')
        .auth(`user${i}`, 'wrong-password')
        .expect(401)
        .expect('WWW-Authenticate', /Basic/);
    const limited = await request(app.url).get('/agent/api/queue').auth('carol', 'carol-pass-1').expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
