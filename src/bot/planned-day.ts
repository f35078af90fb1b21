import { daysPastPromise, type DeliveryChangeDetails, type Shipment } from '../tracking';
import { buildingDeskIn } from './building-desk-words';
import { leftWithProperty } from './delivery-change-reading';

/**
 * "Just deliver to my home as planned but after 6pm", "还是按原计划送 晚上6点以后", "照原定嗰日送 下晝": a delivery time
 * asked for on the day the parcel was due keeps that day — its promised date, not today's (issue #17, blind batch 23:
 * 07.4).
 */

// The plan kept: "as planned", "as scheduled", "on the original day", "按原计划", "照原定", "原定嗰日", "照舊".
const AS_PLANNED =
  /\bas (originally |first |previously )?(planned|scheduled|arranged|expected|promised|usual|normal)\b|\b(on )?the (original|planned|scheduled|promised|expected|usual) (day|date)\b|\b(original|normal|usual) (plan|schedule)\b|\bsame (day|date) as (before|first said|agreed)\b|(按|照)(原来|原來|原本|原先|原定|原)(的|嘅)?(计划|計劃|安排|时间|時間|日期|日子|那天|嗰日|定)|原定(的|嘅)?(计划|計劃|日子|日期|时间|時間|那天|嗰日)|照(旧|舊)|照常/i;

/** The customer's words keep the parcel's planned day. */
// ("还是送我家吧 我让物业代收": home as the waybill has it, with no day named — the day it is due.)
export const keepsPlannedDay = (words: string[]): boolean =>
  words.some((w) => AS_PLANNED.test(w) || leftWithProperty(w) || buildingDeskIn(w) !== undefined);

/**
 * The redelivery details with the planned day where the customer kept it.
 * @remarks Only a day the words did not name is replaced: a bare time ("after 6pm") reads as today's date, and
 * "as planned" then means the promised day, when that has not passed.
 */
export function plannedDelivery(
  details: DeliveryChangeDetails,
  words: string[],
  shipment: Shipment,
  now: Date,
): DeliveryChangeDetails {
  const promised = shipment.promisedDate?.slice(0, 10);
  const kept =
    promised !== undefined &&
    keepsPlannedDay(words) &&
    daysPastPromise(shipment, now) <= 0 &&
    (details.date === undefined || details.date < promised);
  return kept ? { ...details, date: promised } : details;
}
