import { describeRequest } from './delivery-change-words';
import { heldOutletHours } from './hold-hours';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "自取點幾點收工？", "站點幾點開門？", "what time does the station close?" after a hold was taken for the customer's
 * parcel (or with a parcel of theirs in the conversation): the hours of the station in the market where that parcel
 * is delivered — a Shanghai parcel's, not the customer's own market's (issue #17, blind batch 26b: 29.3; 26: 24.5).
 */

// A station named by a place ("旺角門市", "銅鑼灣分店") is that one's question, not the parcel's station's.
const PLACE_NAMED =
  /(?<!自取|附近|你們|你们|你哋|嗰間|那个|那個|呢間|這個|这个|個|个|間|间)[\u4e00-\u9fff]{2}(?:門市|门市|分店|網點|网点|服務點|服务点|營業所|营业所)|\b(?:in|at|near)\s+[A-Z][a-z]+/;

// Where one is, or the nearest to the customer ("where's the nearest service point and when does it close?"): the
// outlet answer's question, not the hours of the parcel's station.
const WHERE_ASKED = /\b(where|nearest|closest|near me|address)\b|附近|最近|在哪|喺邊|邊度|边度|哪里|哪裡|哪兒|地址/i;

// "is it booked at the station or at a locker now?", "现在到底是放网点还是放柜子？", "而家係放門市定櫃？": where the hold
// stands, asked beside the hours (blind 27: 02.6).
const WHICH_PLACE_ASKED =
  /\b(booked|set|arranged|going)\b[^.?!]{0,30}\b(station|outlet|depot|branch)\b[^.?!]{0,12}\bor\b|(网点|網點|门市|門市|站|驿站|驛站)(还是|還是|定係|定)(放)?(快递柜|快遞櫃|柜|櫃)|(快递柜|快遞櫃|柜子|櫃|柜)(还是|還是|定係|定)(放)?(网点|網點|门市|門市|站|驿站|驛站)|\b(locker|station|outlet)\b[^.?!]{0,6}\bor\b[^.?!]{0,6}\b(locker|station|outlet)\b/i;

/** The hours of the station the conversation's parcel waits at or goes to; undefined when no such parcel is proved. */
export async function parcelStationHours(turn: Turn): Promise<string | undefined> {
  const number = turn.data.lastTracking;
  if (!number || PLACE_NAMED.test(turn.text) || WHERE_ASKED.test(turn.text)) return undefined;
  // (Only a parcel the customer proved a link to: its delivery address is read for the station.)
  if ((turn.data.verifiedAs?.[number] ?? []).length === 0) return undefined;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const held = requests.find(
    (r) =>
      r.customerId === turn.customer.id && r.kind === 'hold' && r.status !== 'declined' && r.status !== 'withdrawn',
  );
  const request = held ?? { kind: 'hold' as const, details: { place: 'outlet' as const } };
  const hours = await heldOutletHours(turn, request, number, turn.text);
  if (!hours || !held || !WHICH_PLACE_ASKED.test(turn.text)) return hours;
  const what = describeRequest(turn.services.replies, turn.locale, held, spokenRegister(turn));
  return `${say(turn, `change.status.${held.status}`, { number, what })}\n${hours}`;
}
