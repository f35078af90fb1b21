import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { NotFoundError } from '../../store/errors';
import type { ScanEvent, ShipmentSummary } from '../../tracking/records';
import type { ScansAdded, ShipmentRepository } from '../../store/store.port';
import { canonicalScan } from '../../tracking/shipment-summary';
import { SCAN_STATUSES } from '../../tracking';

const scan = z.object({
  at: z.iso.datetime({ offset: true }),
  place: z.string().min(1).max(200),
  status: z.enum(SCAN_STATUSES, { message: `must be one of ${SCAN_STATUSES.join(', ')}` }),
  description: z.string().max(500).optional(),
});
const update = z.object({ trackingNumber: z.string().min(5).max(40), events: z.array(scan).min(1).max(500) });
// Parsed by shape rather than as a union, so a mistake is reported at its own path.
const list = z.array(update).min(1).max(500);

export interface ApiResponse {
  status: number;
  body: unknown;
}

function keyMatches(given: string | undefined, expected: string): boolean {
  if (!given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * The refusal for a request without the right key, or undefined when it may go on. Checked before the body is
 * read, so a stranger cannot make us parse 256 kB of JSON.
 */
export function shipmentsKeyRefusal(
  apiKey: string | undefined,
  expectedKey: string | undefined,
): ApiResponse | undefined {
  if (!expectedKey) return { status: 503, body: { error: 'disabled: set SHIPMENTS_API_KEY to accept scan events' } };
  if (!keyMatches(apiKey, expectedKey)) return { status: 401, body: { error: 'missing or wrong X-Api-Key' } };
  return undefined;
}

/**
 * `POST /api/shipments/events`: the courier's own systems push scan events (one shipment or a list).
 * Every shipment must be known before anything is written; events already stored are skipped.
 */
export async function pushShipmentEvents(
  request: { apiKey?: string; body: unknown },
  deps: {
    expectedKey?: string;
    shipments: ShipmentRepository;
    now: () => Date;
    /**
     * Hears the shipments (their summaries) with the scans pushed for each (anomaly detection), in the list's
     * order and in the same unit of work.
     */
    onScanned?: (scanned: { shipment: ShipmentSummary; scans: ScanEvent[] }[]) => Promise<void>;
  },
): Promise<ApiResponse> {
  const refused = shipmentsKeyRefusal(request.apiKey, deps.expectedKey);
  if (refused) return refused;
  const parsed = Array.isArray(request.body) ? list.safeParse(request.body) : update.safeParse(request.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: 400, body: { error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` } };
  }
  const updates = (Array.isArray(parsed.data) ? parsed.data : [parsed.data]).map((u) => ({
    trackingNumber: u.trackingNumber.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
    events: u.events.map(canonicalScan),
  }));
  const unknown = await deps.shipments.missing(updates.map((u) => u.trackingNumber));
  if (unknown.length > 0)
    return { status: 404, body: { error: 'unknown shipments; nothing was changed', trackingNumbers: unknown } };
  let results: ScansAdded[];
  try {
    results = await deps.shipments.addEventsToMany(updates, deps.now().toISOString());
  } catch (err) {
    if (err instanceof NotFoundError) return { status: 404, body: { error: err.message } };
    throw err;
  }
  await deps.onScanned?.(results.map((r, i) => ({ shipment: r.shipment, scans: updates[i]?.events ?? [] })));
  const added = results.reduce((sum, r) => sum + r.added.length, 0);
  return { status: 200, body: { shipments: updates.length, eventsAdded: added } };
}
