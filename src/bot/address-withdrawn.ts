import type { DeliveryChangeDetails, DeliveryChangeRequest } from '../tracking';
import { describeRequest } from './delivery-change-words';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "Actually no, leave the address as it is", "算了，地址不用改了", "唔使改地址喇" about a new address asked for with a
 * call first or a note for the courier beside it: the address is taken back and the rest stays asked for — a
 * request of its own (a call before the courier comes, on a delivery that goes as planned otherwise).
 */

// The address is what the words take back ("leave the address", "地址不用改了", "唔使改地址").
const ADDRESS = /\baddress\b|地址/i;

/** What a request keeps beside its address: the call first, whom to leave it with, the note for the courier. */
function besideAddress(details: DeliveryChangeDetails): DeliveryChangeDetails | undefined {
  const { callFirst, callFirstOnWaybill, leaveWith, courierNote } = details;
  if (!callFirst && !leaveWith && !courierNote) return undefined;
  return {
    ...(callFirst ? { callFirst } : {}),
    ...(callFirstOnWaybill ? { callFirstOnWaybill } : {}),
    ...(leaveWith ? { leaveWith } : {}),
    ...(courierNote ? { courierNote } : {}),
  };
}

/**
 * The part of a just-withdrawn address change the customer keeps, asked for again on its own and said; undefined
 * when the words take back more than the address or nothing else was asked for.
 * @returns the request as the withdrawal should name it (its address alone) and the sentence for what stays.
 */
export async function keptBesideAddress(
  turn: Turn,
  withdrawn: DeliveryChangeRequest,
): Promise<{ named: DeliveryChangeRequest; kept: string } | undefined> {
  const kept =
    withdrawn.kind === 'change_address' && ADDRESS.test(turn.text) ? besideAddress(withdrawn.details) : undefined;
  if (!kept) return undefined;
  const { services, conversation, context } = turn;
  const now = services.clock.now().toISOString();
  const { request } = await services.deliveryChanges.request({
    // One per turn, beside the withdrawal: a retried delivery of this message finds it recorded.
    requestKey: `${conversation.id}:${context.activity.id ?? now}:kept`,
    trackingNumber: withdrawn.trackingNumber,
    kind: 'call_first',
    details: kept,
    words: withdrawn.words,
    customerId: turn.customer.id,
    conversationId: conversation.id,
    channel: conversation.channel,
    locale: turn.locale,
    createdAt: now,
  });
  const what = describeRequest(services.replies, turn.locale, request, spokenRegister(turn));
  const address = withdrawn.details.address;
  return {
    named: { ...withdrawn, details: address ? { address } : withdrawn.details },
    kept: say(turn, 'change.keptBesideAddress', { what, number: withdrawn.trackingNumber }),
  };
}
