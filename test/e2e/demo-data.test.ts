import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { DEMO_TRACKING } from '../../src/tracking';
import type { ParcelAnomaly } from '../../src/tracking';
import { TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const SUPERVISOR = ['carol', 'carol-pass-1'] as const;

// Two starts of the whole server over one SQLite file.
jest.setTimeout(60_000);

describe('demo parcels at first start: detected as imported scans are (real server, real SQLite file)', () => {
  let dataDir: string;
  const clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
  const start = (): Promise<RunningParcelCare> =>
    startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AGENT_USERS: `${SUPERVISOR.join(':')}:supervisor`,
      }),
      pino({ level: 'silent' }),
      clock,
    );
  /** Each demo parcel's anomaly kinds, from the database file itself. */
  const anomaliesOnFile = async (): Promise<Record<string, ParcelAnomaly[]>> => {
    const store = SqliteStore.open({ file: path.join(dataDir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    try {
      const found: Record<string, ParcelAnomaly[]> = {};
      for (const [situation, trackingNumber] of Object.entries(DEMO_TRACKING))
        found[situation] = await store.anomalies.listByParcel(trackingNumber);
      return found;
    } finally {
      await store.close();
    }
  };
  const kinds = (anomalies: ParcelAnomaly[] | undefined): string[] => (anomalies ?? []).map((a) => a.kind).sort();

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-demo-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('records the late, stuck, lost-looking and returned parcels’ anomalies, plans them, and shows them on the dashboard', async () => {
    const app = await start();
    // The default range ends now (not included): look a minute after the start.
    clock.advance(60_000);
    let proactive: Record<string, unknown>;
    let tickets: number;
    try {
      const metrics = await request(app.url).get('/api/metrics').auth(SUPERVISOR[0], SUPERVISOR[1]).expect(200);
      proactive = metrics.body.proactive;
      tickets = metrics.body.tickets;
    } finally {
      await app.close();
    }
    const found = await anomaliesOnFile();
    expect(kinds(found.normal)).toEqual([]);
    expect(kinds(found.delivered)).toEqual([]);
    expect(kinds(found.delayed)).toContain('past_promised_date');
    expect(kinds(found.stuck)).toContain('no_scan');
    expect(kinds(found.lostLooking)).toContain('lost');
    expect(kinds(found.returned)).toContain('returned');
    const all = Object.values(found).flat();
    // Each one planned as it was recorded (no SMS here: nobody to tell yet, so each counts as unreachable).
    expect(all.every((a) => a.plannedAt !== undefined && a.source === 'import')).toBe(true);
    // The dashboard's proactive tiles are not empty: every anomaly counted, the loss's claim opened at once.
    expect(proactive).toMatchObject({
      claimsWithin15Rate: 1,
      counts: { anomalies: all.length, unreachable: all.length, level1: 1, claimsWithin15: 1 },
    });
    // The claim's ticket is there for the agents.
    expect(tickets).toBe(1);

    // A second start over the same file adds nothing: no anomaly, notice or ticket twice.
    const again = await start();
    try {
      const metrics = await request(again.url).get('/api/metrics').auth(SUPERVISOR[0], SUPERVISOR[1]).expect(200);
      expect(metrics.body.proactive.counts).toEqual(proactive.counts);
      expect(metrics.body.tickets).toBe(1);
    } finally {
      await again.close();
    }
    const after = await anomaliesOnFile();
    expect(
      Object.values(after)
        .flat()
        .map((a) => a.id),
    ).toEqual(all.map((a) => a.id));
  });
});

describe('demo parcels at first start with SMS on', () => {
  let app: TestApp;
  afterEach(() => app?.close());

  it('plans the notices of the demo parcels’ anomalies to their phones, as for an import', async () => {
    app = await TestApp.start({
      name: 'demo-sms',
      twilio: { account: `AC${'1'.repeat(32)}`, token: 'twilio-auth-token-for-tests', from: '+15005550006' },
    });
    const { store } = app.app;
    const [late] = await store.anomalies.listByParcel(DEMO_TRACKING.delayed);
    expect(late).toBeDefined();
    const notices = await store.notices.listByAnomaly(late?.id ?? '');
    // The delayed parcel's sender and recipient phones (README: Demo parcels).
    expect(notices.map((n) => [n.channel, n.to]).sort()).toEqual([
      ['sms', '+8613722223333'],
      ['sms', '+8618655556666'],
    ]);
  });
});

describe('demo parcels with DEMO_DATA=parcels', () => {
  let app: TestApp;
  afterEach(() => app?.close());

  it('loads the parcels as they are: no anomaly, notice or claim', async () => {
    app = await TestApp.start({ name: 'demo-parcels', env: { DEMO_DATA: 'parcels' } });
    const { store } = app.app;
    expect(await store.shipments.count()).toBe(Object.keys(DEMO_TRACKING).length);
    for (const trackingNumber of Object.values(DEMO_TRACKING))
      expect(await store.anomalies.listByParcel(trackingNumber)).toEqual([]);
    expect(await store.tickets.find({})).toEqual([]);
  });
});
