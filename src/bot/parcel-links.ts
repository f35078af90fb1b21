import type { ParcelLinkKind } from '../proactive/notice.records';
import type { Turn } from './turn';

/**
 * Remembers that the turn's customer asked about a parcel or proved a link to it, in this conversation: they
 * are told when something goes wrong with it (complaints are found from the tickets themselves).
 */
export async function linkParcel(turn: Turn, trackingNumber: string, kind: ParcelLinkKind): Promise<void> {
  await turn.services.store.parcelLinks.link({
    trackingNumber,
    customerId: turn.customer.id,
    conversationId: turn.conversation.id,
    kind,
    at: turn.services.clock.now().toISOString(),
  });
}
