/**
 * Shipments and their scans, as the tracking domain knows them: the people on a waybill, where the parcel has
 * been, and when it was promised.
 *
 * Times are ISO-8601 strings in UTC (`2026-11-23T07:42:12.000Z`) so that records survive a JSON round trip
 * unchanged and compare correctly as strings.
 */

export interface Party {
  name?: string;
  phone?: string;
  address?: string;
  /** The name and address as written in English (pinyin or the official English name), for English replies. */
  en?: { name?: string; address?: string };
}

export interface ScanEvent {
  at: string;
  place: string;
  /** Courier status code, e.g. picked_up, in_transit, out_for_delivery, delivered, returned, exception. */
  status: string;
  description?: string;
  /** The place and the note in English, for English replies; the courier's own text above stays as written. */
  en?: { place?: string; description?: string };
}

export interface DeclaredValue {
  amount: number;
  /** ISO 4217, e.g. CNY. */
  currency: string;
  insured: boolean;
}

export interface Shipment {
  trackingNumber: string;
  carrier: string;
  sender: Party;
  recipient: Party;
  origin: string;
  destination: string;
  /** The origin and destination in English, for English replies. */
  en?: { origin?: string; destination?: string };
  promisedDate?: string;
  /**
   * The value the sender declared on the waybill (`insured`: with the courier's insurance, 保价). A pre-compensation
   * claim for a lost or damaged parcel starts at this amount; without it the amount is to be assessed.
   */
  declaredValue?: DeclaredValue;
  events: ScanEvent[];
  updatedAt: string;
}

/** A shipment's waybill: everything but its scans (who, from where to where, promised when, declared value). */
export type Waybill = Omit<Shipment, 'events'>;

/**
 * A shipment as the events path keeps it at hand: the waybill and where the parcel stands, without its history.
 * Looking at new scans for anomalies needs no more, so a scan coming in never reads the parcel's earlier scans.
 *
 * @remarks The two scans are required keys (possibly `undefined`) so that a whole `Shipment` is not taken for a
 * summary by mistake: make one with `summarize`.
 */
export interface ShipmentSummary extends Waybill {
  /** The latest scan (by time; of scans at one instant, the one stored last). */
  lastScan: ScanEvent | undefined;
  /** The first scan of the latest run of scans at `lastScan`'s place: since when the parcel has been there. */
  atPlaceSince: ScanEvent | undefined;
}
