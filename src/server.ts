import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from './logger';
import type { Store } from './store';

export interface HttpDependencies {
  store: Store;
  logger: Logger;
}

/**
 * The HTTP surface. The only module that imports Express: channels receive plain request objects from the
 * routes mounted here.
 */
export function createHttpApp(deps: HttpDependencies): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ status: 'ready', store: deps.store.kind });
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check failed: store unreachable');
      res.status(503).json({ status: 'unavailable', store: deps.store.kind });
    }
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  // Express's last-resort handler: malformed bodies get 400, anything else 500, never a stack trace.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number(err.status) : 500;
    if (status >= 500) deps.logger.error({ err }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'internal_error' : 'bad_request' });
  });

  return app;
}
