import { createHmac, createSecretKey, randomBytes, randomUUID, timingSafeEqual, type KeyObject } from 'node:crypto';
import {
  isUnverifiedEmailConversation,
  unverifiedConversationOf,
  unverifiedPartsOf,
} from '../../conversations/email-senders';

// `<pc1.<mail>.<signature>[.<unique>]@<domain>>`: the unverified conversation's mail hash, its signature, and for a
// Message-ID a unique part (the bare form is the conversation's thread id, first in References).
const SIGNED_ID = /^<?pc1\.([0-9a-f]{16})\.([0-9a-f]{32})(?:\.[0-9a-f-]{1,64})?@[^<>\s@]+>?$/;

/**
 * Reply-by-email for senders whose From is not authenticated, as help desks do it: every mail we send in such a
 * conversation carries, in its Message-ID and first in its References, an HMAC (EMAIL_THREAD_SECRET) of the
 * conversation's name — which holds the address it is answered at. A later mail whose In-Reply-To or References
 * carries a valid one for its own From continues that conversation.
 *
 * @remarks Only the mailbox's reader (and whoever they forward our mail to) sees the signature: we send it to the
 * address, never to a writer who only claimed it. It is a bearer token for that one conversation: it never joins
 * the address's authenticated conversation, nor another conversation, nor another From.
 */
export class EmailThreadSignature {
  private readonly key: KeyObject;

  /**
   * @param secret shared by every process that answers the same mail; random when omitted (threads then end at a
   * restart: a reply starts a new conversation, as it did before signatures).
   * @param domain the right-hand side of the ids we write (EMAIL_FROM's domain).
   */
  constructor(
    secret: string | undefined,
    private readonly domain: string,
  ) {
    this.key = createSecretKey(Buffer.from(secret ?? randomBytes(32).toString('hex')));
  }

  /** A fresh Message-ID for a mail in this unverified conversation; undefined for any other conversation. */
  messageId(conversation: string): string | undefined {
    const signed = this.signedPart(conversation);
    return signed ? `<${signed}.${randomUUID()}@${this.domain}>` : undefined;
  }

  /** The conversation's own id, put first in the References of every mail we send in it. */
  threadId(conversation: string): string | undefined {
    const signed = this.signedPart(conversation);
    return signed ? `<${signed}@${this.domain}>` : undefined;
  }

  /**
   * The unverified conversation a mail from `from` continues: the first of `ids` (In-Reply-To, then References
   * newest first) that carries a valid signature of that address's conversation. Undefined when none does.
   */
  conversationContinued(ids: string[], from: string): string | undefined {
    for (const id of ids) {
      const match = SIGNED_ID.exec(id.trim());
      if (!match) continue;
      const conversation = unverifiedConversationOf({ mail: match[1] as string, address: from });
      // A valid name only: an address that is not one cannot be signed for.
      if (!isUnverifiedEmailConversation(conversation)) continue;
      const expected = Buffer.from(this.signature(conversation));
      if (timingSafeEqual(expected, Buffer.from(match[2] as string))) return conversation;
    }
    return undefined;
  }

  private signedPart(conversation: string): string | undefined {
    const parts = unverifiedPartsOf(conversation);
    return parts ? `pc1.${parts.mail}.${this.signature(conversation)}` : undefined;
  }

  /** 128 bits of HMAC-SHA256 over the conversation's name (which names the address), in hex. */
  private signature(conversation: string): string {
    return createHmac('sha256', this.key).update(`email-thread\u0000${conversation}`).digest('hex').slice(0, 32);
  }
}
