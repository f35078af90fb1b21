// The scan events bench:events pushes: parcels known beforehand (imported), then rounds of scans, one scan per
// parcel a round, as a courier's tracking system pushes what its scanners report. A known share of parcels
// goes wrong in a known way, so the anomalies the server should find are counted here, independently of it.
'use strict';

const PARCEL_KINDS = [
  // [what happens, its scans from round r on as [round, status, description, the anomaly it is]]. The kinds are
  // the default anomaly table's (docs/operations.md), written out here so the count does not depend on the
  // server's code.
  ['exception', (r) => [[r, 'exception', '', 'exception']]],
  ['lost (an exception that says so)', (r) => [[r, 'exception', 'not found at the hub', 'lost']]],
  ['damaged', (r) => [[r, 'damaged', '', 'damaged']]],
  ['held at customs', (r) => [[r, 'held_customs', '', 'held_customs']]],
  [
    'returning, then returned',
    (r) => [
      [r, 'returning', '', 'returned'],
      [r + 1, 'returned', '', 'returned'],
    ],
  ],
  [
    'three failed delivery attempts',
    (r) => [
      [r, 'delivery_failed', '', 'delivery_failed'],
      [r + 1, 'delivery_failed', '', 'delivery_failed'],
      [r + 2, 'delivery_failed', '', 'delivery_failed'],
    ],
  ],
  [
    'damaged, then an address problem',
    (r) => [
      [r, 'damaged', '', 'damaged'],
      [r + 3, 'address_problem', '', 'address_problem'],
    ],
  ],
];
/** One parcel in this many goes wrong: PARCEL_KINDS.length of every SHARE parcels. */
const SHARE = 50;
const MINUTE = 60_000;

const trackingNumber = (i) => `BE${String(i).padStart(10, '0')}`;
const phone = (prefix, i) => `+86${prefix}${String(i).padStart(8, '0')}`;

/**
 * A workload of `parcels` parcels and `rounds` rounds of scans. Scan times lie in the past hours (no parcel is
 * late, stalled or stuck, so no time-based anomaly is due); the promised day is two days ahead.
 */
function workload(parcels, rounds, now = Date.now()) {
  const start = now - (rounds + 2) * 3 * MINUTE;
  const at = (round) => new Date(start + round * 3 * MINUTE).toISOString();
  const promisedDate = new Date(now + 2 * 86_400_000).toISOString().slice(0, 10);
  /** What goes wrong with parcel i: its scans that go wrong, by round, or undefined for a parcel that goes right. */
  const trouble = (i) => {
    const kind = PARCEL_KINDS[i % SHARE];
    if (!kind) return undefined;
    // The first scan that goes wrong falls in a different round for each parcel of a kind: every round has some.
    const first = 1 + (Math.floor(i / SHARE) % rounds);
    const seen = new Set();
    return new Map(
      kind[1](first)
        .filter(([r]) => r <= rounds)
        .map(([r, status, description, anomaly]) => {
          const raises = !seen.has(anomaly);
          seen.add(anomaly);
          return [r, { status, description, anomaly, raises }];
        }),
    );
  };
  const shipments = [];
  /** Anomalies the server must find, by kind: each kind once per parcel, however many scans show it. */
  const expected = new Map();
  for (let i = 0; i < parcels; i += 1) {
    shipments.push({
      trackingNumber: trackingNumber(i),
      carrier: 'sf',
      sender: { name: 'Sender', phone: phone('138', i) },
      recipient: { name: 'Recipient', phone: phone('139', i) },
      origin: 'Shenzhen',
      destination: 'Shanghai',
      promisedDate,
      events: [{ at: at(0), place: 'Shenzhen Nanshan', status: 'picked_up' }],
    });
    for (const { anomaly, raises } of trouble(i)?.values() ?? [])
      if (raises) expected.set(anomaly, (expected.get(anomaly) ?? 0) + 1);
  }
  /** The scan of parcel i in round r (1…rounds). A parcel that goes right is delivered in the last round. */
  const scan = (i, r) => {
    const wrong = trouble(i)?.get(r);
    if (wrong)
      return {
        at: at(r),
        place: `Hub ${r}`,
        status: wrong.status,
        ...(wrong.description ? { description: wrong.description } : {}),
      };
    if (r === rounds && !trouble(i)) return { at: at(r), place: 'Shanghai Pudong', status: 'delivered' };
    if (r === rounds - 1) return { at: at(r), place: 'Shanghai Pudong', status: 'out_for_delivery' };
    return { at: at(r), place: `Hub ${r}`, status: r % 2 === 1 ? 'in_transit' : 'arrived_hub' };
  };
  /** Round r's scans in batches of `size` parcels: `{ body, events, raises }`, the last the anomalies they raise. */
  const batches = (r, size) => {
    const out = [];
    for (let first = 0; first < parcels; first += size) {
      const updates = [];
      let raises = 0;
      for (let i = first; i < Math.min(parcels, first + size); i += 1) {
        updates.push({ trackingNumber: trackingNumber(i), events: [scan(i, r)] });
        if (trouble(i)?.get(r)?.raises) raises += 1;
      }
      out.push({ body: JSON.stringify(updates), events: updates.length, raises });
    }
    return out;
  };
  return { shipments, expected, batches };
}

module.exports = { workload, PARCEL_KINDS, SHARE };
