import type {
  DeliveryChangeOutcome,
  DeliveryChangeRequest,
  DeliveryChangeStatus,
  DeliveryChangeWithdrawal,
  NewDeliveryChange,
} from '../../tracking/delivery-change.records';
import { requestedChange } from '../shared';
import type { DeliveryChangeRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

const toRequest = (doc: Record<string, unknown> | null): DeliveryChangeRequest | undefined =>
  fromDocument<DeliveryChangeRequest>(doc);

/** Requests in `delivery_changes`, unique per conversation turn (`requestKey`). */
export class MongoDeliveryChanges implements DeliveryChangeRepository {
  constructor(private readonly models: MongoModels) {}

  async create(input: NewDeliveryChange): Promise<{ stored: boolean; request: DeliveryChangeRequest }> {
    const request = requestedChange(input);
    try {
      const { id, ...rest } = request;
      await this.models.deliveryChanges.create({ _id: id, ...rest });
      return { stored: true, request };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const earlier = await this.models.deliveryChanges.findOne({ requestKey: input.requestKey }).lean();
      return { stored: false, request: toRequest(earlier) as DeliveryChangeRequest };
    }
  }

  async get(id: string): Promise<DeliveryChangeRequest | undefined> {
    return toRequest(await this.models.deliveryChanges.findById(id).lean());
  }

  async list(query: {
    status?: DeliveryChangeStatus;
    trackingNumber?: string;
    limit: number;
  }): Promise<DeliveryChangeRequest[]> {
    const docs = await this.models.deliveryChanges
      .find({
        ...(query.status ? { status: query.status } : {}),
        ...(query.trackingNumber ? { trackingNumber: query.trackingNumber } : {}),
      })
      .sort({ createdAt: -1, _id: -1 })
      .limit(query.limit)
      .lean();
    return docs.map((d) => toRequest(d) as DeliveryChangeRequest);
  }

  async decide(
    id: string,
    status: DeliveryChangeOutcome,
    decision: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined> {
    // One conditional write: of two deciders, only the first finds it still `requested`.
    const doc = await this.models.deliveryChanges
      .findOneAndUpdate(
        { _id: id, status: 'requested' },
        { $set: { status, updatedAt: decision.at, decision } },
        { new: true },
      )
      .lean();
    return toRequest(doc);
  }

  async withdraw(id: string, withdrawal: DeliveryChangeWithdrawal): Promise<DeliveryChangeRequest | undefined> {
    // One conditional write, as a decision is: whichever comes first finds it still `requested`.
    const doc = await this.models.deliveryChanges
      .findOneAndUpdate(
        { _id: id, status: 'requested' },
        { $set: { status: 'withdrawn', updatedAt: withdrawal.at, withdrawal } },
        { new: true },
      )
      .lean();
    return toRequest(doc);
  }

  async escalate(
    id: string,
    escalation: { by: string; at: string; note?: string },
  ): Promise<DeliveryChangeRequest | undefined> {
    // One conditional write: of two agents escalating, only the first finds it waiting and not escalated.
    const doc = await this.models.deliveryChanges
      .findOneAndUpdate(
        { _id: id, status: 'requested', escalation: { $exists: false } },
        { $set: { updatedAt: escalation.at, escalation } },
        { new: true },
      )
      .lean();
    return toRequest(doc);
  }
}
