import type { HostileContext, HostileRow } from './hostile-runner';

const BOUNDARY = '----parcelcare-hostile-boundary';
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

interface Part {
  name: string;
  type: string;
  filename?: string;
  data: Buffer | string;
}

export const multipart = (parts: Part[], boundary = BOUNDARY): Buffer =>
  Buffer.concat(
    parts.flatMap((part) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}\r\nContent-Type: ${part.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    ]),
  );
const closing = Buffer.from(`--${BOUNDARY}--\r\n`);
const photoPart = (filename: string, data: Buffer | string = PNG_HEAD, type = 'image/png'): Part => ({
  name: 'file',
  type,
  filename,
  data,
});
const body = (...parts: Part[]): Buffer => Buffer.concat([multipart(parts), closing]);
const activityPart = (json: string): Part => ({
  name: 'activity',
  type: 'application/vnd.microsoft.activity',
  data: json,
});

/** Uploads: wrong magic numbers, huge files, multipart garbage, path-traversal names, the wrong caller. */
export function uploadRows(c: HostileContext): HostileRow[] {
  const upload = `/v3/directline/conversations/${c.a.conversationId}/upload`;
  const auth = { authorization: `Bearer ${c.a.token}` };
  const form = { ...auth, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  const photo = multipart([
    activityPart('{"type":"message","text":"box"}'),
    photoPart('box.png', Buffer.concat([PNG_HEAD, Buffer.alloc(4000, 7)])),
  ]);
  const row = (name: string, data: Buffer | string, expect: HostileRow['expect'], extra: Partial<HostileRow> = {}) => ({
    name,
    path: upload,
    headers: form,
    body: data,
    expect,
    ...extra,
  });
  // A refused photo (wrong bytes, too large) is explained to the customer in the chat.
  const notice = { chatNotice: true };
  return [
    // Multipart that goes wrong.
    row('multipart without its closing boundary', photo, 400),
    row('cut off mid-file, then EOF', photo.subarray(0, 300), 'no answer or 4xx', {
      contentLength: photo.length + 100,
      then: 'end',
    }),
    row('aborted mid-file (connection dropped)', photo.subarray(0, 300), 'dropped', {
      contentLength: photo.length + 100,
      then: 'destroy',
    }),
    row('a malformed part header', `--${BOUNDARY}\r\nthis is not a header\r\n\r\nx\r\n--${BOUNDARY}--\r\n`, 400),
    row('an activity part that is not JSON', body(activityPart('{"type":'), photoPart('a.png')), 400),
    row('an activity part that is not an object', body(photoPart('a.png'), activityPart('[1,2]')), 400),
    row(
      'an activity part nested 30,000 levels deep',
      body(
        activityPart(`{"type":"message","channelData":${'['.repeat(30_000)}${']'.repeat(30_000)}}`),
        photoPart('a.png'),
      ),
      400,
    ),
    row(
      'an activity part with a numeric text',
      body(activityPart('{"type":"message","text":5}'), photoPart('a.png')),
      400,
    ),
    row('random bytes', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)), 400),
    row('only the closing boundary', closing, 400),
    row('no parts at all', '', 400),
    row('an activity part and no file', body(activityPart('{"type":"message","text":"hi"}')), 400),
    row(
      'a boundary that never appears',
      body(photoPart('a.png')).toString('latin1').replaceAll(BOUNDARY, 'other-boundary'),
      400,
    ),
    row(
      'a part header line of 20 kB',
      `--${BOUNDARY}\r\nX-Junk: ${'j'.repeat(20_000)}\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      400,
    ),
    {
      name: 'no boundary',
      path: upload,
      headers: { ...auth, 'content-type': 'multipart/form-data' },
      body: 'x',
      expect: 400,
    },
    {
      name: 'multipart/mixed',
      path: upload,
      headers: { ...auth, 'content-type': `multipart/mixed; boundary=${BOUNDARY}` },
      body: body(photoPart('a.png')),
      expect: 400,
    },
    {
      name: 'uploaded as JSON',
      path: upload,
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
      expect: 400,
    },
    { name: 'no content type', path: upload, headers: auth, body: body(photoPart('a.png')), expect: 400 },
    // Files that are not what they say.
    row(
      'an HTML page labelled image/png',
      body(photoPart('x.png', '<html><script>alert(1)</script></html>')),
      415,
      notice,
    ),
    row(
      'an SVG with a script labelled image/png',
      body(photoPart('x.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
      415,
      notice,
    ),
    row(
      'a Windows executable labelled image/jpeg',
      body(photoPart('x.jpg', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'image/jpeg')),
      415,
      notice,
    ),
    row(
      'a ZIP labelled image/gif',
      body(photoPart('x.gif', Buffer.from('504b030414000000', 'hex'), 'image/gif')),
      415,
      notice,
    ),
    row('a PDF labelled image/png', body(photoPart('x.png', '%PDF-1.7\n%âãÏÓ\n')), 415, notice),
    row('a text file', body(photoPart('notes.txt', 'hello', 'text/plain')), 415, notice),
    row('an empty file labelled image/png', body(photoPart('empty.png', '')), 415, notice),
    row('a PNG then a script', body(photoPart('a.png'), photoPart('b.png', '<script>alert(1)</script>')), 415, notice),
    row(
      'a photo larger than the limit',
      body(photoPart('huge.png', Buffer.concat([PNG_HEAD, Buffer.alloc(5.5 * 1_048_576, 1)]))),
      413,
      notice,
    ),
    row(
      'an activity part over 256 kB with a photo',
      body(activityPart(JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) })), photoPart('a.png')),
      413,
      notice,
    ),
    // Names that try to leave the folder or confuse whoever reads them.
    row('a path-traversal file name', body(photoPart('../../../../etc/passwd.png')), 400),
    row('an absolute file name', body(photoPart('/etc/cron.d/evil.png')), 400),
    row('a Windows path as the file name', body(photoPart('..\\..\\windows\\system32\\a.png')), 400),
    row('a file name with a NUL byte', body(photoPart('a.png\u0000.html')), 400),
    row('a file name with a line break', body(photoPart('a\r\nX-Injected: 1.png')), 400),
    row('a file name of 1,000 characters', body(photoPart(`${'a'.repeat(1000)}.png`)), 400),
    row('a file name that is only dots', body(photoPart('..')), 400),
    // The wrong caller.
    {
      name: 'no token',
      path: upload,
      headers: { 'content-type': form['content-type'] },
      body: body(photoPart('a.png')),
      expect: 403,
    },
    {
      name: 'another conversation’s token',
      path: upload,
      headers: { ...form, authorization: `Bearer ${c.b.token}` },
      body: body(photoPart('a.png')),
      expect: 403,
    },
    {
      name: 'an unknown conversation with the secret',
      path: '/v3/directline/conversations/0123456789abcdef0123456789abcdef/upload',
      headers: { ...form, authorization: `Bearer ${c.secret}` },
      body: body(photoPart('a.png')),
      expect: 404,
    },
    {
      name: 'a stored file outside its folder',
      method: 'GET',
      path: '/webchat/files/..%2F..%2Fparcelcare.db/x',
      expect: 404,
    },
    {
      name: 'a stored file with a traversal name',
      method: 'GET',
      path: `/webchat/files/${c.a.conversationId}/..%2F..%2Fparcelcare.db`,
      expect: 404,
    },
  ];
}
