import type { NluResult } from '../nlu';
import type { DeliveryChangeDetails } from '../tracking';

/**
 * What a chase (a speed-up request to the station) carries besides itself (issue #17, blind batch 22: 05.4): the day
 * the customer needs the parcel by ("I need it before Friday", "星期五之前要用", "禮拜五前要") — a deadline for the
 * station, never a day to deliver it again — and the phone to reach them on about it ("contact me on 139…",
 * "有消息打给我 139…", "搵我 9123 4567").
 */

// "chase it", "chase the station", "chase it up": the courier's chase asked for in English ("催" says it in Chinese).
export const CHASE_WORDS = /\bchase\s+(it|this|that|them|the\s+\w+|my\s+\w+)(\s+up)?\b|\bchase\s+up\b/i;

// "contact me on", "reach me at", "call me on", "my number is", "联系我", "打给我", "搵我", "聯絡我": a phone to be reached on.
const REACH_ME =
  /\b(contact|reach|call|text|ring|phone|whatsapp)\s+(me|us)\b|\bmy (phone|mobile|cell|number)\b|\bnumber is\b|联系我|聯繫我|聯絡我|联络我|打(给|給|俾|畀)我|(找|搵)我|我的?(电话|電話|手机|手機|号码|號碼)|(电话|電話)(是|係)/i;

// The number as the customer wrote it: "13912345678", "+852 9876 5432", "139-1234-5678".
const WRITTEN_PHONE = /\+?\d[\d\s-]{6,}\d/g;

/** The needed-by day and the contact phone of a chase, from its words and the NLU's entities (what is unsaid stays unset). */
export function chaseDetails(
  text: string,
  reading: Pick<NluResult, 'entities'>,
  day: string | undefined,
): Pick<DeliveryChangeDetails, 'date' | 'contact'> {
  const details: Pick<DeliveryChangeDetails, 'date' | 'contact'> = day ? { date: day } : {};
  const [phone, ...more] = reading.entities.phones;
  if (!phone || more.length > 0 || !REACH_ME.test(text)) return details;
  const tail = phone.e164.slice(-8);
  const written = [...text.matchAll(WRITTEN_PHONE)].map((m) => m[0]).find((w) => w.replace(/\D/g, '').endsWith(tail));
  return { ...details, contact: written?.trim() ?? phone.e164 };
}
