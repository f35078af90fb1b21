/**
 * A tracking question the bot answered, kept as a metric for the deflection KPI: when, which parcel, on which
 * channel, and where the parcel stood with its anomalies at that moment. Never the message's words nor who asked
 * (no customer, conversation, phone or email).
 */
import type { ChannelId } from '../conversations/records';

export interface TrackingQuestion {
  id: string;
  askedAt: string;
  trackingNumber: string;
  channel: ChannelId;
  /**
   * The parcel's latest anomaly detected by then, while the parcel was not delivered: what a question about it
   * is most likely about. Unset when the parcel had none (or was delivered).
   */
  anomalyId?: string;
  /** When the first notice about that anomaly went out, when one had by the time of the question. */
  noticeSentAt?: string;
}

export type NewTrackingQuestion = Omit<TrackingQuestion, 'id'>;
