import type { NewParcelNotice, NoticeChoice, ParcelLink, ParcelNotice } from '../../proactive/notice.records';
import { clone, newId } from '../shared';
import type { NoticeRepository, OpenNoticeQuery, ParcelLinkRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

const STRENGTH: Record<ParcelLink['kind'], number> = { asked: 1, proved: 2, complained: 3 };

/** Links in `parcel_links`, one document per parcel and customer (`_id` "tracking number:customer id"). */
export class MongoParcelLinks implements ParcelLinkRepository {
  constructor(private readonly models: MongoModels) {}

  async link(link: ParcelLink): Promise<void> {
    const _id = `${link.trackingNumber}:${link.customerId}`;
    // An aggregation-pipeline update keeps the strongest kind in one atomic write.
    await this.models.parcelLinks.collection.updateOne(
      { _id: _id as never },
      [
        {
          $set: {
            trackingNumber: link.trackingNumber,
            customerId: link.customerId,
            conversationId: link.conversationId,
            at: link.at,
            strength: { $max: ['$strength', STRENGTH[link.kind]] },
            kind: { $cond: [{ $gt: [STRENGTH[link.kind], { $ifNull: ['$strength', 0] }] }, link.kind, '$kind'] },
          },
        },
      ],
      { upsert: true },
    );
  }

  async listByParcel(trackingNumber: string): Promise<ParcelLink[]> {
    const docs = await this.models.parcelLinks.find({ trackingNumber }).sort({ at: 1, customerId: 1 }).lean();
    return docs.map((d) => ({
      trackingNumber: String(d.trackingNumber),
      customerId: String(d.customerId),
      conversationId: String(d.conversationId),
      kind: d.kind as ParcelLink['kind'],
      at: String(d.at),
    }));
  }
}

const toNotice = (doc: Record<string, unknown> | null): ParcelNotice | undefined => {
  const record = fromDocument<ParcelNotice & { answeredAt?: string }>(doc);
  if (!record) return undefined;
  const { answeredAt: _answeredAt, ...notice } = record;
  return notice;
};

/** Notices in `notices`, unique per anomaly and recipient. */
export class MongoNotices implements NoticeRepository {
  constructor(private readonly models: MongoModels) {}

  async create(input: NewParcelNotice): Promise<{ stored: boolean; notice: ParcelNotice }> {
    const id = newId();
    const notice: ParcelNotice = { ...clone(input), id };
    try {
      const { id: _id, ...rest } = notice;
      await this.models.notices.create({ _id: id, ...rest });
      return { stored: true, notice };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const earlier = await this.models.notices
        .findOne({ anomalyId: input.anomalyId, recipient: input.recipient })
        .lean();
      return { stored: false, notice: toNotice(earlier) as ParcelNotice };
    }
  }

  async countDue(recipient: string, trackingNumber: string, from: string, to: string): Promise<number> {
    return this.models.notices.countDocuments({ recipient, trackingNumber, dueAt: { $gte: from, $lt: to } });
  }

  async findOpen(query: OpenNoticeQuery): Promise<ParcelNotice | undefined> {
    const who = [
      ...(query.conversationId ? [{ conversationId: query.conversationId }] : []),
      ...(query.recipients.length > 0 ? [{ recipient: { $in: query.recipients } }] : []),
    ];
    if (who.length === 0) return undefined;
    const doc = await this.models.notices
      .findOne({ $or: who, answeredAt: { $exists: false }, dueAt: { $gte: query.since, $lte: query.dueBy } })
      .sort({ dueAt: -1, _id: -1 })
      .lean();
    return toNotice(doc);
  }

  async answer(id: string, choice: NoticeChoice, at: string): Promise<void> {
    await this.models.notices.updateOne(
      { _id: id, answeredAt: { $exists: false } },
      { $set: { answeredAt: at, answer: { choice, at } } },
    );
  }

  async listByAnomaly(anomalyId: string): Promise<ParcelNotice[]> {
    const docs = await this.models.notices.find({ anomalyId }).sort({ createdAt: 1, _id: 1 }).lean();
    return docs.map((d) => toNotice(d) as ParcelNotice);
  }
}
