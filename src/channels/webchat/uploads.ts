import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Activity, Attachment } from 'botbuilder';
import busboy from 'busboy';

export type UploadResult =
  | { ok: true; attachments: Attachment[]; activity?: Partial<Activity> }
  | { ok: false; status: number; code: string; message: string };

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/heic': '.heic',
};
// Documents customers attach to mail as evidence (receipts, invoices), besides photos.
const DOCUMENT_EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf' };
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const SAFE_FILE = /^[0-9a-f-]{36}\.(jpg|png|webp|gif|heic|pdf)$/;

/**
 * Photos customers send from Web Chat, kept under DATA_DIR/uploads/<conversation>/ and served back at
 * unguessable URLs. Only images, each up to `maxBytes`; a refused upload leaves nothing behind.
 */
export class UploadStore {
  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  receive(conversationId: string, request: IncomingMessage, origin: string): Promise<UploadResult> {
    if (!SAFE_ID.test(conversationId))
      return Promise.resolve({ ok: false, status: 400, code: 'BadArgument', message: 'bad conversation id' });
    const folder = path.join(this.dir, conversationId);
    return new Promise((resolve) => {
      const saved: string[] = [];
      const attachments: Attachment[] = [];
      const writes: Promise<void>[] = [];
      let activity: Partial<Activity> | undefined;
      let refusal: UploadResult | undefined;
      const refuse = (status: number, code: string, message: string): void => {
        refusal ??= { ok: false, status, code, message };
      };
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: request.headers, limits: { fileSize: this.maxBytes, files: 6, fields: 4 } });
      } catch {
        resolve({ ok: false, status: 400, code: 'BadArgument', message: 'uploads must be multipart/form-data' });
        return;
      }
      parser.on('file', (field, file, info) => {
        if (field === 'activity' || info.mimeType === 'application/vnd.microsoft.activity') {
          const chunks: Buffer[] = [];
          file.on('data', (chunk: Buffer) => chunks.push(chunk));
          file.on('end', () => {
            try {
              activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
            } catch {
              refuse(400, 'BadArgument', 'the activity part is not JSON');
            }
          });
          return;
        }
        const extension = EXTENSIONS[info.mimeType];
        if (!extension) {
          refuse(
            415,
            'UnsupportedMediaType',
            `${info.filename || 'this file'} is not a photo (JPEG, PNG, WebP, GIF or HEIC)`,
          );
          file.resume();
          return;
        }
        fs.mkdirSync(folder, { recursive: true });
        const name = `${randomUUID()}${extension}`;
        const target = path.join(folder, name);
        saved.push(target);
        file.on('limit', () =>
          refuse(
            413,
            'FileTooLarge',
            `${info.filename || 'the photo'} is larger than ${Math.round(this.maxBytes / 1_048_576)} MB`,
          ),
        );
        writes.push(
          new Promise<void>((done) => {
            const out = fs.createWriteStream(target);
            out.on('close', () => done());
            file.pipe(out);
          }).then(() => {
            attachments.push({
              contentType: info.mimeType,
              contentUrl: `${origin}/webchat/files/${conversationId}/${name}`,
              name: info.filename || name,
            });
          }),
        );
      });
      parser.on('field', (field, value) => {
        if (field !== 'activity') return;
        try {
          activity = JSON.parse(value) as Partial<Activity>;
        } catch {
          refuse(400, 'BadArgument', 'the activity part is not JSON');
        }
      });
      parser.on('error', () => refuse(400, 'BadArgument', 'the upload could not be read'));
      parser.on('close', () => {
        void Promise.all(writes).then(() => {
          if (refusal || attachments.length === 0) {
            for (const file of saved) fs.rmSync(file, { force: true });
            resolve(
              refusal ?? { ok: false, status: 400, code: 'BadArgument', message: 'the upload contained no photo' },
            );
            return;
          }
          resolve({ ok: true, attachments, ...(activity ? { activity } : {}) });
        });
      });
      request.pipe(parser);
    });
  }

  /**
   * Keeps a photo fetched from elsewhere (an MMS picture) under `folder`; anything but an image within the
   * size limit is refused.
   */
  saveBuffer(
    folder: string,
    bytes: Buffer,
    contentType: string,
    name: string,
    origin: string,
    options: { documents?: boolean } = {},
  ): Attachment | undefined {
    const type = contentType.split(';')[0]?.trim() ?? '';
    const extension = EXTENSIONS[type] ?? (options.documents ? DOCUMENT_EXTENSIONS[type] : undefined);
    if (!extension || !SAFE_ID.test(folder) || bytes.length > this.maxBytes) return undefined;
    fs.mkdirSync(path.join(this.dir, folder), { recursive: true });
    const file = `${randomUUID()}${extension}`;
    fs.writeFileSync(path.join(this.dir, folder, file), bytes);
    return {
      contentType: contentType.split(';')[0] as string,
      contentUrl: `${origin}/webchat/files/${folder}/${file}`,
      name,
    };
  }

  /** The stored file for a URL's conversation and file name, or undefined for anything that is not one. */
  filePath(conversationId: string, file: string): string | undefined {
    if (!SAFE_ID.test(conversationId) || !SAFE_FILE.test(file)) return undefined;
    const full = path.join(this.dir, conversationId, file);
    return fs.existsSync(full) ? full : undefined;
  }
}
