import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { Activity, Attachment } from 'botbuilder-core';
import busboy from 'busboy';
import { detectFileType, SIGNATURE_BYTES } from '../file-signature';
import { MAX_ACTIVITY_BYTES } from './directline.protocol';
import type { UploadRefusedValue } from '../../bot/channels';

export interface Refusal {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** Why, for the customer (the bot words it in their language); absent for requests no customer sent. */
  customer?: UploadRefusedValue;
}

export type UploadResult = { ok: true; attachments: Attachment[]; activity?: Partial<Activity> } | Refusal;

const refusal = (status: number, code: string, message: string, customer?: UploadRefusedValue): Refusal => ({
  ok: false,
  status,
  code,
  message,
  ...(customer ? { customer } : {}),
});
const ACTIVITY_TOO_LARGE = `the activity part is larger than ${MAX_ACTIVITY_BYTES / 1024} kB`;

/** Removes a conversation's upload folder that a refused upload created and left empty. */
function removeIfEmpty(folder: string): void {
  try {
    fs.rmdirSync(folder);
  } catch {
    // Not empty (earlier photos) or never created: either way there is nothing of this upload in it.
  }
}

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

/**
 * Why a file name cannot be a photo's name, or undefined: browsers send the bare name, so a path, a control
 * character or a name no file system keeps is a forged request. (Files are stored under names of our own.)
 */
