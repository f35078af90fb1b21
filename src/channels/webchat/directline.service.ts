import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity, TurnContext } from 'botbuilder-core';
import type { Logger } from 'pino';
import { z } from 'zod';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../json-depth';
import type { MessageRepository } from '../../store/store.port';
import { InboundReplay } from '../inbound-replay';
import type { DirectLineConversations } from './directline.conversations';
import {
  badWatermark,
  clientActivityIdOf,
  error,
  inboundActivity,
  MAX_ACTIVITY_BYTES,
  type DirectLineRequest,
  type DirectLineResponse,
} from './directline.protocol';
import { DirectLineStreams } from './directline.stream';
import type { DirectLineTokens, TokenClaims } from './directline.tokens';

export { MAX_ACTIVITY_BYTES, type DirectLineRequest, type DirectLineResponse } from './directline.protocol';
import { cutToLimit } from '../../bot';
import { UPLOAD_REFUSED_EVENT } from '../../bot/channels';
import { BOT_ACCOUNT, type WebChatAdapter } from './webchat.adapter';
import type { Refusal, UploadStore } from './uploads';

export interface DirectLineOptions {
  adapter: WebChatAdapter;
  conversations: DirectLineConversations;
  tokens: DirectLineTokens;
  uploads: UploadStore;
  /** Where each customer message's answer is kept, so a retried post is answered without a second turn. */
  messages: Pick<MessageRepository, 'findByTransportId' | 'recordReply'>;
  /** The bot's turn logic. */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Lets other sites embed Web Chat: their server exchanges this secret for tokens. Optional. */
  secret?: string;
  /** The longest message the bot reads; a longer one is kept cut to this length and answered with what to do. */
  maxMessageChars: number;
  /** How often open streams are pinged to find clients that vanished (ms). */
  heartbeatMs?: number;
}

/**
 * A Direct Line 3.0-compatible endpoint, so Microsoft's Web Chat talks to ParcelCare with no Azure: token
 * generate / refresh, conversation start and reconnect, activities by watermark (polling) and over a
 * WebSocket, posting activities and uploads. Each conversation has its own token, which reads and posts
 * only there. A post retried with the same `clientActivityID` gets the first post's id, and the bot answers it
 * once.
 */
export class DirectLineService {
  private readonly replay: InboundReplay;
  private readonly streams: DirectLineStreams;

