/**
 * What the tracking domain keeps about customers' requests to change a parcel's delivery: hold it for pick-up,
 * deliver it again at a chosen time, send it to another address, speed it up, correct the recipient's name or phone
 * on the waybill, or return it to its sender. Records only: the rules are in `delivery-changes.ts`.
 */
import type { ChannelId, Locale } from '../conversations/records';

export const DELIVERY_CHANGE_KINDS = [
  'hold',
  'redeliver',
  'change_address',
  'expedite',
  'correct_label',
  'return_to_sender',
  // A call before the courier comes, on a delivery that otherwise goes as planned (its number in `callFirst`).
  'call_first',
] as const;
export type DeliveryChangeKind = (typeof DELIVERY_CHANGE_KINDS)[number];

/** The changes offered as choices when the customer has not said which (the others are asked for in words). */
export const OFFERED_CHANGE_KINDS = ['hold', 'redeliver', 'change_address', 'expedite'] as const;

/**
 * A rule names a request kind (every request of it needs a supervisor) or `change_address_other_city`: an address
 * change whose new address is not in the parcel's destination city.
 */
export const SUPERVISOR_CHANGE_RULES = [
  'hold',
  'redeliver',
  'change_address',
  'change_address_other_city',
  'expedite',
] as const;
export type SupervisorChangeRule = (typeof SUPERVISOR_CHANGE_RULES)[number];

/** Where a held parcel waits: the courier's outlet (station), a parcel locker, a convenience store. */
export const HOLD_PLACES = ['outlet', 'locker', 'convenience_store'] as const;
export type HoldPlace = (typeof HOLD_PLACES)[number];

/**
 * `requested` until the courier's operations confirm or decline it, or the customer withdraws it — by asking for
 * another change to the same parcel (it is replaced) or by cancelling it.
 */
export const DELIVERY_CHANGE_STATUSES = ['requested', 'confirmed', 'declined', 'withdrawn'] as const;
export type DeliveryChangeStatus = (typeof DELIVERY_CHANGE_STATUSES)[number];
/** What the courier decides on a waiting request. */
export type DeliveryChangeOutcome = 'confirmed' | 'declined';

/** What the customer asked for, as read from their words. Which fields matter depends on the kind. */
export interface DeliveryChangeDetails {
  /** hold: the kind of place, and the one they named when they did ("7-11", "上海浦东营业部"). */
  place?: HoldPlace;
  placeName?: string;
  /**
   * redeliver: the local day (YYYY-MM-DD in the courier's zone) and, when given, the time window (HH:MM); expedite:
   * the day the customer needs it by; hold: the day it is to be kept until ("keep it till 5 December").
   */
  date?: string;
  after?: string;
  before?: string;
  /**
   * redeliver: nobody had tried to deliver the parcel when it was asked (its scans show no attempt), so the request is
   * when to deliver it, said without "again".
   */
  notAttempted?: boolean;
  /** change_address: the new address as the customer wrote it. */
  address?: string;
  /** correct_label: the recipient's name and phone as they should read on the waybill, as the customer wrote them. */
  recipientName?: string;
  recipientPhone?: string;
  /** Any kind: the phone the customer asked the courier to call first ("先打電話給我 0912345678"), as they wrote it. */
  callFirst?: string;
  /**
   * The call was asked for without a number: `callFirst` is then the recipient's phone on the waybill, which the
   * customer proved their link to, and is written as "the number on the waybill ending …", never in full.
   */
  callFirstOnWaybill?: boolean;
  /**
   * redeliver: the building's person or desk the recipient asked it to be left with ("security guard", "保安",
   * "管理處"), as they named it — their consent to leave it there, noted for the courier.
   */
  leaveWith?: string;
  /**
   * A delivery (redeliver, call_first, change_address): where the recipient asked it to be left if nobody is in when
   * the courier comes ("没人的话放丰巢柜", "if nobody's home, put it in a locker") — a fallback beside the delivery, never
   * instead of it; `placeName` the brand or place they named.
   */
  nobodyIn?: { place: HoldPlace; placeName?: string };
  /**
   * Any kind: how the courier is to hand it over, in the customer's words ("送上七樓", "knock loudly, don't phone
   * him") — a note for the courier on a delivery that goes as planned otherwise.
   */
  courierNote?: string;
  /**
   * The phone the customer gave to be reached on about the request, as they wrote it: with a chase ("contact me on …"),
   * or after any request, while it waits ("有结果就打我电话 …" — request-contact.ts).
   */
  contact?: string;
  /**
   * expedite (a chase): the customer wants the parcel back if it cannot be found or delivered ("实在不行就退回来") — a
   * fallback for the team, not a return asked for now.
   */
  returnIfUndelivered?: boolean;
}

/** A request on a parcel by a customer who proved their link to it. */
export interface DeliveryChangeRequest {
  id: string;
  /** Unique per conversation turn (`<conversation id>:<activity id>`): a retried turn records nothing twice. */
  requestKey: string;
  trackingNumber: string;
  kind: DeliveryChangeKind;
  details: DeliveryChangeDetails;
  /** The customer's own words, every message that made up the request. */
  words: string;
  status: DeliveryChangeStatus;
  customerId: string;
  /** Where the customer asked, and is told the outcome. */
  conversationId: string;
  channel: ChannelId;
  locale: Locale;
  /** The anomaly notice the request answers, when it answers one. */
  noticeId?: string;
  anomalyKind?: string;
  /**
   * The DELIVERY_CHANGE_SUPERVISOR rule that makes this request a supervisor's to confirm (decided when it is
   * recorded); agents may only decline it or escalate it.
   */
  supervisor?: SupervisorChangeRule;
  /** An agent passed it to the supervisors: who, when, and what they wrote for them. */
  escalation?: { by: string; at: string; note?: string };
  createdAt: string;
  updatedAt: string;
  /** Who at the courier confirmed or declined it, when, and what they told the customer. */
  decision?: { by: string; at: string; note?: string };
  /** The customer withdrew it: when, and the newer request that replaced it (none: they cancelled it). */
  withdrawal?: DeliveryChangeWithdrawal;
  /** The customer's earlier waiting requests on the parcel that this one replaced (they are withdrawn). */
  replaces?: string[];
}

export interface DeliveryChangeWithdrawal {
  at: string;
  replacedBy?: string;
}

export type NewDeliveryChange = Omit<
  DeliveryChangeRequest,
  'id' | 'status' | 'updatedAt' | 'decision' | 'escalation' | 'withdrawal'
>;
