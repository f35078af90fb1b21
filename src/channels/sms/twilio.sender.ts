import twilio, { type Twilio } from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { OutboxItem } from '../../store/records';
import { PermanentSendError, type OutboundSender } from '../outbox/outbox.worker';

// Twilio error codes that retrying cannot fix: opted out, invalid or unreachable number, not SMS-capable.
const PERMANENT = new Set([21211, 21408, 21610, 21612, 21614, 21617]);

export interface TwilioSenderOptions {
  client: Twilio;
  /** Our number, or a Messaging Service SID instead. */
  from?: string;
  messagingServiceSid?: string;
  /** Where Twilio reports delivery states. */
  statusCallback?: string;
}

/** Sends outbox SMS through Twilio's Messages API. */
export class TwilioSmsSender implements OutboundSender {
  constructor(private readonly options: TwilioSenderOptions) {}

  async send(item: OutboxItem): Promise<{ providerId: string }> {
    const body = typeof item.payload.text === 'string' ? item.payload.text : '';
    try {
      const message = await this.options.client.messages.create({
        to: item.to,
        body,
        ...(this.options.messagingServiceSid
          ? { messagingServiceSid: this.options.messagingServiceSid }
          : { from: this.options.from as string }),
        ...(this.options.statusCallback ? { statusCallback: this.options.statusCallback } : {}),
      });
      return { providerId: message.sid };
    } catch (err) {
      const code = typeof err === 'object' && err !== null && 'code' in err ? Number(err.code) : undefined;
      if (code !== undefined && PERMANENT.has(code))
        throw new PermanentSendError(`Twilio refused the message (${code})`, { cause: err });
      throw err;
    }
  }
}

/** How long one Messages API call may take: well below the outbox's deadline and lease (outbox.worker.ts). */
export const TWILIO_TIMEOUT_MS = 15_000;

export interface TwilioClientOptions {
  /** Sends the REST calls elsewhere than https://api.twilio.com (a proxy, or a local stand-in in tests). */
  apiBaseUrl?: string;
  /** The request timeout (twilio's own default is 30 s). */
  timeoutMs?: number;
}

/** A Twilio client whose calls give up after `timeoutMs`, optionally pointed at another base URL. */
export function createTwilioClient(accountSid: string, authToken: string, options: TwilioClientOptions = {}): Twilio {
  const timeout = options.timeoutMs ?? TWILIO_TIMEOUT_MS;
  if (!options.apiBaseUrl) return twilio(accountSid, authToken, { timeout });
  const base = options.apiBaseUrl.replace(/\/$/, '');
  class RedirectingClient extends twilio.RequestClient {
    override request<TData>(opts: RequestClient.RequestOptions<TData>) {
      return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/[a-z.]*twilio\.com/, base) });
    }
  }
  return twilio(accountSid, authToken, { httpClient: new RedirectingClient({ timeout }) });
}
