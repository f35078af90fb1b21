import type { NewParcelAnomaly, ParcelAnomaly } from '../../tracking/anomaly.records';
import { clone, newId } from '../shared';
import type { AnomalyCheck, AnomalyRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

/** Anomalies in `anomalies` (unique index on parcel, kind and occurrence) and due checks in `anomaly_checks`. */
export class MongoAnomalies implements AnomalyRepository {
  constructor(private readonly models: MongoModels) {}

  async record(input: NewParcelAnomaly): Promise<{ stored: boolean; anomaly: ParcelAnomaly }> {
    const { id, ...rest } = { ...clone(input), id: newId() };
    try {
      // The unique index decides between simultaneous writers in any number of processes.
      await this.models.anomalies.create({ _id: id, ...rest });
      return { stored: true, anomaly: { id, ...rest } };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const earlier = await this.models.anomalies
        .findOne({ trackingNumber: input.trackingNumber, kind: input.kind, occurrence: input.occurrence })
        .lean();
      return { stored: false, anomaly: fromDocument<ParcelAnomaly>(earlier) as ParcelAnomaly };
    }
  }

  async get(id: string): Promise<ParcelAnomaly | undefined> {
    return fromDocument<ParcelAnomaly>(await this.models.anomalies.findById(id).lean());
  }

  async listByParcel(trackingNumber: string): Promise<ParcelAnomaly[]> {
    const docs = await this.models.anomalies.find({ trackingNumber }).sort({ detectedAt: 1, _id: 1 }).lean();
    return docs.map((doc) => fromDocument<ParcelAnomaly>(doc) as ParcelAnomaly);
  }

  async listUnplanned(detectedBy: string, limit: number): Promise<ParcelAnomaly[]> {
    const docs = await this.models.anomalies
      .find({ plannedAt: { $exists: false }, detectedAt: { $lte: detectedBy } })
      .sort({ detectedAt: 1, _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((doc) => fromDocument<ParcelAnomaly>(doc) as ParcelAnomaly);
  }

  async markPlanned(id: string, at: string): Promise<void> {
    await this.models.anomalies.updateOne({ _id: id, plannedAt: { $exists: false } }, { $set: { plannedAt: at } });
  }

  async scheduleChecks(checks: readonly AnomalyCheck[], options: { keepEarlier?: boolean } = {}): Promise<void> {
    if (checks.length === 0) return;
    // Ordered: of two checks for one parcel, the later one is left. $min keeps a look due sooner (ISO times
    // compare as strings).
    await this.models.anomalyChecks.bulkWrite(
      checks.map(({ trackingNumber, dueAt }) =>
        dueAt === undefined
          ? { deleteOne: { filter: { _id: trackingNumber } } }
          : {
              updateOne: {
                filter: { _id: trackingNumber },
                update: options.keepEarlier ? { $min: { dueAt } } : { $set: { dueAt } },
                upsert: true,
              },
            },
      ),
      { ordered: true },
    );
  }

  async dueChecks(now: string, limit: number): Promise<string[]> {
    const docs = await this.models.anomalyChecks
      .find({ dueAt: { $lte: now } })
      .sort({ dueAt: 1, _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((doc) => String(doc._id));
  }
}
