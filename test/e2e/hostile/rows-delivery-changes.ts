import { badJsonBodies, get, jsonPost, type HostileContext, type HostileRow } from './hostile-runner';

/** Change-delivery requests, for agents and for the courier's systems: who may call, which ids, which bodies. */
export function deliveryChangeRows(c: HostileContext): HostileRow[] {
  const alice = { cookie: c.alice.cookie, 'x-csrf-token': c.alice.csrf };
  const key = { 'x-api-key': c.shipmentsKey };
  const unknown = '01900000-0000-7000-8000-000000000000';
  const rows: HostileRow[] = [];
  for (const [who, prefix, auth] of [
    ['agent', '/agent/api/delivery-changes', alice],
    ['courier systems', '/api/delivery-changes', key],
  ] as const) {
    const decide = (name: string, id: string, body: unknown, expect: number, headers: Record<string, string> = auth) =>
      jsonPost(`${who}: ${name}`, `${prefix}/${id}/decision`, headers, body, expect);
    rows.push(
      get(`${who}: the list with nobody signed in`, prefix, {}, 401),
      decide('a decision with nobody signed in', unknown, { decision: 'confirm' }, 401, {}),
      get(`${who}: an unknown status`, `${prefix}?status=done`, auth, 400),
      get(`${who}: a status given twice`, `${prefix}?status=requested&status=all`, auth, 400),
      get(`${who}: a limit of 0`, `${prefix}?limit=0`, auth, 400),
      get(`${who}: a limit of a million`, `${prefix}?limit=1000000`, auth, 400),
      get(`${who}: a parcel with SQL`, `${prefix}?parcel=SF1'%20OR%201%3D1--`, auth, 400),
      get(`${who}: a parameter it does not know`, `${prefix}?since=1`, auth, 400),
      decide('an id that is not one', 'abc', { decision: 'confirm' }, 400),
      decide('an id with a path traversal', '..%2F..%2Fparcelcare.db', { decision: 'confirm' }, 400),
      decide('an unknown request', unknown, { decision: 'confirm' }, 404),
      decide('an unknown decision', unknown, { decision: 'approve' }, 400),
      decide('a decline without a note', unknown, { decision: 'decline' }, 400),
      decide('a note of 10,000 characters', unknown, { decision: 'confirm', note: 'x'.repeat(10_000) }, 400),
      decide('a field it does not know', unknown, { decision: 'confirm', status: 'confirmed' }, 400),
      decide('a body that is a list', unknown, ['confirm'], 400),
      ...badJsonBodies(`${who}: a decision`, `${prefix}/${unknown}/decision`, auth),
    );
  }
  rows.push(
    jsonPost(
      'a wrong key',
      `/api/delivery-changes/01900000-0000-7000-8000-000000000000/decision`,
      { 'x-api-key': 'x'.repeat(c.shipmentsKey.length) },
      { decision: 'confirm' },
      401,
    ),
    jsonPost(
      'an agent without the CSRF token',
      `/agent/api/delivery-changes/01900000-0000-7000-8000-000000000000/decision`,
      { cookie: c.alice.cookie },
      { decision: 'confirm' },
      403,
    ),
  );
  return rows;
}
