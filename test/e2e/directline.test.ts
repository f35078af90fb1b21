import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';

const SECRET = 'directline-secret-for-tests';
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Session {
  conversationId: string;
  token: string;
  streamUrl: string;
}

describe('Direct Line 3.0 endpoint (real server on 127.0.0.1, driven with supertest)', () => {
  let dataDir: string;
  let app: RunningParcelCare;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-dl-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEBCHAT_SECRET: SECRET,
      WEBCHAT_MESSAGES_PER_MINUTE: '6',
      WEBCHAT_MAX_MESSAGE_CHARS: '500',
      WEBCHAT_MAX_UPLOAD_MB: '0.1',
    });
    app = await startParcelCare(config, pino({ level: 'silent' }));
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(locale = 'zh-CN'): Promise<Session> {
    const page = await request(app.url).post('/webchat/token').expect(200);
    const started = await request(app.url)
      .post('/v3/directline/conversations')
      .set('Authorization', `Bearer ${page.body.token as string}`)
      .send({ user: { id: page.body.userId }, locale })
      .expect(201);
    expect(started.body).toEqual({
      conversationId: page.body.conversationId,
      token: expect.any(String),
      expires_in: 3600,
      streamUrl: expect.stringMatching(
        /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[0-9a-f]+\/stream\?t=/,
      ),
    });
    return started.body as Session;
  }

  const post = (s: Session, activity: object, token = s.token) =>
    request(app.url)
      .post(`/v3/directline/conversations/${s.conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send(activity);
  const get = (s: Session, watermark?: string, token = s.token) =>
    request(app.url)
      .get(`/v3/directline/conversations/${s.conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`)
      .set('Authorization', `Bearer ${token}`);

  it('greets, echoes the customer’s activity with its clientActivityID, and answers after the watermark', async () => {
    const s = await start();
    const greeting = await get(s).expect(200);
    expect(greeting.body.watermark).toBe('1');
    expect(greeting.body.activities[0]).toMatchObject({
      type: 'message',
      from: { role: 'bot' },
      text: expect.stringContaining('您好'),
    });

    const posted = await post(s, {
      type: 'message',
      text: '我的快递 SF1402837465921 到哪了',
      channelData: { clientActivityID: 'c-1' },
      locale: 'zh-CN',
    }).expect(200);
    expect(posted.body).toEqual({ id: `${s.conversationId}|0000001` });
    const after = await get(s, '1').expect(200);
    expect(after.body.activities[0]).toMatchObject({
      id: `${s.conversationId}|0000001`,
      from: { role: 'user' },
      channelData: { clientActivityID: 'c-1' },
      text: '我的快递 SF1402837465921 到哪了',
    });
    expect(after.body.activities[1]).toMatchObject({
      from: { role: 'bot' },
      text: expect.stringContaining('SF1402837465921（深圳 → 上海）'),
    });
    expect(Number(after.body.watermark)).toBe(1 + after.body.activities.length);
    expect((await get(s, after.body.watermark as string)).body.activities).toEqual([]);
  });

  it('answers a post retried with the same clientActivityID with the first post’s id, running the bot once', async () => {
    const s = await start('en-US');
    const activity = {
      type: 'message',
      text: 'where is SF1402837465921',
      locale: 'en-US',
      channelData: { clientActivityID: 'retry-1' },
    };
    const first = await post(s, activity).expect(200);
    const again = await post(s, activity).expect(200);
    // A retry racing another retry (Web Chat gave up waiting twice).
    const [a, b] = await Promise.all([post(s, activity), post(s, activity)]);
    expect([again.body, a.body, b.body]).toEqual([first.body, first.body, first.body]);
    const stream = (await get(s)).body.activities as { id: string; text?: string; from: { role: string } }[];
    expect(stream.filter((x) => x.from.role === 'user').map((x) => x.id)).toEqual([first.body.id]);
    expect(stream.filter((x) => (x.text ?? '').includes('SF1402837465921 (Shenzhen → Shanghai)'))).toHaveLength(1);
    const conversation = await app.store.conversations.findByExternalId('webchat', s.conversationId);
    const inbound = (await app.store.messages.listByConversation(conversation!.id)).filter((m) => m.direction === 'in');
    expect(inbound).toEqual([
      expect.objectContaining({ transportId: first.body.id, reply: JSON.stringify(first.body) }),
    ]);
    // A new post (another clientActivityID) is a new message.
    const next = await post(s, { ...activity, channelData: { clientActivityID: 'retry-2' } }).expect(200);
    expect(next.body.id).not.toBe(first.body.id);
  });

  it('lets a token read and post only in its own conversation', async () => {
    const alice = await start();
    const bob = await start();
    await get(alice, undefined, bob.token).expect(403);
    await post(alice, { type: 'message', text: 'hi' }, bob.token).expect(403);
    await get(alice, undefined, 'not-a-token').expect(403);
    await request(app.url).get(`/v3/directline/conversations/${alice.conversationId}/activities`).expect(403);
    expect((await get(alice)).body.activities.map((a: { from: { role: string } }) => a.from.role)).toEqual(['bot']);
  });

  it('refreshes tokens, and generates them only for the secret', async () => {
    const s = await start();
    const refreshed = await request(app.url)
      .post('/v3/directline/tokens/refresh')
      .set('Authorization', `Bearer ${s.token}`)
      .expect(200);
    expect(refreshed.body.conversationId).toBe(s.conversationId);
    await get(s, undefined, refreshed.body.token as string).expect(200);
    await request(app.url).post('/v3/directline/tokens/generate').set('Authorization', `Bearer ${s.token}`).expect(403);
    const generated = await request(app.url)
      .post('/v3/directline/tokens/generate')
      .set('Authorization', `Bearer ${SECRET}`)
      .expect(200);
    await request(app.url)
      .post('/v3/directline/conversations')
      .set('Authorization', `Bearer ${generated.body.token as string}`)
      .expect(201);
  });

  it('answers an over-long message in the chat, keeping it cut to the limit; refuses a huge body with 413', async () => {
    const s = await start('en-US');
    const before = (await get(s)).body.activities.length;
    const rant = `SF2210478832106 is late again. ${'Nobody answers the phone and nobody calls back. '.repeat(20)}`;
    const sent = await post(s, { type: 'message', text: rant, channelData: { clientActivityID: 'long-1' } }).expect(
      200,
    );
    const after = (await get(s)).body.activities.slice(before) as { id: string; text: string; channelData?: object }[];
    // The echo (what Web Chat shows as sent) keeps the first 500 characters; the bot says what to do instead.
    expect(after[0]).toMatchObject({ id: sent.body.id, channelData: { clientActivityID: 'long-1' } });
    expect(after[0]?.text).toBe(`${rant.slice(0, 500)}…`);
    expect(after.slice(1).map((a) => a.text)).toEqual([
      `Your message is ${rant.length.toLocaleString('en-US')} characters long, more than the 500 one chat message can hold, so I couldn't read it. Please send it in a few shorter messages.`,
    ]);
    // A client cannot mark its own message as cut.
    await post(s, { type: 'message', text: 'hi', channelData: { parcelcareCut: { chars: 9999, limit: 1 } } }).expect(
      200,
    );
    expect((await get(s)).body.activities.at(-1).text).not.toMatch(/9,999/);
    // Beyond the hard cap (256 kB a body) nothing is read or stored.
    const count = (await get(s)).body.activities.length;
    const huge = await post(s, { type: 'message', text: 'x'.repeat(300_000) }).expect(413);
    expect(huge.body.error).toEqual({
      code: 'MessageSizeTooBig',
      message: expect.stringMatching(/256 kB.*500 characters/),
    });
    expect((await get(s)).body.activities).toHaveLength(count);
    const conversation = await app.store.conversations.findByExternalId('webchat', s.conversationId);
    const stored = (await app.store.messages.listByConversation(conversation!.id)).filter((m) => m.direction === 'in');
    expect(stored.map((m) => m.text.length)).toEqual([501, 2]);
    // A photo with an over-long caption is kept; the caption is cut and answered the same way.
    const upload = await request(app.url)
      .post(`/v3/directline/conversations/${s.conversationId}/upload?userId=u`)
      .set('Authorization', `Bearer ${s.token}`)
      .field('activity', JSON.stringify({ type: 'message', text: rant }))
      .attach('file', PNG, { filename: 'box.png', contentType: 'image/png' })
      .expect(200);
    const captioned = (await get(s)).body.activities.find((a: { id: string }) => a.id === upload.body.id);
    expect(captioned).toMatchObject({ text: `${rant.slice(0, 500)}…`, attachments: [{ name: 'box.png' }] });
    expect((await get(s)).body.activities.at(-1).text).toMatch(/^Your message is/);
  });

  it('refuses a malformed activity and a burst beyond the per-minute limit, storing nothing', async () => {
    const s = await start();
    const before = (await get(s)).body.activities.length;
    await post(s, { nottype: true }).expect(400);
    for (let i = 0; i < 6; i += 1) await post(s, { type: 'message', text: `hello ${i}` }).expect(200);
    const limited = await post(s, { type: 'message', text: 'one too many' }).expect(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    const texts = (await get(s)).body.activities.map((a: { text?: string }) => a.text);
    expect(texts).not.toContain('one too many');
    expect(texts.length).toBeGreaterThan(before);
    const conversation = await app.store.conversations.findByExternalId('webchat', s.conversationId);
    const stored = (await app.store.messages.listByConversation(conversation!.id)).filter((m) => m.direction === 'in');
    expect(stored.map((m) => m.text)).toEqual(['hello 0', 'hello 1', 'hello 2', 'hello 3', 'hello 4', 'hello 5']);
    await request(app.url)
      .post(`/v3/directline/conversations/${s.conversationId}/activities`)
      .set('Authorization', `Bearer ${s.token}`)
      .set('content-type', 'application/json')
      .send('{"type": "message", "text": ')
      .expect(400);
  });

  it('streams activities over the WebSocket from the watermark on', async () => {
    const s = await start('en-US');
    const socket = new WebSocket(`${s.streamUrl}&watermark=0`);
    const frames: { activities: { text?: string; from: { role?: string } }[]; watermark: string }[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(data.toString()) as (typeof frames)[number]));
    await new Promise((resolve) => socket.once('open', resolve));
    await post(s, { type: 'message', text: 'where is SF1402837465921', locale: 'en-US' }).expect(200);
    for (let i = 0; i < 50 && frames.flatMap((f) => f.activities).length < 3; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    socket.close();
    const texts = frames.flatMap((f) => f.activities).map((a) => a.text ?? '');
    expect(texts[0]).toContain("I'm ParcelCare");
    expect(texts[1]).toBe('where is SF1402837465921');
    expect(texts[2]).toContain('SF1402837465921 (Shenzhen → Shanghai)');
    expect(frames.at(-1)?.watermark).toBe('3');
    const refused = new WebSocket(s.streamUrl.replace(/t=[^&]+/, 't=forged'));
    await expect(new Promise((resolve, reject) => refused.once('open', resolve).once('error', reject))).rejects.toThrow(
      /403/,
    );
  });

  it('keeps a photo as an attachment served back at its URL, and refuses non-photos and oversized files', async () => {
    const s = await start('en-US');
    const upload = () =>
      request(app.url)
        .post(`/v3/directline/conversations/${s.conversationId}/upload?userId=u`)
        .set('Authorization', `Bearer ${s.token}`)
        .field(
          'activity',
          JSON.stringify({ type: 'message', text: 'here is the damage', channelData: { clientActivityID: 'up-1' } }),
        );
    const ok = await upload().attach('file', PNG, { filename: 'box.png', contentType: 'image/png' }).expect(200);
    const echoed = (await get(s)).body.activities.find((a: { id: string }) => a.id === ok.body.id);
    expect(echoed).toMatchObject({
      text: 'here is the damage',
      channelData: { clientActivityID: 'up-1' },
      attachments: [{ contentType: 'image/png', name: 'box.png' }],
    });
    const served = await request(app.url)
      .get(new URL(echoed.attachments[0].contentUrl as string).pathname)
      .expect(200);
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);

    const wrongType = await upload()
      .attach('file', Buffer.from('hello'), { filename: 'notes.txt', contentType: 'text/plain' })
      .expect(415);
    expect(wrongType.body.error.message).toMatch(/notes\.txt is not a photo/);
    const huge = await upload()
      .attach('file', Buffer.alloc(200_000, 1), { filename: 'huge.png', contentType: 'image/png' })
      .expect(413);
    expect(huge.body.error.message).toMatch(/larger than/);
    const folder = path.join(dataDir, 'uploads', s.conversationId);
    expect(fs.readdirSync(folder)).toHaveLength(1);
    const texts = (await get(s)).body.activities.map((a: { text?: string }) => a.text ?? '');
    expect(texts).toEqual(
      expect.arrayContaining([expect.stringMatching(/is not a photo/), expect.stringMatching(/larger than/)]),
    );
    await request(app.url).get(`/webchat/files/${s.conversationId}/..%2F..%2Fparcelcare.db`).expect(404);
  });

  it('serves the page and the Web Chat bundle from node_modules', async () => {
    const page = await request(app.url).get('/').expect(200);
    expect(page.text).toContain('<script src="/vendor/webchat.js"></script>');
    const bundle = await request(app.url).get('/vendor/webchat.js').expect(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
  });
});
