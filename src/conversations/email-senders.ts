import { createHash } from 'node:crypto';

/**
 * Who an email conversation is with. A mail whose From is authenticated (DMARC: an SPF or DKIM pass aligned with
 * the From domain) continues the one conversation of its address, named by the address itself. A mail whose From
 * is not authenticated only claims the address: anyone can write any From. It is a conversation of its own, named
 * `unverified:<mail>:<address>`, so it never reads or acts on what the address's own conversation proved; answers
 * still go to the address (`mailboxOf`), never to the writer.
 */
const UNVERIFIED = /^unverified:([0-9a-f]{16}):(.+)$/;

/** The conversation of an unauthenticated mail: its own, named by its Message-ID (a redelivery finds it again). */
export function unverifiedEmailConversation(address: string, messageId: string): string {
  const mail = createHash('sha256').update(messageId).digest('hex').slice(0, 16);
  return unverifiedConversationOf({ mail, address });
}

/** An unverified conversation's parts: the hash of the mail that started it, and the address it is answered at. */
export interface UnverifiedEmailParts {
  mail: string;
  address: string;
}

/** The unverified conversation with these parts. */
export function unverifiedConversationOf(parts: UnverifiedEmailParts): string {
  return `unverified:${parts.mail}:${parts.address}`;
}

/** The parts of an unverified conversation's name; undefined for any other conversation. */
export function unverifiedPartsOf(conversation: string): UnverifiedEmailParts | undefined {
  const match = UNVERIFIED.exec(conversation);
  return match ? { mail: match[1] as string, address: match[2] as string } : undefined;
}

/** Whether an email conversation is an unauthenticated mail's own (not the address's). */
export function isUnverifiedEmailConversation(conversation: string): boolean {
  return UNVERIFIED.test(conversation);
}

/** The mailbox an email conversation's answers go to: its address, authenticated or not. */
export function mailboxOf(conversation: string): string {
  return UNVERIFIED.exec(conversation)?.[2] ?? conversation;
}

/** How agents see an unverified email customer: beside their address, never the conversation's inner name. */
export const UNVERIFIED_SENDER_MARK = '未验证发件人 unverified sender';

/**
 * An email conversation's customer as agents see it: the address, marked when the From was not authenticated
 * (`o***@example.net (未验证发件人 unverified sender)`). `show` writes the address (agents' views mask it).
 */
export function emailSenderLabel(conversation: string, show: (address: string) => string = (a) => a): string {
  const parts = unverifiedPartsOf(conversation);
  return parts ? `${show(parts.address)} (${UNVERIFIED_SENDER_MARK})` : show(conversation);
}
