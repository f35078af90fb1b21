/**
 * What ParcelCare keeps about who is linked to a parcel and the notices it sent them about its anomalies.
 */
import type { ChannelId, Locale, Register } from '../conversations/records';
import type { AnomalyKind, AnomalyLevel } from '../tracking/anomaly.records';

/** How a customer showed interest in a parcel: asked about it, proved a link (phone digits), complained. */
export type ParcelLinkKind = 'asked' | 'proved' | 'complained';

/** A customer linked to a parcel, and the conversation they last spoke of it in. Unique per parcel and customer. */
export interface ParcelLink {
  trackingNumber: string;
  customerId: string;
  conversationId: string;
  kind: ParcelLinkKind;
  at: string;
}

/** What a customer can ask for in answer to a notice, in the order the notice numbers them. */
export const NOTICE_CHOICES = ['hold', 'redeliver', 'expedite', 'claim', 'human'] as const;
export type NoticeChoice = (typeof NOTICE_CHOICES)[number];

/**
 * One notice about one anomaly to one recipient (`customer:<id>` or `phone:<E.164>`), unique per anomaly and
 * recipient. It goes out through the outbox at `dueAt` (after quiet hours and the daily cap).
 */
export interface ParcelNotice {
  id: string;
  anomalyId: string;
  trackingNumber: string;
  kind: AnomalyKind;
  level: AnomalyLevel;
  recipient: string;
  customerId?: string;
  channel: ChannelId;
  /** The address on that channel: phone, email, web chat conversation id. */
  to: string;
  /** The customer's conversation it goes to, when there is one (their answer is read against the notice). */
  conversationId?: string;
  locale: Locale;
  /** The register they write in (Cantonese), from their conversation. */
  register?: Register;
  /** The anomaly's detection, and when the notice goes out. */
  detectedAt: string;
  dueAt: string;
  createdAt: string;
  /** The outbox item's idempotency key. */
  outboxKey: string;
  /** What the customer chose, once they answered. */
  answer?: { choice: NoticeChoice; at: string };
}

export type NewParcelNotice = Omit<ParcelNotice, 'id' | 'answer'>;
