import { createHash } from 'node:crypto';
import type { Attachment, TurnContext } from 'botbuilder-core';
import type { Logger } from 'pino';
import twilio from 'twilio';
import { DuplicateError } from '../../store/errors';
import type { Store } from '../../store/store.port';
import { InboundReplay } from '../inbound-replay';
import type { UploadStore } from '../webchat/uploads';
import type { SmsAdapter } from './sms.adapter';
import { deliveryReport, inboundSms, optKeyword, toActivity, twiml, type InboundSms } from './sms.mapping';

export interface SmsWebhookRequest {
  /** The X-Twilio-Signature header. */
  signature?: string;
  /** Path and query as Twilio called them, e.g. `/api/sms/twilio`. */
  path: string;
  params: Record<string, unknown>;
}

export interface SmsWebhookResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface SmsWebhookOptions {
  accountSid?: string;
  authToken?: string;
  /** The public base URL Twilio is configured with (signatures cover the full URL). */
  publicUrl: string;
  adapter: SmsAdapter;
  logic: (context: TurnContext) => Promise<void>;
  store: Pick<Store, 'customers' | 'outbox' | 'messages'>;
  uploads: UploadStore;
  logger: Logger;
  now: () => Date;
  fetch?: typeof fetch;
}

const text = (status: number, body: string): SmsWebhookResponse => ({
  status,
  contentType: 'text/plain; charset=utf-8',
  body,
});
const xml = (body: string): SmsWebhookResponse => ({ status: 200, contentType: 'text/xml; charset=utf-8', body });

/**
 * Twilio's webhooks: inbound messages (`POST /api/sms/twilio`) and delivery reports
 * (`POST /api/sms/twilio/status`). Both are signature-checked against PUBLIC_URL before anything is stored.
 * A retried webhook (same MessageSid) gets the TwiML its first delivery got, without a second turn.
 */
export class SmsWebhook {
  private readonly replay: InboundReplay;

  constructor(private readonly options: SmsWebhookOptions) {
    this.replay = new InboundReplay(options.store.messages);
  }

  private verify(request: SmsWebhookRequest): SmsWebhookResponse | undefined {
    const { authToken, publicUrl } = this.options;
    if (!authToken) return text(503, 'SMS is not configured: set TWILIO_AUTH_TOKEN');
    const params = Object.fromEntries(Object.entries(request.params).map(([k, v]) => [k, String(v)]));
    const url = `${publicUrl.replace(/\/$/, '')}${request.path}`;
    if (!request.signature || !twilio.validateRequest(authToken, request.signature, url, params)) {
      return text(403, 'invalid or missing X-Twilio-Signature');
    }
    return undefined;
  }

  async inbound(request: SmsWebhookRequest): Promise<SmsWebhookResponse> {
    const refused = this.verify(request);
    if (refused) return refused;
    const parsed = inboundSms.safeParse(request.params);
    if (!parsed.success)
      return text(
        400,
        `bad webhook: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`,
      );
    const sms = parsed.data;
    const keyword = optKeyword(sms);
    if (keyword) {
      // Twilio answers STOP / START / HELP itself on long codes; we only remember the choice.
      if (keyword !== 'help') await this.setOptOut(sms.From, keyword === 'stop');
      return xml(twiml([]));
    }
    const answer = await this.replay.answer('sms', sms.MessageSid, async (redelivery) => {
      const activity = toActivity(sms, this.options.publicUrl);
      const media = await this.fetchMedia(sms);
      if (media.length > 0) activity.attachments = media;
      return twiml(await this.options.adapter.processInbound(activity, this.options.logic, { redelivery }));
    });
    return xml(answer);
  }

  async status(request: SmsWebhookRequest): Promise<SmsWebhookResponse> {
    const refused = this.verify(request);
    if (refused) return refused;
    const parsed = deliveryReport.safeParse(request.params);
    if (!parsed.success) return text(400, `bad delivery report: ${parsed.error.issues[0]?.message ?? ''}`);
    const { MessageSid: sid, MessageStatus: state } = parsed.data;
    const errorCode = parsed.data.ErrorCode || undefined;
    const item = await this.options.store.outbox.recordDelivery(
      sid,
      state,
      this.options.now().toISOString(),
      errorCode,
    );
    if (!item) this.options.logger.warn({ sid, state }, 'delivery report for a message we did not send');
    return text(item ? 200 : 404, item ? 'ok' : 'unknown message');
  }

  private async setOptOut(phone: string, optedOut: boolean): Promise<void> {
    const { customers } = this.options.store;
    const now = this.options.now().toISOString();
    let customer = await customers.findByIdentity({ kind: 'phone', value: phone });
    if (!customer) {
      try {
        customer = await customers.create({ phone, identities: [{ kind: 'phone', value: phone }] }, now);
      } catch (err) {
        if (!(err instanceof DuplicateError)) throw err;
        customer = await customers.findByIdentity({ kind: 'phone', value: phone });
      }
    }
    if (!customer) return;
    const { sms: _previous, ...others } = customer.optedOut ?? {};
    await customers.update({ ...customer, optedOut: optedOut ? { ...others, sms: now } : others }, now);
  }

  /** MMS pictures, fetched with the account's credentials and kept as evidence. */
  private async fetchMedia(sms: InboundSms): Promise<Attachment[]> {
    const { accountSid, authToken, uploads, logger } = this.options;
    if (sms.NumMedia === 0) return [];
    const doFetch = this.options.fetch ?? fetch;
    const folder = `sms-${createHash('sha256').update(sms.From).digest('hex').slice(0, 16)}`;
    const attachments: Attachment[] = [];
    for (let i = 0; i < sms.NumMedia; i += 1) {
      const url = String(sms[`MediaUrl${i}`] ?? '');
      if (!/^https?:\/\//.test(url)) continue;
      try {
        const response = await doFetch(url, {
          headers: {
            authorization: `Basic ${Buffer.from(`${accountSid ?? ''}:${authToken ?? ''}`).toString('base64')}`,
          },
          signal: AbortSignal.timeout(8000),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const type = response.headers.get('content-type') ?? String(sms[`MediaContentType${i}`] ?? '');
        const saved = uploads.saveBuffer(
          folder,
          Buffer.from(await response.arrayBuffer()),
          type,
          `mms-${i + 1}`,
          this.options.publicUrl,
        );
        if (saved) attachments.push(saved);
        else logger.warn({ type }, 'MMS media refused: not an image or too large');
      } catch (err) {
        logger.warn({ err, media: i }, 'could not fetch MMS media');
      }
    }
    return attachments;
  }
}
