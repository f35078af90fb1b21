import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../errors';
import type { ScanEvent, Shipment, ShipmentSummary } from '../../tracking/records';
import { advanceSummary, standing, summarize } from '../../tracking/shipment-summary';
import { scansInTimeOrder, waybillOf } from '../shared';
import type { ScanUpdate, ScansAdded, ShipmentRepository } from '../store.port';
import { fromDocument, type MongoModels } from './schemas';

/** A summary document read back: `null` for the scans a parcel without any has (MongoDB keeps no `undefined`). */
interface SummaryDocument extends Omit<ShipmentSummary, 'lastScan' | 'atPlaceSince'> {
  lastScan?: ScanEvent | null;
  atPlaceSince?: ScanEvent | null;
  rev?: unknown;
}

/** The summary's fields as the document keeps them (`_id` is the tracking number; no field left `undefined`). */
function summaryFields(summary: ShipmentSummary): Record<string, unknown> {
  const { trackingNumber: _id, lastScan, atPlaceSince, ...waybill } = summary;
  return { ...waybill, lastScan: lastScan ?? null, atPlaceSince: atPlaceSince ?? null };
}

/**
 * The write errors of a bulk write that only met scans stored already (duplicate key, E11000), by the index of
 * the operation; `undefined` when anything else went wrong (which the caller rethrows).
 */
function duplicateScans(err: unknown): Set<number> | undefined {
  if (typeof err !== 'object' || err === null || !('writeErrors' in err)) return undefined;
  if ('writeConcernError' in err && err.writeConcernError) return undefined;
  const errors = [(err as { writeErrors: unknown }).writeErrors].flat() as { index?: number; code?: number }[];
  if (errors.length === 0 || errors.some((e) => e.code !== 11000 || typeof e.index !== 'number')) return undefined;
  return new Set(errors.map((e) => e.index as number));
}

/**
 * Shipments in two collections: `shipments` holds each parcel's summary (the waybill and where it stands) and
 * `scan_events` its scans, one document each under a unique index on parcel, instant, place and status. Scans
 * coming in are one unordered bulk insert whose duplicate-key errors name the scans stored already (by an
 * earlier push, or by another process at the same moment), then one write of the summary guarded by a revision.
 */
export class MongoShipments implements ShipmentRepository {
  constructor(private readonly models: MongoModels) {}

  async upsert(shipment: Shipment): Promise<Shipment> {
    const { trackingNumber } = shipment;
    await this.models.scanEvents.collection.deleteMany({ trackingNumber });
    const events = await this.insertScans(trackingNumber, scansInTimeOrder(shipment.events));
    const stored: Shipment = { ...waybillOf(shipment), events };
    await this.models.shipments.collection.replaceOne(
      { _id: trackingNumber as never },
      { ...summaryFields(summarize(stored)), rev: randomUUID() },
      { upsert: true },
    );
    return stored;
  }

  async get(trackingNumber: string): Promise<Shipment | undefined> {
    const summary = await this.read(trackingNumber);
    if (!summary) return undefined;
    return { ...waybillOf(summary), events: await this.history(trackingNumber, 1) };
  }

  async summary(trackingNumber: string): Promise<ShipmentSummary | undefined> {
    const found = await this.read(trackingNumber);
    if (!found) return undefined;
    const { rev: _rev, ...summary } = found;
    return summary;
  }

  async missing(trackingNumbers: string[]): Promise<string[]> {
    const found = await this.models.shipments.collection
      .find({ _id: { $in: trackingNumbers as never[] } }, { projection: { _id: 1 } })
      .toArray();
    const known = new Set(found.map((doc) => String(doc._id)));
    return [...new Set(trackingNumbers)].filter((n) => !known.has(n));
  }

  async addEventsToMany(updates: readonly ScanUpdate[], now: string): Promise<ScansAdded[]> {
    const unknown = await this.missing(updates.map((u) => u.trackingNumber));
    if (unknown[0] !== undefined) throw new NotFoundError('Shipment', unknown[0]);
    // One parcel after another: each parcel's scans and summary are consistent on their own (see addEvents); the
    // store keeps no transaction across parcels.
    const results: ScansAdded[] = [];
    for (const { trackingNumber, events } of updates) results.push(await this.addEvents(trackingNumber, events, now));
    return results;
  }

