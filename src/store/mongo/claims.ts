import type { ClaimRegistration } from '../../tickets/claim.records';
import type { ParcelAnomaly } from '../../tracking/anomaly.records';
import type { ClaimRepository, UnclaimedAnomalyQuery } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

/** Claims in `claims`, one document per parcel (`_id` is the tracking number, so the key decides). */
export class MongoClaims implements ClaimRepository {
  constructor(private readonly models: MongoModels) {}

  async register(
    input: Omit<ClaimRegistration, 'ticketId' | 'openedAt'>,
  ): Promise<{ stored: boolean; registration: ClaimRegistration }> {
    const { trackingNumber, ...rest } = input;
    try {
      await this.models.claims.create({ _id: trackingNumber, ...rest });
      return { stored: true, registration: { ...input } };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return { stored: false, registration: (await this.get(trackingNumber)) as ClaimRegistration };
    }
  }

  async get(trackingNumber: string): Promise<ClaimRegistration | undefined> {
    return fromDocument<ClaimRegistration>(await this.models.claims.findById(trackingNumber).lean(), 'trackingNumber');
  }

  async markOpened(trackingNumber: string, ticketId: string, openedAt: string): Promise<void> {
    await this.models.claims.updateOne(
      { _id: trackingNumber, ticketId: { $exists: false } },
      { $set: { ticketId, openedAt } },
    );
  }

  async listUnopened(registeredBy: string, limit: number): Promise<ClaimRegistration[]> {
    const docs = await this.models.claims
      .find({ ticketId: { $exists: false }, registeredAt: { $lte: registeredBy } })
      .sort({ registeredAt: 1, _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((doc) => fromDocument<ClaimRegistration>(doc, 'trackingNumber') as ClaimRegistration);
  }

  async unclaimedAnomalies(query: UnclaimedAnomalyQuery): Promise<ParcelAnomaly[]> {
    const docs = await this.models.anomalies.aggregate<Record<string, unknown>>([
      { $match: { level: query.level, detectedAt: { $gte: query.detectedFrom, $lte: query.detectedBy } } },
      { $sort: { detectedAt: 1, _id: 1 } },
      { $lookup: { from: 'claims', localField: 'trackingNumber', foreignField: '_id', as: 'claim' } },
      { $match: { claim: { $size: 0 } } },
      { $limit: query.limit },
      { $project: { claim: 0 } },
    ]);
    return docs.map((doc) => fromDocument<ParcelAnomaly>(doc) as ParcelAnomaly);
  }
}
