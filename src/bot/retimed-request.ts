import type { AnomalyKind } from '../tracking';
import { ownRequestOn } from './own-request';
import { askedAbout } from './change-questions';
import { REQUEST_FORM } from './context-reading';
import {
  deliveryChangeKind,
  deliveryDaysNamed,
  deliveryWindow,
  type DeliveryChangeDraft,
} from './delivery-change-reading';
import { record, sameSlotSaidWider } from './delivery-change-turn';
import { wishesBeside } from './delivery-wishes';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { reply, say, type Turn } from './turn';
import { describeRequest } from './delivery-change-words';
import { noteOutcome } from './turn-outcome';

// "If the afternoon is no good…", "要是下午不行", "萬一…": another time for when this one fails is a question, not a change.
const IF_NOT = /\b(if|in case|otherwise)\b|如果|要是|假如|万一|萬一|否则|否則|不然|唔係嘅話/i;
// A slot corrected or asked for: "不是上午", "我说的是下午", "改成两点到六点", "no, the afternoon", "make it 2 to 6" — not a time
// of day merely told ("the courier came this morning and was rude", "have a good night": the review of batch 21's fixes).
const CORRECTS =
  /不是|唔係|不要|唔要|不对|不對|唔啱|唔對|我要的是|我要嘅係|我说的是|我說的是|我话|我話|改(成|做|到|为|為|喺)|换(成|到)|換(成|到)|\b(not|no|i said|i meant|change it|make it|instead|rather|actually)\b/i;

// "我说的是", "我講咗係", "I said", "I meant", "I asked for": the customer's own words of a moment ago put right.
const SAID_BEFORE =
  /我(说|說|讲|講|话|話)(的|咗|过|過)?(是|係)|我(话|話|讲|講)\s?\d|我要的是|我要嘅係|\bi (said|meant|asked for|wanted)\b/i;

// A delivery named: "要25號先送", "改到26号", "deliver it on the 25th", "no, make it Nov 27", "instead".
const DELIVERY_WORD =
  /送|派|改(到|成|喺|在|为|為)|[换換](到|成)|\b(deliver|redeliver|bring|drop|come|make it|change it|move it|instead)\b/i;

/**
 * "我说的是下午！！不是上午", "改成下午两点到六点", "no, the afternoon — 2 to 6 pm" about the customer's own request still
 * waiting for the station (a redelivery or a new address): the time of day corrects the request's slot — the new
 * window replaces the old one and the request is recorded again, never read as a complaint (blind batch 21: 15.5–15.7).
 * @returns false when the message names no time of day, the same slot, or the customer has no such request waiting.
 */
export async function retimedRequest(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  const number = turn.data.lastTracking;
  if (!number || wantsToComplain(text) || askedAbout(text) || IF_NOT.test(text)) return false;
  const asked = CORRECTS.test(text) || REQUEST_FORM.test(text) || reading.intent === 'change_delivery';
  // ("不对啊，我说的是晚上！", "no, I said the evening!" reads as a complaint about the request: it corrects it.)
  const complaint = reading.intent === 'complaint' && !SAID_BEFORE.test(text);
  if (!asked || complaint || reading.intent === 'thanks') return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  // ("Actually hold it at the station, I'll come in the afternoon": another kind of change, not a time for this one.)
  const kind = deliveryChangeKind(text, reading);
  if (kind && kind !== 'redeliver') return false;
  const window = deliveryWindow(text, reading);
  if (!window.after && !window.before && window.date === undefined) return false;
  // Only the customer's own request, and only while it waits: a decided one is not changed by a word.
  const request = await ownRequestOn(turn, number);
  if (!request || request.status !== 'requested') return false;
  if (request.kind !== 'redeliver' && request.kind !== 'change_address') return false;
  const { after, before, date, ...kept } = request.details;
  // "24号就是明天 我说的是后天 25号下午", "唔係24號呀 我話25號": of the days named (not one refused, gone by or away), the
  // last that is not the request's own is the correction; when every one is the request's day, the day stands.
  const named = deliveryDaysNamed(text, reading);
  if (date && named.length > 0) window.date = named.filter((day) => day !== date).at(-1) ?? date;
  // "唔係呀 佢聽日24號唔喺屋企 要25號先送", "no, make it the 25th": a day corrected alone moves the request to it, its slot
  // kept — said with a delivery word ("我家门牌是5号", "I placed the order on the 20th" move nothing; review of blind
  // batch 26's fixes, finding 2).
  // ("怎么还是24号啊 我要的是25号 周三": the customer's own earlier word put right moves it too — blind 34a 08.6.)
  const redated =
    !window.after &&
    !window.before &&
    window.date !== undefined &&
    CORRECTS.test(text) &&
    (DELIVERY_WORD.test(text) || SAID_BEFORE.test(text));
  if (!window.after && !window.before && !redated) return false;
  const same = window.after === after && window.before === before;
  if (
    redated
      ? window.date === date
      : (same || sameSlotSaidWider(request.details, window)) && (!window.date || window.date === date)
  ) {
    // ("不对啊 我说的是周四送上门 不是放网点自取" of a request that is just that: it stands, said so — never a complaint;
    // blind batch 53b: 08.5.)
    if (!SAID_BEFORE.test(text)) return false;
    const what = describeRequest(turn.services.replies, turn.locale, request);
    await reply(turn, say(turn, 'change.status.requested', { number, what }));
    noteOutcome(turn.context, 'answered');
    return true;
  }
  const slot = redated ? { after, before } : window;
  // ("下午4点以后送，放前台就可以": the desk, a call or a note said with the time go on the request too.)
  const beside = wishesBeside(turn, request.details);
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind: request.kind,
    // The corrected slot replaces the old one whole ("14:00–18:00", not 14:00 to the old 12:00).
    details: {
      ...kept,
      ...((window.date ?? date) ? { date: window.date ?? date } : {}),
      ...(slot.after ? { after: slot.after } : {}),
      ...(slot.before ? { before: slot.before } : {}),
      ...beside.details,
    },
    ...(beside.callWanted ? { callWanted: true } : {}),
    words: [...request.words.split('\n').filter(Boolean), text.trim()],
    recorded: true,
    ...(request.noticeId ? { noticeId: request.noticeId } : {}),
    ...(request.anomalyKind ? { anomalyKind: request.anomalyKind as AnomalyKind } : {}),
  };
  turn.data.deliveryChange = undefined;
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, number);
  const shipment = lookup.kind === 'found' ? lookup.shipment : undefined;
  await record(turn, draft, request.kind, number, shipment, draft.details.date !== date ? 'change.redated' : undefined);
  return true;
}
