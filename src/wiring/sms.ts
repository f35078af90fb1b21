import express, { type Request, type Response } from 'express';
import { installOn, type BotParts } from '../bot';
import { OptOutGuardedSmsSender } from '../channels/notice-delivery';
import type { OutboundSender } from '../channels/outbox/outbox.worker';
import { SmsAdapter } from '../channels/sms/sms.adapter';
import { SmsWebhook, type SmsWebhookResponse } from '../channels/sms/sms.webhook';
import { createTwilioClient, TwilioSmsSender } from '../channels/sms/twilio.sender';
import type { EvidenceWiring } from './evidence';
import { BODY_LIMITS, wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

export interface SmsWiring extends HttpRoutes {
  /** Sends queued SMS through Twilio, never a notice to a number that opted out; none without Twilio. */
  sender?: OutboundSender;
}

/**
 * SMS through Twilio: the signed webhooks (messages in, delivery status) and, with TWILIO_* set, the sender
 * the outbox sends replies through. MMS pictures are kept as evidence beside the web chat's uploads.
 */
export function wireSms(
  { config, store, clock, logger, kickOutbox }: Wiring,
  bot: BotParts,
  evidence: EvidenceWiring,
): SmsWiring {
  const adapter = new SmsAdapter({
    outbox: store.outbox,
    customers: store.customers,
    turnCustomer: (context) => bot.services.directory.known(context)?.customer,
    conversations: store.conversations,
    now: () => clock.now(),
    logger,
    onEnqueued: () => kickOutbox(),
  });
  installOn(adapter, bot);
  bot.services.handoff.connect('sms', adapter);
  const webhook = new SmsWebhook({
    ...(config.twilio ? { accountSid: config.twilio.accountSid, authToken: config.twilio.authToken } : {}),
    publicUrl: config.publicUrl,
    adapter,
    logic: bot.run,
    store,
    uploads: evidence.uploads,
    logger,
    now: () => clock.now(),
  });
  const twilio = config.twilio;
  const sender = twilio
    ? new OptOutGuardedSmsSender(
        new TwilioSmsSender({
          client: createTwilioClient(twilio.accountSid, twilio.authToken, {
            ...(twilio.apiBaseUrl ? { apiBaseUrl: twilio.apiBaseUrl } : {}),
          }),
          ...(twilio.from ? { from: twilio.from } : {}),
          ...(twilio.messagingServiceSid ? { messagingServiceSid: twilio.messagingServiceSid } : {}),
          statusCallback: `${config.publicUrl}/api/sms/twilio/status`,
        }),
        store.customers,
      )
    : undefined;

  return {
    ...(sender ? { sender } : {}),
    mountWebhooks: ({ app, durably }) => {
      // Twilio posts form-encoded webhooks, signed over the public URL.
      const form = express.urlencoded({ extended: false, limit: BODY_LIMITS.form });
      const twilioRequest = (req: Request) => ({
        signature: req.get('x-twilio-signature'),
        path: req.originalUrl,
        params: (req.body ?? {}) as Record<string, unknown>,
      });
      // Mounted ahead of helmet (only Twilio reads these answers); a plain-text refusal is still never sniffed.
      // Written directly: the answer's type and length are known, so Express's send (charset, freshness, ETag
      // checks) has nothing to add.
      const answerTwilio = (res: Response, answer: SmsWebhookResponse): void => {
        res
          .writeHead(answer.status, {
            'Content-Type': answer.contentType,
            'Content-Length': Buffer.byteLength(answer.body),
            'X-Content-Type-Options': 'nosniff',
          })
          .end(answer.body);
      };
      app.post(
        '/api/sms/twilio',
        form,
        wrap(async (req, res) => answerTwilio(res, await durably(() => webhook.inbound(twilioRequest(req))))),
      );
      app.post(
        '/api/sms/twilio/status',
        form,
        wrap(async (req, res) => answerTwilio(res, await durably(() => webhook.status(twilioRequest(req))))),
      );
    },
  };
}