  constructor(private readonly options: DirectLineOptions) {
    this.replay = new InboundReplay(options.messages);
    this.streams = new DirectLineStreams(options.tokens, options.conversations, options.heartbeatMs);
  }

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
  private async conversationFor(request: DirectLineRequest): Promise<{ claims: TokenClaims } | DirectLineResponse> {
    const auth = this.authorize(request.authorization);
    if (!auth) return error(403, 'TokenInvalid', 'a valid Direct Line token is required');
    const conversationId = request.conversationId ?? '';
    if (auth.kind === 'token' && auth.claims.conversationId !== conversationId) {
      return error(403, 'TokenInvalid', 'this token belongs to another conversation');
    }
    if (auth.kind === 'secret' && !(await this.options.conversations.exists(conversationId))) {
      return error(404, 'NotFound', `conversation ${conversationId} does not exist`);
    }
    const userId = auth.kind === 'token' ? auth.claims.userId : 'dl_secret';
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

  /**
   * What our own chat page starts with: a conversation and its token, and the longest message the bot reads, which
   * the page shows as the customer types.
   */
  pageSession(): ReturnType<DirectLineService['newConversationToken']> & { maxMessageChars: number } {
    return { ...this.newConversationToken(), maxMessageChars: this.options.maxMessageChars };
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
    // A conversation with a stream already (a reload, a restart, another process) is not greeted again.
    const isNew = !(await this.options.conversations.exists(claims.conversationId));
    this.options.conversations.touch(claims.conversationId);
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
  async reconnect(request: DirectLineRequest): Promise<DirectLineResponse> {
    const allowed = await this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const refused = badWatermark(request.watermark);
    if (refused) return refused;
    this.options.conversations.touch(allowed.claims.conversationId);
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
  async getActivities(request: DirectLineRequest): Promise<DirectLineResponse> {
    const allowed = await this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const refused = badWatermark(request.watermark);
    if (refused) return refused;
    this.options.conversations.touch(allowed.claims.conversationId);
    return {
      status: 200,
      body: await this.options.conversations.since(allowed.claims.conversationId, request.watermark),
    };
  }

  /** POST /v3/directline/conversations/:id/activities — echoes the activity into the stream and runs the bot. */
  async postActivity(request: DirectLineRequest): Promise<DirectLineResponse> {
    const allowed = await this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const { conversationId } = allowed.claims;
    const parsed = inboundActivity.safeParse(request.body);
    if (!parsed.success) return error(400, 'BadArgument', 'the body must be one activity object with a type');
    if (!this.options.conversations.allowPost(conversationId)) {
      const retry = this.options.conversations.retryAfterSeconds(conversationId);
      return error(429, 'TooManyRequests', `too many messages; try again in ${retry} s`, {
        'Retry-After': String(retry),
      });
    }
    // Typing indicators are not part of the conversation record.
    if (parsed.data.type === 'typing') return { status: 200, body: { id: '' } };
    // An over-long message is answered, not refused (Web Chat would only show "Send failed"): it is kept cut to
    // the limit and the bot says what to do. The request body limit still refuses anything huge.
    const activity = cutToLimit(parsed.data as Partial<Activity>, this.options.maxMessageChars);
    return this.accept(activity, allowed.claims, request.origin);
  }

  /** The answer to a post whose body is beyond the hard cap (`MAX_ACTIVITY_BYTES`): nothing of it was read. */
  bodyTooLarge(): DirectLineResponse {
    return error(
      413,
      'MessageSizeTooBig',
      `an activity is limited to ${MAX_ACTIVITY_BYTES / 1024} kB; messages are read up to ${this.options.maxMessageChars} characters`,
    );
  }

  /** A JSON body nested deeper than any activity needs (see json-depth.ts): refused before it is read. */
  bodyTooDeep(): DirectLineResponse {
    return error(400, 'BadArgument', `the body nests more than ${MAX_JSON_DEPTH} levels deep`);
  }

  /** POST /v3/directline/conversations/:id/upload — multipart: an `activity` part and file parts. */
  async upload(request: DirectLineRequest, stream: IncomingMessage): Promise<DirectLineResponse> {
    const allowed = await this.conversationFor(request);
    if ('status' in allowed) return allowed;
    const { conversationId } = allowed.claims;
    if (!this.options.conversations.allowPost(conversationId)) {
      const retry = this.options.conversations.retryAfterSeconds(conversationId);
      return error(429, 'TooManyRequests', `too many messages; try again in ${retry} s`, {
        'Retry-After': String(retry),
      });
    }
    const result = this.options.uploads.confirmContent(
      await this.options.uploads.receive(conversationId, stream, request.origin, (part) =>
        this.checkUploadActivity(part),
      ),
    );
    if (!result.ok) {
      // Web Chat only shows "send failed"; a bot message says why a photo was refused. A malformed or cut-off
      // body gets its 400 alone: nobody reads the chat of a client that sent one.
      if (result.customer) {
        const from = { id: allowed.claims.userId, name: '', role: 'user' as const };
        await this.runTurn({
          type: 'event',
          name: UPLOAD_REFUSED_EVENT,
          value: result.customer,
          ...this.envelope(allowed.claims, request.origin),
          from,
        });
      }
      return error(result.status, result.code, result.message);
    }
    const activity: Partial<Activity> = {
      type: 'message',
      text: '',
      ...(result.activity ?? {}),
      attachments: result.attachments,
    };
    return this.accept(cutToLimit(activity, this.options.maxMessageChars), allowed.claims, request.origin);
  }

  /** The activity part of an upload is held to the rules of a posted activity. */
  private checkUploadActivity(part: Record<string, unknown>): Refusal | undefined {
    const parsed = inboundActivity.safeParse({ type: 'message', ...part });
    if (!parsed.success || nestsDeeperThan(part))
      return { ok: false, status: 400, code: 'BadArgument', message: 'the activity part must be one activity object' };
    return undefined;
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

  /**
   * Echoes a customer's activity into the stream and answers it, once: a retry with the same clientActivityID
   * gets the first post's id, and runs the bot only if the first post's turn never finished.
   */
  private async accept(activity: Partial<Activity>, claims: TokenClaims, origin: string): Promise<DirectLineResponse> {
    const { id: _clientId, ...rest } = activity;
    const from = { id: claims.userId, name: activity.from?.name ?? '', role: 'user' as const };
    // The echo keeps channelData (Web Chat's clientActivityID) so the page can mark the message as sent.
    const { activity: echoed, stored } = await this.options.conversations.append(
      claims.conversationId,
      { ...rest, ...this.envelope(claims, origin), from },
      clientActivityIdOf(activity),
    );
    const id = echoed.id as string;
    // Only messages are answered (and their answers kept); another activity posted again is simply acknowledged.
    if (!stored && echoed.type !== 'message') return { status: 200, body: { id } };
    try {
      await this.replay.answer('webchat', id, async (redelivery) => {
        await this.runTurn(echoed, redelivery);
        return JSON.stringify({ id });
      });
    } catch (err) {
      this.options.logger.error({ err, conversation: claims.conversationId }, 'web chat turn failed');
      return error(502, 'BotError', 'the bot could not handle this message');
    }
    return { status: 200, body: { id } };
  }

  private runTurn(activity: Partial<Activity>, redelivery = false): Promise<void> {
    return this.options.adapter.processActivity(activity, this.options.logic, { redelivery });
  }

  /** Upgrades `/v3/directline/conversations/:id/stream?t=…` to a WebSocket carrying ActivitySets. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    return this.streams.handleUpgrade(request, socket, head);
  }

  close(): void {
    this.streams.close();
  }
}