  async addEvents(trackingNumber: string, events: ScanEvent[], now: string): Promise<ScansAdded> {
    let summary = await this.read(trackingNumber);
    if (!summary) throw new NotFoundError('Shipment', trackingNumber);
    const scans = scansInTimeOrder(events);
    const added = await this.insertScans(trackingNumber, scans);
    // Worked out from the summary when only new scans came, after the latest; otherwise (a scan met stored
    // already — perhaps by a push that stopped before its summary was written —, or one older than the latest, or
    // another writer in between) from the parcel's scans themselves.
    let fromRows = added.length < scans.length;
    for (;;) {
      const { rev: _rev, ...known } = summary;
      const advanced = fromRows ? undefined : advanceSummary(known, added);
      const shipment: ShipmentSummary = {
        ...known,
        ...(advanced ?? (await this.standing(trackingNumber))),
        updatedAt: now,
      };
      const result = await this.models.shipments.collection.updateOne(
        { _id: trackingNumber as never, rev: summary.rev },
        { $set: { ...summaryFields(shipment), rev: randomUUID() } },
      );
      if (result.matchedCount === 1) return { shipment, added };
      summary = await this.read(trackingNumber);
      if (!summary) throw new NotFoundError('Shipment', trackingNumber);
      fromRows = true;
    }
  }

  async count(): Promise<number> {
    return this.models.shipments.countDocuments();
  }

  async carriers(): Promise<string[]> {
    const found = (await this.models.shipments.distinct('carrier')) as unknown[];
    return found.filter((c): c is string => typeof c === 'string').sort();
  }

  /**
   * Moves the scans of shipments stored with their scans inside (before `scan_events`) into the collection, and
   * leaves the summary: run at start-up, safe to run again or in two processes at once (the scans' key decides).
   */
  async moveScansOut(): Promise<number> {
    let moved = 0;
    const cursor = this.models.shipments.collection.find({ events: { $exists: true } });
    for await (const doc of cursor) {
      const { rev, ...record } = fromDocument<Shipment & { rev?: unknown }>(doc, 'trackingNumber') as Shipment & {
        rev?: unknown;
      };
      await this.insertScans(record.trackingNumber, scansInTimeOrder(record.events));
      const events = await this.history(record.trackingNumber, 1);
      const result = await this.models.shipments.collection.updateOne(
        { _id: record.trackingNumber as never, rev },
        { $set: { ...summaryFields(summarize({ ...record, events })), rev: randomUUID() }, $unset: { events: '' } },
      );
      moved += result.modifiedCount;
    }
    return moved;
  }

  /** Stores the scans (in time order) the parcel does not have yet; returns those, in the same order. */
  private async insertScans(trackingNumber: string, scans: ScanEvent[]): Promise<ScanEvent[]> {
    if (scans.length === 0) return [];
    // With `at`, the order to read scans back in: of one instant, those stored earlier first (by the writer's clock
    // across processes), then in the order given.
    const stamp = Date.now() * 1000;
    try {
      await this.models.scanEvents.collection.bulkWrite(
        scans.map((scan, i) => ({
          insertOne: {
            document: { trackingNumber, at: scan.at, place: scan.place, status: scan.status, seq: stamp + i, scan },
          },
        })),
        { ordered: false },
      );
      return scans;
    } catch (err) {
      const duplicates = duplicateScans(err);
      if (!duplicates) throw err;
      return scans.filter((_, i) => !duplicates.has(i));
    }
  }

  /** The parcel's scans in time order (`direction` 1) or newest first (-1). */
  private async history(trackingNumber: string, direction: 1 | -1): Promise<ScanEvent[]> {
    const docs = await this.models.scanEvents.collection
      .find({ trackingNumber }, { projection: { scan: 1 } })
      .sort({ at: direction, seq: direction })
      .toArray();
    return docs.map((doc) => doc.scan as ScanEvent);
  }

  private async standing(trackingNumber: string): Promise<Pick<ShipmentSummary, 'lastScan' | 'atPlaceSince'>> {
    return standing(await this.history(trackingNumber, -1));
  }

  private async read(trackingNumber: string): Promise<(ShipmentSummary & { rev?: unknown }) | undefined> {
    const doc = fromDocument<SummaryDocument>(
      await this.models.shipments.findById(trackingNumber).lean(),
      'trackingNumber',
    );
    if (!doc) return undefined;
    const { lastScan, atPlaceSince, ...rest } = doc;
    return { ...rest, lastScan: lastScan ?? undefined, atPlaceSince: atPlaceSince ?? undefined };
  }
}
