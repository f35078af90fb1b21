import type { Activity } from 'botbuilder-core';
import twilio from 'twilio';
import { z } from 'zod';

const PHONE = /^\+?[0-9]{3,15}$/;

/** The fields of Twilio's inbound webhook we rely on; Twilio adds others without notice, which pass through. */
export const inboundSms = z
  .object({
    // The webhook's 400 names the field before its message ("bad webhook: From must be …").
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be SM or MM and 32 hex digits'),
    // E.164 numbers and short codes: what Twilio sends for SMS and MMS.
    From: z.string().regex(PHONE, 'must be a phone number or short code'),
    To: z.string().regex(PHONE, 'must be a phone number or short code'),
    Body: z.string().max(1600).default(''),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
    OptOutType: z.string().optional(),
  })
  .passthrough();

export type InboundSms = z.infer<typeof inboundSms>;

/** Message states Twilio reports to a status callback (its Message resource's `status` values). */
export const MESSAGE_STATUSES = [
  'accepted',
  'scheduled',
  'canceled',
  'queued',
  'sending',
  'sent',
  'failed',
  'delivered',
  'undelivered',
  'receiving',
  'received',
  'read',
  'partially_delivered',
] as const;

/** The fields of a delivery report we act on; others pass through. */
export const deliveryReport = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9A-Za-z]{10,40}$/, 'MessageSid must look like SM…'),
    MessageStatus: z.enum(MESSAGE_STATUSES, { message: `MessageStatus must be one of ${MESSAGE_STATUSES.join(', ')}` }),
    ErrorCode: z
      .string()
      .regex(/^\d{1,6}$/, 'ErrorCode must be a number')
      .optional(),
  })
  .passthrough();

export const SMS_CHANNEL = 'sms';

/** The Activity for an inbound SMS: the MessageSid is its id (idempotency key), the raw payload its channelData. */
export function toActivity(sms: InboundSms, serviceUrl: string): Partial<Activity> {
  return {
    type: 'message',
    id: sms.MessageSid,
    channelId: SMS_CHANNEL,
    serviceUrl,
    timestamp: new Date(),
    from: { id: sms.From, name: '', role: 'user' },
    recipient: { id: sms.To, name: '' },
    conversation: { id: sms.From, isGroup: false, conversationType: 'personal', name: '' },
    text: sms.Body,
    channelData: sms,
  };
}

const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const OPT_IN = new Set(['START', 'YES', 'UNSTOP']);
const HELP = new Set(['HELP', 'INFO']);

/** Twilio's opt-out keywords (single words only: "STOP PLEASE" is an ordinary message). */
export function optKeyword(sms: InboundSms): 'stop' | 'start' | 'help' | undefined {
  const type = sms.OptOutType?.toUpperCase();
  if (type === 'STOP') return 'stop';
  if (type === 'START') return 'start';
  if (type === 'HELP') return 'help';
  const word = sms.Body.trim().toUpperCase();
  if (OPT_OUT.has(word)) return 'stop';
  if (OPT_IN.has(word)) return 'start';
  if (HELP.has(word)) return 'help';
  return undefined;
}

// GSM 03.38 basic set and extension table; anything else makes the message UCS-2.
const GSM7 = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€',
);

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM7.has(ch)) return false;
  return true;
}

/** Characters one SMS segment holds for this text: 160 in GSM-7, 70 in UCS-2. */
export function segmentCapacity(text: string): number {
  return isGsm7(text) ? 160 : 70;
}

/** GSM-7 extension characters: each takes two septets (an escape and itself). */
const GSM7_EXTENDED = new Set('^{}\\[~]|€');
const WORD_CHAR = /[A-Za-z0-9-]/;
const CJK = /[\u3400-\u9fff]/;
/** Where to break a long reply, best first: a line, a sentence, a clause, a space, between Chinese characters. */
const BREAKS: ((before: string, after: string) => boolean)[] = [
  (before) => before === '\n',
  (before) => /[。！？!?]/.test(before),
  (before, after) => /[.;；]/.test(before) && /\s/.test(after),
  (before) => /[，,、：:]/.test(before),
  (before) => /\s/.test(before),
  (before, after) => CJK.test(before) || CJK.test(after),
];

/**
 * Splits a reply into SMS-sized parts, each fitting one segment (160 GSM-7 / 70 UCS-2 characters), breaking
 * at a line, a sentence, a clause, a space or between Chinese characters — never inside a run of letters and
 * digits, so words, ticket numbers (C-20261123-0001) and tracking numbers arrive whole.
 */
export function splitSms(text: string): string[] {
  const trimmed = text.trim();
  // At most 70 UTF-16 units fit one segment in either encoding (70 UCS-2 characters; in GSM-7 even 70
  // two-septet characters are 140 of 160): most replies, answered without splitting them into characters.
  if (trimmed.length <= 70) return trimmed ? [trimmed] : [];
  const parts: string[] = [];
  let chars = [...trimmed];
  while (chars.length > 0) {
    // Each part is sized on its own: the English tail of a Chinese reply may go as GSM-7.
    const gsm = chars.every((ch) => GSM7.has(ch));
    const capacity = gsm ? 160 : 70;
    let cut = 0;
    let length = 0;
    while (cut < chars.length) {
      const width = gsm && GSM7_EXTENDED.has(chars[cut] as string) ? 2 : 1;
      if (length + width > capacity) break;
      length += width;
      cut += 1;
    }
    if (cut === chars.length) {
      parts.push(chars.join(''));
      break;
    }
    const at = breakBefore(chars, cut, capacity) ?? cut;
    parts.push(chars.slice(0, at).join('').trim());
    chars = [...chars.slice(at).join('').trim()];
  }
  return parts.filter(Boolean);
}

/** The best place at or before `cut` (and past a third of the segment) to end a part, if any. */
function breakBefore(chars: string[], cut: number, capacity: number): number | undefined {
  let best: number | undefined;
  let bestRank = BREAKS.length;
  for (let i = cut; i > capacity / 3 && bestRank > 0; i -= 1) {
    const before = chars[i - 1] ?? '';
    const after = chars[i] ?? '';
    // Never break inside a run of letters, digits and dashes (words, ticket and tracking numbers).
    if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) continue;
    for (let rank = 0; rank < bestRank; rank += 1) {
      if ((BREAKS[rank] as (before: string, after: string) => boolean)(before, after)) {
        best = i;
        bestRank = rank;
        break;
      }
    }
  }
  return best;
}

/** Characters XML 1.0 cannot carry (the test xmlbuilder applies before it refuses a text). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
  /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** A message's text as XML character data, escaped exactly as twilio's TwiML builder (xmlbuilder) does it. */
const xmlText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');

/**
 * TwiML answering the webhook with these messages (none: an empty Response): the very text twilio's
 * `MessagingResponse` writes (a test compares them), written directly because building its XML document
 * cost 3% of a webhook. A text XML cannot carry goes through `MessagingResponse`, which refuses it.
 */
export function twiml(messages: string[]): string {
  if (messages.some((message) => NOT_XML.test(message))) {
    const response = new twilio.twiml.MessagingResponse();
    for (const message of messages) response.message(message);
    return response.toString();
  }
  const body = messages.map((message) => (message === '' ? '<Message/>' : `<Message>${xmlText(message)}</Message>`));
  return `<?xml version="1.0" encoding="UTF-8"?>${body.length === 0 ? '<Response/>' : `<Response>${body.join('')}</Response>`}`;
}
