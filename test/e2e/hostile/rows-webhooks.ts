import twilio from 'twilio';
import { badJsonBodies, type HostileContext, type HostileRow } from './hostile-runner';

const FORM = 'application/x-www-form-urlencoded';
const SID = `SM${'a'.repeat(32)}`;
const ACCOUNT = `AC${'1'.repeat(32)}`;

/** Twilio's inbound SMS and delivery-report webhooks: signatures, content types, sizes, fields. */
export function smsRows(c: HostileContext): HostileRow[] {
  const inbound = '/api/sms/twilio';
  const status = '/api/sms/twilio/status';
  /** A form Twilio could have sent: correctly signed over PUBLIC_URL + the route, whatever its fields say. */
  const signed = (
    name: string,
    route: string,
    params: Record<string, string>,
    expect: HostileRow['expect'],
  ): HostileRow => ({
    name,
    path: route,
    headers: {
      'content-type': FORM,
      'x-twilio-signature': twilio.getExpectedTwilioSignature(c.twilioAuthToken, `${c.publicUrl}${route}`, params),
    },
    body: new URLSearchParams(params).toString(),
    expect,
  });
  const message = (fields: Record<string, string | undefined>): Record<string, string> =>
    Object.fromEntries(
      Object.entries({
        MessageSid: SID,
        AccountSid: ACCOUNT,
        From: '+8613800138000',
        To: '+15005550006',
        Body: 'hi',
        NumMedia: '0',
        ...fields,
      }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
  const report = (fields: Record<string, string | undefined>): Record<string, string> =>
    Object.fromEntries(
      Object.entries({ MessageSid: SID, AccountSid: ACCOUNT, MessageStatus: 'delivered', ...fields }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
  const unsigned = (
    name: string,
    route: string,
    headers: Record<string, string>,
    body: string,
    expect: HostileRow['expect'],
  ) => ({
    name,
    path: route,
    headers,
    body,
    expect,
  });
  const both = [inbound, status].flatMap((route) => {
    const form = { 'content-type': FORM, 'x-twilio-signature': 'c2ln' };
    const good = new URLSearchParams(route === inbound ? message({}) : report({})).toString();
    const label = route === inbound ? 'inbound' : 'status';
    return [
      unsigned(`${label}: no signature`, route, { 'content-type': FORM }, good, 403),
      unsigned(`${label}: a wrong signature`, route, form, good, 403),
      unsigned(`${label}: an empty signature`, route, { ...form, 'x-twilio-signature': '' }, good, 403),
      {
        ...signed(`${label}: signed for another URL`, route, route === inbound ? message({}) : report({}), 403),
        headers: {
          'content-type': FORM,
          'x-twilio-signature': twilio.getExpectedTwilioSignature(
            c.twilioAuthToken,
            `https://evil.example${route}`,
            message({}),
          ),
        },
      },
      {
        ...signed(`${label}: signed, then a field changed`, route, route === inbound ? message({}) : report({}), 403),
        body: good.replace('hi', 'changed').replace('delivered', 'failed'),
      },
      {
        ...signed(`${label}: signed with another auth token`, route, message({}), 403),
        headers: {
          'content-type': FORM,
          'x-twilio-signature': twilio.getExpectedTwilioSignature(
            'not-our-token',
            `${c.publicUrl}${route}`,
            message({}),
          ),
        },
      },
      unsigned(`${label}: invalid urlencoded`, route, form, 'Body=%E0%A4%A&From=%ZZ&&=', 403),
      unsigned(
        `${label}: urlencoded in an unsupported charset`,
        route,
        { ...form, 'content-type': `${FORM}; charset=utf-7` },
        'Body=x',
        415,
      ),
      unsigned(`${label}: oversized`, route, form, `Body=${'x'.repeat(70_000)}`, 413),
      unsigned(`${label}: JSON instead of a form`, route, { ...form, 'content-type': 'application/json' }, '{', 403),
      unsigned(
        `${label}: JSON object instead of a form`,
        route,
        { ...form, 'content-type': 'application/json' },
        JSON.stringify(message({})),
        403,
      ),
      unsigned(`${label}: XML instead of a form`, route, { ...form, 'content-type': 'text/xml' }, '<Message/>', 403),
      unsigned(
        `${label}: multipart instead of a form`,
        route,
        { ...form, 'content-type': 'multipart/form-data; boundary=x' },
        '--x--',
        403,
      ),
      unsigned(
        `${label}: 2,000 parameters`,
        route,
        form,
        Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&'),
        '4xx',
      ),
      {
        ...unsigned(`${label}: cut off`, route, form, 'Body=hel', 'dropped'),
        contentLength: 100,
        then: 'destroy' as const,
      },
    ];
  });
  return [
    ...both,
    // Correctly signed, but the fields are not what Twilio sends.
    signed('inbound: no MessageSid', inbound, message({ MessageSid: undefined }), 400),
    signed('inbound: a MessageSid that is not one', inbound, message({ MessageSid: "SM' OR 1=1--" }), 400),
    signed('inbound: no From', inbound, message({ From: undefined }), 400),
    signed('inbound: a From that is not a phone number', inbound, message({ From: '<script>alert(1)</script>' }), 400),
    signed('inbound: a From of 100 digits', inbound, message({ From: `+${'1'.repeat(100)}` }), 400),
    signed('inbound: no To', inbound, message({ To: undefined }), 400),
    signed('inbound: a To that is not a phone number', inbound, message({ To: 'javascript:alert(1)' }), 400),
    signed('inbound: a body of 2,000 characters', inbound, message({ Body: 'x'.repeat(2000) }), 400),
    signed('inbound: NumMedia of 11', inbound, message({ NumMedia: '11' }), 400),
    signed('inbound: negative NumMedia', inbound, message({ NumMedia: '-1' }), 400),
    signed('inbound: NumMedia that is not a number', inbound, message({ NumMedia: 'many' }), 400),
    signed('inbound: fractional NumMedia', inbound, message({ NumMedia: '1.5' }), 400),
    signed('status: no MessageStatus', status, report({ MessageStatus: undefined }), 400),
    signed('status: no MessageSid', status, report({ MessageSid: undefined }), 400),
    signed('status: a MessageStatus Twilio never sends', status, report({ MessageStatus: 'pwned' }), 400),
    signed('status: a MessageStatus of 10,000 characters', status, report({ MessageStatus: 'x'.repeat(10_000) }), 400),
    signed('status: a MessageSid that is not one', status, report({ MessageSid: '../../etc/passwd' }), 400),
    signed(
      'status: an ErrorCode that is not a number',
      status,
      report({ MessageStatus: 'failed', ErrorCode: 'DROP TABLE outbox' }),
      400,
    ),
    signed('status: a report for a message we never sent', status, report({ MessageSid: `SM${'b'.repeat(32)}` }), 404),
  ];
}

/** The Teams endpoint (Bot Framework activities) with bodies no connector sends. */
export function teamsRows(): HostileRow[] {
  return [
    ...badJsonBodies('Teams activity', '/api/messages', {}),
    {
      name: 'Teams activity: a JSON array',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: '[]',
      expect: '4xx',
    },
    {
      name: 'Teams activity: text/plain',
      path: '/api/messages',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
      expect: '4xx',
    },
  ];
}
