import type { ScanEvent, Shipment, ShipmentSummary } from './records';

/** `2026-11-21T02:00:00.000Z`: the one way `toISOString` writes an instant. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The scan with its time written the one way the store keeps times (`toISOString`), so that scans compare and
 * sort as strings and the same instant written with an offset is the same scan. A time that cannot be read is
 * left as it is.
 */
export function canonicalScan<S extends ScanEvent>(scan: S): S {
  if (CANONICAL_INSTANT.test(scan.at)) return scan;
  const time = Date.parse(scan.at);
  return Number.isNaN(time) ? scan : { ...scan, at: new Date(time).toISOString() };
}

/**
 * Where the parcel stands, from its scans newest first (stored order reversed): the latest scan and the first
 * of the run of scans at its place. Reads only as far as that run goes.
 */
export function standing(newestFirst: Iterable<ScanEvent>): Pick<ShipmentSummary, 'lastScan' | 'atPlaceSince'> {
  let lastScan: ScanEvent | undefined;
  let atPlaceSince: ScanEvent | undefined;
  for (const scan of newestFirst) {
    if (lastScan && scan.place !== lastScan.place) break;
    lastScan ??= scan;
    atPlaceSince = scan;
  }
  return { lastScan, atPlaceSince };
}

/** The summary of a whole shipment (its events in time order, as the store and the lookups give them). */
export function summarize(shipment: Shipment): ShipmentSummary {
  const { events, ...waybill } = shipment;
  return { ...waybill, ...standing([...events].reverse()) };
}

/**
 * The summary after `added` (new scans, in time order) joined the parcel's history, worked out from the summary
 * alone; `undefined` when a new scan is older than the latest known one — it lands inside the history, which
 * must then be read again from the parcel's scans (`standing`).
 */
export function advanceSummary(summary: ShipmentSummary, added: readonly ScanEvent[]): ShipmentSummary | undefined {
  let { lastScan, atPlaceSince } = summary;
  for (const scan of added) {
    // A scan at the same instant as the latest is stored after it, so it becomes the latest.
    if (lastScan && scan.at < lastScan.at) return undefined;
    if (!lastScan || scan.place !== lastScan.place) atPlaceSince = scan;
    lastScan = scan;
  }
  return { ...summary, lastScan, atPlaceSince };
}
