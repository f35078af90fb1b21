import { deliveryAttempted, type ScanEvent } from '../tracking';
import { asksToResend } from './case-questions';
import { leftWithProperty, type DeliveryChangeDraft } from './delivery-change-reading';

/**
 * A delivery asked for on a parcel nobody has tried to deliver yet ("deliver it again", "重新派送", "再派一次" for a
 * parcel in transit, stuck or late) is no redelivery: asked "again" with no time to bring it, it is a chase to get
 * it delivered (by the day named, if any); with a time it is when to deliver it, said without "again".
 * @returns the draft as the parcel's scans read it (the same draft when a delivery was tried).
 */
export function beforeAnyAttempt(
  draft: DeliveryChangeDraft,
  events: readonly Pick<ScanEvent, 'status'>[],
): DeliveryChangeDraft {
  if (draft.kind !== 'redeliver' || deliveryAttempted(events)) return draft;
  const { after, before, date, callFirst, callFirstOnWaybill } = draft.details;
  const chase = !after && !before && draft.words.some(asksToResend) && !draft.words.some(leftWithProperty);
  if (!chase) return { ...draft, details: { ...draft.details, notAttempted: true } };
  // (A call asked for goes with the chase as with any request.)
  return {
    ...draft,
    kind: 'expedite',
    details: {
      ...(date ? { date } : {}),
      ...(callFirst ? { callFirst } : {}),
      ...(callFirstOnWaybill ? { callFirstOnWaybill } : {}),
    },
  };
}
