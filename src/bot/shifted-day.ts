import { daysPastPromise, type DeliveryChangeDetails, type Shipment } from '../tracking';
import type { NluResult } from '../nlu';
import { awayDays } from './delivery-change-reading';

/**
 * "可唔可以改遲一日先送？佢聽日唔喺屋企", "推迟一天送", "can you deliver it a day later": a delivery put off by days
 * is put off from the day the parcel was due (or from the day the customer says they are out), not from today — a
 * parcel due tomorrow delivered "one day later" comes the day after tomorrow (issue #17, blind batch 26: 30.4).
 */

/** Reads a message's dates (the NLU's entities for the words). */
export type ReadDates = (text: string) => Pick<NluResult, 'entities'>;

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The redelivery details with a put-off day counted from the planned day.
 * @remarks Only when the day the details hold is the put-off one the NLU counted from today: a day named outright
 * later in the request ("要25號先送") stays. With no planned day still to come and no day out named, today counts.
 */
export function shiftedDelivery(
  details: DeliveryChangeDetails,
  words: string[],
  shipment: Pick<Shipment, 'promisedDate'>,
  now: Date,
  read: ReadDates,
): DeliveryChangeDetails {
  for (const text of [...words].reverse()) {
    const reading = read(text);
    const shift = reading.entities.dates.find((d) => d.later !== undefined);
    if (!shift || shift.later === undefined) continue;
    if (details.date !== shift.start.slice(0, 10)) return details;
    const away = awayDays(text, reading).sort().at(-1);
    const promised = daysPastPromise(shipment, now) <= 0 ? shipment.promisedDate?.slice(0, 10) : undefined;
    const from = away ?? promised;
    return from ? { ...details, date: addDays(from, shift.later) } : details;
  }
  return details;
}
