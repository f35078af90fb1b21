import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { detectFileType } from '../../src/channels/file-signature';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { WebChatCustomer } from '../support/directline-client';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('file signatures (magic numbers), not declared types', () => {
  it.each([
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['image/png', PNG],
    ['image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['image/webp', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1')],
    ['image/heic', Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1')],
    ['application/pdf', Buffer.from('%PDF-1.7\n', 'latin1')],
  ])('recognises %s', (type, bytes) => {
    expect(detectFileType(bytes)).toBe(type);
  });

  it.each([
    ['HTML', '<!doctype html><script>alert(1)</script>'],
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['an empty file', ''],
    ['a truncated PNG', '\x89PNG'],
    ['an MP4 (ISO-BMFF, not HEIF)', '\x00\x00\x00\x18ftypisom\x00\x00\x00\x00'],
  ])('recognises nothing in %s', (_what, text) => {
    expect(detectFileType(Buffer.from(text, 'latin1'))).toBeUndefined();
  });
});

describe('evidence is only our own stored files (real server, Web Chat over Direct Line)', () => {
  let dataDir: string;
  let app: RunningParcelCare;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-evidence-'));
    app = await startParcelCare(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
      pino({ level: 'silent' }),
    );
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses an HTML file labelled image/png by its bytes, keeping nothing', async () => {
    const customer = await WebChatCustomer.start(app.url, 'en-US');
    const refused = await request(app.url)
      .post(`/v3/directline/conversations/${customer.conversationId}/upload?userId=u`)
      .set('Authorization', `Bearer ${customer.token}`)
      .field('activity', JSON.stringify({ type: 'message', text: '' }))
      .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'damage.png',
        contentType: 'image/png',
      })
      .expect(415);
    expect(refused.body.error.message).toBe('damage.png is not a photo (JPEG, PNG, WebP, GIF or HEIC)');
    const folder = path.join(dataDir, 'uploads', customer.conversationId);
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    // A real photo labelled as something else is kept under its real type.
    const kept = await request(app.url)
      .post(`/v3/directline/conversations/${customer.conversationId}/upload?userId=u`)
      .set('Authorization', `Bearer ${customer.token}`)
      .field('activity', JSON.stringify({ type: 'message', text: '' }))
      .attach('file', PNG, { filename: 'box.jpg', contentType: 'image/jpeg' })
      .expect(200);
    expect(kept.body.id).toBeDefined();
    expect(fs.readdirSync(folder)).toHaveLength(1);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['a foreign host', 'https://evil.example/webchat/files/x/photo.png'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a file we do not have', 'http://127.0.0.1:1/webchat/files/abc/00000000-0000-0000-0000-000000000000.png'],
  ])('refuses a %s "photo" at intake, tells the customer in their language, and stores no link', async (_what, url) => {
    const customer = await WebChatCustomer.start(app.url, 'zh-CN');
    await customer.newReplies();
    await customer.ask('我的快递 SF2210478832106 被摔坏了，我要投诉');
    await request(app.url)
      .post(`/v3/directline/conversations/${customer.conversationId}/activities`)
      .set('Authorization', `Bearer ${customer.token}`)
      .send({
        type: 'message',
        text: '',
        from: { id: customer.userId },
        attachments: [{ contentType: 'image/png', contentUrl: url, name: 'damage.png' }],
      })
      .expect(200);
    const replies = (await customer.newReplies()).join('\n');
    expect(replies).toContain('无法将 damage.png 作为凭证保存');
    const conversation = await app.store.conversations.findByExternalId('webchat', customer.conversationId);
    const messages = await app.store.messages.listByConversation(conversation!.id);
    expect(JSON.stringify(messages)).not.toContain(url);
    const tickets = await app.store.tickets.find({});
    expect(JSON.stringify(tickets)).not.toContain(url);
  });
});
