import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';

const PUBLIC_URL = 'https://chat.courier.example';
const FORGED = 'evil.example';
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('URLs we hand out are built from PUBLIC_URL, never from a forged Host header (real server)', () => {
  let dataDir: string;
  let app: RunningParcelCare;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-host-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL });
    app = await startParcelCare(config, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the forged host out of stream URLs, stored uploads, the bot’s activities and every stored row', async () => {
    const forged = (test: request.Test) => test.set('Host', FORGED).set('X-Forwarded-Host', FORGED);
    const page = await forged(request(app.url).post('/webchat/token')).expect(200);
    const auth = `Bearer ${page.body.token as string}`;
    const conversation = `/v3/directline/conversations/${page.body.conversationId as string}`;
    const started = await forged(request(app.url).post('/v3/directline/conversations').set('Authorization', auth))
      .send({ locale: 'en-US' })
      .expect(201);
    expect(started.body.streamUrl).toMatch(/^wss:\/\/chat\.courier\.example\/v3\/directline\/conversations\//);
    const reconnected = await forged(request(app.url).get(conversation).set('Authorization', auth)).expect(200);
    expect(reconnected.body.streamUrl).toMatch(/^wss:\/\/chat\.courier\.example\//);

    const uploaded = await forged(request(app.url).post(`${conversation}/upload`).set('Authorization', auth))
      .field('activity', JSON.stringify({ type: 'message', text: 'the box is crushed' }))
      .attach('file', PNG, { filename: 'box.png', contentType: 'image/png' })
      .expect(200);
    const read = await forged(request(app.url).get(`${conversation}/activities`).set('Authorization', auth)).expect(
      200,
    );
    const photo = (read.body.activities as { id: string; attachments?: { contentUrl: string }[] }[]).find(
      (a) => a.id === uploaded.body.id,
    );
    expect(photo?.attachments?.[0]?.contentUrl).toMatch(
      new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/webchat/files/`),
    );
    expect(JSON.stringify([page.body, started.body, reconnected.body, read.body])).not.toContain(FORGED);

    await app.store.durable();
    const db = new Database(path.join(dataDir, 'parcelcare.db'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      const everything = JSON.stringify(tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all()));
      expect(everything).toContain(`${PUBLIC_URL}/webchat/files/`);
      expect(everything).not.toContain(FORGED);
    } finally {
      db.close();
    }
  });
});
