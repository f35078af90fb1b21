import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { TestClock } from '../support/test-clock';

const MINUTE = 60_000;

interface Frame {
  activities: { text?: string; from: { role?: string } }[];
  watermark: string;
}

describe('a web chat customer who comes back after the conversation left memory (real server, test clock)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  const clock = new TestClock();

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-evict-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WEBCHAT_IDLE_MINUTES: '30' });
    app = await startParcelCare(config, pino({ level: 'silent' }), clock);
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps working within the idle time, and after it reopens from the store with history and new answers', async () => {
    const page = await request(app.url).post('/webchat/token').expect(200);
    const { conversationId } = page.body as { conversationId: string };
    const started = await request(app.url)
      .post('/v3/directline/conversations')
      .set('Authorization', `Bearer ${page.body.token as string}`)
      .send({ locale: 'en-US' })
      .expect(201);
    const token = started.body.token as string;
    const auth = { Authorization: `Bearer ${token}` };
    const activities = `/v3/directline/conversations/${conversationId}/activities`;
    const say = (text: string) =>
      request(app.url).post(activities).set(auth).send({ type: 'message', text, locale: 'en-US' }).expect(200);
    const read = (watermark: string) => request(app.url).get(activities).query({ watermark }).set(auth).expect(200);

    await say('where is SF1402837465921');
    const first = (await read('0')).body as Frame;
    expect(app.webchat.liveCount).toBe(1);

    // Back within the idle time: reconnect and post as before; nothing was dropped.
    clock.advance(29 * MINUTE);
    expect(app.webchat.evictIdle()).toBe(0);
    await request(app.url).get(`/v3/directline/conversations/${conversationId}`).set(auth).expect(200);
    await say('thanks');
    const beforeLeaving = (await read(first.watermark)).body as Frame;
    expect(beforeLeaving.activities[0]).toMatchObject({ text: 'thanks', from: { role: 'user' } });

    // Gone for longer than the idle time: the conversation leaves memory.
    clock.advance(31 * MINUTE);
    expect(app.webchat.evictIdle()).toBe(1);
    expect(app.webchat.liveCount).toBe(0);

    // The customer's page comes back with its token and watermark (Web Chat's reconnect), then streams.
    const reconnected = await request(app.url)
      .get(`/v3/directline/conversations/${conversationId}`)
      .query({ watermark: beforeLeaving.watermark })
      .set(auth)
      .expect(200);
    expect(reconnected.body.streamUrl).toBe(
      `${app.url.replace(/^http/, 'ws')}/v3/directline/conversations/${conversationId}/stream?t=${encodeURIComponent(reconnected.body.token as string)}&watermark=${beforeLeaving.watermark}`,
    );
    const history = (await read('0')).body as Frame;
    expect(history.activities.map((a) => a.text)).toEqual([
      ...first.activities.map((a) => a.text),
      ...beforeLeaving.activities.map((a) => a.text),
    ]);
    const frames: Frame[] = [];
    const socket = new WebSocket(reconnected.body.streamUrl as string);
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    await say('where is SF2210478832106');
    const deadline = Date.now() + 20_000;
    while (!frames.some((f) => f.activities.some((a) => a.from.role === 'bot')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    socket.close();
    const streamed = frames.flatMap((f) => f.activities);
    expect(streamed[0]).toMatchObject({ text: 'where is SF2210478832106', from: { role: 'user' } });
    expect(streamed.find((a) => a.from.role === 'bot')?.text).toContain('SF2210478832106');
    expect(Number(frames[frames.length - 1]?.watermark)).toBeGreaterThan(Number(beforeLeaving.watermark));
  });
});
