import { badJsonBodies, jsonPost, type HostileContext, type HostileRow } from './hostile-runner';

const ROUTE = '/api/shipments/events';

/** The courier's scan-event API: the key before the body, known statuses, sane batches. */
export function shipmentRows(c: HostileContext): HostileRow[] {
  const key = { 'x-api-key': c.shipmentsKey };
  const scan = { at: '2026-11-23T10:00:00+08:00', place: '上海转运中心', status: 'in_transit' };
  const one = (events: unknown[], trackingNumber: unknown = 'SF1402837465921') => ({ trackingNumber, events });
  const push = (name: string, body: unknown, expect: number) => jsonPost(name, ROUTE, key, body, expect);
  return [
    // The key, checked before the body is read.
    jsonPost('no key', ROUTE, {}, one([scan]), 401),
    jsonPost('a wrong key', ROUTE, { 'x-api-key': 'x'.repeat(c.shipmentsKey.length) }, one([scan]), 401),
    jsonPost('the key with one character more', ROUTE, { 'x-api-key': `${c.shipmentsKey}x` }, one([scan]), 401),
    jsonPost('the key as a bearer token', ROUTE, { authorization: `Bearer ${c.shipmentsKey}` }, one([scan]), 401),
    jsonPost('the key in the query string', `${ROUTE}?key=${c.shipmentsKey}`, {}, one([scan]), 401),
    {
      // Answered while the body is still coming: a server that read it first would wait for the other 10 MB.
      name: 'a wrong key announcing a 10 MB body',
      path: ROUTE,
      headers: { 'x-api-key': 'wrong', 'content-type': 'application/json' },
      body: Buffer.alloc(64 * 1024, 32),
      contentLength: 10 * 1_048_576,
      expect: 401,
    },
    {
      name: 'a wrong key with malformed JSON',
      path: ROUTE,
      headers: { 'x-api-key': 'wrong', 'content-type': 'application/json' },
      body: '{"trackingNumber":',
      expect: 401,
    },
    {
      name: 'no key and a body that never ends',
      path: ROUTE,
      headers: { 'content-type': 'application/json' },
      body: '{',
      contentLength: 100_000_000,
      then: 'end',
      expect: 401,
    },
    // The right key, a bad body.
    ...badJsonBodies('shipment events', ROUTE, key),
    push('an unknown status', one([{ ...scan, status: 'teleported' }]), 400),
    push('a status in another case', one([{ ...scan, status: 'IN_TRANSIT' }]), 400),
    push('a status with SQL', one([{ ...scan, status: "delivered'; DROP TABLE shipments;--" }]), 400),
    push('a status that is a number', one([{ ...scan, status: 3 }]), 400),
    push('a time that is not one', one([{ ...scan, at: 'yesterday' }]), 400),
    push('a time without an offset', one([{ ...scan, at: '2026-11-23T10:00:00' }]), 400),
    push('February 30', one([{ ...scan, at: '2026-02-30T10:00:00Z' }]), 400),
    push('no place', one([{ at: scan.at, status: scan.status }]), 400),
    push('a place of 1,000 characters', one([{ ...scan, place: 'x'.repeat(1000) }]), 400),
    push('a description of 1,000 characters', one([{ ...scan, description: 'x'.repeat(1000) }]), 400),
    push('no events', one([]), 400),
    push('events that are not a list', { trackingNumber: 'SF1402837465921', events: 'in_transit' }, 400),
    push('501 events for one parcel', one(Array(501).fill(scan)), 400),
    push('a batch of 501 parcels', Array(501).fill(one([scan])), 400),
    push('an empty batch', [], 400),
    push('a tracking number that is a number', one([scan], 1402837465921), 400),
    push('a tracking number of 4 characters', one([scan], 'SF14'), 400),
    push('a tracking number of 100 characters', one([scan], 'S'.repeat(100)), 400),
    push('a tracking number we do not have', one([scan], 'SF0000000000000'), 404),
    push('a batch with one unknown parcel among known ones', [one([scan]), one([scan], 'SF0000000000000')], 404),
    push('null', null, 400),
    push('a string', 'SF1402837465921', 400),
    {
      name: 'a form instead of JSON',
      path: ROUTE,
      headers: { ...key, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'trackingNumber=SF1402837465921',
      expect: 400,
    },
    jsonPost('a query string', `${ROUTE}?dryRun=1`, key, one([scan]), 400),
  ];
}
