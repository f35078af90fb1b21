import { normalize } from '../nlu/normalize';
import {
  deliveryAttempted,
  addressInDestinationCity,
  changeFee,
  formatMoney,
  type DeliveryChangeDetails,
  type DeliveryChangeKind,
  type FeeTable,
  type Shipment,
} from '../tracking';
import { marketOf } from './knowledge';
import { goingBack, parcelMarket } from './market';
import type { ReplyKey } from './replies';
import { say, type Turn } from './turn';

/**
 * What a change to a parcel's delivery costs, computed from the fee table of the market the parcel is delivered
 * in (a parcel going to 香港 pays Hong Kong's fees, one going to 上海 the Mainland's) — or, when its route lies in
 * no market the courier has a table for, the customer's market. Said from the table's figures only; what the table leaves open is said as such.
 */

// "does it cost extra?", "要收费吗", "使唔使錢", "另外付費嗎", "is it free?", "how much for that".
const COST =
  /\b(cost|costs|charged?|charges|fees?|pay|paid|price|extra|free)\b|how much|收费|收費|付费|付費|加钱|加錢|要钱|要錢|收[钱錢]|另外[付收]|多付|付[钱錢]|[俾畀]錢|[给給][钱錢]|费用|費用|多少钱|多少錢|幾錢|几钱|幾多錢|免费|免費|收唔收|使唔使錢|使唔使俾|要唔要錢|加价|加價|额外|額外|\bstorage\b|倉租|仓租|仓储费|倉儲費|保管费|保管費|存放费|存放費|\bhow many days\b[^.?!]{0,12}\bfree\b/i;

/** The message speaks of what a change costs. */
export const asksCost = (text: string): boolean => COST.test(text);

// A question by its mark or its words: "…嗎", "…㗎", "使唔使…", "is it free", "how much".
const QUESTION_FORM =
  /[?？吗嗎呀呢㗎啊]\s*$|^\s*(is there|are there|is it|do i|do you|does (it|that|this)|will (it|i|you|there)|would (it|i|there)|can i|should i|must i)\b|\b(how much|is it free|do i (have to )?pay|does it cost)\b|唔使|使唔使|要唔要|收唔收|不要钱|要不要/i;

/** The message asks what a change costs. */
export const asksCostQuestion = (text: string): boolean =>
  asksCost(text) &&
  (QUESTION_FORM.test(text.trim()) ||
    // ("…keep it at the station and is there a storage fee? how many days is free": a sentence of its own asks it.)
    text.split(/(?<=[?？])/).some((sentence) => asksCost(sentence) && QUESTION_FORM.test(sentence.trim())));

/**
 * The fee table for a parcel's delivery: the table of the market its route lies in (where it is delivered, else
 * where it was sent from), whoever asks — a Hong Kong customer's change to a parcel for Shanghai is priced on the
 * Mainland's table.
 */
export function feeTableFor(
  turn: Turn,
  shipment: Pick<Shipment, 'origin' | 'destination'> & Partial<Pick<Shipment, 'events'>>,
): FeeTable | undefined {
  const market = parcelMarketFor(turn, shipment, Object.keys(turn.services.fees));
  return market ? turn.services.fees[market] : undefined;
}

/**
 * The market a parcel's route lies in, among `markets`: where it is delivered (香港 by its name, 上海 by the
 * places lists), else where it was sent from — else the customer's. A returned parcel's route is the way back: it
 * lies where it was sent from (a Wuhan → Hong Kong parcel sent back to Wuhan is sent out again on the Mainland's
 * table, issue #17, blind batch 10).
 */
