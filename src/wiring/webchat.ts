import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import { installOn, type BotParts } from '../bot';
import { WebChatNoticeSender } from '../channels/notice-delivery';
import { DirectLineConversations } from '../channels/webchat/directline.conversations';
import {
  DirectLineService,
  MAX_ACTIVITY_BYTES,
  type DirectLineRequest,
  type DirectLineResponse,
} from '../channels/webchat/directline.service';
import { DirectLineTokens } from '../channels/webchat/directline.tokens';
import { WebChatAdapter } from '../channels/webchat/webchat.adapter';
import type { OutboundSender } from '../channels/outbox/outbox.worker';
import type { EvidenceWiring } from './evidence';
import { BODY_LIMITS, jsonBody, noQuery, PUBLIC_DIR, wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

/** Pages may ask for a new conversation this often per client address (token minting is cheap to abuse). */
const TOKENS_PER_MINUTE_PER_ADDRESS = 30;

export interface WebChatWiring extends HttpRoutes {
  /** Conversations held in memory, and the sweep that drops the idle ones. */
  conversations: DirectLineConversations;
  /** Sends proactive notices into a customer's web chat. */
  noticeSender: OutboundSender;
  /** Takes the Direct Line WebSocket upgrades of the HTTP server. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Ends the streams and the idle sweep (the HTTP server is closed by its owner). */
  close(): void;
}

/**
 * The customer's web chat: the page with Microsoft's Web Chat, and the self-hosted Direct Line 3.0 it talks to
 * (REST, WebSocket streams, uploads).
 */
export function wireWebChat(
  { config, store, clock, logger }: Wiring,
  bot: BotParts,
  options: {
    evidence: EvidenceWiring;
    /**
     * Our public base URL (PUBLIC_URL, else the address we listen on): stream and file URLs are built from it,
     * never from the request's Host header, which any client can forge.
     */
    publicUrl: () => string;
  },
): WebChatWiring {
  const conversations = new DirectLineConversations({
    store,
    maxHistory: 500,
    postsPerMinute: config.webchat.messagesPerMinute,
    pollMs: 1000,
    idleMs: config.webchat.idleMs,
    now: () => clock.now().getTime(),
    logger,
  });
  const adapter = new WebChatAdapter(conversations);
  installOn(adapter, bot);
  bot.services.handoff.connect('webchat', adapter);
  const { uploads } = options.evidence;
  const directLine = new DirectLineService({
    adapter,
    conversations,
    tokens: new DirectLineTokens(config.webchat.tokenSecret),
    uploads,
    messages: store.messages,
    logic: bot.run,
    logger,
    ...(config.webchat.secret ? { secret: config.webchat.secret } : {}),
    maxMessageChars: config.webchat.maxMessageChars,
  });
  const request = (req: Request): DirectLineRequest => directLineRequest(req, options.publicUrl());

  return {
    conversations,
    noticeSender: new WebChatNoticeSender(adapter, store.conversations),
    noStore: ['/v3/directline', '/webchat'],
    mount: ({ app, durably, brandedPage, vendor, chatPageHeaders }) => {
      // --- the customer page and Web Chat ---------------------------------------------------------------
      app.get('/', chatPageHeaders, brandedPage('index.html'));
      app.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
      app.get('/favicon.ico', (_req, res) => {
        res.status(204).end();
      });
      vendor('/vendor/webchat.js', WEBCHAT_BUNDLE);
      app.post('/webchat/token', noQuery, perAddressLimit(TOKENS_PER_MINUTE_PER_ADDRESS), (_req, res) => {
        res.json(directLine.pageSession());
      });
      app.get('/webchat/files/:conversation/:file', (req, res) => {
        const file = uploads.filePath(String(req.params.conversation), String(req.params.file));
        if (!file) {
          res.status(404).json({ error: 'not_found' });
          return;
        }
        res.sendFile(file, { headers: { 'X-Content-Type-Options': 'nosniff' } });
      });

      // --- Direct Line 3.0 ------------------------------------------------------------------------------
      // Web Chat embedded on other sites calls these cross-origin with a bearer token.
      app.use('/v3/directline', (req, res, next) => {
        res.set({
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent',
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        });
        if (req.method === 'OPTIONS') res.status(204).end();
        else next();
      });
      const json = jsonBody(BODY_LIMITS.json);
      app.post('/v3/directline/tokens/generate', json, (req, res) => send(res, directLine.generateToken(request(req))));
      app.post('/v3/directline/tokens/refresh', (req, res) => send(res, directLine.refreshToken(request(req))));
      app.post(
        '/v3/directline/conversations',
        json,
        wrap(async (req, res) => send(res, await durably(() => directLine.startConversation(request(req))))),
      );
      app.get(
        '/v3/directline/conversations/:id',
        wrap(async (req, res) => send(res, await directLine.reconnect(request(req)))),
      );
      app.get(
        '/v3/directline/conversations/:id/activities',
        wrap(async (req, res) => send(res, await directLine.getActivities(request(req)))),
      );
      app.post(
        '/v3/directline/conversations/:id/activities',
        jsonBody(MAX_ACTIVITY_BYTES),
        wrap(async (req, res) => send(res, await durably(() => directLine.postActivity(request(req))))),
      );
      app.post(
        '/v3/directline/conversations/:id/upload',
        wrap(async (req, res) => send(res, await durably(() => directLine.upload(request(req), req)))),
      );
      // A body beyond the hard cap or nested too deep gets Direct Line's own error shape, saying the limits.
      app.use('/v3/directline', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
        const type = (err as { type?: unknown } | null)?.type;
        if (type === 'entity.too.large') send(res, directLine.bodyTooLarge());
        else if (type === 'entity.too.deep') send(res, directLine.bodyTooDeep());
        else next(err);
      });
    },
    upgrade: (request, socket, head) => {
      // A client that resets the connection during the upgrade must not become an unhandled 'error'.
      socket.on('error', () => socket.destroy());
      if (!directLine.handleUpgrade(request, socket, head)) socket.destroy();
    },
    close: () => {
      directLine.close();
      conversations.close();
    },
  };
}

function send(res: Response, answer: DirectLineResponse): void {
  if (answer.headers) res.set(answer.headers);
  res.status(answer.status);
  if (answer.body === undefined) res.end();
  else res.json(answer.body);
}

function directLineRequest(req: Request, publicUrl: string): DirectLineRequest {
  return {
    authorization: req.get('authorization'),
    conversationId: typeof req.params.id === 'string' ? req.params.id : undefined,
    // A list (`?watermark=1&watermark=2`) stays visible as one value the service refuses.
    watermark: req.query.watermark === undefined ? undefined : String(req.query.watermark as unknown),
    body: req.body as unknown,
    origin: publicUrl,
    acceptLanguage: req.get('accept-language'),
  };
}

/** A tiny per-address limiter for the token endpoint. */
function perAddressLimit(limit: number): (req: Request, res: Response, next: NextFunction) => void {
  const hits = new Map<string, number[]>();
  return (req, res, next) => {
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    const recent = (hits.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= limit) {
      res
        .set('Retry-After', '60')
        .status(429)
        .json({ error: 'too many new conversations from this address; wait a minute' });
      return;
    }
    recent.push(now);
    hits.set(key, recent);
    if (hits.size > 10_000) hits.clear();
    next();
  };
}
