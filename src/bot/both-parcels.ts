import type { Turn } from './turn';

// "这两个都…", "两个都给我投诉", "兩件都卡住", "两个包裹", "both of them", "both parcels", "all of these": every parcel
// just listed, not one. A count says so only when nothing follows it but 都 or a parcel noun — never a count of the
// goods inside ("收到的包裹里两件衣服都破了", "both cups inside are broken": one parcel, asked which) nor a span of
// time ("两个星期", "兩個月", "two days").
const PARCEL_NOUN = String.raw`(?:包裹|快递|快遞|件|单|單|订单|訂單|运单|運單|货件|貨件|票|parcels?|packages?)`;
const ALL_OF_THEM = new RegExp(
  String.raw`\bboth\b(?!\s+(?:the\s+|my\s+|these\s+|those\s+)?(?!(?:parcels|packages|orders|shipments|deliveries|boxes|is|was|has|does|always)\b)[a-z]+s\b)|` +
    String.raw`\b(all|each) of (them|these|those|the parcels|the packages)\b|\bthe two (of them|parcels|packages|orders)\b|` +
    String.raw`(这|這|那|呢|嗰)?[两兩](个|個|件|单|單|票|包|份)(?=\s*(?:都|${PARCEL_NOUN}|[，,。.？?！!、；;]|$))|` +
    String.raw`[两兩](个|個|件)?都|(个个|個個|件件)都`,
  'i',
);

/** Whether the message speaks of every parcel of a list shown before ("why are both stuck?"). */
export const speaksOfAllListed = (text: string): boolean => ALL_OF_THEM.test(text);

/**
 * "这两个都是我进的货…为什么一个四天没扫描，一个说异常八天了？？" after a reply that listed several parcels: the
 * other parcel of that list the message also speaks of — its status is told beside this one's and its complaint
 * taken as a ticket of its own after this one (blind batch 23: 11.2 answered only the first). Undefined when the
 * message names a number, or speaks of one parcel only.
 */
export function otherListedParcel(turn: Pick<Turn, 'data' | 'reading' | 'text'>, current: string): string | undefined {
  const listed = turn.data.parcelsListed;
  if (!listed || listed.length < 2 || !listed.includes(current)) return undefined;
  if (turn.reading.entities.trackingNumbers.length > 0 || !speaksOfAllListed(turn.text)) return undefined;
  return listed.find((number) => number !== current);
}

/**
 * "两件都是急用的货，怎么一个不动一个出异常？" right after a reply that listed several parcels and asked which one: the
 * complaint is about all of them — the first listed is taken up first (the other follows as its own ticket) rather
 * than "which tracking number?" asked again.
 */
export function firstOfAllListed(turn: Pick<Turn, 'data' | 'reading' | 'text'>): string | undefined {
  const listed = turn.data.parcelsListed;
  if (!listed || listed.length < 2 || turn.reading.entities.trackingNumbers.length > 0) return undefined;
  return speaksOfAllListed(turn.text) ? listed[0] : undefined;
}
