import type { Activity } from 'botbuilder';
import twilio from 'twilio';
import { z } from 'zod';

/** The fields of Twilio's inbound webhook we rely on; Twilio adds others without notice, which pass through. */
export const inboundSms = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'MessageSid must look like SM…'),
    From: z.string().min(3).max(32),
    To: z.string().min(3).max(32),
    Body: z.string().max(1600).default(''),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
    OptOutType: z.string().optional(),
  })
  .passthrough();

export type InboundSms = z.infer<typeof inboundSms>;

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

/** Length as a segment counts it: GSM-7 extension characters take two septets. */
function smsLength(text: string): number {
  if (!isGsm7(text)) return [...text].length;
  let n = 0;
  for (const ch of text) n += '^{}\\[~]|€'.includes(ch) ? 2 : 1;
  return n;
}

const BREAKS: RegExp[] = [/\n/, /[。！？!?]/, /[.;；]\s/, /[，,、：:]/, /\s/, /[\u3400-\u9fff]/];

/**
 * Splits a reply into SMS-sized parts, each fitting one segment (160 GSM-7 / 70 UCS-2 characters), breaking
 * at a line, a sentence, a clause, a space or between Chinese characters — never inside a run of letters and
 * digits, so words, ticket numbers (C-20261123-0001) and tracking numbers arrive whole.
 */
export function splitSms(text: string): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest) {
    const capacity = segmentCapacity(rest);
    if (smsLength(rest) <= capacity) {
      parts.push(rest);
      break;
    }
    const chars = [...rest];
    let cut = 0;
    let length = 0;
    while (cut < chars.length && length + smsLength(chars[cut] as string) <= capacity) {
      length += smsLength(chars[cut] as string);
      cut += 1;
    }
    let best = -1;
    for (const pattern of BREAKS) {
      for (let i = cut; i > capacity / 3; i -= 1) {
        const before = chars[i - 1] ?? '';
        const after = chars[i] ?? '';
        // Never break inside a run of letters, digits and dashes (words, ticket and tracking numbers).
        const insideToken = /[A-Za-z0-9-]/.test(before) && /[A-Za-z0-9-]/.test(after);
        const atBreak =
          pattern.source === '[\\u3400-\\u9fff]' ? pattern.test(before) || pattern.test(after) : pattern.test(before);
        if (atBreak && !insideToken) {
          best = i;
          break;
        }
      }
      if (best > 0) break;
    }
    const at = best > 0 ? best : cut;
    parts.push(chars.slice(0, at).join('').trim());
    rest = chars.slice(at).join('').trim();
  }
  return parts.filter(Boolean);
}

/** TwiML answering the webhook with these messages (none: an empty Response). */
export function twiml(messages: string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const message of messages) response.message(message);
  return response.toString();
}
