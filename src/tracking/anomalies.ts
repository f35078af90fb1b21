import type { ScanEvent, ShipmentSummary } from './records';
import type { AnomalyKind, AnomalyLevel } from './anomaly.records';
import type { AnomalyTable } from './anomaly-table';

/** An anomaly the rules found, before the store has it (it may know it already). */
export interface DetectedAnomaly {
  kind: AnomalyKind;
  occurrence: string;
  level: AnomalyLevel;
  scan?: ScanEvent;
}

/** Kinds recognised from a single scan, in the order a scan's words are tried (the most serious first). */
const SCAN_KINDS: readonly AnomalyKind[] = [
  'lost',
  'damaged',
  'held_customs',
  'address_problem',
  'delivery_failed',
  'returned',
  'exception',
];
const FINAL_STATUSES = new Set(['delivered', 'returned']);
const HUB_STATUSES = new Set(['arrived_hub', 'in_transit']);
const HOUR_MS = 3_600_000;

/**
 * The anomaly one scan shows, if any: its status when the table lists it under a kind; for a generic
 * `exception`, the kind whose words its description holds (a lost parcel often arrives as "exception: not
 * found at the hub"), else `exception` itself.
 */
export function anomalyOfScan(scan: ScanEvent, table: AnomalyTable): AnomalyKind | undefined {
  const kind = SCAN_KINDS.find((k) => table.kinds[k].statuses.includes(scan.status));
  if (kind !== 'exception') return kind;
  const words = (scan.description ?? '').toLowerCase();
  if (words === '') return 'exception';
  return (
    SCAN_KINDS.find((k) => k !== 'exception' && table.kinds[k].words.some((w) => words.includes(w.toLowerCase()))) ??
    'exception'
  );
}

/**
 * The event-based anomalies among `scans` (the ones just received). Each kind counts once per parcel, so the
 * occurrence is empty. A parcel delivered since is past its problem: nothing is reported for it.
 */
export function anomaliesInScans(
  shipment: ShipmentSummary,
  scans: ScanEvent[],
  table: AnomalyTable,
): DetectedAnomaly[] {
  if (shipment.lastScan?.status === 'delivered') return [];
  const found = new Map<AnomalyKind, DetectedAnomaly>();
  for (const scan of [...scans].sort((a, b) => a.at.localeCompare(b.at))) {
    const kind = anomalyOfScan(scan, table);
    if (kind && !found.has(kind)) found.set(kind, { kind, occurrence: '', level: table.kinds[kind].level, scan });
  }
  return [...found.values()];
}

/** The courier's clock for a parcel: the zone's offset (`+08:00`) decides when a promised day ends. */
export interface ParcelClock {
  now: Date;
  utcOffset: string;
}

/** When the promised day ends: the promise holds until its last second. */
const promiseEnds = (promisedDate: string, utcOffset: string): number =>
  new Date(`${promisedDate.slice(0, 10)}T23:59:59${utcOffset}`).getTime();

/** Since when a parcel last scanned at a hub has sat there: the first scan of its latest run at that place. */
function hubArrival(shipment: ShipmentSummary): ScanEvent | undefined {
  return shipment.lastScan && HUB_STATUSES.has(shipment.lastScan.status) ? shipment.atPlaceSince : undefined;
}

/** The thresholds of the time-based anomalies for a parcel on its way; none once it is delivered or returned. */
function timeThresholds(shipment: ShipmentSummary, table: AnomalyTable, utcOffset: string) {
  const last = shipment.lastScan;
  if (!last || FINAL_STATUSES.has(last.status)) return [];
  const thresholds: { kind: AnomalyKind; at: number; occurrence: string }[] = [
    { kind: 'no_scan', at: new Date(last.at).getTime() + table.noScanHours * HOUR_MS, occurrence: last.at },
  ];
  if (shipment.promisedDate)
    thresholds.push({
      kind: 'past_promised_date',
      at: promiseEnds(shipment.promisedDate, utcOffset),
      occurrence: shipment.promisedDate.slice(0, 10),
    });
  const arrival = hubArrival(shipment);
  if (arrival)
    thresholds.push({
      kind: 'stuck_at_hub',
      at: new Date(arrival.at).getTime() + table.stuckAtHubHours * HOUR_MS,
      occurrence: `${arrival.place}@${arrival.at}`,
    });
  return thresholds;
}

/**
 * The time-based anomalies of a parcel at `clock.now` — no scan for `noScanHours`, past the end of the promised
 * day, at one hub for `stuckAtHubHours` — and when the next one falls due, if one can (the scheduler looks again
 * then). Each anomaly carries what makes it a new one (the last scan, the promised date, the hub and arrival),
 * so a parcel that moves on and stalls again is reported again. One look at the parcel serves both: working the
 * thresholds out (dates parsed) is most of the cost of looking at a scan.
 */
export function timeAnomalies(
  shipment: ShipmentSummary,
  table: AnomalyTable,
  clock: ParcelClock,
): { due: DetectedAnomaly[]; next: Date | undefined } {
  const last = shipment.lastScan;
  const now = clock.now.getTime();
  const due: DetectedAnomaly[] = [];
  let next = Infinity;
  for (const t of timeThresholds(shipment, table, clock.utcOffset)) {
    if (t.at >= now) next = Math.min(next, t.at);
    else
      due.push({
        kind: t.kind,
        occurrence: t.occurrence,
        level: table.kinds[t.kind].level,
        ...(last ? { scan: last } : {}),
      });
  }
  return { due, next: next === Infinity ? undefined : new Date(next + 1) };
}

/** The time-based anomalies of a parcel at `clock.now` (see `timeAnomalies`). */
export function anomaliesDue(shipment: ShipmentSummary, table: AnomalyTable, clock: ParcelClock): DetectedAnomaly[] {
  return timeAnomalies(shipment, table, clock).due;
}

/** When the next time-based anomaly of the parcel falls due, if one can (see `timeAnomalies`). */
export function nextAnomalyCheck(shipment: ShipmentSummary, table: AnomalyTable, clock: ParcelClock): Date | undefined {
  return timeAnomalies(shipment, table, clock).next;
}
