import mongoose, { type ConnectOptions, type Connection } from 'mongoose';
import { StoreUnavailableError } from '../errors';
import type { Store } from '../store.port';
import { MongoBotState, MongoLeases, MongoOutbox } from './operations';
import { MongoShipments } from './shipments';
import { MongoConversations, MongoCustomers, MongoMessages } from './people';
import { createModels } from './schemas';
import { MongoTickets } from './tickets';
import { MongoActivityStreams } from './activity-streams';
import { MongoMetrics } from './metrics';
import { MongoAnomalies } from './anomalies';
import { MongoNotices, MongoParcelLinks } from './notices';
import { MongoDeliveryChanges } from './delivery-changes';
import { MongoClaims } from './claims';
import { MongoTrackingQuestions } from './tracking-questions';

/**
 * The write concern of every write: acknowledged only once a majority of the replica set has it in its on-disk
 * journal (on a standalone server, its own journal), so an acknowledged write survives the primary's crash or
 * failover. A write that cannot get there within 10 s fails, and the turn with it, instead of hanging.
 */
export const WRITE_CONCERN = { w: 'majority', journal: true, wtimeoutMS: 10_000 } as const;

/** The connection's options: explicit write concern, and indexes built by `open` rather than by mongoose. */
export function connectionOptions(serverSelectionTimeoutMS: number): ConnectOptions {
  return { serverSelectionTimeoutMS, autoIndex: false, writeConcern: WRITE_CONCERN };
}

/** MongoDB's answers when an index of the same name or keys exists with other options (IndexOptionsConflict…). */
const INDEX_CONFLICT_CODES = new Set([85, 86]);

export function isIndexConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && INDEX_CONFLICT_CODES.has(Number(err.code));
}

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
  readonly activityStreams;
  readonly tickets;
  readonly shipments;
  readonly outbox;
  readonly leases;
  readonly botState;
  readonly metrics;
  readonly anomalies;
  readonly parcelLinks;
  readonly notices;
  readonly deliveryChanges;
  readonly claims;
  readonly trackingQuestions;

  private constructor(
    private readonly connection: Connection,
    timeZone: string,
  ) {
    const models = createModels(connection);
    this.customers = new MongoCustomers(models);
    this.conversations = new MongoConversations(models);
    this.messages = new MongoMessages(models);
    this.activityStreams = new MongoActivityStreams(models);
    this.tickets = new MongoTickets(models, timeZone);
    this.shipments = new MongoShipments(models);
    this.outbox = new MongoOutbox(models);
    this.leases = new MongoLeases(models);
    this.botState = new MongoBotState(models);
    this.metrics = new MongoMetrics(models);
    this.anomalies = new MongoAnomalies(models);
    this.parcelLinks = new MongoParcelLinks(models);
    this.notices = new MongoNotices(models);
    this.deliveryChanges = new MongoDeliveryChanges(models);
    this.claims = new MongoClaims(models);
    this.trackingQuestions = new MongoTrackingQuestions(models);
  }

  /**
   * Connects and creates the indexes the queries rely on (unique transport ids, ticket numbers, identities) when
   * they are missing. Indexes that are there already are left as they are, and so are indexes an operator added:
   * nothing is ever dropped (mongoose's `syncIndexes` would drop every index the schemas do not name).
   * @throws StoreUnavailableError naming MONGODB_URI when the server cannot be reached, or naming the index when
   * one of ours conflicts with an existing index of the same name or keys.
   */
  static async open(options: MongoStoreOptions): Promise<MongoStore> {
    const connection = mongoose.createConnection(
      options.uri,
      connectionOptions(options.serverSelectionTimeoutMS ?? 5000),
    );
    try {
      await connection.asPromise();
    } catch (err) {
      await connection.close().catch(() => undefined);
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new StoreUnavailableError(
        `Cannot reach MongoDB at MONGODB_URI=${redactUri(options.uri)} (${detail}); check MONGODB_URI or unset it to use the embedded store`,
        { cause: err },
      );
    }
    const store = new MongoStore(connection, options.timeZone);
    try {
      for (const model of Object.values(connection.models)) await model.createIndexes();
      // Shipments stored with their scans inside (before scan_events) get their scans moved out once.
      await store.shipments.moveScansOut();
      return store;
    } catch (err) {
      await connection.close().catch(() => undefined);
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new StoreUnavailableError(
        isIndexConflict(err)
          ? `MongoDB at MONGODB_URI=${redactUri(options.uri)} has an index that conflicts with one ParcelCare needs (${detail}); ParcelCare never drops an index: rename or drop that one yourself`
          : `Cannot create ParcelCare's indexes in MongoDB at MONGODB_URI=${redactUri(options.uri)} (${detail})`,
        { cause: err },
      );
    }
  }

  async ping(): Promise<void> {
    const db = this.connection.db;
    if (!db) throw new StoreUnavailableError('MongoDB connection is not open');
    await db.admin().ping();
  }

  /**
   * Nothing to wait for: each write resolves only once acknowledged under WRITE_CONCERN (journaled on a
   * majority), and a write that failed has already rejected in the caller's turn.
   */
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
