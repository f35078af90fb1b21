import { badJsonBodies, get, jsonPost, type HostileContext, type HostileRow } from './hostile-runner';

const basic = (name: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
});

/** The agent page's API: who may call it, which tickets, which ids, which bodies. */
export function agentRows(c: HostileContext): HostileRow[] {
  const alice = { cookie: c.alice.cookie, 'x-csrf-token': c.alice.csrf };
  const aliceReading = { cookie: c.alice.cookie };
  const bobs = `/agent/api/tickets/${c.bobsTicket}`;
  const alices = `/agent/api/tickets/${c.alicesTicket}`;
  const unknown = '/agent/api/tickets/C-20991231-9999';
  const act = (name: string, route: string, body: unknown, expect: number, auth: Record<string, string> = alice) =>
    jsonPost(name, `${route}/actions`, auth, body, expect);
  const say = (name: string, route: string, body: unknown, expect: number, auth: Record<string, string> = alice) =>
    jsonPost(name, `${route}/messages`, auth, body, expect);
  const badIds = [
    ['a word', 'abc'],
    ['a short number', 'C-1-1'],
    ['SQL', "C-20261123-0001'%20OR%201%3D1--"],
    ['a path traversal', '..%2F..%2Fparcelcare.db'],
    ['a NUL byte', 'C-20261123-0001%00'],
    ['300 characters', 'C'.repeat(300)],
    ['a script', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a number with letters', 'C-2026112X-0001'],
  ];
  return [
    // No session, or a bad one.
    get('queue without a session', '/agent/api/queue', {}, 401),
    get('a ticket without a session', bobs, {}, 401),
    jsonPost('a message without a session', `${bobs}/messages`, {}, { text: 'hi' }, 401),
    jsonPost('an action without a session', `${bobs}/actions`, {}, { verb: 'accept' }, 401),
    get('queue with a made-up session cookie', '/agent/api/queue', { cookie: 'parcelcare_agent=not-a-session' }, 401),
    get(
      'queue with a session cookie of 4,000 characters',
      '/agent/api/queue',
      { cookie: `parcelcare_agent=${'a'.repeat(4000)}` },
      401,
    ),
    get('queue with a wrong password', '/agent/api/queue', basic('dave', 'wrong-password'), 401),
    get('queue with a wrong password again', '/agent/api/queue', basic('dave', 'wrong-password-2'), 401),
    get('queue as an agent who does not exist', '/agent/api/queue', basic('mallory', 'mallory-pass'), 401),
    get('queue with an empty Basic header', '/agent/api/queue', { authorization: 'Basic ' }, 401),
    get('queue with Basic that is not base64', '/agent/api/queue', { authorization: 'Basic !!!!' }, 401),
    get('queue with a Bearer token', '/agent/api/queue', { authorization: 'Bearer abc' }, 401),
    get('the session without a session', '/agent/api/session', {}, 401),
    jsonPost('logout without a session', '/agent/logout', {}, {}, 401),
    // A session, but not a change it may make.
    say('a message without the CSRF token', alices, { text: 'hi' }, 403, aliceReading),
    say('a message with a wrong CSRF token', alices, { text: 'hi' }, 403, {
      ...aliceReading,
      'x-csrf-token': 'forged',
    }),
    say('a message with bob’s CSRF token', alices, { text: 'hi' }, 403, {
      ...aliceReading,
      'x-csrf-token': c.bob.csrf,
    }),
    say('a message from another site', alices, { text: 'hi' }, 403, { ...alice, origin: 'https://evil.example' }),
    act('an action without the CSRF token', alices, { verb: 'resolve' }, 403, aliceReading),
    jsonPost('logout without the CSRF token', '/agent/logout', aliceReading, {}, 403),
    // Another agent's ticket.
    say('a message on bob’s ticket', bobs, { text: '我来处理' }, 403),
    act('resolving bob’s ticket', bobs, { verb: 'resolve', data: { note: 'x', responsibleParty: 'courier' } }, 403),
    act('escalating bob’s ticket', bobs, { verb: 'escalate', data: { note: 'x' } }, 403),
    act('transferring bob’s ticket to alice', bobs, { verb: 'transfer', data: { to: 'alice' } }, 403),
    act('taking over bob’s ticket', bobs, { verb: 'accept' }, 403),
    // Tickets that do not exist, and ids that cannot name one.
    get('an unknown ticket', unknown, aliceReading, 404),
    say('a message on an unknown ticket', unknown, { text: 'hi' }, 404),
    act('an action on an unknown ticket', unknown, { verb: 'accept' }, 404),
    ...badIds.flatMap(([what, id]) => [
      get(`a ticket id that is ${what}`, `/agent/api/tickets/${id}`, aliceReading, 400),
      say(`a message to a ticket id that is ${what}`, `/agent/api/tickets/${id}`, { text: 'hi' }, 400),
    ]),
    // Transfers to nobody.
    act('a transfer to an agent who does not exist', alices, { verb: 'transfer', data: { to: 'mallory' } }, 400),
    act('a transfer to a number', alices, { verb: 'transfer', data: { to: 42 } }, 400),
    act('a transfer to a list', alices, { verb: 'transfer', data: { to: ['bob', 'carol'] } }, 400),
    act('a transfer to a name with a path', alices, { verb: 'transfer', data: { to: '../bob' } }, 400),
    act('a transfer to a name of 1,000 characters', alices, { verb: 'transfer', data: { to: 'b'.repeat(1000) } }, 400),
    // Bodies that are not a message or an action.
    say('a message with no text', alices, {}, 400),
    say('a message with blank text', alices, { text: '   ' }, 400),
    say('a message whose text is a number', alices, { text: 42 }, 400),
    say('a message whose text is an object', alices, { text: { $ne: null } }, 400),
    say('a message of 5,000 characters', alices, { text: 'x'.repeat(5000) }, 413),
    say('a message that is a list', alices, ['hi'], 400),
    act('an action with no verb', alices, {}, 400),
    act('an action with an unknown verb', alices, { verb: 'delete_everything' }, 400),
    act('an action whose verb is a number', alices, { verb: 1 }, 400),
    act('an action whose verb is __proto__', alices, { verb: '__proto__' }, 400),
    act('an action whose verb is constructor', alices, { verb: 'constructor' }, 400),
    act(
      'resolving with a responsible party that does not exist',
      alices,
      { verb: 'resolve', data: { note: 'x', responsibleParty: 'nobody' } },
      400,
    ),
    ...badJsonBodies('agent message', `${alices}/messages`, alice),
    ...badJsonBodies('agent action', `${alices}/actions`, alice),
    // Query strings the routes do not take.
    get('queue since a word', '/agent/api/queue?since=abc', aliceReading, 400),
    get('queue since a negative number', '/agent/api/queue?since=-1', aliceReading, 400),
    get('queue since a fraction', '/agent/api/queue?since=1.5', aliceReading, 400),
    get('queue since twice', '/agent/api/queue?since=1&since=2', aliceReading, 400),
    get('queue since 1e999', '/agent/api/queue?since=1e999', aliceReading, 400),
    get('queue with an unknown parameter', '/agent/api/queue?limit=100000', aliceReading, 400),
    get('a ticket with an unknown parameter', `${alices}?include=everything`, aliceReading, 400),
    get('the session with an unknown parameter', '/agent/api/session?debug=1', aliceReading, 400),
    jsonPost('a message with an unknown parameter', `${alices}/messages?as=carol`, alice, { text: 'hi' }, 400),
    // The sign-in form.
    ...badJsonBodies('sign-in', '/agent/login', {}),
    jsonPost('sign-in without a password', '/agent/login', {}, { name: 'alice' }, 400),
    jsonPost('sign-in with a numeric password', '/agent/login', {}, { name: 'alice', password: 12345678 }, 400),
    jsonPost('sign-in with an object as the name', '/agent/login', {}, { name: { $ne: '' }, password: 'x' }, 400),
    jsonPost(
      'sign-in from another site',
      '/agent/login',
      { origin: 'https://evil.example' },
      { name: 'erin', password: 'x' },
      403,
    ),
    jsonPost('sign-in with a wrong password', '/agent/login', {}, { name: 'erin', password: 'wrong-password' }, 401),
    jsonPost(
      'sign-in with a query string',
      '/agent/login?next=https://evil.example',
      {},
      { name: 'erin', password: 'x' },
      400,
    ),
  ];
}

/** Supervisors' KPIs and the CSV export: dates, ranges, filters and injection. */
export function metricsRows(c: HostileContext): HostileRow[] {
  const auth = { cookie: c.alice.cookie };
  const queries = [
    ['a month 13', 'from=2026-13-45'],
    ['February 30', 'from=2026-02-30'],
    ['a day that is a word', 'to=yesterday'],
    ['from after to', 'from=2026-11-10&to=2026-11-01'],
    ['a range of three years', 'from=2024-01-01&to=2026-12-31'],
    ['a year before 1970', 'from=1969-12-31'],
    ['the year 99999', 'to=99999-01-01'],
    ['an ISO time with a bad offset', 'from=2026-11-01T00:00:00%2B25:00'],
    ['an unknown channel', 'channel=fax'],
    ['an unknown category', 'category=everything'],
    ['SQL in the category', "category=delay'%20OR%20'1'%3D'1"],
    ['a formula in the channel', 'channel=%3DHYPERLINK(%22http%3A%2F%2Fevil%22)'],
    ['from given twice', 'from=2026-11-01&from=2026-11-02'],
    ['an unknown parameter', 'limit=1000000'],
    ['a bracketed parameter', 'channel[]=sms'],
  ];
  return [
    get('KPIs without a session', '/api/metrics', {}, 401),
    get('CSV without a session', '/api/metrics/tickets.csv', {}, 401),
    ...queries.flatMap(([what, query]) => [
      get(`KPIs: ${what}`, `/api/metrics?${query}`, auth, 400),
      get(`CSV: ${what}`, `/api/metrics/tickets.csv?${query}`, auth, 400),
    ]),
  ];
}
