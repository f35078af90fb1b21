import type { Locale } from '../conversations/records';
import type { TicketCategory } from '../tickets/records';

export type { Locale };

/** What the NLU says about one message. The JSON shape is public: the CLI prints it and the bot relies on it. */

export type Intent =
  | 'track'
  | 'complaint'
  | 'change_delivery'
  | 'ticket_status'
  | 'human'
  | 'faq.fee'
  | 'faq.outlet'
  | 'faq.prohibited'
  | 'faq.claim'
  | 'greeting'
  | 'thanks'
  | 'other';

/** The complaint categories of DESIGN.md: the NLU's labels and the ticket's `category` are one list. */
export type ComplaintCategory = TicketCategory;

/** `complaint.delay`, `track`, ...: the names used in LABELS.md and the evaluation files. */
export type Label = Exclude<Intent, 'complaint'> | `complaint.${ComplaintCategory}`;

export type Carrier =
  | 'sf'
  | 'zto'
  | 'yto'
  | 'sto'
  | 'yunda'
  | 'jt'
  | 'jd'
  | 'ems'
  | 'china_post'
  | 'upu'
  | 'ups'
  | 'fedex'
  | 'dhl'
  | 'tcat'
  | 'unknown';

export interface TrackingNumber {
  number: string;
  carrier: Carrier;
}

export type Demand = 'compensation' | 'refund' | 'redelivery' | 'apology' | 'explanation';

export type EscalationThreat = 'regulator' | 'consumer_association' | 'media' | 'lawyer';

export interface Entities {
  trackingNumbers: TrackingNumber[];
  /** Look like tracking numbers but fail their check digit or length: ask the customer to check them. */
  invalidTracking: TrackingNumber[];
  phones: { e164: string }[];
  emails: string[];
  amounts: { value: number; currency: string }[];
  dates: { text: string; start: string; later?: number }[];
  demand: Demand | null;
}

export interface Signals {
  /** Negative tone, 0 (calm) to 1 (furious). */
  anger: number;
  urgent: boolean;
  escalationThreat: EscalationThreat | null;
  minor: boolean;
  severe: boolean;
  daysLate: number | null;
}

/** Another reading of the message, less likely than the chosen one: what the bot can offer as "or did you mean…". */
export interface Alternative {
  intent: Intent;
  category?: ComplaintCategory;
  confidence: number;
}

export interface NluResult {
  intent: Intent;
  category?: ComplaintCategory;
  /** Estimated probability that `intent` (and `category`) is right. */
  confidence: number;
  /** The runner-up readings, most likely first (at most two); empty when nothing else is plausible. */
  alternatives: Alternative[];
  locale: Locale;
  entities: Entities;
  signals: Signals;
}

export function labelOf(result: Pick<NluResult, 'intent' | 'category'>): Label {
  return result.intent === 'complaint' ? `complaint.${result.category ?? 'other'}` : result.intent;
}
