import type { DeliveryChangeDetails, DeliveryChangeKind } from '../tracking';
import { buildingDeskIn } from './building-desk-words';
import { courierWishIn, joinedNote } from './courier-wish';
import { callFirstIn, deliveryWindow, namesDay, wantsCallFirst } from './delivery-change-reading';
import type { Turn } from './turn';

/**
 * "下午4点以后送，放前台就可以", "the doorman can take it, but ring me before": what a message asks of the courier besides
 * the change a handler takes from it — the building's desk, a call first (to a number given, or the waybill's:
 * `callWanted`), a note on handing it over — so that every wish said goes on the request (blind batch 31: 11.3, 28.3).
 * @param details what the request holds already (a note joins the one there; a call already on it is kept).
 */
export function wishesBeside(
  turn: Pick<Turn, 'text' | 'reading'>,
  details: DeliveryChangeDetails,
): { details: DeliveryChangeDetails; callWanted?: true } {
  const { text, reading } = turn;
  const desk = buildingDeskIn(text);
  const phone = callFirstIn(text, reading.entities.phones);
  const wanted = !phone && reading.entities.phones.length === 0 && wantsCallFirst(text) && !details.callFirst;
  const note = courierWishIn(text);
  const newNote = note && !(details.courierNote ?? '').includes(note);
  return {
    details: {
      ...(desk ? { leaveWith: desk } : {}),
      ...(phone ? { callFirst: phone, callFirstOnWaybill: undefined } : {}),
      ...(newNote ? { courierNote: joinedNote(details.courierNote, note) } : {}),
    },
    ...(wanted ? { callWanted: true as const } : {}),
  };
}

/**
 * "周六下午吧 两点以后。对了 送之前先打个电话给我", "after 2pm, and leave it with the guard": a time said in the same
 * message as a call first or the building's desk, about the customer's waiting request — every wish said goes on the
 * request, never only the one a handler looks for (blind batch 31: 11.3). The time window, and the day only when the
 * words name one (a bare "after 2pm" keeps the request's day).
 * @returns the slot to put on the request, and the kind that carries it (a call alone becomes a delivery on a day).
 */
export function slotBeside(
  turn: Pick<Turn, 'text' | 'reading'>,
  request: { kind: DeliveryChangeKind; details: DeliveryChangeDetails },
): { kind: DeliveryChangeKind; slot: DeliveryChangeDetails } {
  const { kind } = request;
  if (kind !== 'redeliver' && kind !== 'change_address' && kind !== 'call_first') return { kind, slot: {} };
  const { date, after, before } = deliveryWindow(turn.text, turn.reading);
  const slot: DeliveryChangeDetails = {
    ...(date && namesDay(turn.reading) ? { date } : {}),
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
  };
  if (Object.keys(slot).length === 0) return { kind, slot };
  // (A window replaces the one asked before: "after 2pm" then "after 4pm" is 4pm on.)
  const window = after || before ? { after, before } : {};
  return { kind: kind === 'call_first' ? 'redeliver' : kind, slot: { ...slot, ...window } };
}
