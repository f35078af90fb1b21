import type { ComplaintCategory } from '../nlu';
import { tellsCodChargedAtDoor } from './cod-charged';
import type { ParcelLookup } from './parcel-answer';
import { deliveredOnTime, type ShipmentView } from '../tracking';
import { priceOnParcelRoute } from './route-fee';
import { say, type Turn } from './turn';

/**
 * The plain answer to the direct question a complaint opens with (issue #17, blind batch 3's P10): "is it lost
 * or not?" from the parcel's own record, and a fee dispute's amounts acknowledged with how a fee is checked and
 * refunded — said before the parcel's status, so the customer is not left to read it out of a scan list.
 */

// "is it lost?", "lost or not", "是不是丢了", "丢了吗", "係咪唔見咗", "是不是寄丟了", "係咪跌咗" (Cantonese: lost).
// ("…，丢了？", "唔見咗？", "… - lost?": the loss feared in a word and a question mark — blind-30 19.4.)
export const ASKS_LOST =
  /(?<![没沒不未冇])(丢|丟)(了|咗)[?？]|唔見咗[?？]|(^|[-–—,.;:!]\s?)lost\s?\?|[係系]咪(整|搞|寄)?跌(咗|左|失)|跌(咗|左)[未嗎吗]|\b(is it|has it been|did you|was it|it'?s) (been )?lost\b|\blost or not\b|\blose it\b|是不是(弄|寄|搞)?丢|是不是(弄|寄|搞)?丟|丢了[吗嗎没沒]|丟了[嗎吗没沒]|[係系]咪(整|寄)?唔見|唔見咗[未嗎吗]|是否(丢失|遺失|遗失)/i;

// Money as customers write it: "HK$180", "¥35", "35元", "20块", "六十蚊" is left to the agent (no digits).
const MONEY =
  /(HK\$|NT\$|US\$|\$|¥|￥|RMB|CNY|HKD|TWD)\s?(\d+(?:\.\d+)?)|((?<!\d)\d+(?:\.\d+)?)\s?(元|块|塊|蚊|yuan|rmb|dollars?)/gi;

// Just before an amount, what says it is the one quoted or expected ("說 23 塊", "quoted $23", "應該是23元") — the
// other is what was taken.
const QUOTED_BEFORE =
  /(报价|報價|说好|說好|讲好|講好|说|說|讲|講|话|話|标价|標價|写着|寫着|寫住|应该|應該|本来|本來|原本|预计|預計|quot\w*|told|said|expected|should|supposed|advertised|listed|instead of|rather than)[^\d$¥￥]{0,12}$/i;

// A figure taken with no currency after it, named by the taking: "微信扣了我46", "收咗我 60", "charged me 46" — not
// "charged me 2 times", "收了我2件的钱", "took 5 days" (a review of session 50).
const TAKEN_BARE =
  /(?:扣了|扣咗|扣|收了|收咗|付了|付咗|俾咗|畀咗|\bcharged(?: me)?)\s?(?:我|me)?\s?((?<![\d.])\d+(?:\.\d+)?)(?![\d.])(?!\s?(?:[a-z]|公斤|斤|克|天|日|号|號|%|次|件|份|个|個|包|单|單|趟|倍|箱|票|笔|筆|遍|回))/gi;
// A difference or an extra named before it ("差价23块退给我", "the difference of 23"): neither what was charged nor
// what was expected.
const DIFFERENCE_BEFORE = /(差价|差價|差额|差額|多收|difference|extra|refund)[^\d$¥￥]{0,6}$/i;

/** The amounts a message names as a charge or a price, in order (a difference left out). */
function amountsAt(text: string): { amount: string; at: number; end: number }[] {
  const money = [...text.matchAll(MONEY)].map((m) => ({
    amount: m[1] ? `${m[1]}${m[2]}` : `${m[3]}${m[4]}`,
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const bare = [...text.matchAll(TAKEN_BARE)].map((m) => {
    const end = (m.index ?? 0) + m[0].length;
    return { amount: m[1] ?? '', at: end - (m[1] ?? '').length, end };
  });
  return [...money, ...bare.filter((b) => !money.some((m) => m.at <= b.at && b.at < m.end))]
    .filter((a) => !DIFFERENCE_BEFORE.test(text.slice(0, a.at)))
    .sort((a, b) => a.at - b.at);
}

/**
 * What was charged and what was expected, in that order, whichever the customer said first: "收件員說 23 塊，結果帳單
 * 扣了 41 塊" was charged 41 where 23 was expected (blind batch 25: 22.1 was told it the other way round); "快递员说23块，
 * 结果微信扣了我46…差价23块退给我" was charged 46 (blind batch 52b: 10.1 heard "charged 23, expected 23").
 */
function chargedAndExpected(text: string): [string | undefined, string | undefined] {
  const [first, second] = amountsAt(text);
  const quotedFirst = first ? QUOTED_BEFORE.test(text.slice(0, first.at)) : false;
  const quotedSecond = first && second ? QUOTED_BEFORE.test(text.slice(first.end, second.at)) : false;
  const [a, b] = [sameUnit(first?.amount, second?.amount), sameUnit(second?.amount, first?.amount)];
  return quotedFirst && !quotedSecond ? [b, a] : [a, b];
}

/** A bare figure ("46") written in the unit of the other amount ("23块" → "46块"). */
function sameUnit(amount: string | undefined, other: string | undefined): string | undefined {
  if (!amount || !other || !/^\d+(\.\d+)?$/.test(amount)) return amount;
  const prefix = /^\D+(?=\d)/.exec(other)?.[0] ?? '';
  const suffix = /(?<=\d)\D+$/.exec(other)?.[0] ?? '';
  return `${prefix}${amount}${suffix}`;
}

// A pickup spoken of: "the courier came late to collect it" is no lateness of the delivery (a review of session 50).
const PICKUP_SPOKEN =
  /揽收|攬收|上门取件|上門取件|取件|收件员|收件員|\bpick(ed|ing)?\b[^.?!]{0,12}\bup\b|\bpick-?up\b|\bcollect(ed|ion)?\b/i;

/** On its way and not past its promised date. */
const notLateYet = (view: ShipmentView): boolean =>
  !view.delivered &&
  view.daysLate === 0 &&
  !['returned', 'exception', 'returning'].includes(view.status) &&
  view.anomalies.every((a) => a === 'no_scan_48h');

/** "Is it lost?" from the record: delivered, on its way back, not found at its last check, or still moving. */
export function lossAnswer(turn: Turn, view: ShipmentView): string {
  const situation = view.delivered
    ? 'delivered'
    : view.anomalies.includes('returned')
      ? 'returned'
      : view.status === 'exception'
        ? 'exception'
        : // (A gap in the scans is spoken of only where there is one: blind batch 22's rescore, 03.6.)
          view.anomalies.includes('no_scan_48h')
          ? 'stalled'
          : 'moving';
  return say(turn, `direct.lost.${situation}`);
}

/** The direct answer for a complaint's opening message about a parcel found, or undefined when none is asked. */
export function directAnswer(
  turn: Turn,
  found: ParcelLookup & { kind: 'found' },
  category: ComplaintCategory | undefined,
): string | undefined {
  const { text } = turn;
  const { view } = found;
  if (ASKS_LOST.test(text)) return lossAnswer(turn, view);
  // ("顺丰不是次日达吗 周六寄的今天都周一了还没到" of a parcel due tomorrow: by the record it is not late — said plainly,
  // whatever the complaint goes on to hold; blind batch 53a: 06.1 apologised for a lateness there was none of.)
  const lateClaimed = category === 'delay' && !PICKUP_SPOKEN.test(text);
  if (lateClaimed && notLateYet(view) && view.promisedDate)
    return say(turn, 'direct.notLate', { date: turn.services.replies.day(turn.locale, view.promisedDate) });
  // ("我11号就下单了 昨天才到 整整12天": delivered by its promise — the wait before pickup was the sender's; 53a: 08.1.)
  if (lateClaimed && view.delivered && view.promisedDate && deliveredOnTime(found.shipment))
    return say(turn, 'direct.deliveredOnTime', { date: turn.services.replies.day(turn.locale, view.promisedDate) });
  // (Cash on delivery taken at the door is no weight or rate to check: its acknowledgement says what is — cod-charged.ts.)
  if (category === 'fee' && !tellsCodChargedAtDoor(text)) {
    const [charged, expected] = chargedAndExpected(text);
    const checked =
      charged && expected ? say(turn, 'direct.fee.amounts', { charged, expected }) : say(turn, 'direct.fee.general');
    // ("1.5公斤 被收了 68 塊": what that weight costs on the parcel's route, to hold the charge against.)
    const priced = priceOnParcelRoute(turn, found.shipment, turn.data.said);
    return priced ? `${checked}\n${priced}` : checked;
  }
  return undefined;
}

/**
 * A parcel the courier itself cannot account for (an exception scan) and past its promise looks lost: said plainly,
 * with what happens now, whether or not the customer asked ("WHERE IS IT, IT'S BEEN OVER A WEEK") — in every language
 * alike (issue #17, batch 9 P6).
 */
export function lostLooking(turn: Turn, found: ParcelLookup & { kind: 'found' }): string | undefined {
  const { view } = found;
  return view.status === 'exception' && view.anomalies.includes('past_promised_date')
    ? say(turn, 'direct.lost.exception')
    : undefined;
}
