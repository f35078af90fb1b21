import type { DeliveryChangeDetails, DeliveryChangeKind } from '../tracking';
import { turnsDown } from './context-reading';
import type { Turn } from './turn';

const SLOT_KEYS = ['date', 'after', 'before'] as const;

/**
 * The day and time a new address keeps: "可唔可以夜晚7點後先送" booked, then the new address typed — the parcel goes
 * there in the slot already asked for, never with the slot dropped. The slot comes from the customer's own request on
 * the parcel that still stands (a redelivery or an earlier address with a day or time), unless the new message
 * names a slot of its own or turns the earlier one down ("唔使夜晚送喇").
 */
export async function slotKept(
  turn: Turn,
  kind: DeliveryChangeKind,
  number: string,
  details: DeliveryChangeDetails,
): Promise<DeliveryChangeDetails> {
  if (kind !== 'change_address' || !details.address || SLOT_KEYS.some((k) => details[k])) return details;
  if (turnsDown(turn.text)) return details;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const standing = requests.find((r) => r.customerId === turn.customer.id);
  if (!standing || (standing.status !== 'requested' && standing.status !== 'confirmed')) return details;
  if (standing.kind !== 'redeliver' && standing.kind !== 'change_address') return details;
  const slot: DeliveryChangeDetails = {};
  for (const key of SLOT_KEYS) if (standing.details[key]) slot[key] = standing.details[key];
  return { ...details, ...slot };
}

/** The new request keeps all the earlier one asked for (its slot carried over): nothing of it is withdrawn. */
export function keepsAllOf(earlier: DeliveryChangeDetails, later: DeliveryChangeDetails): boolean {
  const asked = (Object.keys(earlier) as (keyof DeliveryChangeDetails)[]).filter(
    (k) => earlier[k] !== undefined && k !== 'notAttempted',
  );
  return asked.length > 0 && asked.every((k) => later[k] === earlier[k]);
}
