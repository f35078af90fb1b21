import mongoose, { type Connection } from 'mongoose';
import { StoreUnavailableError } from '../errors';
import type { Store } from '../store.port';
import { MongoBotState, MongoLeases, MongoOutbox, MongoShipments } from './operations';
import { MongoConversations, MongoCustomers, MongoMessages } from './people';
import { createModels } from './schemas';
import { MongoTickets } from './tickets';
import { MongoMetrics } from './metrics';

export interface MongoStoreOptions {
  uri: string;
  timeZone: string;
  /** How long to look for a server before giving up (mongoose's default is 30 s). */
  serverSelectionTimeoutMS?: number;
}

/** The MongoDB store through mongoose, for deployments where several bot processes share one database. */
export class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  readonly customers;
  readonly conversations;
  readonly messages;
  readonly tickets;
  readonly shipments;
  readonly outbox;
  readonly leases;
  readonly botState;
  readonly metrics;

  private constructor(
    private readonly connection: Connection,
    timeZone: string,
  ) {
    const models = createModels(connection);
    this.customers = new MongoCustomers(models);
    this.conversations = new MongoConversations(models);
    this.messages = new MongoMessages(models);
    this.tickets = new MongoTickets(models, timeZone);
    this.shipments = new MongoShipments(models);
    this.outbox = new MongoOutbox(models);
    this.leases = new MongoLeases(models);
    this.botState = new MongoBotState(models);
    this.metrics = new MongoMetrics(models);
  }

  /**
   * Connects and builds the indexes the queries rely on (unique transport ids, ticket numbers, identities).
   * @throws StoreUnavailableError naming MONGODB_URI when the server cannot be reached.
   */
  static async open(options: MongoStoreOptions): Promise<MongoStore> {
    const connection = mongoose.createConnection(options.uri, {
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5000,
      autoIndex: false,
    });
    try {
      await connection.asPromise();
      const store = new MongoStore(connection, options.timeZone);
      await Promise.all(Object.values(connection.models).map((model) => model.syncIndexes()));
      return store;
    } catch (err) {
      await connection.close().catch(() => undefined);
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new StoreUnavailableError(
        `Cannot reach MongoDB at MONGODB_URI=${redactUri(options.uri)} (${detail}); check MONGODB_URI or unset it to use the embedded store`,
        { cause: err },
      );
    }
  }

  async ping(): Promise<void> {
    const db = this.connection.db;
    if (!db) throw new StoreUnavailableError('MongoDB connection is not open');
    await db.admin().ping();
  }

  /** Each MongoDB write is acknowledged by the server (the connection's write concern) before it resolves. */
  async durable(): Promise<void> {}

  /** Each write is acknowledged on its own (no multi-document transaction): a failed unit keeps what it wrote. */
  unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

/** Hides the password in a connection string. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}
