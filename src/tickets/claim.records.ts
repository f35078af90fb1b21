import type { ChannelId, Locale, Register } from '../conversations/records';

/**
 * Pre-compensation claims (预赔付): when a parcel is lost or damaged the courier starts paying before the
 * customer has to ask. A claim lives on the ticket that handles the parcel (`Ticket.claim`); its every step is in
 * the ticket's history with who, when and why.
 *
 * Lifecycle: `opened` → `approved` or `rejected` → (approved) `paid`. An agent's approval of an amount above the
 * supervisor limit becomes `approval_requested` until a supervisor approves or rejects it.
 */

export type ClaimStatus = 'opened' | 'approval_requested' | 'approved' | 'rejected' | 'paid';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['opened', 'approval_requested', 'approved', 'rejected', 'paid'];

/** Where an amount comes from: the waybill's insured or declared value, or an agent's assessment. */
export type ClaimAmountBasis = 'insured' | 'declared' | 'assessed';

export interface ClaimAmount {
  value: number;
  /** ISO 4217, e.g. CNY. */
  currency: string;
  basis: ClaimAmountBasis;
}

/** Why a claim was opened: a level-1 anomaly of the parcel (its kind), or a customer asking for one. */
export type ClaimReason = string;

export interface Claim {
  id: string;
  trackingNumber: string;
  reason: ClaimReason;
  /** The anomaly that opened it, and when that was detected (the 15-minute promise runs from there). */
  anomalyId?: string;
  detectedAt?: string;
  openedAt: string;
  /** 'system' for an anomaly, 'customer' or an agent's id otherwise. */
  openedBy: string;
  /** Undefined while it is to be assessed (no declared value on the waybill). */
  amount?: ClaimAmount;
  status: ClaimStatus;
  /** An agent's approval above the supervisor limit, waiting for a supervisor. */
  approvalRequest?: { by: string; at: string; amount: ClaimAmount; note?: string };
  /** The decision: approved (with the amount) or rejected (with the reason). */
  decision?: { approved: boolean; by: string; at: string; reason: string; amount?: ClaimAmount };
  payment?: { by: string; at: string; reference?: string };
  /**
   * Who was told the claim was opened, and where: each hears its later steps on that same channel. Kept on the claim
   * for the notices only — agents' views leave it out (it holds phone numbers).
   */
  told?: ClaimRecipient[];
}

/** A step of a claim after it opened that its customers hear of. */
export type ClaimStep = 'approval_requested' | 'approved' | 'rejected' | 'paid';

/**
 * Someone told about a claim: a customer (`customer:<id>`) in one of their conversations, or a waybill phone nobody
 * has written from (`phone:<E.164>`) by SMS.
 */
export interface ClaimRecipient {
  key: string;
  customerId?: string;
  channel: ChannelId;
  /** The address on that channel: phone, email, web chat conversation id. */
  to: string;
  conversationId?: string;
  locale: Locale;
  /** The register they write in (Cantonese), from their conversation. */
  register?: Register;
}

/**
 * The store's record that a parcel has a claim: one per parcel, written before the ticket is touched, so that of
 * every process and event that would open one, one does (`ClaimRepository.register`). `openedAt` and `ticketId`
 * are set once the claim sits on its ticket.
 */
export interface ClaimRegistration {
  trackingNumber: string;
  claimId: string;
  anomalyId?: string;
  detectedAt?: string;
  registeredAt: string;
  ticketId?: string;
  openedAt?: string;
}
