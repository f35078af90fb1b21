import type { DeliveryChangeRequest } from '../tracking';
import type { Turn } from './turn';

/**
 * The customer's own latest delivery change on the parcel. Another customer's request on the same parcel is never
 * told nor changed, so every reader of "my request" goes through here.
 */
export async function ownRequestOn(turn: Turn, trackingNumber: string): Promise<DeliveryChangeRequest | undefined> {
  const requests = await turn.services.deliveryChanges.list({ trackingNumber, limit: 20 });
  return requests.find((r) => r.customerId === turn.customer.id);
}
