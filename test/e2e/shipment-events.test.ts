import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';

const KEY = 'courier-systems-key-0001';

describe('POST /api/shipments/events', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-events-'));
    app = await startParcelCare(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SHIPMENTS_API_KEY: KEY }),
      pino({ level: 'silent' }),
    );
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const scan = { at: '2099-01-01T08:00:00+08:00', place: '上海浦东营业部', status: 'out_for_delivery' };

  it('adds scan events to a known shipment, once', async () => {
    const before = (await app.store.shipments.get(DEMO_TRACKING.normal))!.events.length;
    const first = await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .send({ trackingNumber: DEMO_TRACKING.normal, events: [scan] })
      .expect(200);
    expect(first.body).toEqual({ shipments: 1, eventsAdded: 1 });
    const again = await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .send([{ trackingNumber: DEMO_TRACKING.normal, events: [scan] }])
      .expect(200);
    expect(again.body).toEqual({ shipments: 1, eventsAdded: 0 });
    const shipment = await app.store.shipments.get(DEMO_TRACKING.normal);
    expect(shipment!.events).toHaveLength(before + 1);
    expect(shipment!.events.at(-1)).toEqual({ ...scan, at: '2099-01-01T00:00:00.000Z' });
  });

  it('refuses a missing or wrong key, a malformed body and unknown shipments without changing anything', async () => {
    const before = await app.store.shipments.get(DEMO_TRACKING.normal);
    await request(app.url)
      .post('/api/shipments/events')
      .send({ trackingNumber: DEMO_TRACKING.normal, events: [scan] })
      .expect(401);
    await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', 'wrong-key-wrong-key-wrong')
      .send({ trackingNumber: DEMO_TRACKING.normal, events: [scan] })
      .expect(401);
    const bad = await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .send({ trackingNumber: DEMO_TRACKING.normal, events: [{ at: 'yesterday' }] })
      .expect(400);
    expect(bad.body.error).toMatch(/^events\.0\.at/);
    const unknown = await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .send([
        { trackingNumber: DEMO_TRACKING.normal, events: [scan] },
        { trackingNumber: 'SF0000000000000', events: [scan] },
      ])
      .expect(404);
    expect(unknown.body.trackingNumbers).toEqual(['SF0000000000000']);
    await request(app.url)
      .post('/api/shipments/events')
      .set('X-Api-Key', KEY)
      .set('content-type', 'application/json')
      .send('{"oops"')
      .expect(400);
    expect(await app.store.shipments.get(DEMO_TRACKING.normal)).toEqual(before);
  });

  it('checks the key before it reads the body: a stranger’s malformed or oversized body is a 401, not a 400/413', async () => {
    for (const body of ['{"oops"', `{"pad":"${'x'.repeat(400_000)}"}`]) {
      const refused = await request(app.url)
        .post('/api/shipments/events')
        .set('X-Api-Key', 'wrong-key-wrong-key-wrong')
        .set('content-type', 'application/json')
        .send(body);
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ error: 'missing or wrong X-Api-Key' });
    }
  });

  it('accepts only the known scan status codes', async () => {
    const before = await app.store.shipments.get(DEMO_TRACKING.normal);
    for (const status of ['teleported', '<script>alert(1)</script>', 'DELIVERED', ''])
      expect(
        (
          await request(app.url)
            .post('/api/shipments/events')
            .set('X-Api-Key', KEY)
            .send({ trackingNumber: DEMO_TRACKING.normal, events: [{ ...scan, status }] })
            .expect(400)
        ).body.error,
      ).toMatch(/^events\.0\.status: must be one of picked_up, in_transit, arrived_hub, out_for_delivery/);
    expect(await app.store.shipments.get(DEMO_TRACKING.normal)).toEqual(before);
  });

  it('detects the anomaly a pushed scan shows, once however often the courier pushes it', async () => {
    const failed = {
      at: new Date(Date.now() - 60_000).toISOString(),
      place: '上海浦东营业部',
      status: 'exception',
      description: '派送失败，电话无人接听',
    };
    for (let i = 0; i < 3; i += 1)
      await request(app.url)
        .post('/api/shipments/events')
        .set('X-Api-Key', KEY)
        .send({ trackingNumber: DEMO_TRACKING.normal, events: [failed] })
        .expect(200);
    const anomalies = await app.store.anomalies.listByParcel(DEMO_TRACKING.normal);
    expect(anomalies.map((a) => [a.kind, a.level, a.source, a.scan?.description])).toEqual([
      ['delivery_failed', 2, 'api', failed.description],
    ]);
  });
});
