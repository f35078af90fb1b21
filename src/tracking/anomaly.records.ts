/**
 * What the tracking domain keeps about a parcel's anomalies. Records only: the detection rules are in
 * `anomalies.ts`, the courier's table of kinds and levels in `anomaly-table.ts`.
 */

/**
 * The anomalies ParcelCare detects. Event-based ones come from a scan's status (or, for `exception`, from the
 * words of its description); time-based ones from the clock.
 */
export const ANOMALY_KINDS = [
  'lost',
  'damaged',
  'exception',
  'delivery_failed',
  'address_problem',
  'held_customs',
  'returned',
  'no_scan',
  'past_promised_date',
  'stuck_at_hub',
] as const;

export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** 1: loss or damage (a pre-compensation case); 2: delay, address, held and the like. */
export type AnomalyLevel = 1 | 2;

/** One anomaly of one parcel, as detected: unique by (tracking number, kind, occurrence). */
export interface ParcelAnomaly {
  id: string;
  trackingNumber: string;
  kind: AnomalyKind;
  /**
   * Tells apart anomalies of one kind that are different events: empty for event-based kinds (each once per
   * parcel), the last scan's time for `no_scan`, the promised date for `past_promised_date`, the hub and the
   * arrival for `stuck_at_hub`.
   */
  occurrence: string;
  level: AnomalyLevel;
  /** When ParcelCare noticed it. */
  detectedAt: string;
  /** The scan that showed it (event-based kinds), or the last scan before it (time-based). */
  scan?: { at: string; place: string; status: string; description?: string };
  /** Where it came from: the events API, an import, the tracking provider, or the clock. */
  source: AnomalySource;
  /** When the notices for it were planned (queued); unset until then. */
  plannedAt?: string;
}

export type AnomalySource = 'api' | 'import' | 'provider' | 'schedule';

export type NewParcelAnomaly = Omit<ParcelAnomaly, 'id' | 'plannedAt'>;
