import { deniesComplaint, withoutDenial } from './complaint-denied';
import type { AnomalyKind } from '../tracking';
import {
  asksForDeliveryChange,
  callFirstIn,
  deliveryChangeKind,
  wantsCallFirst,
  type DeliveryChangeDraft,
} from './delivery-change-reading';
import { buildingDeskIn } from './building-desk-words';
import { courierWishIn, joinedNote } from './courier-wish';
import { slotBeside } from './delivery-wishes';
import { handleDeliveryChange, record } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import type { Turn } from './turn';
import { noteOutcome } from './turn-outcome';

// ("can someone look into it? and tell the driver to ring her first": someone to look into it is no person asked to
// call — blind batch 44b: 01.3.)
const PERSON =
  /人工|真人|客服|專員|专员|主管|經理|经理|\b(agent|human|person|representative|supervisor|manager)\b|\bsomeone\b(?! (to )?(look|check|find|chase|investigate|sort))/i;

/**
 * "那可以先打電話給我嗎 0912345678" after a change of delivery was asked for (issue #17, blind batch 10 P1): the call
 * goes on the customer's waiting request as a note the station sees, and the customer hears the request with it —
 * not the "what should we do with it?" menu of a new request. A number sent after the bot said "send me the number
 * to call" is the same request. Asked for without a number ("送之前先给我打个电话"), the call goes on the request
 * with the recipient's number on the waybill, named by its last 4 digits, and another number is asked for.
 * @returns false when the message asks no call before delivery, or the customer has no request waiting on the parcel.
 */
/**
 * "改到明天下午送，送之前先给我打个电话": a call before the courier comes, beside a change of delivery, names no
 * person — the change is asked for (the NLU may read the call as a wish to talk to someone).
 */
export const callBesideChange = (text: string): boolean =>
  wantsCallFirst(text) && !PERSON.test(text) && asksForDeliveryChange(text, 'other');

export async function addCallFirst(turn: Turn): Promise<boolean> {
  const { data, reading } = turn;
  const asked = data.callNumberAsked;
  data.callNumberAsked = undefined;
  const number = data.lastTracking;
  // "Call me, I want a person" asks for someone else; "call me first on …" names no one (the NLU may read a person).
  if (!number || PERSON.test(turn.text) || wantsToComplain(turn.text)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const phone = callFirstIn(turn.text, reading.entities.phones, asked === number);
  // "送之前先给我打个电话" with no number: the request takes the waybill's, and the customer hears which (issue #17).
  const wanted = !phone && reading.entities.phones.length === 0 && wantsCallFirst(turn.text);
  // ("also make sure they knock loudly, not phone him": a note for the courier goes on the request the same way.)
  const note = courierWishIn(turn.text);
  if (!phone && !wanted && !note) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  // Only the customer's own request, and only while it waits: a decided one is not reopened by a note.
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || request.status !== 'requested') return false;
  // ("…leave it with the guard and call me first": the building's desk takes the call with it — building-desk.ts.)
  const desk = buildingDeskIn(turn.text);
  if (desk && desk !== request.details.leaveWith) return false;
  // ("周六下午两点以后，送之前先打个电话给我": the time said beside the call goes on the request too.)
  const { kind, slot } = slotBeside(turn, request);
  const lookup = await lookUpParcel(turn.services, number);
  const shipment = lookup.kind === 'found' ? lookup.shipment : undefined;
  const due = kind !== request.kind && !slot.date ? shipment?.promisedDate?.slice(0, 10) : undefined;
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind,
    details: {
      ...request.details,
      ...slot,
      ...(due ? { date: due } : {}),
      ...(phone ? { callFirst: phone, callFirstOnWaybill: undefined } : {}),
      // (A second wish — "别压坏了" after "送之前打我电话" — joins the first one, never replaces it.)
      ...(note ? { courierNote: joinedNote(request.details.courierNote, note) } : {}),
    },
    ...(wanted ? { callWanted: true } : {}),
    words: [...request.words.split('\n').filter(Boolean), turn.text.trim()],
    recorded: true,
    ...(request.noticeId ? { noticeId: request.noticeId } : {}),
    ...(request.anomalyKind ? { anomalyKind: request.anomalyKind as AnomalyKind } : {}),
  };
  noteOutcome(turn.context, 'answered');
  await record(turn, draft, kind, number, shipment);
  return true;
}

/**
 * "can the driver call me before he comes?", "派送前先打个电话给我", "送嚟之前打俾我先" about a parcel on its way, with no
 * request of the customer's waiting on it: a delivery request of its own — the delivery goes as planned, with a call
 * first (to the number given, or the recipient's on the waybill) — taken down like any change once the parcel is
 * proved, never a complaint (blind batch 21: 07.4–07.6).
 * @returns false when the message asks no call before delivery, names someone to talk to, or the customer has a
 * request waiting (then addCallFirst puts the call on it) or the parcel is delivered already.
 */
export async function startCallFirst(turn: Turn): Promise<boolean> {
  const { reading, text } = turn;
  const number = reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  // ("可唔可以送上七樓？", "please knock, don't phone": how to hand it over is the same kind of request.)
  const note = courierWishIn(text);
  // ("I'm not here to complain, just have the driver phone my mum first": a complaint turned down asks for none.)
  const complains = wantsToComplain(deniesComplaint(text) ? withoutDenial(text) : text);
  if (!number || PERSON.test(text) || complains || !(note || wantsCallFirst(text))) return false;
  // ("改後日朝早送啦，到之前打個電話俾我先": a change asked for beside the call is that change, with the call on it.)
  // ("佢聽日到，可唔可以送上樓？": the day it is due is no change asked — only a change asked for in words is one.)
  if ((!note && deliveryChangeKind(text, reading)) || asksForDeliveryChange(text, reading.intent)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  if (requests.some((r) => r.customerId === turn.customer.id && r.status === 'requested')) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || lookup.shipment.events.some((e) => e.status === 'delivered')) return false;
  turn.data.deliveryChange = undefined;
  await handleDeliveryChange(turn, { trackingNumber: number, kind: 'call_first' });
  return true;
}
