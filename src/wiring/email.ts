import fs from 'node:fs';
import { installOn, type BotParts } from '../bot';
import { EmailAdapter } from '../channels/email/email.adapter';
import { EmailChannel } from '../channels/email/email.channel';
import { createMailTransport, NodemailerEmailSender } from '../channels/email/nodemailer.sender';
import { senderCheck, type DnsResolver } from '../channels/email/sender-auth';
import { SmtpInbound } from '../channels/email/smtp.inbound';
import { EmailThreadSignature } from '../channels/email/thread-signature';
import type { OutboundSender } from '../channels/outbox/outbox.worker';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Listener } from '../startup-checks';
import type { EvidenceWiring } from './evidence';
import type { Wiring } from './wiring';

/** The inbound SMTP server, bound before the store opens (it answers 421 until `accept`). */
export interface SmtpListener {
  inbound: SmtpInbound;
  /** Its port, for the start-up checks (a busy SMTP_PORT is named). */
  listener: Listener;
}

/** The SMTP server for EMAIL_DOMAINS; none when the courier takes no mail. */
export function smtpListener(config: Config, logger: Logger): SmtpListener | undefined {
  if (config.email.domains.length === 0) return undefined;
  const inbound = new SmtpInbound({
    host: config.email.smtpHost,
    port: config.email.smtpPort,
    domains: config.email.domains,
    limits: config.email.limits,
    ...(config.email.tls
      ? { tls: { key: fs.readFileSync(config.email.tls.keyFile), cert: fs.readFileSync(config.email.tls.certFile) } }
      : {}),
    logger,
  });
  return {
    inbound,
    listener: {
      portVariable: 'SMTP_PORT',
      hostVariable: 'SMTP_HOST',
      host: config.email.smtpHost,
      port: config.email.smtpPort,
      listen: () => inbound.listen(),
      close: () => inbound.close(),
    },
  };
}

export interface EmailWiring {
  /** Sends queued mail through the relay (EMAIL_RELAY_URL and EMAIL_FROM); none without them. */
  sender?: OutboundSender;
  /** Starts taking mail on the SMTP server, if there is one. */
  start(): void;
}

/** Email: mail in over SMTP (threaded into conversations by its headers), mail out through nodemailer. */
export function wireEmail(
  { config, store, clock, logger, kickOutbox }: Wiring,
  bot: BotParts,
  options: { evidence: EvidenceWiring; smtp: SmtpListener | undefined; dnsResolver?: DnsResolver },
): EmailWiring {
  const { auth } = config.email;
  if (options.smtp && auth.mode === 'off')
    logger.warn(
      'EMAIL_AUTH=off: the From of inbound mail is trusted unchecked — anyone can write as any customer and act on what they proved',
    );
  // Our ids name the domain our mail comes from (EMAIL_FROM's), as a relay's own would.
  const fromDomain = /@([^@<>\s]+)>?\s*$/.exec(config.email.from ?? '')?.[1];
  const threads = new EmailThreadSignature(
    config.email.threadSecret,
    (fromDomain ?? config.email.domains[0] ?? 'parcelcare.invalid').toLowerCase(),
  );
  const adapter = new EmailAdapter({
    outbox: store.outbox,
    conversations: store.conversations,
    tickets: store.tickets,
    now: () => clock.now(),
    courierName: config.courierName,
    onEnqueued: () => kickOutbox(),
    threads,
  });
  installOn(adapter, bot);
  bot.services.handoff.connect('email', adapter);
  const channel = new EmailChannel({
    adapter,
    messages: store.messages,
    logic: bot.run,
    uploads: options.evidence.mailAttachments,
    publicUrl: config.publicUrl,
    logger,
    store,
    checkSender: senderCheck({
      mode: auth.mode,
      ...(auth.authservId ? { authservId: auth.authservId } : {}),
      ...(options.dnsResolver ? { resolver: options.dnsResolver } : {}),
      mta: config.email.domains[0] ?? 'parcelcare',
    }),
    threads,
    maxTextChars: config.email.maxTextChars,
  });
  const { relayUrl, from } = config.email;
  return {
    ...(relayUrl && from ? { sender: new NodemailerEmailSender(createMailTransport(relayUrl), from) } : {}),
    start: () => options.smtp?.inbound.accept((mail, delivery) => channel.receive(mail, delivery)),
  };
}
