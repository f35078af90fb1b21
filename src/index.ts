import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Logger } from './logger';
import { createHttpApp } from './server';
import { openStore, type Store } from './store';

/** A running ParcelCare: its address, its store, and how to stop it. */
export interface RunningParcelCare {
  url: string;
  store: Store;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/**
 * The composition root: the only place that builds every part and wires them together.
 */
export async function startParcelCare(config: Config, logger: Logger): Promise<RunningParcelCare> {
  const store = await openStore({ dataDir: config.dataDir, mongodbUri: config.mongodbUri, timeZone: config.timeZone });
  const app = createHttpApp({ store, logger });
  const server = http.createServer(app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, store: store.kind }, 'ParcelCare is listening');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets with no request in flight would hold close() open.
        server.closeIdleConnections();
      });
      await store.close();
      logger.info('ParcelCare stopped');
    })();
    return closing;
  };
  return { url, store, close };
}
