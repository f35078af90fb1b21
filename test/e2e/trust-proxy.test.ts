import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';

/** The token endpoint allows 30 new web chats a minute per client address (src/wiring/webchat.ts). */
const PER_ADDRESS = 30;

async function started(env: Record<string, string>): Promise<{ app: RunningParcelCare; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-proxy-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env });
  return { app: await startParcelCare(config, pino({ level: 'silent' })), dataDir };
}

/** New web chats asked for from one visitor, as the proxy in front reports them in X-Forwarded-For. */
async function tokens(app: RunningParcelCare, visitor: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1)
    statuses.push((await request(app.url).post('/webchat/token').set('X-Forwarded-For', visitor)).status);
  return statuses;
}

describe('per-address limits behind a reverse proxy (TRUST_PROXY, real server)', () => {
  let running: { app: RunningParcelCare; dataDir: string } | undefined;
  afterEach(async () => {
    await running?.app.close();
    if (running) fs.rmSync(running.dataDir, { recursive: true, force: true });
    running = undefined;
  });

  it('with TRUST_PROXY=loopback each visitor the proxy names has a limit of its own', async () => {
    running = await started({ TRUST_PROXY: 'loopback' });
    const first = await tokens(running.app, '203.0.113.7', PER_ADDRESS + 1);
    expect(first.slice(0, PER_ADDRESS).every((s) => s === 200)).toBe(true);
    expect(first[PER_ADDRESS]).toBe(429);
    // Another visitor behind the same proxy is not locked out by the first.
    expect(await tokens(running.app, '198.51.100.20', 1)).toEqual([200]);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For is ignored: the limit stays on the connecting address', async () => {
    running = await started({});
    await tokens(running.app, '203.0.113.7', PER_ADDRESS);
    expect(await tokens(running.app, '198.51.100.20', 1)).toEqual([429]);
  });

  it('refuses a TRUST_PROXY that is neither a hop count nor proxy addresses, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY must be a number of proxies/);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });
});
