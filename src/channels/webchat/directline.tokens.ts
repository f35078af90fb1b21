import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** What a Direct Line token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
}

export const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * Direct Line tokens as signed JWTs. Web Chat reads the `user` claim as the user id, so the id a token
 * carries is the id the page uses; a token names exactly one conversation.
 */
export class DirectLineTokens {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM private or public
   * key on every sign and verify, which cost more than the rest of opening a conversation.
   */
  private readonly key: KeyObject;

  /** @param signingKey shared by every process that serves the same conversations; random when omitted. */
  constructor(signingKey?: string) {
    this.key = createSecretKey(Buffer.from(signingKey ?? randomBytes(32).toString('hex')));
  }

  issue(claims: TokenClaims): { token: string; expires_in: number } {
    const token = jwt.sign({ conv: claims.conversationId, user: claims.userId }, this.key, {
      algorithm: 'HS256',
      expiresIn: TOKEN_LIFETIME_SECONDS,
      issuer: 'parcelcare',
    });
    return { token, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verify(token: string): TokenClaims | undefined {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'parcelcare' }) as {
        conv?: unknown;
        user?: unknown;
      };
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') return undefined;
      return { conversationId: payload.conv, userId: payload.user };
    } catch {
      return undefined;
    }
  }
}
