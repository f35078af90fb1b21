import path from 'node:path';
import { MongoStore } from './mongo/mongo.store';
import { SqliteStore } from './sqlite/sqlite.store';
import type { Store } from './store.port';

export type { Store } from './store.port';
export * from './records';
export * from './errors';

export interface StoreOptions {
  dataDir: string;
  mongodbUri?: string;
  timeZone: string;
  /** How the embedded store syncs commits (default `full`: see SqliteStoreOptions). */
  sqliteSynchronous?: 'full' | 'group' | 'normal';
  /** Refuse an embedded database with damaged pages (`PRAGMA quick_check` before anything is written). */
  sqliteQuickCheck?: boolean;
}

export const DATABASE_FILE = 'parcelcare.db';

/** Opens the MongoDB store when a URI is configured, otherwise the embedded SQLite file in DATA_DIR. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.mongodbUri) return MongoStore.open({ uri: options.mongodbUri, timeZone: options.timeZone });
  return SqliteStore.open({
    file: path.join(options.dataDir, DATABASE_FILE),
    timeZone: options.timeZone,
    ...(options.sqliteSynchronous ? { synchronous: options.sqliteSynchronous } : {}),
    ...(options.sqliteQuickCheck ? { quickCheck: true } : {}),
  });
}
