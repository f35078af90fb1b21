import type { Activity } from 'botbuilder-core';
import { z } from 'zod';

/** A request as the Direct Line routes see it, whatever web framework carried it. */
export interface DirectLineRequest {
  authorization?: string;
  conversationId?: string;
  watermark?: string;
  body?: unknown;
  /** Our public base URL (PUBLIC_URL), for stream and file URLs: never the request's Host header. */
  origin: string;
  /** The browser's Accept-Language, for the greeting when the client names no locale. */
  acceptLanguage?: string;
}

export interface DirectLineResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The hard cap on one posted activity (and on an upload's activity part): a message longer than the bot reads is
 * answered (kept cut to its limit), but a body beyond this is refused with 413 before anything is stored.
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export const error = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): DirectLineResponse => ({
  status,
  body: { error: { code, message } },
  ...(headers ? { headers } : {}),
});

// What a client may post. Extra fields Web Chat sends (entities, localTimestamp …) pass through untouched.
export const inboundActivity = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    locale: z.string().max(20).optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    value: z.unknown().optional(),
    name: z.string().max(200).optional(),
    from: z
      .object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() })
      .partial()
      .optional(),
    attachments: z.array(z.unknown()).max(10).optional(),
  })
  .passthrough();

/** Watermarks we hand out: the next sequence number. Empty or missing means "from the newest". */
const WATERMARK = /^\d{1,15}$/;

/** The refusal of a watermark we could not have handed out, or undefined for a good (or no) one. */
export function badWatermark(watermark: string | null | undefined): DirectLineResponse | undefined {
  if (watermark === undefined || watermark === null || watermark === '' || WATERMARK.test(watermark)) return undefined;
  return error(400, 'BadArgument', 'watermark: must be a watermark from an earlier answer (a whole number)');
}

/** Web Chat's own id for a post, the same on each retry of it. */
export function clientActivityIdOf(activity: Partial<Activity>): string | undefined {
  const id = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}
