import { randomUUID } from 'node:crypto';
import { NotFoundError, VersionConflictError } from '../errors';
import type { NewOutboxItem, OutboxItem, StateDocument } from '../records';
import { addMs, clone, newId } from '../shared';
import type { BotStateRepository, LeaseRepository, OutboxRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

function toOutboxItem(doc: Record<string, unknown> | null): OutboxItem | undefined {
  return fromDocument<OutboxItem>(doc);
}

export class MongoOutbox implements OutboxRepository {
  constructor(private readonly models: MongoModels) {}

  async enqueue(input: NewOutboxItem, now: string): Promise<OutboxItem> {
    const item: OutboxItem = clone({
      id: newId(),
      channel: input.channel,
      to: input.to,
      payload: input.payload,
      idempotencyKey: input.idempotencyKey,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: input.nextAttemptAt ?? now,
      ...(input.ticketId ? { ticketId: input.ticketId } : {}),
      createdAt: now,
      updatedAt: now,
    });
    const { id, ...rest } = item;
    try {
      await this.models.outbox.collection.insertOne({ _id: id as never, ...rest });
      return item;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = toOutboxItem(await this.models.outbox.findOne({ idempotencyKey: input.idempotencyKey }).lean());
      if (!existing) throw err;
      return existing;
    }
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return toOutboxItem(await this.models.outbox.findById(id).lean());
  }

  async claimDue(options: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxItem[]> {
    const { now, owner, leaseMs, limit } = options;
    const claimed: OutboxItem[] = [];
    // One findOneAndUpdate per item: each claim is atomic, so two processes never hold the same item.
    while (claimed.length < limit) {
      const doc = await this.models.outbox
        .findOneAndUpdate(
          {
            $or: [
              { status: 'pending', nextAttemptAt: { $lte: now } },
              { status: 'sending', claimedUntil: { $lte: now } },
            ],
          },
          {
            $set: { status: 'sending', claimedBy: owner, claimedUntil: addMs(now, leaseMs), updatedAt: now },
            $inc: { attempts: 1 },
          },
          { sort: { nextAttemptAt: 1, _id: 1 }, new: true },
        )
        .lean();
      const item = toOutboxItem(doc);
      if (!item) break;
      claimed.push(item);
    }
    return claimed;
  }

  async markSent(id: string, _owner: string, providerId: string, now: string): Promise<OutboxItem> {
    // Recorded even if the claim lapsed meanwhile: the message did go out, and saying so avoids a resend.
    const doc = await this.models.outbox
      .findOneAndUpdate(
        { _id: id },
        {
          $set: { status: 'sent', providerId, sentAt: now, updatedAt: now },
          $unset: { claimedBy: '', claimedUntil: '' },
        },
        { new: true },
      )
      .lean();
    const item = toOutboxItem(doc);
    if (!item) throw new NotFoundError('Outbox item', id);
    return item;
  }

  async markFailed(id: string, owner: string, error: string, now: string, nextAttemptAt?: string): Promise<OutboxItem> {
    const doc = await this.models.outbox
      .findOneAndUpdate(
        { _id: id, claimedBy: owner, status: 'sending' },
        {
          $set: {
            status: nextAttemptAt ? 'pending' : 'failed',
            lastError: error,
            updatedAt: now,
            ...(nextAttemptAt ? { nextAttemptAt } : {}),
          },
          $unset: { claimedBy: '', claimedUntil: '' },
        },
        { new: true },
      )
      .lean();
    const item = toOutboxItem(doc);
    if (item) return item;
    if (!(await this.get(id))) throw new NotFoundError('Outbox item', id);
    throw new VersionConflictError('Outbox item', id);
  }

  async recordDelivery(
    providerId: string,
    deliveryStatus: string,
    now: string,
    errorCode?: string,
  ): Promise<OutboxItem | undefined> {
    const doc = await this.models.outbox
      .findOneAndUpdate(
        { providerId },
        {
          $set: { delivery: { status: deliveryStatus, at: now, ...(errorCode ? { errorCode } : {}) }, updatedAt: now },
        },
        { new: true },
      )
      .lean();
    return toOutboxItem(doc);
  }

  async listByStatus(status: OutboxItem['status'], limit = 100): Promise<OutboxItem[]> {
    const docs = await this.models.outbox.find({ status }).sort({ createdAt: 1 }).limit(limit).lean();
    return docs.map((doc) => toOutboxItem(doc) as OutboxItem);
  }
}

export class MongoLeases implements LeaseRepository {
  constructor(private readonly models: MongoModels) {}

  async tryAcquire(name: string, owner: string, ttlMs: number, now: string): Promise<boolean> {
    try {
      // Matches only a free, expired or own lease; when another holds it the upsert collides on _id.
      await this.models.leases.updateOne(
        { _id: name, $or: [{ expiresAt: { $lte: now } }, { owner }] },
        { $set: { owner, expiresAt: addMs(now, ttlMs) } },
        { upsert: true },
      );
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    await this.models.leases.deleteOne({ _id: name, owner });
  }
}

export class MongoBotState implements BotStateRepository {
  constructor(private readonly models: MongoModels) {}

  async read(keys: string[]): Promise<StateDocument[]> {
    if (keys.length === 0) return [];
    const docs = await this.models.botState.find({ _id: { $in: keys } }).lean();
    return docs.map((doc) => ({
      key: String(doc._id),
      document: doc.document as Record<string, unknown>,
      eTag: String(doc.eTag),
    }));
  }

  async write(key: string, document: Record<string, unknown>, expectedETag: string | undefined): Promise<string> {
    const eTag = randomUUID();
    const body = { document: clone(document), eTag };
    if (expectedETag === undefined || expectedETag === '*') {
      await this.models.botState.collection.replaceOne({ _id: key as never }, body, { upsert: true });
      return eTag;
    }
    const result = await this.models.botState.collection.replaceOne({ _id: key as never, eTag: expectedETag }, body);
    if (result.matchedCount === 0) throw new VersionConflictError('State', key);
    return eTag;
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.models.botState.deleteMany({ _id: { $in: keys } });
  }
}
