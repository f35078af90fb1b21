import type { ScanEvent, Shipment } from './records';

/** The scan statuses the courier's systems may report (the bot names each in the customer's language). */
export const SCAN_STATUSES = [
  'picked_up',
  'in_transit',
  'arrived_hub',
  'out_for_delivery',
  'delivered',
  'exception',
  'returning',
  'returned',
  'delivery_failed',
  'damaged',
  'lost',
  'held_customs',
  'address_problem',
] as const;

export type Anomaly = 'past_promised_date' | 'no_scan_48h' | 'returned';

export interface ShipmentView {
  status: string;
  lastScan?: ScanEvent;
  promisedDate?: string;
  delivered: boolean;
  anomalies: Anomaly[];
  /** Whole days past the promised date, when late and not delivered. */
  daysLate: number;
}

const STALL_MS = 48 * 3_600_000;
const FINAL = new Set(['delivered', 'returned']);

/** What a customer needs to know about a shipment now: its status, last scan and what looks wrong. */
/**
 * @param utcOffset the courier's offset, for when a promised date (a calendar day) ends.
 */
export function describeShipment(shipment: Shipment, now: Date, utcOffset = '+08:00'): ShipmentView {
  const lastScan = shipment.events.at(-1);
  const status = lastScan?.status ?? 'created';
  const delivered = status === 'delivered';
  const anomalies: Anomaly[] = [];
  let daysLate = 0;
  if (!FINAL.has(status)) {
    daysLate = daysPastPromise(shipment, now, utcOffset);
    if (daysLate > 0) anomalies.push('past_promised_date');
  }
  if (!FINAL.has(status)) {
    const lastAt = lastScan ? new Date(lastScan.at).getTime() : undefined;
    if (lastAt === undefined || now.getTime() - lastAt > STALL_MS) anomalies.push('no_scan_48h');
  }
  if (status === 'returned' || shipment.events.some((e) => e.status === 'returning')) anomalies.push('returned');
  return {
    status,
    ...(lastScan ? { lastScan } : {}),
    ...(shipment.promisedDate ? { promisedDate: shipment.promisedDate } : {}),
    delivered,
    anomalies,
    daysLate,
  };
}

/**
 * Whole days since the promised day ended (0 before its end or without a promise), whatever the parcel's status:
 * a parcel sent back to the sender unasked was not delivered by its promise either.
 */
export function daysPastPromise(shipment: Pick<Shipment, 'promisedDate'>, now: Date, utcOffset = '+08:00'): number {
  if (!shipment.promisedDate) return 0;
  // The promise holds until the end of the promised day.
  const due = new Date(`${shipment.promisedDate.slice(0, 10)}T23:59:59${utcOffset}`).getTime();
  return now.getTime() > due ? Math.max(1, Math.ceil((now.getTime() - due) / 86_400_000)) : 0;
}

/** Delivered by the end of its promised day (a record with no promise says nothing either way). */
export function deliveredOnTime(shipment: Pick<Shipment, 'promisedDate' | 'events'>, utcOffset = '+08:00'): boolean {
  const delivered = shipment.events.find((e) => e.status === 'delivered');
  return Boolean(
    shipment.promisedDate && delivered && daysPastPromise(shipment, new Date(delivered.at), utcOffset) === 0,
  );
}

const digits = (s: string | undefined): string => (s ?? '').replace(/\D/g, '');

/** A party named on a waybill. */
export type PartyRole = 'sender' | 'recipient';

/**
 * The parties on the shipment that the customer's proof links them to: the one whose phone ends in the last four
 * digits given, or whose phone is one of the customer's own verified identities. Empty when nothing proves a link.
 */
export function linkedParties(shipment: Shipment, proof: { last4?: string; phones?: string[] }): PartyRole[] {
  const matches = (phone: string | undefined): boolean => {
    const onWaybill = digits(phone);
    if (onWaybill.length < 4) return false;
    if (proof.last4 && /^\d{4}$/.test(proof.last4) && onWaybill.endsWith(proof.last4)) return true;
    return (proof.phones ?? []).map(digits).some((own) => own.length >= 7 && onWaybill.endsWith(own.slice(-9)));
  };
  return (['sender', 'recipient'] as const).filter((role) => matches(shipment[role].phone));
}

/**
 * Whether the customer has shown a link to the shipment: the last four digits of the sender's or
 * recipient's phone, or a phone / email identity of theirs that is on the shipment.
 */
export function provesLink(shipment: Shipment, proof: { last4?: string; phones?: string[] }): boolean {
  return linkedParties(shipment, proof).length > 0;
}
