import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from './logger';
import { StoreUnavailableError, type Store } from './store';
import { noStore, securityHeaders } from './http-security';
import { httpKit } from './wiring/http';
import type { HttpRoutes } from './wiring/wiring';

export interface HttpAppOptions {
  store: Store;
  logger: Logger;
  courierName: string;
  /** Other sites' origins allowed to frame the chat page (WEBCHAT_FRAME_ANCESTORS). */
  chatFrameAncestors: readonly string[];
  /** TRUST_PROXY: which X-Forwarded-For hops name the client (`req.ip`); unset, the header is ignored. */
  trustProxy?: number | readonly string[];
}

/** What the body parsers' error types mean, for the client that sent the body. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'the body is not valid JSON',
  'entity.too.large': 'the body is larger than this route accepts',
  'entity.too.deep': 'the JSON body nests arrays or objects too deep',
  'entity.verify.failed': 'the body could not be verified',
  'request.aborted': 'the body was cut off before its end',
  'request.size.invalid': 'the body does not match its Content-Length',
  'encoding.unsupported': 'unsupported Content-Encoding',
  'charset.unsupported': 'unsupported charset',
  'parameters.too.many': 'too many form parameters',
};

/**
 * The HTTP surface: the frame every route runs in. In order: the providers' signed webhooks (Twilio: answers
 * only its servers read), security headers on every other answer, no-store on the capabilities' private paths,
 * each capability's routes in the order given (`src/wiring/*`, listed in `index.ts`), then 404 and the
 * last-resort error handler. Only this file and `src/wiring/` import Express:
 * channels receive plain request objects from the routes and answer with status and body.
 */
export function createHttpApp(options: HttpAppOptions, capabilities: readonly HttpRoutes[]): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag hashed over every answer: webhook and API answers are never revalidated (static files keep theirs).
  app.set('etag', false);
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  const headers = securityHeaders({ chatFrameAncestors: options.chatFrameAncestors });
  const http = httpKit(app, {
    store: options.store,
    courierName: options.courierName,
    chatPageHeaders: headers.chatPage,
  });
  for (const capability of capabilities) capability.mountWebhooks?.(http);
  app.use(headers.everywhere);
  // Whoever holds a token or an agent's credentials gets answers no browser or proxy keeps.
  app.use(
    capabilities.flatMap((capability) => capability.noStore ?? []),
    noStore,
  );
  for (const capability of capabilities) capability.mount?.(http);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  app.use(lastResortErrorHandler(options.logger));
  return app;
}

/**
 * Express's last-resort handler: malformed or oversized bodies get 4xx with the reason, a store that cannot keep
 * the request 503 (retry shortly), anything else 500, never a stack trace. Body parsers name what went wrong in
 * `type`.
 */
function lastResortErrorHandler(logger: Logger) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) {
      logger.error({ err }, 'request failed after its answer began');
      res.end();
      return;
    }
    if (err instanceof StoreUnavailableError) {
      logger.error({ err }, 'request failed: its writes were not kept');
      res.set('Retry-After', '5').status(503).json({ error: 'store_unavailable' });
      return;
    }
    const { status: raw, type } = (typeof err === 'object' && err !== null ? err : {}) as {
      status?: unknown;
      type?: unknown;
    };
    const status = Number(raw) >= 400 && Number(raw) < 600 ? Number(raw) : 500;
    if (status >= 500) logger.error({ err }, 'request failed');
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status >= 500
            ? 'internal_error'
            : 'bad_request';
    const reason = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    res.status(status).json({ error: code, ...(status < 500 && reason ? { reason } : {}) });
  };
}
