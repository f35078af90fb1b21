// A run between stops that holds a number and a street-level word: "上海市徐汇区漕溪北路88号", "1203室", "3樓B座".
const STREET_PART = /[路街道巷弄号號室楼樓层層座栋棟]/;
const STOPS = /[\s,，。、；;!！?？:：]+/;

/**
 * The text without the runs of it that are written addresses. A Hong Kong or Taiwan customer copies a Mainland
 * address as the waybill writes it, in Simplified ("上海市徐汇区漕溪北路88号 1203室"): its characters tell where the
 * parcel goes, not which script the customer writes in.
 */
export function withoutWrittenAddresses(text: string): string {
  return text
    .split(STOPS)
    .filter((run) => !(/\d/.test(run) && STREET_PART.test(run)))
    .join(' ');
}
