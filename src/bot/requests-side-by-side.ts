import type { DeliveryChangeRequest } from '../tracking';
import { describeRequest } from './delivery-change-words';
import { say, spokenRegister, type Turn } from './turn';

/**
 * A chase and a change of where or when on the same parcel stand side by side (issue #17, blind batch 23: 15.4):
 * "帮我催一下" and then "另外能不能hold在station我自己去pick up" keeps the speed-up and adds the hold. When one is
 * recorded while the other still waits, the customer hears that the other stays — never that it was withdrawn.
 * @returns the line naming the other request, or undefined when none of the other sort waits.
 */
export async function otherRequestStands(turn: Turn, request: DeliveryChangeRequest): Promise<string | undefined> {
  const waiting = await turn.services.deliveryChanges.list({
    trackingNumber: request.trackingNumber,
    status: 'requested',
    limit: 50,
  });
  const chase = request.kind === 'expedite';
  const other = waiting.find(
    (r) => r.customerId === request.customerId && r.id !== request.id && (r.kind === 'expedite') !== chase,
  );
  if (!other) return undefined;
  const what = describeRequest(turn.services.replies, turn.locale, other, spokenRegister(turn));
  return say(turn, 'change.otherStands', { what });
}
