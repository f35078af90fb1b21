import { finished } from 'node:stream';
import { Splitter } from '@zone-eu/mailsplit';
import type { MimeNode } from '@zone-eu/mailsplit/lib/types';
import type { ParsedMail } from 'mailparser';

/** What one inbound mail may hold (EMAIL_MAX_* variables). */
export interface MailLimits {
  /** The whole message as sent (also advertised with the SMTP SIZE extension). */
  maxBytes: number;
  /** MIME parts, the message itself included. */
  maxParts: number;
  /** How deep parts nest (multipart in multipart, attached messages): the message's own body is depth 0. */
  maxDepth: number;
  maxAttachments: number;
  /** One attachment, decoded. */
  maxAttachmentBytes: number;
}

/**
 * A mail refused for good: the sender gets the 5xx reply and the reason, and must not deliver it again. The
 * enhanced status code (RFC 3463) leads the text, as smtp-server does not add one unless told to.
 */
export class MailRefused extends Error {
  constructor(
    readonly responseCode: 552 | 554,
    message: string,
  ) {
    super(message);
    this.name = 'MailRefused';
  }
}

const megabytes = (bytes: number): string =>
  bytes >= 1_048_576 ? `${Number((bytes / 1_048_576).toFixed(1))} MB` : `${Math.round(bytes / 1024)} kB`;

/** 552 5.3.4: over a size limit (RFC 3463 "message too big for system"). */
export const tooBig = (what: string): MailRefused => new MailRefused(552, `5.3.4 Message too big for system: ${what}`);

/** 554 5.6.0: a structure we do not take apart (RFC 3463 "other or undefined media error"). */
const tooComplex = (what: string): MailRefused => new MailRefused(554, `5.6.0 Message refused: ${what}`);

export function messageTooBig(limits: MailLimits): MailRefused {
  return tooBig(`the limit is ${megabytes(limits.maxBytes)}`);
}

/**
 * Watches the MIME structure of a message while it arrives, with mailsplit (the splitter mailparser itself
 * uses), so that a mail of thousands of parts or parts nested hundreds deep is refused before it is parsed.
 * `write` the raw chunks, then `end`; `refusal` is set from the first part over a limit (later chunks are ignored).
 */
export class MimeShapeWatch {
  refusal: MailRefused | undefined;
  private readonly splitter: Splitter;
  private parts = 0;
  private readonly ended: Promise<void>;
  private finish: () => void = () => undefined;

  constructor(private readonly limits: MailLimits) {
    // One more than our limit: mailsplit's own limit (1000 by default) then never fires before ours.
    this.splitter = new Splitter({ maxChildNodes: limits.maxParts + 1 });
    this.ended = new Promise((resolve) => (this.finish = resolve));
    this.splitter.on('data', (data) => {
      if (data.type === 'node') this.count(data);
    });
    finished(this.splitter, (err) => {
      if (err) this.refuse(tooComplex(`its MIME structure cannot be read (${err.message})`));
      this.finish();
    });
  }

  write(chunk: Buffer): void {
    if (!this.refusal) this.splitter.write(chunk);
  }

  /** Resolves once every chunk written has been looked at. */
  end(): Promise<void> {
    if (!this.refusal) this.splitter.end();
    return this.ended;
  }

  private count(node: MimeNode): void {
    this.parts += 1;
    if (this.parts > this.limits.maxParts)
      return this.refuse(tooComplex(`more than ${this.limits.maxParts} MIME parts`));
    let depth = 0;
    for (let parent = node.parentNode; parent; parent = parent.parentNode) depth += 1;
    if (depth > this.limits.maxDepth)
      this.refuse(tooComplex(`MIME parts nested more than ${this.limits.maxDepth} deep`));
  }

  private refuse(refusal: MailRefused): void {
    if (this.refusal) return;
    this.refusal = refusal;
    // Nothing more is looked at: smtp-server drains the rest of the message, and it is dropped.
    this.splitter.destroy();
    this.finish();
  }
}

/** The attachment limits, checked on the parsed mail before anything of it is stored. */
export function attachmentRefusal(mail: ParsedMail, limits: MailLimits): MailRefused | undefined {
  const { attachments } = mail;
  if (attachments.length > limits.maxAttachments)
    return tooComplex(`${attachments.length} attachments, the limit is ${limits.maxAttachments}`);
  const index = attachments.findIndex((a) => a.size > limits.maxAttachmentBytes);
  if (index >= 0)
    return tooBig(
      `attachment ${index + 1} is ${megabytes(attachments[index]?.size ?? 0)}, the limit is ${megabytes(limits.maxAttachmentBytes)} per attachment`,
    );
  return undefined;
}
