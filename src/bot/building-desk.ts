import type { AnomalyKind } from '../tracking';
import { buildingDeskIn } from './building-desk-words';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { slotBeside, wishesBeside } from './delivery-wishes';
import { record } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import type { Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "did you get the security guard part? just leave it with the guard at the front desk", "我係話交俾看更呀", "放保安那
 * 就行" about the customer's waiting delivery request (issue #17, blind batch 25: 01.4): the request is changed to
 * leave the parcel with the building's person or desk the customer named — a redelivery on its day with that note,
 * said back — not the request's status again. A hold or another address keeps its kind and details, the desk noted on it.
 * @returns false when the message names no such desk, is a complaint, or the customer has no request waiting on the
 * conversation's parcel (a new request is then taken down as any other).
 */
export async function addBuildingDesk(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  const desk = buildingDeskIn(turn.text);
  if (!number || !desk || wantsToComplain(turn.text)) return false;
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  // Only the customer's own request, and only while it waits: a decided one is not reopened by a note.
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || request.status !== 'requested') return false;
  // (An address change or a hold keeps its kind and details, the desk going with it: "改送到公司，放前台就行".)
  const kind = request.kind === 'change_address' || request.kind === 'hold' ? request.kind : 'redeliver';
  const kept = kind !== 'redeliver' || request.kind === 'redeliver' || request.kind === 'call_first';
  // ("可唔可以放喺樓下保安度？送之前打個電話俾我先", "after 2pm, leave it with the guard": the call, the time and a note
  // said beside the desk go on the request too — blind batch 31: 28.3.)
  const { slot } = slotBeside(turn, { kind, details: request.details });
  const details = kept ? { ...request.details, leaveWith: desk } : { leaveWith: desk };
  const beside = wishesBeside(turn, details);
  // (The same desk again with nothing more is the request as it stands: answered elsewhere.)
  const more =
    beside.callWanted || Object.keys(slot).length > 0 || Object.keys(beside.details).some((k) => k !== 'leaveWith');
  if (request.details.leaveWith === desk && !more) return false;
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind,
    details: { ...details, ...slot, ...beside.details },
    ...(beside.callWanted ? { callWanted: true } : {}),
    words: [...request.words.split('\n').filter(Boolean), turn.text.trim()],
    recorded: kept,
    ...(request.noticeId ? { noticeId: request.noticeId } : {}),
    ...(request.anomalyKind ? { anomalyKind: request.anomalyKind as AnomalyKind } : {}),
  };
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, number);
  const shipment = lookup.kind === 'found' ? lookup.shipment : undefined;
  // (On its planned day, as a wish to leave it with the building keeps it.)
  const promised = shipment?.promisedDate?.slice(0, 10);
  if (kind === 'redeliver' && !draft.details.date && promised) draft.details = { ...draft.details, date: promised };
  await record(turn, draft, kind, number, shipment);
  return true;
}
