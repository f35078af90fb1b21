import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { DirectLineConversations } from './directline.conversations';
import type { DirectLineTokens, TokenClaims } from './directline.tokens';
import { BOT_ACCOUNT, type WebChatAdapter } from './webchat.adapter';
import type { UploadStore } from './uploads';

/** A request as the Direct Line routes see it, whatever web framework carried it. */
export interface DirectLineRequest {
  authorization?: string;
  conversationId?: string;
  watermark?: string;
  body?: unknown;
  /** `http://host:port` as the client reached us, for stream and file URLs. */
  origin: string;
  /** The browser's Accept-Language, for the greeting when the client names no locale. */
  acceptLanguage?: string;
}

export interface DirectLineResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DirectLineOptions {
  adapter: WebChatAdapter;
  conversations: DirectLineConversations;
  tokens: DirectLineTokens;
  uploads: UploadStore;
  /** The bot's turn logic. */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Lets other sites embed Web Chat: their server exchanges this secret for tokens. Optional. */
  secret?: string;
  maxMessageChars: number;
}

const error = (
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
const inboundActivity = z
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

/**
 * A Direct Line 3.0-compatible endpoint, so Microsoft's Web Chat talks to ParcelCare with no Azure: token
 * generate / refresh, conversation start and reconnect, activities by watermark (polling) and over a
 * WebSocket, posting activities and uploads. Each conversation has its own token, which reads and posts
 * only there.
 */
export class DirectLineService {
  private readonly sockets = new WebSocketServer({ noServer: true });

  constructor(private readonly options: DirectLineOptions) {}

  /** Token, secret or nothing in an `Authorization: Bearer …` header. */
  private authorize(
    header: string | undefined,
  ): { kind: 'secret' } | { kind: 'token'; claims: TokenClaims } | undefined {
    const value = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
    if (!value) return undefined;
    const { secret } = this.options;
    if (secret && value.length === secret.length && timingSafeEqual(Buffer.from(value), Buffer.from(secret)))
      return { kind: 'secret' };
    const claims = this.options.tokens.verify(value);
    return claims ? { kind: 'token', claims } : undefined;
  }

  /** The conversation a request may use, or the response refusing it. */
  private conversationFor(request: DirectLineRequest): { claims: TokenClaims } | DirectLineResponse {
    const auth = this.authorize(request.authorization);
    if (!auth) return error(403, 'TokenInvalid', 'a valid Direct Line token is required');
    const conversationId = request.conversationId ?? '';
    if (auth.kind === 'token' && auth.claims.conversationId !== conversationId) {
      return error(403, 'TokenInvalid', 'this token belongs to another conversation');
    }
    if (auth.kind === 'secret' && !this.options.conversations.has(conversationId)) {
      return error(404, 'NotFound', `conversation ${conversationId} does not exist`);
    }
    const userId = auth.kind === 'token' ? auth.claims.userId : 'dl_secret';
    // A valid token for a conversation this process has not seen (e.g. after a restart) reopens it.
    this.options.conversations.ensure(conversationId, userId);
    return { claims: { conversationId, userId } };
  }

  private streamUrl(origin: string, conversationId: string, token: string, watermark?: string): string {
    const ws = origin.replace(/^http/, 'ws');
    return `${ws}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(token)}${watermark ? `&watermark=${watermark}` : ''}`;
  }

  /** A fresh conversation and its token, for our own page (no secret: the page is served by us). */
  newConversationToken(): { conversationId: string; userId: string; token: string; expires_in: number } {
    const conversationId = randomUUID().replace(/-/g, '');
    const userId = `dl_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    return { conversationId, userId, ...this.options.tokens.issue({ conversationId, userId }) };
  }

  /** POST /v3/directline/tokens/generate — secret only. */
  generateToken(request: DirectLineRequest): DirectLineResponse {
    if (this.authorize(request.authorization)?.kind !== 'secret')
      return error(403, 'Forbidden', 'generating tokens needs the Direct Line secret');
    const parsed = z
      .object({ user: z.object({ id: z.string().regex(/^dl_[\w-]{1,64}$/) }).optional() })
      .safeParse(request.body ?? {});
    if (!parsed.success) return error(400, 'BadArgument', 'user.id must start with dl_');
    const fresh = this.newConversationToken();
    const userId = parsed.data.user?.id ?? fresh.userId;
    return {
      status: 200,
      body: {
        conversationId: fresh.conversationId,
        ...this.options.tokens.issue({ conversationId: fresh.conversationId, userId }),
      },
    };
  }

  /** POST /v3/directline/tokens/refresh — a new token for the same conversation. */
  refreshToken(request: DirectLineRequest): DirectLineResponse {
    const auth = this.authorize(request.authorization);
    if (auth?.kind !== 'token') return error(403, 'TokenInvalid', 'only a valid, unexpired token can be refreshed');
    return {
      status: 200,
      body: { conversationId: auth.claims.conversationId, ...this.options.tokens.issue(auth.claims) },
    };
  }

  /** POST /v3/directline/conversations — starts the token's conversation (or a new one with the secret). */
  async startConversation(request: DirectLineRequest): Promise<DirectLineResponse> {
    const auth = this.authorize(request.authorization);
    if (!auth) return error(403, 'TokenInvalid', 'a valid Direct Line token is required');
    const body = z
      .object({ locale: z.string().max(20).optional() })
      .passthrough()
      .safeParse(request.body ?? {});
    const locale =
      (body.success ? body.data.locale : undefined) ?? request.acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
    const claims =
      auth.kind === 'token'
        ? auth.claims
        : (({ conversationId, userId }) => ({ conversationId, userId }))(this.newConversationToken());
    const isNew = !this.options.conversations.has(claims.conversationId);
    this.options.conversations.ensure(claims.conversationId, claims.userId);
    const { token, expires_in } = this.options.tokens.issue(claims);
    if (isNew) {
      await this.runTurn({
        type: 'conversationUpdate',
        id: `${claims.conversationId}|start`,
        membersAdded: [{ id: claims.userId, name: '' }, { ...BOT_ACCOUNT }],
        ...this.envelope(claims, request.origin),
        ...(locale ? { locale } : {}),
      });
    }
    return {
      status: 201,
      body: {
        conversationId: claims.conversationId,
        token,
        expires_in,
        streamUrl: this.streamUrl(request.origin, claims.conversationId, token),
      },
    };
  }

  /** GET /v3/directline/conversations/:id — reconnect: a fresh token and stream URL. */
  reconnect(request: DirectLineRequest): DirectLineResponse {
    const allowed = this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const { token, expires_in } = this.options.tokens.issue(allowed.claims);
    return {
      status: 200,
      body: {
        conversationId: allowed.claims.conversationId,
        token,
        expires_in,
        streamUrl: this.streamUrl(request.origin, allowed.claims.conversationId, token, request.watermark),
      },
    };
  }

  /** GET /v3/directline/conversations/:id/activities?watermark= */
  getActivities(request: DirectLineRequest): DirectLineResponse {
    const allowed = this.conversationFor(request);
    if ('status' in allowed) return allowed;
    return { status: 200, body: this.options.conversations.since(allowed.claims.conversationId, request.watermark) };
  }

  /** POST /v3/directline/conversations/:id/activities — echoes the activity into the stream and runs the bot. */
  async postActivity(request: DirectLineRequest): Promise<DirectLineResponse> {
    const allowed = this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const { conversationId } = allowed.claims;
    const parsed = inboundActivity.safeParse(request.body);
    if (!parsed.success) return error(400, 'BadArgument', 'the body must be one activity object with a type');
    if ((parsed.data.text ?? '').length > this.options.maxMessageChars) {
      return error(413, 'MessageSizeTooBig', `messages are limited to ${this.options.maxMessageChars} characters`);
    }
    if (!this.options.conversations.allowPost(conversationId)) {
      const retry = this.options.conversations.retryAfterSeconds(conversationId);
      return error(429, 'TooManyRequests', `too many messages; try again in ${retry} s`, {
        'Retry-After': String(retry),
      });
    }
    // Typing indicators are not part of the conversation record.
    if (parsed.data.type === 'typing') return { status: 200, body: { id: '' } };
    return this.accept(parsed.data as Partial<Activity>, allowed.claims, request.origin);
  }

  /** POST /v3/directline/conversations/:id/upload — multipart: an `activity` part and file parts. */
  async upload(request: DirectLineRequest, stream: IncomingMessage): Promise<DirectLineResponse> {
    const allowed = this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const { conversationId } = allowed.claims;
    if (!this.options.conversations.allowPost(conversationId)) {
      const retry = this.options.conversations.retryAfterSeconds(conversationId);
      return error(429, 'TooManyRequests', `too many messages; try again in ${retry} s`, {
        'Retry-After': String(retry),
      });
    }
    const result = await this.options.uploads.receive(conversationId, stream, request.origin);
    if (!result.ok) {
      // Web Chat only shows "send failed"; a bot message says why.
      this.options.conversations.append(conversationId, {
        type: 'message',
        channelId: 'webchat',
        from: { ...BOT_ACCOUNT },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        text: result.message,
      });
      return error(result.status, result.code, result.message);
    }
    const activity: Partial<Activity> = {
      type: 'message',
      text: '',
      ...(result.activity ?? {}),
      attachments: result.attachments,
    };
    return this.accept(activity, allowed.claims, request.origin);
  }

  private envelope(claims: TokenClaims, origin: string): Partial<Activity> {
    return {
      channelId: 'webchat',
      serviceUrl: origin,
      conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { ...BOT_ACCOUNT },
      from: { id: claims.userId, name: '', role: 'user' },
    };
  }

  private async accept(activity: Partial<Activity>, claims: TokenClaims, origin: string): Promise<DirectLineResponse> {
    const { id: _clientId, ...rest } = activity;
    const from = { id: claims.userId, name: activity.from?.name ?? '', role: 'user' as const };
    // The echo keeps channelData (Web Chat's clientActivityID) so the page can mark the message as sent.
    const echoed = this.options.conversations.append(claims.conversationId, {
      ...rest,
      ...this.envelope(claims, origin),
      from,
    });
    try {
      await this.runTurn(echoed);
    } catch (err) {
      this.options.logger.error({ err, conversation: claims.conversationId }, 'web chat turn failed');
      return error(502, 'BotError', 'the bot could not handle this message');
    }
    return { status: 200, body: { id: echoed.id } };
  }

  private runTurn(activity: Partial<Activity>): Promise<void> {
    return this.options.adapter.processActivity(activity, this.options.logic);
  }

  /** Upgrades `/v3/directline/conversations/:id/stream?t=…` to a WebSocket carrying ActivitySets. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/.exec(url.pathname);
    if (!match) return false;
    const conversationId = decodeURIComponent(match[1] as string);
    const claims = this.options.tokens.verify(url.searchParams.get('t') ?? '');
    if (!claims || claims.conversationId !== conversationId) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return true;
    }
    this.options.conversations.ensure(conversationId, claims.userId);
    this.sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const backlog = this.options.conversations.since(conversationId, url.searchParams.get('watermark') ?? undefined);
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
      const unsubscribe = this.options.conversations.subscribe(conversationId, (activities, watermark) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark }));
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
    return true;
  }

  close(): void {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
  }
}
