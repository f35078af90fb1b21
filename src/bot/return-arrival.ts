import { lookUpParcel } from './parcel-answer';
import { ruleOn } from './case-rules';
import { shipmentIn } from './shipment-text';
import { reply, say, type Turn } from './turn';

/**
 * When a parcel sent back reaches its sender (issue #17, batch 22: 12.5): "退回来大概几天到武汉", "when will the return
 * get back to me?", "退返嚟要幾耐" about a parcel returned or on its way back — where the return is now, from its last
 * scan, and whether it is in the sender's city already (no more days on the road), else on its way there with the
 * courier's delivery times — not the status again, a price or a request for contact details.
 */

// When or how long, asked: "几天到", "多久", "幾耐", "幾時", "when will", "how long" ("那几天我都在家" asks nothing).
const WHEN =
  /(几|幾)(天|日)(才|先|就)?(能|会|會|可以)?(到|返|回|送)|多久|多长时间|多長時間|幾耐|几耐|几时|幾時|什么时候|什麼時候|何时|何時|\bwhen (will|does|do|would|is|can|should)\b|\bhow (long|soon|many days)\b/i;
// The way back: "退回来", "寄返", "送回", "the return", "back to me", "come back".
const WAY_BACK =
  /退回|退返|寄回|寄返|送回|送返|回到|返到|\breturn(ed)?\b|\bback (to|with|home)\b|\b(come|get|be|arrive) back\b/i;

/** Answers when a parcel on its way back reaches the sender; false when the message asks no such thing. */
export async function answerReturnArrival(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (!WHEN.test(text) || !WAY_BACK.test(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const found = number ? await lookUpParcel(turn.services, number) : undefined;
  if (found?.kind !== 'found') return false;
  const { status } = found.view;
  if (status !== 'returned' && status !== 'returning') return false;
  const raw = found.shipment;
  const last = raw.events.at(-1);
  if (!last) return false;
  const local = shipmentIn(turn.locale, raw);
  const place = local.shipment.events.at(-1)?.place ?? last.place;
  const time = turn.services.replies.dateTime(turn.locale, last.at, turn.services.timeZone);
  const city = local.shipment.origin;
  // (The sender's city named in the last scan's place, in the courier's words or in English.)
  const cities = [raw.origin, raw.en?.origin].filter((c): c is string => Boolean(c));
  const home = cities.some((c) => last.place.includes(c) || (last.en?.place ?? '').includes(c));
  turn.data.lastTracking = found.number;
  if (home) {
    await reply(turn, say(turn, 'returnArrival.home', { number: found.number, city, place, time }));
    return true;
  }
  const times = ruleOn(turn, 'transitTime', found);
  const line = say(turn, 'returnArrival.onWay', { number: found.number, city, place, time });
  await reply(turn, [line, times].filter(Boolean).join('\n'));
  return true;
}
