import { deliveryAttempted, type ScanEvent } from '../tracking';
import { asksToResend } from './case-questions';
import { leftWithProperty, type DeliveryChangeDraft } from './delivery-change-reading';

// "another day", "改天送", "聽日冇人": a day other than the one planned, or being out — a time to deliver it is meant.
const ANOTHER_TIME =
  /\b(another|a different|other) (day|time|date)\b|reschedul|postpone|\b(not|won'?t be) (at )?home\b|\b(nobody|no one|no-one)\b|改天|改日|改期|第日|第二日|另[约約]|[换換改](个|個)?(时间|時間|日子|日期)|没人|沒人|冇人|不在家|唔喺(屋企|度)/i;

const ATTEMPT_NOTICES: ReadonlySet<string> = new Set(['delivery_failed', 'address_problem', 'returned']);

/**
 * A delivery asked for on a parcel nobody has tried to deliver yet ("deliver it again", "重新派送", "再派一次" for a
 * parcel in transit, stuck or late) is no redelivery: asked "again" with no day or time, it is a chase to get it
 * delivered; with a day or a time it is when to deliver it ("deliver it on Tue, Nov 24"), said without "again".
 * A parcel on time has nothing to chase: "能再送一次吗" on it asks when it should come, and no rush is recorded that
 * nobody asked for (review of blind batch 26's fixes, finding 3).
 * @param overdue the parcel is late or has not moved: a chase has something to speed up.
 * @returns the draft as the parcel's scans read it (the same draft when a delivery was tried).
 */
export function beforeAnyAttempt(
  draft: DeliveryChangeDraft,
  events: readonly Pick<ScanEvent, 'status'>[],
  overdue: boolean,
): DeliveryChangeDraft {
  // (A notice of a failed delivery the request answers tells of the attempt, whatever scans came in since.)
  const tried = draft.anomalyKind && ATTEMPT_NOTICES.has(draft.anomalyKind);
  if (draft.kind !== 'redeliver' || tried || deliveryAttempted(events)) return draft;
  const { after, before, date, callFirst, callFirstOnWaybill } = draft.details;
  const when = date || after || before || draft.clash || draft.words.some((w) => ANOTHER_TIME.test(w));
  const chase = overdue && !when && draft.words.some(asksToResend) && !draft.words.some(leftWithProperty);
  if (!chase) return { ...draft, details: { ...draft.details, notAttempted: true } };
  // (A call asked for goes with the chase as with any request.)
  return {
    ...draft,
    kind: 'expedite',
    details: {
      ...(callFirst ? { callFirst } : {}),
      ...(callFirstOnWaybill ? { callFirstOnWaybill } : {}),
    },
  };
}