export function parcelMarketFor(
  turn: Turn,
  shipment: Pick<Shipment, 'destination'> & Partial<Pick<Shipment, 'origin' | 'events'>>,
  markets: string[] = Object.keys(turn.services.knowledge),
): string | undefined {
  const { places } = turn.services;
  const served = (market: string | undefined) => (market && markets.includes(market) ? market : undefined);
  const marketOfPlace = (place: string | undefined) =>
    place ? served(parcelMarket({ origin: '', destination: place }) ?? places.regionOf(place)?.region) : undefined;
  const [first, then] = goingBack(shipment)
    ? [shipment.origin, shipment.destination]
    : [shipment.destination, shipment.origin];
  return (
    marketOfPlace(first) ??
    marketOfPlace(then) ??
    turn.data.market ??
    marketOf(markets, {
      clientLocale: turn.context.activity.locale,
      text: turn.text,
      phone: turn.customer.phone,
      locale: turn.locale,
    })
  );
}

/** Redeliveries of the parcel this customer asked for before (declined ones do not count). */
async function earlierRedeliveries(turn: Turn, trackingNumber: string, requestId?: string): Promise<number> {
  // Newest first: the ones after the request in the list were asked for before it.
  const requests = await turn.services.deliveryChanges.list({ trackingNumber, limit: 50 });
  const at = requests.findIndex((r) => r.id === requestId);
  return requests
    .slice(at + 1)
    .filter((r) => r.kind === 'redeliver' && r.customerId === turn.customer.id && r.status !== 'declined').length;
}

/**
 * The cost of a change, in the customer's language, from the parcel's fee table.
 * @param change the change asked about: a recorded request (which redelivery it is counts) or a
 *   kind the customer names without details.
 * @returns undefined when no fee table covers the parcel (the FAQ's text answers instead).
 */
export async function changeCostLine(
  turn: Turn,
  shipment: Shipment,
  change: { kind: DeliveryChangeKind; details: DeliveryChangeDetails; id?: string },
): Promise<string | undefined> {
  const table = feeTableFor(turn, shipment);
  if (!table) return undefined;
  const number = shipment.trackingNumber;
  const money = (n: number) => formatMoney(table, turn.locale, n);
  const city = turn.locale === 'en' ? (shipment.en?.destination ?? shipment.destination) : shipment.destination;
  const address = change.details.address;
  const sameCity =
    change.kind === 'change_address' && address
      ? addressInDestinationCity(
          address,
          shipment,
          (t) => normalize(t).text,
          Object.values(turn.services.places.cities),
        )
      : undefined;
  const earlier = change.kind === 'redeliver' ? await earlierRedeliveries(turn, number, change.id) : 0;
  const fee = changeFee(table, change.kind, {
    earlierRedeliveries: earlier,
    ...(sameCity !== undefined ? { sameCity } : {}),
  });
  const line = (key: string, vars: Record<string, string | number> = {}) =>
    say(turn, `change.cost.${key}` as ReplyKey, { number, city, ...vars });
  switch (fee.kind) {
    case 'hold': {
      const after = fee.perDayAfter !== undefined ? line('perDayAfter', { fee: money(fee.perDayAfter) }) : '';
      return line('hold', { days: fee.freeDays, after });
    }
    case 'redeliver':
      // Nobody has tried to deliver it yet: the delivery asked for is its first, not a redelivery (issue #17).
      if (change.details.notAttempted || !deliveryAttempted(shipment.events))
        return line('firstDelivery', { each: money(fee.each) });
      return fee.fee === 0
        ? line('redeliverFree', { each: money(fee.each) })
        : line('redeliver', { fee: money(fee.fee) });
    case 'change_address': {
      const priced = (n: number | 'new_route') =>
        n === 'new_route' ? line('newRoute') : n === 0 ? line('free') : money(n);
      if (fee.city === 'unknown') return line('addressEither', { same: priced(fee.fee), other: priced(fee.otherCity) });
      return line(fee.city === 'same' ? 'addressSame' : 'addressOther', { fee: priced(fee.fee) });
    }
    case 'expedite':
      return fee.fee !== undefined ? line('expedite', { fee: money(fee.fee) }) : line('unpriced');
    case 'unpriced':
      return undefined;
  }
}
