import type { Logger } from '../logger';
import type { Store } from '../store';
import type { HttpRoutes } from './wiring';

/** `/healthz` (the process is up) and `/readyz` (the store answers; 503 if not). */
export function healthRoutes(store: Store, logger: Logger): HttpRoutes {
  return {
    mount: ({ app }) => {
      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
      });
      app.get('/readyz', async (_req, res) => {
        try {
          await store.ping();
          res.json({ status: 'ready', store: store.kind });
        } catch (err) {
          logger.warn({ err }, 'readiness check failed: store unreachable');
          res.status(503).json({ status: 'unavailable', store: store.kind });
        }
      });
    },
  };
}
