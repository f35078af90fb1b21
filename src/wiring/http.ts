import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../channels/json-depth';
import { unexpectedQuery } from '../channels/query-params';
import type { Store } from '../store';

/** The largest body each kind of route reads; a bigger one gets 413 before anything is parsed. */
export const BODY_LIMITS = {
  /** Direct Line token and conversation calls, the events API, Teams activities. */
  json: '256kb',
  /** Agents' sign-in, messages and actions. */
  smallJson: '64kb',
  /** Twilio's form-encoded webhooks. */
  form: '64kb',
} as const;

/**
 * express.json with a route's size limit, then a refusal of a body nested deeper than MAX_JSON_DEPTH: a 400 whose
 * `type` (`entity.too.deep`) the error handlers turn into their reason, before any handler reads the body.
 */
export function jsonBody(limit: string | number): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      if (err || !nestsDeeperThan(req.body)) return next(err);
      const tooDeep = new Error(`the JSON body nests more than ${MAX_JSON_DEPTH} levels deep`);
      next(Object.assign(tooDeep, { status: 400, type: 'entity.too.deep' }));
    });
  };
}

/** The folder of the pages and their scripts. */
export const PUBLIC_DIR = path.join(__dirname, '..', '..', 'public');

/** What the capabilities mount their routes with: the app and the helpers every route shares. */
export interface HttpKit {
  app: Express;
  /**
   * Runs a request that writes as one unit of work and answers once all its writes are on disk: the embedded
   * store commits in groups, and a 200 must not promise what a crash could still lose (Twilio would not send
   * it again). A request that fails — it throws, or answers 5xx — keeps none of its uncommitted writes, so the
   * sender's retry starts afresh.
   */
  durably<T extends { status: number }>(work: () => Promise<T>): Promise<T>;
  /** A page from public/, with the courier's name in it, read once at start. */
  brandedPage(...file: string[]): RequestHandler;
  /** Serves a browser library from node_modules (nothing from a CDN). */
  vendor(route: string, file: string): void;
  /** Security headers of the customer chat page (the one page the courier's sites may frame). */
  chatPageHeaders: RequestHandler;
}

export function httpKit(
  app: Express,
  options: { store: Store; courierName: string; chatPageHeaders: RequestHandler },
): HttpKit {
  const { store } = options;
  return {
    app,
    durably: async <T extends { status: number }>(work: () => Promise<T>): Promise<T> => {
      let failure: T | undefined;
      try {
        return await store.unitOfWork(async () => {
          const outcome = await work();
          if (outcome.status >= 500) {
            failure = outcome;
            throw new Error(`answered ${outcome.status}: its writes are rolled back`);
          }
          await store.durable();
          return outcome;
        });
      } catch (err) {
        if (failure) return failure;
        throw err;
      }
    },
    brandedPage: (...file) => {
      const html = fs
        .readFileSync(path.join(PUBLIC_DIR, ...file), 'utf8')
        .replace(/ParcelCare Express/g, options.courierName);
      return (_req, res) => {
        res.type('html').send(html);
      };
    },
    vendor: (route, file) => {
      app.get(route, (_req, res) => {
        res.sendFile(file, { maxAge: '1d' });
      });
    },
    chatPageHeaders: options.chatPageHeaders,
  };
}

/** An async handler whose rejection goes to Express's error handlers. */
export const wrap =
  (handler: (req: Request, res: Response) => Promise<void> | void) =>
  (req: Request, res: Response, next: NextFunction): void => {
    Promise.resolve(handler(req, res)).catch(next);
  };

/** For routes that take no query parameters: one they were given is a 400 naming it, not silently ignored. */
export function noQuery(req: Request, res: Response, next: NextFunction): void {
  const error = unexpectedQuery(req.query as Record<string, unknown>);
  if (error) res.status(400).json({ error });
  else next();
}