function fileNameProblem(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || /^\.+$/.test(name))
    return 'a file name must be a plain name, without a path or control characters';
  if (name.length > 255) return 'a file name may have at most 255 characters';
  return undefined;
}
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

  /**
   * Reads a multipart upload: the files it keeps and the activity part (`check` may refuse it). Never rejects:
   * a cut-off, malformed or aborted body is refused (400), and a refused upload leaves no file behind.
   */
  receive(
    conversationId: string,
    request: IncomingMessage,
    origin: string,
    check: (activity: Record<string, unknown>) => Refusal | undefined = () => undefined,
  ): Promise<UploadResult> {
    if (!SAFE_ID.test(conversationId)) return Promise.resolve(refusal(400, 'BadArgument', 'bad conversation id'));
    const folder = path.join(this.dir, conversationId);
    return new Promise((resolve) => {
      const saved: string[] = [];
      const attachments: Attachment[] = [];
      const writes: Promise<void>[] = [];
      let activity: Record<string, unknown> | undefined;
      let refused: Refusal | undefined;
      const refuse = (status: number, code: string, message: string, customer?: UploadRefusedValue): void => {
        refused ??= refusal(status, code, message, customer);
      };
      let parser: busboy.Busboy;
      try {
        // preservePath: the name as sent, so that one with a path is refused rather than quietly cut to its end.
        parser = busboy({
          headers: request.headers,
          preservePath: true,
          limits: { fileSize: this.maxBytes, files: 6, fields: 4, fieldSize: MAX_ACTIVITY_BYTES },
        });
      } catch {
        request.resume();
        resolve(refusal(400, 'BadArgument', 'uploads must be multipart/form-data with a boundary'));
        return;
      }
      const readActivity = (json: string): void => {
        try {
          const parsed: unknown = JSON.parse(json);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new TypeError('not an object');
          activity = parsed as Record<string, unknown>;
          const problem = check(activity);
          if (problem) refused ??= problem;
        } catch {
          refuse(400, 'BadArgument', 'the activity part is not a JSON object');
        }
      };
      let finished = false;
      // Once, after the parser closed or failed: every file write has settled before anything is kept or removed.
      const finish = (): void => {
        if (finished) return;
        finished = true;
        request.unpipe(parser);
        request.resume();
        void Promise.all(writes).then(() => {
          if (refused || attachments.length === 0) {
            for (const file of saved) fs.rmSync(file, { force: true });
            removeIfEmpty(folder);
            resolve(refused ?? refusal(400, 'BadArgument', 'the upload contained no photo'));
            return;
          }
          resolve({ ok: true, attachments, ...(activity ? { activity: activity as Partial<Activity> } : {}) });
        });
      };
      parser.on('file', (field, file, info) => {
        // busboy destroys an open part with an error when the body ends early; each part handles its own.
        if (field === 'activity' || info.mimeType === 'application/vnd.microsoft.activity') {
          const chunks: Buffer[] = [];
          let size = 0;
          file.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_ACTIVITY_BYTES) chunks.push(chunk);
          });
          file.on('error', () => refuse(400, 'BadArgument', 'the upload was cut off'));
          file.on('end', () => {
            if (size > MAX_ACTIVITY_BYTES)
              refuse(413, 'MessageSizeTooBig', ACTIVITY_TOO_LARGE, { reason: 'message_too_large' });
            else readActivity(Buffer.concat(chunks).toString('utf8'));
          });
          return;
        }
        const badName = fileNameProblem(info.filename);
        if (badName) {
          refuse(400, 'BadArgument', badName);
          file.on('error', () => undefined);
          file.resume();
          return;
        }
        const extension = EXTENSIONS[info.mimeType];
        if (!extension) {
          refuse(
            415,
            'UnsupportedMediaType',
            `${info.filename || 'this file'} is not a photo (JPEG, PNG, WebP, GIF or HEIC)`,
            { reason: 'not_photo', ...(info.filename ? { file: info.filename } : {}) },
          );
          file.on('error', () => undefined);
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
            { reason: 'too_large', limitBytes: this.maxBytes, ...(info.filename ? { file: info.filename } : {}) },
          ),
        );
        writes.push(
          new Promise<void>((done) => {
            const out = fs.createWriteStream(target);
            pipeline(file, out, (err) => {
              if (err) refuse(400, 'BadArgument', 'the upload was cut off');
              else
                attachments.push({
                  contentType: info.mimeType,
                  contentUrl: `${origin}/webchat/files/${conversationId}/${name}`,
                  name: info.filename || name,
                });
              // A stream destroyed while still opening its file creates it afterwards: remove only once closed.
              if (out.closed) done();
              else out.once('close', () => done());
            });
          }),
        );
      });
      parser.on('field', (field, value, info) => {
        if (field !== 'activity') return;
        if (info.valueTruncated) refuse(413, 'MessageSizeTooBig', ACTIVITY_TOO_LARGE, { reason: 'message_too_large' });
        else readActivity(value);
      });
      parser.on('error', (err: Error) => {
        refuse(400, 'BadArgument', `the upload could not be read (${err.message})`);
        finish();
      });
      parser.on('close', finish);
      // A client that goes away mid-body: stop reading, and the part being written is removed.
      const abort = (): void => {
        if (!request.complete) parser.destroy(new Error('the client aborted the upload'));
      };
      request.on('aborted', abort);
      request.on('error', abort);
      request.on('close', abort);
      // It may have gone while the request waited for its turn (its 'close' is then over): parts of its body
      // buffered before that must not become a file.
      if (request.destroyed && !request.complete) abort();
      else request.pipe(parser);
    });
  }

  /**
   * Checks what the stored files of an upload are by their bytes: a file that is no photo whatever its declared
   * type refuses the whole upload (415) and every file of it is removed; the others get their real type.
   */
  confirmContent(result: UploadResult): UploadResult {
    if (!result.ok) return result;
    const checked: Attachment[] = [];
    for (const attachment of result.attachments) {
      const type = this.storedType(attachment.contentUrl);
      if (!type || !EXTENSIONS[type]) {
        for (const each of result.attachments) this.remove(each.contentUrl);
        return {
          ok: false,
          status: 415,
          code: 'UnsupportedMediaType',
          message: `${attachment.name || 'this file'} is not a photo (JPEG, PNG, WebP, GIF or HEIC)`,
          customer: { reason: 'not_photo', ...(attachment.name ? { file: attachment.name } : {}) },
        };
      }
      checked.push({ ...attachment, contentType: type });
    }
    return { ...result, attachments: checked };
  }

  /** The stored file behind one of our upload URLs. */
  private fileOf(url: string | undefined): string | undefined {
    const match = /\/webchat\/files\/([^/]+)\/([^/?#]+)$/.exec(url ?? '');
    return match ? this.filePath(match[1] as string, match[2] as string) : undefined;
  }

  private storedType(url: string | undefined): string | undefined {
    const file = this.fileOf(url);
    if (!file) return undefined;
    const head = Buffer.alloc(SIGNATURE_BYTES);
    const fd = fs.openSync(file, 'r');
    try {
      return detectFileType(head.subarray(0, fs.readSync(fd, head, 0, SIGNATURE_BYTES, 0)));
    } finally {
      fs.closeSync(fd);
    }
  }

  private remove(url: string | undefined): void {
    const file = this.fileOf(url);
    if (file) fs.rmSync(file, { force: true });
  }

  /**
   * Whether a URL is one of our own stored uploads (web chat photos, MMS pictures and mail attachments we
   * fetched and kept): http(s), the files path, a file that exists. Only these become evidence.
   */
  isStoredUpload(url: string | undefined): boolean {
    return /^https?:\/\//i.test(url ?? '') && this.fileOf(url) !== undefined;
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
    // What the bytes are, not what the sender declared.
    const type = detectFileType(bytes) ?? `unrecognised (declared ${contentType})`;
    const extension = EXTENSIONS[type] ?? (options.documents ? DOCUMENT_EXTENSIONS[type] : undefined);
    if (!extension || !SAFE_ID.test(folder) || bytes.length > this.maxBytes) return undefined;
    fs.mkdirSync(path.join(this.dir, folder), { recursive: true });
    const file = `${randomUUID()}${extension}`;
    fs.writeFileSync(path.join(this.dir, folder, file), bytes);
    return {
      contentType: type,
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
