import type { NewParcelNotice, NoticeChoice, ParcelLink, ParcelNotice } from '../../proactive/notice.records';
import { clone, newId } from '../shared';
import type {
  NoticeDailyCap,
  NoticeRepository,
  NoticeSlot,
  OpenNoticeQuery,
  ParcelLinkRepository,
} from '../store.port';
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

const DAY_MS = 86_400_000;

/** The count document of a recipient's notices about a parcel on one day. */
const dayKey = (notice: Pick<NewParcelNotice, 'recipient' | 'trackingNumber'>, slot: NoticeSlot): string =>
  JSON.stringify([notice.recipient, notice.trackingNumber, slot.dayStart]);

const toNotice = (doc: Record<string, unknown> | null): ParcelNotice | undefined => {
  const record = fromDocument<ParcelNotice & { answeredAt?: string }>(doc);
  if (!record) return undefined;
  const { answeredAt: _answeredAt, ...notice } = record;
  return notice;
};

/** Notices in `notices`, unique per anomaly and recipient. */
export class MongoNotices implements NoticeRepository {
  constructor(private readonly models: MongoModels) {}

  async create(input: NewParcelNotice, cap?: NoticeDailyCap): Promise<{ stored: boolean; notice: ParcelNotice }> {
    const existing = await this.models.notices
      .findOne({ anomalyId: input.anomalyId, recipient: input.recipient })
      .lean();
    if (existing) return { stored: false, notice: toNotice(existing) as ParcelNotice };
    const slot = cap ? await this.takeSlot(input, cap) : undefined;
    const id = newId();
    const notice: ParcelNotice = { ...clone(input), ...(slot ? { dueAt: slot.dueAt } : {}), id };
    try {
      const { id: _id, ...rest } = notice;
      await this.models.notices.create({ _id: id, ...rest });
      return { stored: true, notice };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Another process stored this notice meanwhile: give back the place taken for it.
      if (slot?.taken) await this.models.noticeDays.updateOne({ _id: dayKey(input, slot) }, { $inc: { count: -1 } });
      const earlier = await this.models.notices
        .findOne({ anomalyId: input.anomalyId, recipient: input.recipient })
        .lean();
      return { stored: false, notice: toNotice(earlier) as ParcelNotice };
    }
  }

  /**
   * Takes a place in the first day of `cap.slots` with room, by a conditional increment of that day's count; the
   * last slot (untaken) when every day is full. A process that stops between taking a place and storing the
   * notice leaves that day one place short, never one over.
   */
  private async takeSlot(input: NewParcelNotice, cap: NoticeDailyCap): Promise<NoticeSlot & { taken: boolean }> {
    for (const slot of cap.slots) {
      const _id = dayKey(input, slot);
      const take = () => this.models.noticeDays.updateOne({ _id, count: { $lt: cap.limit } }, { $inc: { count: 1 } });
      if ((await take()).modifiedCount === 1) return { ...slot, taken: true };
      if (await this.models.noticeDays.exists({ _id })) continue;
      // A day nobody counted yet: start from the notices already due in it (stored before the counts existed).
      const due = await this.models.notices.countDocuments({
        recipient: input.recipient,
        trackingNumber: input.trackingNumber,
        dueAt: { $gte: slot.dayStart, $lt: slot.dayEnd },
      });
      try {
        await this.models.noticeDays.create({
          _id,
          count: due,
          expiresAt: new Date(Date.parse(slot.dayEnd) + 2 * DAY_MS),
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err; // another process started the day's count first: use theirs
      }
      if ((await take()).modifiedCount === 1) return { ...slot, taken: true };
    }
    const last = cap.slots.at(-1);
    return { dueAt: last?.dueAt ?? input.dueAt, dayStart: '', dayEnd: '', taken: false };
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

  async firstSentAt(anomalyId: string): Promise<string | undefined> {
    const keys = (await this.models.notices.find({ anomalyId }, { outboxKey: 1 }).lean()).map((d) => d.outboxKey);
    if (keys.length === 0) return undefined;
    const first = await this.models.outbox
      .findOne({ idempotencyKey: { $in: keys }, sentAt: { $type: 'string' } }, { sentAt: 1 })
      .sort({ sentAt: 1 })
      .lean();
    return first ? String(first.sentAt) : undefined;
  }
}
