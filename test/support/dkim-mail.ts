import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { dkimSign } from 'mailauth';
import type { DnsStandIn } from './dns-stand-in';

/**
 * A domain that signs its mail with DKIM, as a customer's mail provider does: a key made for the test, its public
 * half published in a DNS stand-in (`<selector>._domainkey.<domain>`), mail signed with mailauth.
 */
export class SigningDomain {
  private readonly privateKey: string;
  readonly publicKey: string;

  constructor(
    readonly domain: string,
    readonly selector = 'test2026',
  ) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    this.publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  }

  /** Publishes the public key where DKIM verifiers look for it. */
  publishKey(dns: DnsStandIn): this {
    dns.publishTxt(`${this.selector}._domainkey.${this.domain}`, `v=DKIM1; k=rsa; p=${this.publicKey}`);
    return this;
  }

  /** The message with a DKIM-Signature header of this domain on top. */
  async sign(raw: string, options: { bodyLength?: number } = {}): Promise<string> {
    const key = {
      signingDomain: this.domain,
      selector: this.selector,
      privateKey: this.privateKey,
      ...(options.bodyLength !== undefined ? { maxBodyLength: options.bodyLength } : {}),
    };
    // mailauth signs with `signatureData`; its type declaration also asks for the key's fields on top.
    const { signatures, errors } = await dkimSign(raw, {
      ...key,
      canonicalization: 'relaxed/relaxed',
      signatureData: [key],
    });
    if (errors.length) throw errors[0];
    return signatures + raw;
  }
}

/** A plain text mail as a sender's server writes it (CRLF lines); `headers` go on top, before From. */
export function plainMail(options: {
  from: string;
  subject: string;
  text: string;
  headers?: string[];
  messageId?: string;
}): string {
  return [
    ...(options.headers ?? []),
    `From: ${options.from}`,
    'To: support@courier.example',
    `Subject: ${options.subject}`,
    `Message-ID: ${options.messageId ?? `<${randomUUID()}@example.net>`}`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.text,
    '',
  ].join('\r\n');
}
